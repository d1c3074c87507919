using Taipan.Modules.Compression;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Lzma;

/// <summary>_lzma.LZMACompressor: an .xz, .lzma (alone) or raw stream fed piecewise (compress) and
/// finished once (flush).</summary>
[PyType("LZMACompressor")]
internal sealed unsafe partial class PyLzmaCompressor : PyObject
{
    private const int FormatXz = 1, FormatAlone = 2, FormatRaw = 3;
    private static readonly string[] Names = ["format", "check", "preset", "filters"];

    private readonly LzmaStream stream = new();
    private readonly StreamLock streamLock = new();
    private bool flushed;

    private PyLzmaCompressor(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => Create((PyType)callable, args, kwnames);
        // CPython has no tp_init here; this one accepts what __new__ accepted and does nothing. Having
        // one makes a protocol-2 pickle require state, so pickling says "cannot pickle" as CPython's
        // basicsize check does.
        t.Init = static (self, args, kwnames) => { };
        InstallPyBindings(t);
    }

    private static PyLzmaCompressor Create(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "LZMACompressor", Names, 0, 0);
        int format = a[0] is null ? FormatXz : LzmaModule.OldStyleInt(a[0]!);
        int check = a[1] is null ? -1 : LzmaModule.OldStyleInt(a[1]!);
        PyObject presetObj = a[2] ?? PyNone.Instance, filters = a[3] ?? PyNone.Instance;
        if (format != FormatXz && check != -1 && check != LibLzma.LZMA_CHECK_NONE)
            throw PyErrors.ValueError("Integrity checks are only supported by FORMAT_XZ");
        if (presetObj != PyNone.Instance && filters != PyNone.Instance)
            throw PyErrors.ValueError("Cannot specify both preset and filter chain");
        uint preset = presetObj == PyNone.Instance ? LibLzma.LZMA_PRESET_DEFAULT : FilterSpecs.UInt32(presetObj);
        var c = new PyLzmaCompressor(type);
        var s = c.stream.S;
        var chain = stackalloc LzmaFilter[LibLzma.LZMA_FILTERS_MAX + 1];
        int ret;
        switch (format)
        {
            case FormatXz:
                if (check == -1) check = LibLzma.LZMA_CHECK_CRC64;
                if (filters == PyNone.Instance)
                {
                    ret = LibLzma.lzma_easy_encoder(s, preset, check);
                }
                else
                {
                    FilterSpecs.ParseChain(filters, chain);
                    ret = LibLzma.lzma_stream_encoder(s, chain, check);
                    FilterSpecs.FreeChain(chain);
                }
                break;
            case FormatAlone:
                if (filters == PyNone.Instance)
                {
                    var options = stackalloc byte[256];
                    new Span<byte>(options, 256).Clear();
                    if (LibLzma.lzma_lzma_preset(options, preset) != 0)
                        throw LzmaModule.LzmaError($"Invalid compression preset: {preset}");
                    ret = LibLzma.lzma_alone_encoder(s, options);
                }
                else
                {
                    FilterSpecs.ParseChain(filters, chain);
                    try
                    {
                        if (chain[0].id != LibLzma.LZMA_FILTER_LZMA1 || chain[1].id != LibLzma.LZMA_VLI_UNKNOWN)
                            throw PyErrors.ValueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                        ret = LibLzma.lzma_alone_encoder(s, chain[0].options);
                    }
                    finally
                    {
                        FilterSpecs.FreeChain(chain);
                    }
                }
                break;
            case FormatRaw:
                if (filters == PyNone.Instance) throw PyErrors.ValueError("Must specify filters for FORMAT_RAW");
                FilterSpecs.ParseChain(filters, chain);
                ret = LibLzma.lzma_raw_encoder(s, chain);
                FilterSpecs.FreeChain(chain);
                break;
            default:
                throw PyErrors.ValueError($"Invalid container format: {format}");
        }
        LzmaModule.Check(ret);
        return c;
    }

    [PyMethod]
    internal PyObject compress(PyObject data)
    {
        var input = LzmaModule.Data(data);
        using var held = streamLock.Enter();
        if (flushed) throw PyErrors.ValueError("Compressor has been flushed");
        return Run(input, LibLzma.LZMA_RUN, input.Length >= StreamLock.ReleaseGilAbove);
    }

    [PyMethod]
    internal PyObject flush()
    {
        using var held = streamLock.Enter();
        if (flushed) throw PyErrors.ValueError("Repeated call to flush()");
        flushed = true;
        return Run(ReadOnlySpan<byte>.Empty, LibLzma.LZMA_FINISH, releaseGil: true); // the buffered input is coded here
    }

    /// <summary>_lzmamodule.c's compress(): LZMA_RUN stops when the input is used up, LZMA_FINISH at
    /// the stream end.</summary>
    private PyBytes Run(ReadOnlySpan<byte> input, int action, bool releaseGil)
    {
        var s = stream.S;
        var output = new OutputBuffer(-1);
        fixed (byte* ip = input)
        {
            s->next_in = ip;
            s->avail_in = (nuint)input.Length;
            try
            {
                while (true)
                {
                    int ret;
                    fixed (byte* op = output.Array)
                    {
                        s->next_out = op + output.Length;
                        s->avail_out = (nuint)output.Room;
                        if (releaseGil)
                        {
                            using (Gil.Unlocked()) ret = LibLzma.lzma_code(s, action);
                        }
                        else
                        {
                            ret = LibLzma.lzma_code(s, action);
                        }
                        output.Length = (int)(s->next_out - op);
                        s->next_out = null;
                        s->avail_out = 0;
                    }
                    if (ret == LibLzma.LZMA_BUF_ERROR && input.Length == 0 && output.Room > 0) ret = LibLzma.LZMA_OK; // not a real error
                    LzmaModule.Check(ret);
                    if ((action == LibLzma.LZMA_RUN && s->avail_in == 0) || (action == LibLzma.LZMA_FINISH && ret == LibLzma.LZMA_STREAM_END))
                        break;
                    if (output.Room == 0) output.Grow();
                }
            }
            finally
            {
                s->next_in = null;
                s->avail_in = 0;
            }
        }
        return output.ToBytes();
    }
}
