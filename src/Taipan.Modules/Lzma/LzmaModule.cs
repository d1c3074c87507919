using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Lzma;

/// <summary>_lzma over the system liblzma (the library CPython links): lzma.py builds LZMAFile,
/// compress() and decompress() on these types. Loops, validation and messages follow _lzmamodule.c.</summary>
[PyModule("_lzma")]
internal static unsafe partial class LzmaModule
{
    internal static readonly PyType CompressorType, DecompressorType;
    private static PyType? error;

    static LzmaModule()
    {
        CompressorType = PyType.CreateBuiltin(PyTypes.Type, "_lzma.LZMACompressor", PyTypes.Object, TypeFlags.None, 372);
        PyLzmaCompressor.InitType(CompressorType);
        BuiltinTypeSlots.Complete(CompressorType);
        DecompressorType = PyType.CreateBuiltin(PyTypes.Type, "_lzma.LZMADecompressor", PyTypes.Object, TypeFlags.None, 373);
        PyLzmaDecompressor.InitType(DecompressorType);
        BuiltinTypeSlots.Complete(DecompressorType);
    }

    public static PyModule Create()
    {
        Compression.NativeLibraryCheck.Require(LibLzma.Lib);
        var m = NativeModules.FromBindings("_lzma", InstallPyBindings);
        var d = m.Dict;
        void Int(string name, long v) => d.SetItem(PyStr.FromAscii(name), PyInt.FromLong(v));
        Int("FORMAT_AUTO", 0);
        Int("FORMAT_XZ", 1);
        Int("FORMAT_ALONE", 2);
        Int("FORMAT_RAW", 3);
        Int("CHECK_NONE", LibLzma.LZMA_CHECK_NONE);
        Int("CHECK_CRC32", LibLzma.LZMA_CHECK_CRC32);
        Int("CHECK_CRC64", LibLzma.LZMA_CHECK_CRC64);
        Int("CHECK_SHA256", LibLzma.LZMA_CHECK_SHA256);
        Int("CHECK_ID_MAX", LibLzma.LZMA_CHECK_ID_MAX);
        Int("CHECK_UNKNOWN", LibLzma.LZMA_CHECK_UNKNOWN);
        Int("FILTER_LZMA1", (long)LibLzma.LZMA_FILTER_LZMA1);
        Int("FILTER_LZMA2", (long)LibLzma.LZMA_FILTER_LZMA2);
        Int("FILTER_DELTA", (long)LibLzma.LZMA_FILTER_DELTA);
        Int("FILTER_X86", (long)LibLzma.LZMA_FILTER_X86);
        Int("FILTER_IA64", (long)LibLzma.LZMA_FILTER_IA64);
        Int("FILTER_ARM", (long)LibLzma.LZMA_FILTER_ARM);
        Int("FILTER_ARMTHUMB", (long)LibLzma.LZMA_FILTER_ARMTHUMB);
        Int("FILTER_SPARC", (long)LibLzma.LZMA_FILTER_SPARC);
        Int("FILTER_POWERPC", (long)LibLzma.LZMA_FILTER_POWERPC);
        Int("MF_HC3", LibLzma.LZMA_MF_HC3);
        Int("MF_HC4", LibLzma.LZMA_MF_HC4);
        Int("MF_BT2", LibLzma.LZMA_MF_BT2);
        Int("MF_BT3", LibLzma.LZMA_MF_BT3);
        Int("MF_BT4", LibLzma.LZMA_MF_BT4);
        Int("MODE_FAST", LibLzma.LZMA_MODE_FAST);
        Int("MODE_NORMAL", LibLzma.LZMA_MODE_NORMAL);
        Int("PRESET_DEFAULT", LibLzma.LZMA_PRESET_DEFAULT);
        Int("PRESET_EXTREME", LibLzma.LZMA_PRESET_EXTREME);
        d.SetItem(PyStr.FromAscii("LZMAError"), ErrorType);
        d.SetItem(PyStr.FromAscii("LZMACompressor"), CompressorType);
        d.SetItem(PyStr.FromAscii("LZMADecompressor"), DecompressorType);
        return m;
    }

