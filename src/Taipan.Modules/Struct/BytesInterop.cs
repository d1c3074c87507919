using Taipan.Runtime.Objects;

namespace Taipan.Modules.Struct;

/// <summary>The one place _struct touches buffers: bytes-likes through the runtime's buffer protocol
/// (<see cref="Buffers"/>: bytes, bytearray, memoryview, array.array).</summary>
internal static class BytesInterop
{
    public static bool IsBytes(PyObject o) => o is PyBytes;
    public static bool IsByteArray(PyObject o) => o is PyByteArray;

    public static PyObject MakeBytes(byte[] data) => data.Length == 0 ? PyBytes.Empty : PyBytes.From(data);

    /// <summary>The contents of a bytes-like object (not copied for bytes); TypeError like CPython's buffer
    /// protocol otherwise.</summary>
    public static byte[] Read(PyObject o) => Buffers.RequireCopy(o);

    /// <summary>buf[offset:offset+len(data)] = data on a writable buffer (bytearray, memoryview, array).</summary>
    public static void Write(PyObject buffer, long offset, byte[] data)
    {
        if (buffer is PyBytes || !Buffers.TryGetWritableSpan(buffer, out var span))
            throw PyErrors.TypeError($"argument must be read-write bytes-like object, not {buffer.type.Name}");
        data.CopyTo(span[(int)offset..]);
    }
}
