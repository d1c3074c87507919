namespace Taipan.Runtime.Objects;

/// <summary>
/// The binary sequence types (bytes, bytearray, memoryview and their iterators). Created while
/// PyTypes bootstraps, from <see cref="BuiltinTypeSlots.Install"/>, so they take part in slot
/// inheritance like the core types; kept here so the bytes family is one folder.
/// </summary>
internal static class BytesTypes
{
    // Layout ids 100-109 belong to the text family.
    internal const int BytesLayout = 100, ByteArrayLayout = 101, MemoryViewLayout = 102;

    public static readonly PyType Bytes, ByteArray, MemoryView, BytesIterator, ByteArrayIterator, EncodingMap;

    static BytesTypes()
    {
        Bytes = PyType.CreateBuiltin(PyTypes.Type, "bytes", PyTypes.Object, TypeFlags.BaseType, BytesLayout);
        ByteArray = PyType.CreateBuiltin(PyTypes.Type, "bytearray", PyTypes.Object, TypeFlags.BaseType, ByteArrayLayout);
        MemoryView = PyType.CreateBuiltin(PyTypes.Type, "memoryview", PyTypes.Object, TypeFlags.None, MemoryViewLayout);
        BytesIterator = PyType.CreateBuiltin(PyTypes.Type, "bytes_iterator", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
        EncodingMap = PyType.CreateBuiltin(PyTypes.Type, "EncodingMap", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
        ByteArrayIterator = PyType.CreateBuiltin(PyTypes.Type, "bytearray_iterator", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
    }

    internal static void InitAll()
    {
        PyBytes.InitType(Bytes);
        PyByteArray.InitType(ByteArray);
        PyMemoryView.InitType(MemoryView);
        ByteIterator.InitType(BytesIterator);
        ByteIterator.InitType(ByteArrayIterator);
        Builtins.BytesLike.Get = static (PyObject o, out byte[] bytes) => Buffers.TryGetBytes(o, out bytes);
    }
}