    /// <summary>_lzma.LZMAError (PyErr_NewExceptionWithDoc), one per process like the types.</summary>
    private static PyType ErrorType
    {
        get
        {
            if (error is null)
            {
                var ns = new PyDict();
                ns.SetItem(Names.Module, PyStr.FromAscii("_lzma"));
                ns.SetItem(PyStr.FromAscii("__doc__"), PyStr.FromAscii("Call to liblzma failed."));
                error = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("LZMAError"), PyTuple.Of(PyTypes.Exception), ns]);
            }
            return error;
        }
    }

    internal static PyException LzmaError(string message) =>
        new((PyBaseException)PyOps.Call(ErrorType, [PyStr.FromString(message)]));

    /// <summary>catch_lzma_error: the Python exception for a failed liblzma call, or null.</summary>
    internal static PyException? Error(int ret) => ret switch
    {
        LibLzma.LZMA_OK or LibLzma.LZMA_GET_CHECK or LibLzma.LZMA_NO_CHECK or LibLzma.LZMA_STREAM_END => null,
        LibLzma.LZMA_UNSUPPORTED_CHECK => LzmaError("Unsupported integrity check"),
        LibLzma.LZMA_MEM_ERROR => PyErrors.MemoryError(),
        LibLzma.LZMA_MEMLIMIT_ERROR => LzmaError("Memory usage limit exceeded"),
        LibLzma.LZMA_FORMAT_ERROR => LzmaError("Input format not supported by decoder"),
        LibLzma.LZMA_OPTIONS_ERROR => LzmaError("Invalid or unsupported options"),
        LibLzma.LZMA_DATA_ERROR => LzmaError("Corrupt input data"),
        LibLzma.LZMA_BUF_ERROR => LzmaError("Insufficient buffer space"),
        LibLzma.LZMA_PROG_ERROR => LzmaError("Internal error"),
        _ => LzmaError($"Unrecognized error from liblzma: {ret}"),
    };

    internal static void Check(int ret)
    {
        if (Error(ret) is { } e) throw e;
    }

    /// <summary>A READONLY member: assigning or deleting says "readonly attribute".</summary>
    internal static void ReadOnly(PyType t, string name, Func<PyObject, PyObject> getter) =>
        BindingInstaller.AddGetSet(t, name, getter, static (_, _) => throw PyErrors.AttributeError("readonly attribute"));

    /// <summary>Py_buffer argument: "a bytes-like object is required, not 'str'".</summary>
    internal static ReadOnlySpan<byte> Data(PyObject data) => Compression.BufferArg.Get(data);

    /// <summary>PyArg_ParseTuple's "i" (LZMACompressor's arguments).</summary>
    internal static int OldStyleInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C long");
        if (i.Small > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (i.Small < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)i.Small;
    }

    /// <summary>Argument Clinic's int converter (_PyLong_AsInt).</summary>
    internal static int ClinicInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    [PyFunction]
    internal static PyObject is_check_supported(PyObject check_id) =>
        PyBool.FromBool(LibLzma.lzma_check_is_supported(ClinicInt(check_id)) != 0);

    [PyFunction]
    internal static PyObject _encode_filter_properties(PyObject filter)
    {
        LzmaFilter f;
        FilterSpecs.Parse(filter, &f);
        try
        {
            uint size;
            Check(LibLzma.lzma_properties_size(&size, &f));
            var result = new byte[size];
            fixed (byte* p = result)
            {
                // liblzma writes nothing for an empty result but still wants a non-NULL pointer.
                byte dummy;
                Check(LibLzma.lzma_properties_encode(&f, size == 0 ? &dummy : p));
            }
            return PyBytes.From(result);
        }
        finally
        {
            FilterSpecs.Free(&f);
        }
    }

    [PyFunction]
    internal static PyObject _decode_filter_properties(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "_decode_filter_properties", 2, 2);
        ulong id = FilterSpecs.UnsignedLongLong(args[0]);
        var props = Data(args[1]);
        LzmaFilter f;
        f.id = id;
        f.options = null;
        int ret;
        fixed (byte* p = props) ret = LibLzma.lzma_properties_decode(&f, null, p, (nuint)props.Length);
        Check(ret);
        try
        {
            return FilterSpecs.Build(&f);
        }
        finally
        {
            // lzma_properties_decode allocated the options with malloc (no allocator given):
            // NativeMemory.Free is free() on Unix.
            if (f.options != null) System.Runtime.InteropServices.NativeMemory.Free(f.options);
        }
    }
}
