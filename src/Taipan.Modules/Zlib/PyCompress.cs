using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Zlib;

/// <summary>zlib.Compress, made by compressobj(): a deflate stream fed piecewise.</summary>
[PyType("Compress")]
internal sealed unsafe partial class PyCompress : PyObject
{
    public readonly ZStream Stream = new(deflating: true);

    public PyCompress(PyType type) : base(type) { }

    [PyMethod]
    internal PyObject compress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "compress", 1, 1);
        var input = ZlibModule.Data(args[0]);
        var s = Stream.S;
        var output = new ZOutput(ZOutput.FirstBlock);
        fixed (byte* ip = ZStream.Pin(input))
        {
            s->next_in = ip;
            s->avail_in = (uint)input.Length;
            try
            {
                do
                {
                    output.Reserve();
                    int err = output.Run(s, inflate: false, LibZ.Z_NO_FLUSH);
                    if (err == LibZ.Z_STREAM_ERROR) throw ZlibModule.Error(Stream, err, "while compressing data");
                } while (s->avail_out == 0);
            }
            finally
            {
                s->next_in = null;
                s->avail_in = 0;
            }
        }
        return PyBytes.From(output.ToArray());
    }

    [PyMethod]
    internal PyObject flush(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "flush", 0, 1);
        int mode = args.Length > 0 ? ZlibModule.CInt(args[0]) : LibZ.Z_FINISH;
        if (mode == LibZ.Z_NO_FLUSH) return PyBytes.Empty;
        var s = Stream.S;
        s->avail_in = 0;
        var output = new ZOutput(ZOutput.FirstBlock);
        int err;
        do
        {
            output.Reserve();
            err = output.Run(s, inflate: false, mode);
            if (err == LibZ.Z_STREAM_ERROR) throw ZlibModule.Error(Stream, err, "while flushing");
        } while (s->avail_out == 0);
        if (err == LibZ.Z_STREAM_END && mode == LibZ.Z_FINISH)
        {
            err = Stream.End();
            if (err != LibZ.Z_OK) throw ZlibModule.Error(Stream, err, "while finishing compression");
        }
        else if (err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR)
        {
            throw ZlibModule.Error(Stream, err, "while flushing");
        }
        return PyBytes.From(output.ToArray());
    }

    [PyMethod]
    internal PyObject copy() => Copy();

    [PyMethod]
    internal PyObject __copy__() => Copy();

    [PyMethod]
    internal PyObject __deepcopy__(PyObject memo) => Copy();

    private PyCompress Copy()
    {
        if (!Stream.Initialised) throw PyErrors.ValueError("Inconsistent stream state");
        var c = new PyCompress(type);
        int err = LibZ.deflateCopy(c.Stream.S, Stream.S);
        switch (err)
        {
            case LibZ.Z_OK: c.Stream.Initialised = true; return c;
            case LibZ.Z_STREAM_ERROR: throw PyErrors.ValueError("Inconsistent stream state");
            case LibZ.Z_MEM_ERROR: throw ZlibModule.MemoryError("Can't allocate memory for compression object");
            default: throw ZlibModule.Error(Stream, err, "while copying compression object");
        }
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create 'zlib.Compress' instances");
        InstallPyBindings(t);
    }
}
