using Taipan.Modules.Compression;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Bz2;

/// <summary>_bz2.BZ2Decompressor: one bzip2 stream decompressed piecewise, with an output limit per
/// call (max_length); input not consumed yet is kept for the next call, input after the end of the
/// stream goes to unused_data.</summary>
[PyType("BZ2Decompressor")]
internal sealed unsafe partial class PyBz2Decompressor : PyObject
{
    private readonly BzStream stream = new(compressing: false);
    private readonly StreamLock streamLock = new();
    private bool eof, needsInput = true;
    private bool failed; // a libbzip2 error leaves the stream unusable (CPython 3.11.2 refuses further calls)
    private PyBytes unusedData = PyBytes.Empty;
    private byte[]? pending; // CPython's input_buffer: input handed over but not consumed yet

    private PyBz2Decompressor(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PyBz2Decompressor((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            if (ArgParser.Positional(args, kwnames) > 0) throw PyErrors.TypeError("BZ2Decompressor() takes no positional arguments");
            ModuleTypes.NoKeywords(kwnames, "BZ2Decompressor");
            ((PyBz2Decompressor)self).Start();
        };
        InstallPyBindings(t);
        Bz2Module.ReadOnly(t, "eof", static o => PyBool.FromBool(((PyBz2Decompressor)o).eof));
        Bz2Module.ReadOnly(t, "unused_data", static o => ((PyBz2Decompressor)o).unusedData);
        Bz2Module.ReadOnly(t, "needs_input", static o => PyBool.FromBool(((PyBz2Decompressor)o).needsInput));
    }

    private void Start()
    {
        using var held = streamLock.Enter();
        stream.End();
        needsInput = true;
        eof = failed = false;
        pending = null;
        unusedData = PyBytes.Empty;
        int err = LibBz2.BZ2_bzDecompressInit(stream.S, 0, 0);
        BzStream.Check(err);
        stream.Initialised = true;
    }

    private static readonly string[] DecompressNames = ["data", "max_length"];

    [PyMethod]
    internal PyObject decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "decompress", DecompressNames, 0, 1);
        var data = Bz2Module.Data(a[0]!);
        long maxLength = a[1] is null ? -1 : ArgParser.ToLong(a[1]!);
        using var held = streamLock.Enter();
        if (eof) throw PyErrors.New(PyTypes.EOFError, "End of stream already reached");
        if (failed) throw PyErrors.ValueError("Decompressor is unusable after a previous error");
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
        fixed (byte* ip = input)
        {
            s->next_in = ip;
            s->avail_in = (uint)input.Length;
            try
            {
                // decompress_buf: stop at the stream end, when the input is used up, or at max_length.
                while (true)
                {
                    int err;
                    fixed (byte* op = output.Array)
                    {
                        s->next_out = op + output.Length;
                        s->avail_out = (uint)output.Room;
                        if (release)
                        {
                            using (Gil.Unlocked()) err = LibBz2.BZ2_bzDecompress(s);
                        }
                        else
                        {
                            err = LibBz2.BZ2_bzDecompress(s);
                        }
                        output.Length = (int)(s->next_out - op);
                        s->next_out = null;
                    }
                    if (BzStream.Error(err) is { } e)
                    {
                        pending = null;
                        needsInput = false;
                        failed = true;
                        throw e;
                    }
                    if (err == LibBz2.BZ_STREAM_END)
                    {
                        eof = true;
                        break;
                    }
                    if (s->avail_in == 0) break;
                    if (output.Room == 0)
                    {
                        if (output.Length == maxLength) break;
                        output.Grow();
                    }
                }
                availIn = (int)s->avail_in;
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
            needsInput = true;
        }
        else
        {
            needsInput = false;
            pending = rest.ToArray();
        }
        return output.ToBytes();
    }
}
