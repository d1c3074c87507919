using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Zlib;

/// <summary>
/// zlib over the system libz (the library CPython links), so compressed bytes are identical to
/// CPython's. The loops follow zlibmodule.c: the same zlib calls in the same order give the same
/// output, the same error codes and so the same messages.
/// </summary>
[PyModule("zlib")]
internal static unsafe partial class ZlibModule
{
    private static PyType? error;
    // One-shot calls on big inputs let other threads run meanwhile, as CPython's do; for small ones
    // giving the GIL away costs more than the call.
    private const int ReleaseGilAbove = 64 * 1024;
    internal static readonly PyType CompressType, DecompressType;

    static ZlibModule()
    {
        CompressType = PyType.CreateBuiltin(PyTypes.Type, "zlib.Compress", PyTypes.Object, TypeFlags.None, 360);
        PyCompress.InitType(CompressType);
        BuiltinTypeSlots.Complete(CompressType);
        DecompressType = PyType.CreateBuiltin(PyTypes.Type, "zlib.Decompress", PyTypes.Object, TypeFlags.None, 361);
        PyDecompress.InitType(DecompressType);
        BuiltinTypeSlots.Complete(DecompressType);
    }

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("zlib", InstallPyBindings);
        if (error is null)
        {
            error = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("error"), PyTuple.Of(PyTypes.Exception), new PyDict()]);
            error.Dict.SetItem(Names.Module, PyStr.FromAscii("zlib"));
        }
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("error"), error);
        void Int(string name, long v) => d.SetItem(PyStr.FromAscii(name), PyInt.FromLong(v));
        Int("MAX_WBITS", LibZ.MAX_WBITS);
        Int("DEFLATED", LibZ.DEFLATED);
        Int("DEF_MEM_LEVEL", LibZ.DEF_MEM_LEVEL);
        Int("DEF_BUF_SIZE", LibZ.DEF_BUF_SIZE);
        Int("Z_NO_COMPRESSION", 0);
        Int("Z_BEST_SPEED", 1);
        Int("Z_BEST_COMPRESSION", 9);
        Int("Z_DEFAULT_COMPRESSION", -1);
        Int("Z_FILTERED", 1);
        Int("Z_HUFFMAN_ONLY", 2);
        Int("Z_RLE", 3);
        Int("Z_FIXED", 4);
        Int("Z_DEFAULT_STRATEGY", 0);
        Int("Z_NO_FLUSH", LibZ.Z_NO_FLUSH);
        Int("Z_PARTIAL_FLUSH", LibZ.Z_PARTIAL_FLUSH);
        Int("Z_SYNC_FLUSH", LibZ.Z_SYNC_FLUSH);
        Int("Z_FULL_FLUSH", LibZ.Z_FULL_FLUSH);
        Int("Z_FINISH", LibZ.Z_FINISH);
        Int("Z_BLOCK", LibZ.Z_BLOCK);
        Int("Z_TREES", LibZ.Z_TREES);
        d.SetItem(PyStr.FromAscii("ZLIB_VERSION"), PyStr.FromAscii(LibZ.Version));
        d.SetItem(PyStr.FromAscii("ZLIB_RUNTIME_VERSION"), PyStr.FromAscii(LibZ.Version));
        d.SetItem(PyStr.FromAscii("__version__"), PyStr.FromAscii("1.0"));
        return m;
    }

    /// <summary>zlibmodule.c's zlib_error: "Error -3 while decompressing data: incorrect header check".</summary>
    internal static PyException Error(ZStream zs, int err, string what)
    {
        string? zmsg = err == LibZ.Z_VERSION_ERROR ? "library version mismatch" : zs.Message;
        zmsg ??= err switch
        {
            LibZ.Z_BUF_ERROR => "incomplete or truncated stream",
            LibZ.Z_STREAM_ERROR => "inconsistent stream state",
            LibZ.Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        if (zmsg is not null && zmsg.Length > 200) zmsg = zmsg[..200];
        return PlainError(zmsg is null ? $"Error {err} {what}" : $"Error {err} {what}: {zmsg}");
    }

    internal static PyException PlainError(string message) =>
        new((PyBaseException)PyOps.Call(error!, [PyStr.FromString(message)]));

    internal static PyException MemoryError(string message) => PyErrors.New(PyTypes.MemoryError, message);

    /// <summary>Py_buffer argument: "a bytes-like object is required, not 'str'".</summary>
    internal static ReadOnlySpan<byte> Data(PyObject data) =>
        Buffers.TryGetSpan(data, out var span) ? span : throw PyErrors.TypeError($"a bytes-like object is required, not '{data.type.Name}'");

    /// <summary>Argument Clinic's int converter (_PyLong_AsInt).</summary>
    internal static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>Argument Clinic's Py_ssize_t converter.</summary>
    internal static long CSsize(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>unsigned_int(bitwise=True): any int, reduced modulo 2**32.</summary>
    private static uint Bitwise(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (i.IsSmall) return unchecked((uint)i.Small);
        return (uint)(i.Big & uint.MaxValue);
    }

    [PyFunction]
    internal static PyObject compress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ParseArgs(args, kwnames, "compress", ["", "level", "wbits"], 1);
        var input = Data(a[0]!);
        int level = a[1] is null ? -1 : CInt(a[1]!);
        int wbits = a[2] is null ? LibZ.MAX_WBITS : CInt(a[2]!);
        var zs = new ZStream(deflating: true);
        int err = LibZ.deflateInit2_(zs.S, level, LibZ.DEFLATED, wbits, LibZ.DEF_MEM_LEVEL, 0, LibZ.zlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK: zs.Initialised = true; break;
            case LibZ.Z_MEM_ERROR: throw MemoryError("Out of memory while compressing data");
            case LibZ.Z_STREAM_ERROR: throw PlainError("Bad compression level");
            default:
                LibZ.deflateEnd(zs.S);
                throw Error(zs, err, "while compressing data");
        }
        var output = new ZOutput(ZOutput.FirstBlock);
        bool release = input.Length >= ReleaseGilAbove;
        fixed (byte* ip = ZStream.Pin(input))
        {
            zs.S->next_in = ip;
            zs.S->avail_in = (uint)input.Length;
            do
            {
                output.Reserve();
                err = output.Run(zs.S, inflate: false, LibZ.Z_FINISH, release);
                if (err == LibZ.Z_STREAM_ERROR)
                {
                    zs.End();
                    throw Error(zs, err, "while compressing data");
                }
            } while (zs.S->avail_out == 0);
            zs.S->next_in = null;
        }
        err = zs.End();
        if (err != LibZ.Z_OK) throw Error(zs, err, "while finishing compression");
        return PyBytes.From(output.ToArray());
    }

    [PyFunction]
    internal static PyObject decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ParseArgs(args, kwnames, "decompress", ["", "wbits", "bufsize"], 1);
        var input = Data(a[0]!);
        int wbits = a[1] is null ? LibZ.MAX_WBITS : CInt(a[1]!);
        long bufsize = a[2] is null ? LibZ.DEF_BUF_SIZE : CSsize(a[2]!);
        if (bufsize < 0) throw PyErrors.ValueError("bufsize must be non-negative");
        if (bufsize == 0) bufsize = 1;
        var zs = new ZStream(deflating: false);
        int err = LibZ.inflateInit2_(zs.S, wbits, LibZ.zlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK: zs.Initialised = true; break;
            case LibZ.Z_MEM_ERROR: throw MemoryError("Out of memory while decompressing data");
            default:
                LibZ.inflateEnd(zs.S);
                throw Error(zs, err, "while preparing to decompress data");
        }
        var output = new ZOutput(bufsize);
        bool release = input.Length >= ReleaseGilAbove;
        fixed (byte* ip = ZStream.Pin(input))
        {
            zs.S->next_in = ip;
            zs.S->avail_in = (uint)input.Length;
            int flush = LibZ.Z_FINISH; // all input is handed over at once, as CPython does for inputs under 4 GiB
            do
            {
                output.Reserve();
                err = output.Run(zs.S, inflate: true, flush, release);
                switch (err)
                {
                    case LibZ.Z_OK: case LibZ.Z_BUF_ERROR: case LibZ.Z_STREAM_END: break;
                    case LibZ.Z_MEM_ERROR: throw MemoryError("Out of memory while decompressing data");
                    default:
                        zs.End();
                        throw Error(zs, err, "while decompressing data");
                }
            } while (zs.S->avail_out == 0);
            zs.S->next_in = null;
        }
        if (err != LibZ.Z_STREAM_END)
        {
            zs.End();
            throw Error(zs, err, "while decompressing data");
        }
        err = zs.End();
        if (err != LibZ.Z_OK) throw Error(zs, err, "while finishing decompression");
        return PyBytes.From(output.ToArray());
    }

    [PyFunction]
    internal static PyObject compressobj(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ParseArgs(args, kwnames, "compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0);
        int level = a[0] is null ? -1 : CInt(a[0]!);
        int method = a[1] is null ? LibZ.DEFLATED : CInt(a[1]!);
        int wbits = a[2] is null ? LibZ.MAX_WBITS : CInt(a[2]!);
        int memLevel = a[3] is null ? LibZ.DEF_MEM_LEVEL : CInt(a[3]!);
        int strategy = a[4] is null ? 0 : CInt(a[4]!);
        var zdict = a[5] is null ? null : Data(a[5]!).ToArray();
        var c = new PyCompress(CompressType);
        var zs = c.Stream;
        int err = LibZ.deflateInit2_(zs.S, level, method, wbits, memLevel, strategy, LibZ.zlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK:
                zs.Initialised = true;
                if (zdict is not null)
                {
                    fixed (byte* dp = ZStream.Pin(zdict))
                        err = LibZ.deflateSetDictionary(zs.S, dp, (uint)zdict.Length);
                    if (err != LibZ.Z_OK) throw PyErrors.ValueError("Invalid dictionary");
                }
                return c;
            case LibZ.Z_MEM_ERROR: throw MemoryError("Can't allocate memory for compression object");
            case LibZ.Z_STREAM_ERROR: throw PyErrors.ValueError("Invalid initialization option");
            default: throw Error(zs, err, "while creating compression object");
        }
    }

    [PyFunction]
    internal static PyObject decompressobj(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ParseArgs(args, kwnames, "decompressobj", ["wbits", "zdict"], 0);
        int wbits = a[0] is null ? LibZ.MAX_WBITS : CInt(a[0]!);
        var zdict = a[1];
        if (zdict is not null && !Buffers.IsBuffer(zdict)) throw PyErrors.TypeError("zdict argument must support the buffer protocol");
        var d = new PyDecompress(DecompressType, zdict);
        var zs = d.Stream;
        int err = LibZ.inflateInit2_(zs.S, wbits, LibZ.zlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK:
                zs.Initialised = true;
                // A raw stream has no header to ask for the dictionary: set it now.
                if (zdict is not null && wbits < 0) d.SetZdict();
                return d;
            case LibZ.Z_STREAM_ERROR: throw PyErrors.ValueError("Invalid initialization option");
            case LibZ.Z_MEM_ERROR: throw MemoryError("Can't allocate memory for decompression object");
            default: throw Error(zs, err, "while creating decompression object");
        }
    }

    [PyFunction]
    internal static PyObject crc32(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "crc32", 1, 2);
        var data = Data(args[0]);
        uint value = args.Length > 1 ? Bitwise(args[1]) : 0;
        fixed (byte* p = ZStream.Pin(data)) value = (uint)LibZ.crc32(value, p, (uint)data.Length);
        return PyInt.FromLong(value);
    }

    [PyFunction]
    internal static PyObject adler32(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "adler32", 1, 2);
        var data = Data(args[0]);
        uint value = args.Length > 1 ? Bitwise(args[1]) : 1;
        fixed (byte* p = ZStream.Pin(data)) value = (uint)LibZ.adler32(value, p, (uint)data.Length);
        return PyInt.FromLong(value);
    }

    /// <summary>Clinic's keyword parser for "data, /, kw..." signatures: names[i] == "" is positional-only.</summary>
    internal static PyObject?[] ParseArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int required)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > names.Length)
            throw PyErrors.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos + nkw} given)");
        if (npos < required && (nkw == 0 || names[0] == ""))
        {
            throw PyErrors.TypeError(required == names.Length
                ? $"{name}() takes exactly {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)"
                : $"{name}() takes at least {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)");
        }
        var slots = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int idx = key.Length == 0 ? -1 : Array.IndexOf(names, key);
            if (idx < 0) throw PyErrors.TypeError($"'{key}' is an invalid keyword argument for {name}()");
            if (slots[idx] is not null)
                throw PyErrors.TypeError($"argument for {name}() given by name ('{key}') and position ({idx + 1})");
            slots[idx] = args[npos + k];
        }
        return slots;
    }
}
