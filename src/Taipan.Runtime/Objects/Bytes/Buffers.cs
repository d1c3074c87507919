namespace Taipan.Runtime.Objects;

/// <summary>
/// The buffer protocol as far as Taipan needs it: bytes, bytearray and contiguous memoryviews expose
/// their bytes as a span without copying; anything else is not bytes-like.
/// </summary>
internal static class Buffers
{
    /// <summary>The object's bytes without a copy, when it supports the buffer protocol.</summary>
    public static bool TryGetSpan(PyObject o, out ReadOnlySpan<byte> span)
    {
        switch (o)
        {
            case PyBytes b:
                span = b.Value;
                return true;
            case PyByteArray a:
                span = a.Span;
                return true;
            case PyMemoryView m:
                span = m.ContiguousBytes();
                return true;
            case IBufferExporter e:
                span = e.BufferSpan;
                return true;
            case IBufferProvider p:
                return TryGetSpan(p.BufferObject, out span);
        }
        span = default;
        return false;
    }

    public static bool IsBuffer(PyObject o) => o is PyBytes or PyByteArray or PyMemoryView or IBufferExporter or IBufferProvider;

    /// <summary>The memory of a writable buffer (bytearray, array.array, a writable contiguous memoryview),
    /// written in place.</summary>
    public static bool TryGetWritableSpan(PyObject o, out Span<byte> span)
    {
        switch (o)
        {
            case PyByteArray a:
                span = a.Span;
                return true;
            case IBufferExporter e when !e.BufferReadOnly:
                span = e.BufferSpan;
                return true;
            case PyMemoryView m when m.TryGetWritableSpan(out span):
                return true;
            case IBufferProvider p:
                return TryGetWritableSpan(p.BufferObject, out span);
        }
        span = default;
        return false;
    }

    /// <summary>A copy of the object's bytes (BytesLike accessor for compile/exec/int()).</summary>
    public static bool TryGetBytes(PyObject o, out byte[] bytes)
    {
        if (o is PyBytes b)
        {
            bytes = b.Value;
            return true;
        }
        if (TryGetSpan(o, out var span))
        {
            bytes = span.ToArray();
            return true;
        }
        bytes = Array.Empty<byte>();
        return false;
    }

    /// <summary>"a bytes-like object is required, not 'str'".</summary>
    public static ReadOnlySpan<byte> Require(PyObject o)
    {
        if (TryGetSpan(o, out var span)) return span;
        throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
    }

    /// <summary>Buffer contents copied (for arguments that may alias the receiver, e.g. b.extend(b)).</summary>
    public static byte[] RequireCopy(PyObject o) => o is PyBytes b ? b.Value : Require(o).ToArray();
}

/// <summary>An object that exports another object's buffer (pickle.PickleBuffer exports a memoryview's).</summary>
internal interface IBufferProvider
{
    /// <summary>The bytes, bytearray or memoryview whose buffer this object exports (raises once released).</summary>
    PyObject BufferObject { get; }
}
