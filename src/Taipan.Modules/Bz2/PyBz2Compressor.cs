using Taipan.Modules.Compression;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Bz2;

/// <summary>_bz2.BZ2Compressor: a bzip2 stream fed piecewise (compress), finished once (flush).</summary>
[PyType("BZ2Compressor")]
internal sealed unsafe partial class PyBz2Compressor : PyObject
{
    private readonly BzStream stream = new(compressing: true);
    private readonly StreamLock streamLock = new();
    private bool flushed;

    private PyBz2Compressor(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        // tp_new is PyType_GenericNew and tp_init does the work, as in CPython (so a second __init__
        // call starts a new stream).
        t.New = static (callable, args, kwnames) => new PyBz2Compressor((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "BZ2Compressor");
            ArgParser.CheckPositional(args, kwnames, "BZ2Compressor", 0, 1);
            int level = args.Length > 0 ? Bz2Module.CInt(args[0]) : 9;
            ((PyBz2Compressor)self).Start(level);
        };
        InstallPyBindings(t);
    }

    private void Start(int compresslevel)
    {
        if (compresslevel is < 1 or > 9) throw PyErrors.ValueError("compresslevel must be between 1 and 9");
        using var held = streamLock.Enter();
        stream.End();
        int err = LibBz2.BZ2_bzCompressInit(stream.S, compresslevel, 0, 0);
        BzStream.Check(err);
        stream.Initialised = true;
        flushed = false;
    }

    [PyMethod]
    internal PyObject compress(PyObject data)
    {
        var input = Bz2Module.Data(data);
        using var held = streamLock.Enter();
        if (flushed) throw PyErrors.ValueError("Compressor has been flushed");
        return Run(input, LibBz2.BZ_RUN, input.Length >= StreamLock.ReleaseGilAbove);
    }

    [PyMethod]
    internal PyObject flush()
    {
        using var held = streamLock.Enter();
        if (flushed) throw PyErrors.ValueError("Repeated call to flush()");
        flushed = true;
        return Run(ReadOnlySpan<byte>.Empty, LibBz2.BZ_FINISH, releaseGil: true); // the last block is sorted here
    }

    /// <summary>_bz2module.c's compress(): BZ_RUN stops when the input is used up, BZ_FINISH at the
    /// stream end.</summary>
    private PyBytes Run(ReadOnlySpan<byte> input, int action, bool releaseGil)
    {
        var s = stream.S;
        var output = new OutputBuffer(-1);
        fixed (byte* ip = input)
        {
            s->next_in = ip;
            s->avail_in = (uint)input.Length;
            try
            {
                while (true)
                {
                    if (action == LibBz2.BZ_RUN && s->avail_in == 0) break;
                    if (output.Room == 0) output.Grow();
                    int err;
                    fixed (byte* op = output.Array)
                    {
                        s->next_out = op + output.Length;
                        s->avail_out = (uint)output.Room;
                        if (releaseGil)
                        {
                            using (Gil.Unlocked()) err = LibBz2.BZ2_bzCompress(s, action);
                        }
                        else
                        {
                            err = LibBz2.BZ2_bzCompress(s, action);
                        }
                        output.Length = (int)(s->next_out - op);
                        s->next_out = null;
                    }
                    BzStream.Check(err);
                    if (action == LibBz2.BZ_FINISH && err == LibBz2.BZ_STREAM_END) break;
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
