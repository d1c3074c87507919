using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Bz2;

/// <summary>_bz2 over the system libbzip2 (the library CPython links): bz2.py builds BZ2File,
/// compress() and decompress() on these two types. The loops follow _bz2module.c.</summary>
internal static class Bz2Module
{
    internal static readonly PyType CompressorType, DecompressorType;

    static Bz2Module()
    {
        CompressorType = PyType.CreateBuiltin(PyTypes.Type, "_bz2.BZ2Compressor", PyTypes.Object, TypeFlags.None, 370);
        PyBz2Compressor.InitType(CompressorType);
        BuiltinTypeSlots.Complete(CompressorType);
        DecompressorType = PyType.CreateBuiltin(PyTypes.Type, "_bz2.BZ2Decompressor", PyTypes.Object, TypeFlags.None, 371);
        PyBz2Decompressor.InitType(DecompressorType);
        BuiltinTypeSlots.Complete(DecompressorType);
    }

    public static PyModule Create()
    {
        Compression.NativeLibraryCheck.Require(LibBz2.Lib);
        var m = NativeModules.FromBindings("_bz2", static _ => { });
        m.Dict.SetItem(PyStr.FromAscii("BZ2Compressor"), CompressorType);
        m.Dict.SetItem(PyStr.FromAscii("BZ2Decompressor"), DecompressorType);
        return m;
    }

    /// <summary>A READONLY member: assigning or deleting says "readonly attribute".</summary>
    internal static void ReadOnly(PyType t, string name, Func<PyObject, PyObject> getter) =>
        BindingInstaller.AddGetSet(t, name, getter, static (_, _) => throw PyErrors.AttributeError("readonly attribute"));

    /// <summary>Py_buffer argument: "a bytes-like object is required, not 'str'".</summary>
    internal static ReadOnlySpan<byte> Data(PyObject data) => Compression.BufferArg.Get(data);

    /// <summary>Argument Clinic's int converter (_PyLong_AsInt).</summary>
    internal static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }
}
