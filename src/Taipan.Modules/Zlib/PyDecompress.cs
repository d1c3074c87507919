using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Zlib;

/// <summary>zlib.Decompress, made by decompressobj(): an inflate stream fed piecewise, with the
/// input it did not use (unconsumed_tail: output limit reached; unused_data: past the end).</summary>
[PyType("Decompress")]
internal sealed unsafe partial class PyDecompress : PyObject
{
    public readonly ZStream Stream = new(deflating: false);
    private readonly PyObject? zdict;
    private PyBytes unusedData = PyBytes.Empty, unconsumedTail = PyBytes.Empty;
    private bool eof;

    public PyDecompress(PyType type, PyObject? zdict) : base(type) => this.zdict = zdict;

    [PyGetter("unused_data")] internal PyObject UnusedData => unusedData;
    [PyGetter("unconsumed_tail")] internal PyObject UnconsumedTail => unconsumedTail;
    [PyGetter("eof")] internal bool Eof => eof;

    internal void SetZdict()
    {
        var dict = ZlibModule.Data(zdict!);
        int err;
        fixed (byte* p = ZStream.Pin(dict)) err = LibZ.inflateSetDictionary(Stream.S, p, (uint)dict.Length);
        if (err != LibZ.Z_OK) throw ZlibModule.Error(Stream, err, "while setting zdict");
    }

    [PyMethod]
    internal PyObject decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ZlibModule.ParseArgs(args, kwnames, "decompress", ["", "max_length"], 1);
        var input = ZlibModule.Data(a[0]!);
        long maxLength = a[1] is null ? 0 : ZlibModule.CSsize(a[1]!);
        if (maxLength < 0) throw PyErrors.ValueError("max_length must be non-negative");
        long limit = maxLength == 0 ? long.MaxValue : maxLength;
        var output = new ZOutput(ZOutput.FirstBlock, limit);
        return Inflate(input, ref output, LibZ.Z_SYNC_FLUSH, "while decompressing data", raise: true);
    }

    [PyMethod]
    internal PyObject flush(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "flush", 0, 1);
        long length = args.Length > 0 ? ZlibModule.CSsize(args[0]) : LibZ.DEF_BUF_SIZE;
        if (length <= 0) throw PyErrors.ValueError("length must be greater than zero");
        var output = new ZOutput(length);
        var input = unconsumedTail.Value;
        // CPython hands the whole tail to zlib at once, so it always flushes with Z_FINISH.
        return Inflate(input, ref output, LibZ.Z_FINISH, null, raise: false);
    }

    /// <summary>The loop shared by decompress() and flush(); flush never raises for a bad stream and
    /// frees zlib's state once the end is reached.</summary>
    private PyObject Inflate(ReadOnlySpan<byte> input, ref ZOutput output, int flush, string? what, bool raise)
    {
        var s = Stream.S;
        int err = LibZ.Z_OK;
        fixed (byte* ip = ZStream.Pin(input))
        {
            s->next_in = ip;
            s->avail_in = (uint)input.Length;
            try
            {
                do
                {
                    if (!output.Reserve()) break; // max_length reached: keep the rest in unconsumed_tail
                    err = output.Run(s, inflate: true, flush);
                    if (err is LibZ.Z_OK or LibZ.Z_BUF_ERROR or LibZ.Z_STREAM_END) continue;
                    if (err == LibZ.Z_NEED_DICT && zdict is not null)
                    {
                        SetZdict();
                        continue;
                    }
                    break;
                } while (s->avail_out == 0 || err == LibZ.Z_NEED_DICT);
                SaveUnconsumed(input, err);
            }
            finally
            {
                s->next_in = null;
                s->avail_in = 0;
            }
        }
        if (err == LibZ.Z_STREAM_END)
        {
            eof = true;
            if (!raise && Stream.Initialised)
            {
                err = Stream.End();
                if (err != LibZ.Z_OK) throw ZlibModule.Error(Stream, err, "while finishing decompression");
            }
        }
        else if (raise && err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR)
        {
            throw ZlibModule.Error(Stream, err, what!);
        }
        return PyBytes.From(output.ToArray());
    }

    private void SaveUnconsumed(ReadOnlySpan<byte> input, int err)
    {
        var s = Stream.S;
        if (err == LibZ.Z_STREAM_END && s->avail_in > 0)
        {
            var rest = input[(input.Length - (int)s->avail_in)..];
            var joined = new byte[unusedData.Value.Length + rest.Length];
            unusedData.Value.CopyTo(joined, 0);
            rest.CopyTo(joined.AsSpan(unusedData.Value.Length));
            unusedData = PyBytes.From(joined);
            s->avail_in = 0;
        }
        if (s->avail_in > 0 || unconsumedTail.Value.Length > 0)
            unconsumedTail = PyBytes.From(input[(input.Length - (int)s->avail_in)..].ToArray());
    }

    [PyMethod]
    internal PyObject copy() => Copy();

    [PyMethod]
    internal PyObject __copy__() => Copy();

    [PyMethod]
    internal PyObject __deepcopy__(PyObject memo) => Copy();

    private PyDecompress Copy()
    {
        if (!Stream.Initialised) throw PyErrors.ValueError("Inconsistent stream state");
        var d = new PyDecompress(type, zdict);
        int err = LibZ.inflateCopy(d.Stream.S, Stream.S);
        switch (err)
        {
            case LibZ.Z_OK:
                d.Stream.Initialised = true;
                d.unusedData = unusedData;
                d.unconsumedTail = unconsumedTail;
                d.eof = eof;
                return d;
            case LibZ.Z_STREAM_ERROR: throw PyErrors.ValueError("Inconsistent stream state");
            case LibZ.Z_MEM_ERROR: throw ZlibModule.MemoryError("Can't allocate memory for decompression object");
            default: throw ZlibModule.Error(Stream, err, "while copying decompression object");
        }
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create 'zlib.Decompress' instances");
        InstallPyBindings(t);
    }
}
