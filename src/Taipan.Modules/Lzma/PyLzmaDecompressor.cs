using Taipan.Modules.Compression;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Lzma;

/// <summary>_lzma.LZMADecompressor: one .xz/.lzma/raw stream decompressed piecewise, with an output
/// limit per call (max_length); input not consumed yet is kept for the next call, input after the end
/// of the stream goes to unused_data.</summary>
[PyType("LZMADecompressor")]
internal sealed unsafe partial class PyLzmaDecompressor : PyObject
{
    private const int FormatAuto = 0, FormatXz = 1, FormatAlone = 2, FormatRaw = 3;
    private static readonly string[] Names = ["format", "memlimit", "filters"];
    private static readonly string[] DecompressNames = ["data", "max_length"];

    private readonly LzmaStream stream = new();
    private readonly StreamLock streamLock = new();
    private int check = LibLzma.LZMA_CHECK_UNKNOWN;
    private bool eof, needsInput = true;
    private PyBytes unusedData = PyBytes.Empty;
    private byte[]? pending; // CPython's input_buffer: input handed over but not consumed yet

    private PyLzmaDecompressor(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => Create((PyType)callable, args, kwnames);
        t.Init = static (self, args, kwnames) => { }; // see PyLzmaCompressor.InitType
        InstallPyBindings(t);
        LzmaModule.ReadOnly(t, "check", static o => PyInt.FromLong(((PyLzmaDecompressor)o).check));
        LzmaModule.ReadOnly(t, "eof", static o => PyBool.FromBool(((PyLzmaDecompressor)o).eof));
        LzmaModule.ReadOnly(t, "needs_input", static o => PyBool.FromBool(((PyLzmaDecompressor)o).needsInput));
        LzmaModule.ReadOnly(t, "unused_data", static o => ((PyLzmaDecompressor)o).unusedData);
    }

    private static PyLzmaDecompressor Create(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "LZMADecompressor", Names, 0, 0);
        int format = a[0] is null ? FormatAuto : LzmaModule.ClinicInt(a[0]!);
        PyObject memlimitObj = a[1] ?? PyNone.Instance, filters = a[2] ?? PyNone.Instance;
        ulong memlimit = ulong.MaxValue;
        const uint flags = LibLzma.LZMA_TELL_ANY_CHECK | LibLzma.LZMA_TELL_NO_CHECK;
        if (memlimitObj != PyNone.Instance)
        {
            if (format == FormatRaw) throw PyErrors.ValueError("Cannot specify memory limit with FORMAT_RAW");
            memlimit = FilterSpecs.UnsignedLongLong(memlimitObj);
        }
        if (format == FormatRaw && filters == PyNone.Instance) throw PyErrors.ValueError("Must specify filters for FORMAT_RAW");
        if (format != FormatRaw && filters != PyNone.Instance) throw PyErrors.ValueError("Cannot specify filters except with FORMAT_RAW");
        var d = new PyLzmaDecompressor(type);
        var s = d.stream.S;
        int ret;
        switch (format)
        {
            case FormatAuto:
                ret = LibLzma.lzma_auto_decoder(s, memlimit, flags);
                break;
            case FormatXz:
                ret = LibLzma.lzma_stream_decoder(s, memlimit, flags);
                break;
            case FormatAlone:
                d.check = LibLzma.LZMA_CHECK_NONE;
                ret = LibLzma.lzma_alone_decoder(s, memlimit);
                break;
            case FormatRaw:
            {
                d.check = LibLzma.LZMA_CHECK_NONE;
                var chain = stackalloc LzmaFilter[LibLzma.LZMA_FILTERS_MAX + 1];
                FilterSpecs.ParseChain(filters, chain);
                ret = LibLzma.lzma_raw_decoder(s, chain);
                FilterSpecs.FreeChain(chain);
                break;
            }
            default:
                throw PyErrors.ValueError($"Invalid container format: {format}");
        }
        LzmaModule.Check(ret);
        return d;
    }

    [PyMethod]
    internal PyObject decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "decompress", DecompressNames, 0, 1);
        var data = LzmaModule.Data(a[0]!);
        long maxLength = a[1] is null ? -1 : ArgParser.ToLong(a[1]!);
        using var held = streamLock.Enter();
        if (eof) throw PyErrors.New(PyTypes.EOFError, "Already at end of stream");
        if (pending is null) return Decompress(data, maxLength);
        var joined = new byte[pending.Length + data.Length];
        pending.CopyTo(joined, 0);
        data.CopyTo(joined.AsSpan(pending.Length));
        return Decompress(joined, maxLength);
    }

    private PyBytes Decompress(ReadOnlySpan<byte> input, long maxLength)
    {
        var s = stream.S;
        var output = new OutputBuffer(maxLength);
        bool release = input.Length >= StreamLock.ReleaseGilAbove;
        int availIn;
        bool outputFull;
        fixed (byte* ip = input)
        {
            s->next_in = ip;
            s->avail_in = (nuint)input.Length;
            try
            {
                // decompress_buf: stop at the stream end, at max_length, or when the input is used up
                // and the output block still has room.
                while (true)
                {
                    int ret;
                    fixed (byte* op = output.Array)
                    {
                        s->next_out = op + output.Length;
                        s->avail_out = (nuint)output.Room;
                        if (release)
                        {
                            using (Gil.Unlocked()) ret = LibLzma.lzma_code(s, LibLzma.LZMA_RUN);
                        }
                        else
                        {
                            ret = LibLzma.lzma_code(s, LibLzma.LZMA_RUN);
                        }
                        output.Length = (int)(s->next_out - op);
                        s->next_out = null;
                        s->avail_out = 0;
                    }
                    if (ret == LibLzma.LZMA_BUF_ERROR && s->avail_in == 0 && output.Room > 0) ret = LibLzma.LZMA_OK; // not a real error
                    if (LzmaModule.Error(ret) is { } e)
                    {
                        pending = null;
                        throw e;
                    }
                    if (ret is LibLzma.LZMA_GET_CHECK or LibLzma.LZMA_NO_CHECK) check = LibLzma.lzma_get_check(s);
                    if (ret == LibLzma.LZMA_STREAM_END)
                    {
                        eof = true;
                        break;
                    }
                    if (output.Room == 0)
                    {
                        if (output.Length == maxLength) break;
                        output.Grow();
                    }
                    else if (s->avail_in == 0)
                    {
                        break;
                    }
                }
                availIn = (int)s->avail_in;
                outputFull = output.Room == 0;
            }
            finally
            {
                s->next_in = null;
                s->avail_in = 0;
            }
        }
        var rest = input[(input.Length - availIn)..];
        if (eof)
        {
            needsInput = false;
            pending = null;
            if (availIn > 0) unusedData = PyBytes.From(rest.ToArray());
        }
        else if (availIn == 0)
        {
            pending = null;
            // The output filled up exactly: liblzma may still hold output, so ask for it before input.
            needsInput = !outputFull;
        }
        else
        {
            needsInput = false;
            pending = rest.ToArray();
        }
        return output.ToBytes();
    }
}
