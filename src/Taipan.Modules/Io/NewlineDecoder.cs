using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io.IncrementalNewlineDecoder: wraps a decoder (or none, for str input) and records or
/// translates \r, \n and \r\n, holding back a trailing \r until the next call shows what follows.</summary>
internal sealed class NewlineDecoder : PyObject
{
    private const int SeenLF = 1, SeenCR = 2, SeenCRLF = 4;
    internal PyObject? Decoder;
    internal bool Translate, PendingCR;
    internal int SeenNL;
    private PyObject errors = PyStr.FromAscii("strict");
    private bool initialized;

    public NewlineDecoder(PyType type) : base(type) { }

    internal static NewlineDecoder Create(PyObject? decoder, bool translate) =>
        new(IoTypes.IncrementalNewlineDecoder) { Decoder = decoder, Translate = translate, initialized = true };

    private static readonly string[] InitNames = { "decoder", "translate", "errors" };
    private static readonly string[] DecodeNames = { "input", "final" };

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new NewlineDecoder((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "IncrementalNewlineDecoder", InitNames, 0, 2);
            var d = (NewlineDecoder)self;
            d.Decoder = s[0] == PyNone.Instance ? null : s[0];
            d.Translate = PyOps.IsTrue(s[1]!);
            d.errors = s[2] ?? PyStr.FromAscii("strict");
            d.SeenNL = 0;
            d.PendingCR = false;
            d.initialized = true;
        };
        BindingInstaller.AddMethod(t, "decode", static (s, a, k) =>
        {
            var sl = ArgParser.Unpack(a, k, "decode", DecodeNames, 0, 1);
            var d = (NewlineDecoder)s!;
            d.CheckInit();
            return PyStr.FromString(d.Decode(sl[0]!, sl[1] is not null && PyOps.IsTrue(sl[1]!)));
        });
        BindingInstaller.AddMethod(t, "getstate", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "IncrementalNewlineDecoder.getstate");
            var d = (NewlineDecoder)s!;
            d.CheckInit();
            PyObject buf;
            long flag;
            if (d.Decoder is null)
            {
                buf = IoBytes.FromSpan(ReadOnlySpan<byte>.Empty);
                flag = 0;
            }
            else
            {
                var st = IoCall.Method(d.Decoder, "getstate");
                if (st is not PyTuple tup || tup.Count != 2) throw PyErrors.TypeError("illegal decoder state");
                buf = tup[0];
                flag = IoCall.Index(tup[1]);
            }
            flag <<= 1;
            if (d.PendingCR) flag |= 1;
            return PyTuple.Of(buf, PyInt.FromLong(flag));
        });
        BindingInstaller.AddMethod(t, "setstate", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "IncrementalNewlineDecoder.setstate");
            var d = (NewlineDecoder)s!;
            d.CheckInit();
            if (a[0] is not PyTuple tup || tup.Count != 2) throw PyErrors.TypeError("state argument must be a tuple");
            long flag = IoCall.Index(tup[1]);
            d.PendingCR = (flag & 1) != 0;
            if (d.Decoder is not null) IoCall.Method(d.Decoder, "setstate", PyTuple.Of(tup[0], PyInt.FromLong(flag >> 1)));
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "reset", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "IncrementalNewlineDecoder.reset");
            var d = (NewlineDecoder)s!;
            d.CheckInit();
            d.Reset();
            return PyNone.Instance;
        });
        BindingInstaller.AddGetter(t, "newlines", static s => ((NewlineDecoder)s).Newlines);
    }

    private void CheckInit()
    {
        if (!initialized) throw PyErrors.ValueError("IncrementalNewlineDecoder.__init__() not called");
    }

    internal void Reset()
    {
        SeenNL = 0;
        PendingCR = false;
        if (Decoder is not null) IoCall.Method(Decoder, "reset");
    }

    internal PyObject Newlines => SeenNL switch
    {
        0 => PyNone.Instance,
        SeenLF => PyStr.FromAscii("\n"),
        SeenCR => PyStr.FromAscii("\r"),
        SeenCR | SeenLF => PyTuple.Of(PyStr.FromAscii("\r"), PyStr.FromAscii("\n")),
        SeenCRLF => PyStr.FromAscii("\r\n"),
        SeenLF | SeenCRLF => PyTuple.Of(PyStr.FromAscii("\n"), PyStr.FromAscii("\r\n")),
        SeenCR | SeenCRLF => PyTuple.Of(PyStr.FromAscii("\r"), PyStr.FromAscii("\r\n")),
        _ => PyTuple.Of(PyStr.FromAscii("\r"), PyStr.FromAscii("\n"), PyStr.FromAscii("\r\n")),
    };

    private string Decode(PyObject input, bool final)
    {
        string output;
        if (Decoder is null)
        {
            output = input is PyStr ps ? ps.Value : throw PyErrors.TypeError($"decoder should return a string result, not '{input.type.Name}'");
        }
        else
        {
            var r = PyOps.Call(PyOps.GetAttr(Decoder, StrIntern.Intern("decode")), new[] { input, PyBool.FromBool(final) });
            output = r is PyStr rs ? rs.Value : throw PyErrors.TypeError($"decoder should return a string result, not '{r.type.Name}'");
        }
        return Process(output, final);
    }

    /// <summary>The newline step on already-decoded text (also used directly by StringIO and TextIOWrapper).</summary>
    internal string Process(string output, bool final)
    {
        if (PendingCR && (output.Length > 0 || final))
        {
            output = "\r" + output;
            PendingCR = false;
        }
        if (!final && output.Length > 0 && output[^1] == '\r')
        {
            output = output.Substring(0, output.Length - 1);
            PendingCR = true;
        }
        int cr = 0, lf = 0, crlf = 0;
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (c == '\n') lf++;
            else if (c == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n') { crlf++; i++; }
                else cr++;
            }
        }
        if (lf > 0) SeenNL |= SeenLF;
        if (cr > 0) SeenNL |= SeenCR;
        if (crlf > 0) SeenNL |= SeenCRLF;
        if (Translate && (cr > 0 || crlf > 0))
        {
            if (crlf > 0) output = output.Replace("\r\n", "\n");
            if (cr > 0) output = output.Replace('\r', '\n');
        }
        return output;
    }
}
