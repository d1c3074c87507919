using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// The one place where _io meets bytes, bytearray and memoryview. Everything else in this folder
/// moves raw bytes as spans between its own C# objects and converts at the Python boundary here.
/// The bytes types are built in Objects/Bytes by another part of the runtime; until they exist the
/// conversions raise SystemError, and text I/O (which never needs a Python bytes object between
/// native layers) still works.
/// </summary>
internal static class IoBytes
{
    /// <summary>A new bytes object holding a copy of <paramref name="data"/>.</summary>
    public static PyObject FromSpan(ReadOnlySpan<byte> data) =>
        throw PyErrors.SystemError("_io: bytes objects are not available in this build");

    /// <summary>True for bytes, bytearray, memoryview (anything exporting a buffer).</summary>
    public static bool IsBytesLike(PyObject o) => false;

    /// <summary>The bytes of a bytes-like object (a copy when the object is mutable);
    /// TypeError "a bytes-like object is required, not 'str'" otherwise.</summary>
    public static byte[] ToArray(PyObject o) =>
        throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");

    /// <summary>The length of a writable buffer (bytearray, writable memoryview), for readinto.</summary>
    public static int WritableLength(PyObject o) =>
        throw PyErrors.TypeError($"readinto() argument must be read-write bytes-like object, not {o.type.Name}");

    /// <summary>Copies <paramref name="data"/> into the writable buffer <paramref name="o"/> at offset 0.</summary>
    public static void CopyInto(PyObject o, ReadOnlySpan<byte> data) =>
        throw PyErrors.TypeError($"readinto() argument must be read-write bytes-like object, not {o.type.Name}");

    /// <summary>A new bytearray of <paramref name="length"/> zero bytes (RawIOBase.read's scratch buffer).</summary>
    public static PyObject NewByteArray(int length) =>
        throw PyErrors.SystemError("_io: bytearray objects are not available in this build");
}
