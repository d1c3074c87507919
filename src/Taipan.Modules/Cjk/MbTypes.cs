using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Cjk;

/// <summary>A MultibyteCodec object: what _codecs_xx.getcodec returns and the encodings wrappers call.</summary>
internal sealed class CodecObject : PyObject
{
    internal readonly MbCodec Codec;

    internal CodecObject(MbCodec codec) : base(MbTypes.Codec) => Codec = codec;
}

/// <summary>The state of one incremental encoder/decoder or stream reader/writer (one C# class for the four
/// types; each has its own layout id, as their CPython structs differ).</summary>
internal sealed class MbStateful : PyObject
{
    internal MbCodec Codec = null!;
    internal ulong State;
    internal string Errors = "strict";
    internal byte[] PendingBytes = [];
    internal string PendingText = "";
    internal PyObject? Stream;

    internal MbStateful(PyType type) : base(type) { }
}

/// <summary>_multibytecodec's types (layout ids 430-434).</summary>
internal static class MbTypes
{
    internal static readonly PyType Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter;
    private const int MaxDecPending = 8, MaxEncPendingBytes = 8;

    static MbTypes()
    {
        Codec = Create("MultibyteCodec", 430, subclassable: false);
        IncrementalEncoder = Create("_multibytecodec.MultibyteIncrementalEncoder", 431, subclassable: true);
        IncrementalDecoder = Create("_multibytecodec.MultibyteIncrementalDecoder", 432, subclassable: true);
        StreamReader = Create("_multibytecodec.MultibyteStreamReader", 433, subclassable: true);
        StreamWriter = Create("_multibytecodec.MultibyteStreamWriter", 434, subclassable: true);
        InstallCodec(Codec);
        InstallEncoder(IncrementalEncoder);
        InstallDecoder(IncrementalDecoder);
        InstallReader(StreamReader);
        InstallWriter(StreamWriter);
        foreach (var t in new[] { Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter })
            BuiltinTypeSlots.Complete(t);
    }

    private static PyType Create(string name, int layout, bool subclassable) =>
        PyType.CreateBuiltin(PyTypes.Type, name, PyTypes.Object, subclassable ? TypeFlags.BaseType : TypeFlags.None, layout);

    private static readonly string[] CodecArgNames = ["input", "errors"];

    private static string ErrorsArg(PyObject? o, string func)
    {
        if (o is null || o == PyNone.Instance) return "strict";
        if (o is PyStr s) return s.Value;
        throw PyErrors.TypeError($"{func}() argument 'errors' must be str or None, not {o.type.Name}");
    }

