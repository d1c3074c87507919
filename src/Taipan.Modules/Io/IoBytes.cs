using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// The one place where _io meets bytes, bytearray and memoryview (Objects/Bytes). Everything else
/// in this folder moves raw bytes as spans between its own C# objects and converts at the Python
/// boundary here.
/// </summary>
internal static class IoBytes
{
    /// <summary>A new bytes object holding a copy of <paramref name="data"/>.</summary>
    public static PyObject FromSpan(ReadOnlySpan<byte> data) =>
        data.Length == 0 ? PyBytes.Empty : PyBytes.From(data.ToArray());

    /// <summary>A bytes object that takes ownership of <paramref name="data"/> (no copy).</summary>
    public static PyObject Own(byte[] data) => data.Length == 0 ? PyBytes.Empty : PyBytes.From(data);

    /// <summary>True for bytes, bytearray, memoryview (anything exporting a buffer).</summary>
    public static bool IsBytesLike(PyObject o) => Buffers.IsBuffer(o);

    /// <summary>The bytes of a bytes-like object (a copy unless it is an immutable bytes object);
    /// TypeError "a bytes-like object is required, not 'str'" otherwise.</summary>
    public static byte[] ToArray(PyObject o) => Buffers.RequireCopy(o);

    /// <summary>The byte length of a writable buffer (bytearray, array.array, writable memoryview), for readinto.</summary>
    public static int WritableLength(PyObject o)
    {
        if (Buffers.TryGetWritableSpan(o, out var span)) return span.Length;
        if (o is PyMemoryView m && !PyOps.IsTrue(IoCall.Attr(m, "readonly"))) return (int)PyOps.Length(m);
        throw PyErrors.TypeError($"readinto() argument must be read-write bytes-like object, not {o.type.Name}");
    }

    /// <summary>Copies <paramref name="data"/> into the writable buffer <paramref name="o"/> at offset 0.</summary>
    public static void CopyInto(PyObject o, ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        if (Buffers.TryGetWritableSpan(o, out var span))
        {
            data.CopyTo(span);
            return;
        }
        // a strided memoryview: slice assignment keeps its format/stride rules in one place.
        var slice = new PySlice(PyInt.FromLong(0), PyInt.FromLong(data.Length), PyNone.Instance);
        PyOps.SetItem(o, slice, FromSpan(data));
    }

    /// <summary>A new bytearray of <paramref name="length"/> zero bytes (RawIOBase.read's scratch buffer).</summary>
    public static PyObject NewByteArray(int length) => new PyByteArray(new byte[length]);
}