    private static void InstallCodec(PyType t)
    {
        BindingInstaller.AddMethod(t, "encode", static (self, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "encode", CodecArgNames, 0, 1);
            var codec = ((CodecObject)self!).Codec;
            var errors = ErrorsArg(a[1], "encode");
            var text = a[0] as PyStr ?? PyOps.Str(a[0]!);
            var output = new List<byte>();
            ulong state = codec.EncoderInit;
            MbEngine.Encode(codec, ref state, text, errors, reset: true, output);
            return PyTuple.Of(PyBytes.From(output.ToArray()), PyInt.FromLong(text.Length));
        });
        BindingInstaller.AddMethod(t, "decode", static (self, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "decode", CodecArgNames, 0, 1);
            var codec = ((CodecObject)self!).Codec;
            var errors = ErrorsArg(a[1], "decode");
            var data = BytesArg(a[0]!).ToArray();
            var output = new StringBuilder();
            ulong state = codec.DecoderInit;
            MbEngine.Decode(codec, ref state, data, errors, final: true, output);
            return PyTuple.Of(PyStr.FromString(output.ToString()), PyInt.FromLong(data.Length));
        });
    }

    private static ReadOnlySpan<byte> BytesArg(PyObject o)
    {
        if (Buffers.TryGetSpan(o, out var span)) return span;
        throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
    }

    /// <summary>The class attribute `codec` the encodings wrappers set (CPython reads it in tp_new).</summary>
    private static MbStateful NewStateful(PyObject callable)
    {
        var type = (PyType)callable;
        var codec = PyOps.GetAttr(type, StrIntern.Intern("codec"));
        if (codec is not CodecObject co) throw PyErrors.TypeError("codec is unexpected type");
        return new MbStateful(type) { Codec = co.Codec };
    }

    private static string ErrorsNew(PyObject? o, string func)
    {
        if (o is null) return "strict";
        if (o is PyStr s) return s.Value;
        throw PyErrors.TypeError($"{func}() argument 1 must be str, not {o.type.Name}");
    }

    private static readonly string[] ErrorsNames = ["errors"];
    private static readonly string[] StreamNames = ["stream", "errors"];

    private static void InstallCommon(PyType t)
    {
        t.Init = static (self, args, kwnames) => { };
        BindingInstaller.AddGetSet(t, "errors", static o => PyStr.FromString(((MbStateful)o).Errors), static (o, v) =>
        {
            if (v is null) throw PyErrors.New(PyTypes.AttributeError, "cannot delete attribute");
            if (v is not PyStr s) throw PyErrors.TypeError("errors must be a string");
            ((MbStateful)o).Errors = s.Value;
        });
    }

    private static PyBytes EncodeStateful(MbStateful e, PyObject input, bool final)
    {
        var text = input as PyStr ?? PyOps.Str(input);
        if (e.PendingText.Length > 0)
        {
            text = PyStr.FromString(e.PendingText + text.Value);
            e.PendingText = "";
        }
        var output = new List<byte>();
        MbEngine.Encode(e.Codec, ref e.State, text, e.Errors, reset: final, output);
        return PyBytes.From(output.ToArray());
    }

    private static readonly string[] EncodeNames = ["input", "final"];

    private static void InstallEncoder(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "IncrementalEncoder", ErrorsNames, 0, 0);
            var e = NewStateful(callable);
            e.Errors = ErrorsNew(a[0], "IncrementalEncoder");
            e.State = e.Codec.EncoderInit;
            return e;
        };
        InstallCommon(t);
        BindingInstaller.AddMethod(t, "encode", static (self, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "encode", EncodeNames, 0, 1);
            return EncodeStateful((MbStateful)self!, a[0]!, a[1] is not null && PyOps.IsTrue(a[1]!));
        });
        BindingInstaller.AddMethod(t, "getstate", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "getstate");
            // CPython packs (pending UTF-8 length, pending UTF-8, 8 state bytes) into one little-endian int.
            var e = (MbStateful)self!;
            var pending = Encoding.UTF8.GetBytes(e.PendingText);
            var all = new byte[1 + pending.Length + 8];
            all[0] = (byte)pending.Length;
            pending.CopyTo(all, 1);
            BitConverter.TryWriteBytes(all.AsSpan(1 + pending.Length), e.State);
            return PyInt.FromBig(new System.Numerics.BigInteger(all, isUnsigned: true, isBigEndian: false));
        });
        BindingInstaller.AddMethod(t, "setstate", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "setstate");
            if (args[0] is not PyInt v) throw PyErrors.TypeError($"setstate() argument must be int, not {args[0].type.Name}");
            var n = v.Big;
            if (n.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
            var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
            if (bytes.Length > 1 + MaxEncPendingBytes + 8) throw PyErrors.OverflowError("int too big to convert");
            var full = new byte[1 + MaxEncPendingBytes + 8];
            bytes.CopyTo(full, 0);
            if (full[0] > MaxEncPendingBytes) throw PyErrors.New(PyTypes.UnicodeError, "pending buffer too large");
            var pending = Taipan.Runtime.Objects.Codecs.Decode(full.AsSpan(1, full[0]), "utf-8", "strict").Value;
            var e = (MbStateful)self!;
            e.PendingText = pending;
            e.State = BitConverter.ToUInt64(full, 1 + full[0]);
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "reset", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "reset");
            var e = (MbStateful)self!;
            e.Codec.EncodeReset(ref e.State, new List<byte>());
            e.PendingText = "";
            return PyNone.Instance;
        });
    }

    /// <summary>Decodes pending + input; a sequence cut at the end is kept for the next call unless final.</summary>
    private static string DecodeStateful(MbStateful d, ReadOnlySpan<byte> input, bool final)
    {
        byte[] buffer;
        if (d.PendingBytes.Length == 0) buffer = input.ToArray();
        else
        {
            buffer = new byte[d.PendingBytes.Length + input.Length];
            d.PendingBytes.CopyTo(buffer, 0);
            input.CopyTo(buffer.AsSpan(d.PendingBytes.Length));
        }
        // An error leaves pending input and state as they were before the call (CPython keeps its buffer).
        var output = new StringBuilder();
        ulong state = d.State;
        int consumed = MbEngine.Decode(d.Codec, ref state, buffer, d.Errors, final, output);
        d.State = state;
        d.PendingBytes = [];
        if (consumed < buffer.Length)
        {
            if (buffer.Length - consumed > MaxDecPending) throw PyErrors.New(PyTypes.UnicodeError, "pending buffer overflow");
            d.PendingBytes = buffer[consumed..];
        }
        return output.ToString();
    }

    private static void InstallDecoder(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "IncrementalDecoder", ErrorsNames, 0, 0);
            var d = NewStateful(callable);
            d.Errors = ErrorsNew(a[0], "IncrementalDecoder");
            d.State = d.Codec.DecoderInit;
            return d;
        };
        InstallCommon(t);
        BindingInstaller.AddMethod(t, "decode", static (self, args, kwnames) =>
        {
            var a = ArgParser.Unpack(args, kwnames, "decode", EncodeNames, 0, 1);
            var data = BytesArg(a[0]!);
            return PyStr.FromString(DecodeStateful((MbStateful)self!, data, a[1] is not null && PyOps.IsTrue(a[1]!)));
        });
        BindingInstaller.AddMethod(t, "getstate", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "getstate");
            var d = (MbStateful)self!;
            return PyTuple.Of(PyBytes.From(d.PendingBytes), PyInt.FromULong(d.State));
        });
        BindingInstaller.AddMethod(t, "setstate", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "setstate");
            if (args[0] is not PyTuple tup) throw PyErrors.TypeError("setstate() argument must be tuple, not " + args[0].type.Name);
            if (tup.Count != 2 || tup[0] is not PyBytes buf || tup[1] is not PyInt st)
                throw PyErrors.TypeError("setstate(): illegal state argument");
            if (buf.Value.Length > MaxDecPending) throw PyErrors.New(PyTypes.UnicodeError, "pending buffer too large");
            var n = st.Big;
            if (n.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
            if (n > ulong.MaxValue) throw PyErrors.OverflowError("int too big to convert");
            var d = (MbStateful)self!;
            d.PendingBytes = (byte[])buf.Value.Clone();
            d.State = (ulong)n;
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "reset", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "reset");
            var d = (MbStateful)self!;
            d.State = d.Codec.DecoderInit;
            d.PendingBytes = [];
            return PyNone.Instance;
        });
    }

    private static MbStateful NewStream(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, bool reader)
    {
        var a = ArgParser.Unpack(args, kwnames, name, StreamNames, 0, 1);
        var s = NewStateful(callable);
        s.Stream = a[0];
        s.Errors = ErrorsNew(a[1], name);
        s.State = reader ? s.Codec.DecoderInit : s.Codec.EncoderInit;
        return s;
    }

    private static readonly string[] SizeNames = ["sizeobj"], HintNames = ["sizehintobj"];

    private static long SizeArg(PyObject? o)
    {
        if (o is null || o == PyNone.Instance) return -1;
        if (o is PyInt i) return i.AsLong();
        throw PyErrors.TypeError("arg 1 must be an integer");
    }

    /// <summary>CPython's mbstreamreader_iread: reads through the stream's method, and when a read ends inside a
    /// sequence before anything decoded, reads one more byte at a time.</summary>
    private static string ReadStream(MbStateful r, string method, long sizehint)
    {
        if (sizehint == 0) return "";
        var result = new StringBuilder();
        while (true)
        {
            var cres = sizehint < 0
                ? PyOps.CallMethod(r.Stream!, method, ReadOnlySpan<PyObject>.Empty)
                : PyOps.CallMethod(r.Stream!, method, new PyObject[] { PyInt.FromLong(sizehint) });
            if (cres is not PyBytes chunk)
                throw PyErrors.TypeError($"stream function returned a non-bytes object ({cres.type.Name})");
            bool eof = chunk.Value.Length == 0;
            int rsize = r.PendingBytes.Length + chunk.Value.Length;
            if (rsize > 0) result.Append(DecodeStateful(r, chunk.Value, eof || sizehint < 0));
            if (sizehint < 0 || result.Length != 0 || rsize == 0) break;
            sizehint = 1;
        }
        return result.ToString();
    }

    private static void InstallReader(PyType t)
    {
        t.New = static (callable, args, kwnames) => NewStream(callable, args, kwnames, "StreamReader", reader: true);
        InstallCommon(t);
        BindingInstaller.AddGetter(t, "stream", static o => ((MbStateful)o).Stream ?? PyNone.Instance);
        BindingInstaller.AddMethod(t, "read", static (self, args, kwnames) =>
        {
            ArgParser.CheckPositional(args, kwnames, "read", 0, 1);
            return PyStr.FromString(ReadStream((MbStateful)self!, "read", SizeArg(args.Length > 0 ? args[0] : null)));
        });
        BindingInstaller.AddMethod(t, "readline", static (self, args, kwnames) =>
        {
            ArgParser.CheckPositional(args, kwnames, "readline", 0, 1);
            return PyStr.FromString(ReadStream((MbStateful)self!, "readline", SizeArg(args.Length > 0 ? args[0] : null)));
        });
        BindingInstaller.AddMethod(t, "readlines", static (self, args, kwnames) =>
        {
            ArgParser.CheckPositional(args, kwnames, "readlines", 0, 1);
            var text = PyStr.FromString(ReadStream((MbStateful)self!, "read", SizeArg(args.Length > 0 ? args[0] : null)));
            return text.splitlines(true);
        });
        BindingInstaller.AddMethod(t, "reset", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "reset");
            var r = (MbStateful)self!;
            r.State = r.Codec.DecoderInit;
            r.PendingBytes = [];
            return PyNone.Instance;
        });
    }

    private static void InstallWriter(PyType t)
    {
        t.New = static (callable, args, kwnames) => NewStream(callable, args, kwnames, "StreamWriter", reader: false);
        InstallCommon(t);
        BindingInstaller.AddGetter(t, "stream", static o => ((MbStateful)o).Stream ?? PyNone.Instance);
        BindingInstaller.AddMethod(t, "write", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "write");
            var w = (MbStateful)self!;
            PyOps.CallMethod(w.Stream!, "write", new PyObject[] { EncodeStateful(w, args[0], final: false) });
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "writelines", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "writelines");
            var w = (MbStateful)self!;
            var it = PyOps.GetIter(args[0]);
            while (PyOps.Next(it) is { } line)
                PyOps.CallMethod(w.Stream!, "write", new PyObject[] { EncodeStateful(w, line, final: false) });
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "reset", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "reset");
            var w = (MbStateful)self!;
            var output = new List<byte>();
            w.Codec.EncodeReset(ref w.State, output);
            if (output.Count > 0) PyOps.CallMethod(w.Stream!, "write", new PyObject[] { PyBytes.From(output.ToArray()) });
            return PyNone.Instance;
        });
    }
}
