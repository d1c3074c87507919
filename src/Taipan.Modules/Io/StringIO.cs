using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io.StringIO: an in-memory text stream indexed by code point (UCS-4 buffer, as CPython's
/// accumulator), with the newline modes of TextIOWrapper.</summary>
internal sealed class StringIO : PyIOBase
{
    private int[] buf = Array.Empty<int>();
    private int length, pos;
    private bool closed, initialized;
    private NewlineDecoder? decoder;
    private string? readnl, writenl;
    private bool readuniversal, readtranslate;

    public StringIO(PyType type) : base(type) { }

    private static readonly string[] InitNames = { "initial_value", "newline" };

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new StringIO((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "StringIO", InitNames, 0, 0);
            ((StringIO)self).Init(s[0], s[1]);
        };
        t.IterNext = static self =>
        {
            var sio = (StringIO)self;
            if (!IoCall.IsNative(self, IoTypes.StringIO, "readline"))
            {
                var line = IoCall.Method(self, "readline");
                if (line is not PyStr ls) throw PyErrors.New(PyTypes.OSError, $"readline() should have returned a str object, not '{line.type.Name}'");
                return ls.Length == 0 ? null : ls;
            }
            sio.CheckReady();
            var l = sio.ReadLine(-1);
            return l.Length == 0 ? null : PyStr.FromString(l);
        };
        Add(t, "getvalue", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "getvalue", 0, 0);
            var sio = (StringIO)s!;
            sio.CheckReady();
            return PyStr.FromString(FromCodePoints(sio.buf.AsSpan(0, sio.length)));
        });
        // pickling: object.__reduce_ex__ saves (value, newline, position, __dict__); __setstate__ puts the
        // value back as it was stored (already translated), not through the newline translation of write()
        Add(t, "__getstate__", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "__getstate__", 0, 0);
            var sio = (StringIO)s!;
            sio.CheckReady();
            var value = PyStr.FromString(FromCodePoints(sio.buf.AsSpan(0, sio.length)));
            PyObject nl = sio.readnl is null ? PyNone.Instance : PyStr.FromString(sio.readnl);
            return PyTuple.Of(value, nl, PyInt.FromLong(sio.pos), IoState.DictCopy(sio));
        });
        Add(t, "__setstate__", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "__setstate__", 1, 1);
            var sio = (StringIO)s!;
            if (a[0] is not PyTuple st || st.Count < 4)
                throw PyErrors.TypeError($"{sio.type.Name}.__setstate__ argument should be 4-tuple, got {a[0].type.Name}");
            sio.Init(PyNone.Instance, st[1]);
            if (st[0] is not PyStr value) throw PyErrors.TypeError($"initial_value must be str or None, not {st[0].type.Name}");
            sio.buf = ToCodePoints(value.Value);
            sio.length = sio.buf.Length;
            if (st[2] is not PyInt p) throw PyErrors.TypeError($"third item of state must be an integer, got {st[2].type.Name}");
            long pos = p.AsLong();
            if (pos < 0) throw PyErrors.ValueError("position value cannot be negative");
            sio.pos = (int)Math.Min(pos, int.MaxValue / 2);
            IoState.RestoreDict(sio, st[3], "fourth");
            return PyNone.Instance;
        });
        Add(t, "read", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "read", 0, 1);
            var sio = (StringIO)s!;
            sio.CheckReady();
            long n = IoCall.OptionalSize(a, 0);
            int avail = Math.Max(sio.length - sio.pos, 0);
            int take = n < 0 || n > avail ? avail : (int)n;
            if (take == 0) return PyStr.Empty; // also past the end after a seek there
            var r = FromCodePoints(sio.buf.AsSpan(sio.pos, take));
            sio.pos += take;
            return PyStr.FromString(r);
        });
        Add(t, "readline", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "readline", 0, 1);
            var sio = (StringIO)s!;
            sio.CheckReady();
            return PyStr.FromString(sio.ReadLine(IoCall.OptionalSize(a, 0)));
        });
        Add(t, "write", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "write");
            var sio = (StringIO)s!;
            sio.CheckReady();
            if (a[0] is not PyStr str) throw PyErrors.TypeError($"string argument expected, got '{a[0].type.Name}'");
            if (str.Length > 0) sio.Write(str.Value);
            return PyInt.FromLong(str.Length);
        });
        Add(t, "seek", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "seek", 1, 2);
            var sio = (StringIO)s!;
            long p = IoCall.Index(a[0]);
            long whence = a.Length > 1 ? IoCall.Index(a[1]) : 0;
            sio.CheckReady();
            if (whence != 0 && whence != 1 && whence != 2) throw PyErrors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (p < 0 && whence == 0) throw PyErrors.ValueError($"Negative seek position {p}");
            if (whence != 0 && p != 0) throw PyErrors.New(PyTypes.OSError, "Can't do nonzero cur-relative seeks");
            if (whence == 1) p = sio.pos;
            else if (whence == 2) p = sio.length;
            sio.pos = (int)Math.Min(p, int.MaxValue / 2);
            return PyInt.FromLong(sio.pos);
        });
        Add(t, "tell", static (s, a, k) => { IoCall.CheckArgs(a, k, "tell", 0, 0); var sio = (StringIO)s!; sio.CheckReady(); return PyInt.FromLong(sio.pos); });
        Add(t, "truncate", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "truncate", 0, 1);
            var sio = (StringIO)s!;
            sio.CheckReady();
            long size = a.Length == 0 || a[0] == PyNone.Instance ? sio.pos : IoCall.Index(a[0]);
            if (size < 0) throw PyErrors.ValueError($"Negative size value {size}");
            if (size < sio.length) sio.length = (int)size;
            return PyInt.FromLong(size);
        });
        Add(t, "close", static (s, a, k) => { IoCall.CheckArgs(a, k, "close", 0, 0); var sio = (StringIO)s!; sio.closed = true; sio.IOBaseClosed = true; sio.buf = Array.Empty<int>(); return PyNone.Instance; });
        Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); ((StringIO)s!).CheckReady(); return PyBool.True; });
        Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); ((StringIO)s!).CheckReady(); return PyBool.True; });
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); ((StringIO)s!).CheckReady(); return PyBool.True; });
        BindingInstaller.AddGetter(t, "closed", static s => { var sio = (StringIO)s; sio.CheckInit(); return PyBool.FromBool(sio.closed); });
        BindingInstaller.AddGetter(t, "line_buffering", static s => { ((StringIO)s).CheckReady(); return PyBool.False; });
        BindingInstaller.AddGetter(t, "newlines", static s =>
        {
            var sio = (StringIO)s;
            sio.CheckReady();
            return sio.decoder is null ? PyNone.Instance : sio.decoder.Newlines;
        });
    }

    private void Init(PyObject? value, PyObject? newlineObj)
    {
        string? newline = "\n";
        if (newlineObj is not null)
        {
            if (newlineObj == PyNone.Instance) newline = null;
            else if (newlineObj is PyStr ns) newline = ns.Value;
            else throw PyErrors.TypeError($"newline must be str or None, not {newlineObj.type.Name}");
        }
        if (newline is not null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw PyErrors.ValueError($"illegal newline value: {PyOps.Repr(newlineObj!).Value}");
        if (value is not null && value != PyNone.Instance && value is not PyStr)
            throw PyErrors.TypeError($"initial_value must be str or None, not {value.type.Name}");
        readnl = newline;
        readuniversal = newline is null || newline.Length == 0;
        readtranslate = newline is null;
        writenl = newline is not null && newline.Length > 0 && newline[0] == '\r' ? newline : null;
        decoder = readuniversal ? NewlineDecoder.Create(null, readtranslate) : null;
        length = pos = 0;
        buf = Array.Empty<int>();
        closed = false;
        IOBaseClosed = false;
        initialized = true;
        if (value is PyStr vs && vs.Length > 0)
        {
            Write(vs.Value);
            pos = 0;
        }
    }

    private void CheckInit()
    {
        if (!initialized) throw PyErrors.ValueError("I/O operation on uninitialized object");
    }

    private void CheckReady()
    {
        CheckInit();
        if (closed) throw PyErrors.ValueError("I/O operation on closed file");
    }

    private void Write(string s)
    {
        if (decoder is not null) s = decoder.Process(s, final: true);
        if (writenl is not null) s = s.Replace("\n", writenl);
        var cps = ToCodePoints(s);
        int end = pos + cps.Length;
        if (end > buf.Length) Array.Resize(ref buf, Math.Max(end, buf.Length * 2));
        if (pos > length) Array.Clear(buf, length, pos - length);
        cps.CopyTo(buf.AsSpan(pos));
        pos = end;
        if (end > length) length = end;
    }

    private string ReadLine(long limit)
    {
        if (pos >= length) return "";
        int start = pos;
        int avail = length - pos;
        int max = limit < 0 || limit > avail ? avail : (int)limit;
        int end = FindLineEnd(buf.AsSpan(start, max)) is int e and >= 0 ? e : max;
        pos = start + end;
        return FromCodePoints(buf.AsSpan(start, end));
    }

    /// <summary>_PyIO_find_line_ending: the length of the first line including its terminator, or -1.</summary>
    private int FindLineEnd(ReadOnlySpan<int> s)
    {
        if (readtranslate) { int i = s.IndexOf('\n'); return i < 0 ? -1 : i + 1; }
        if (readuniversal)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '\n') return i + 1;
                if (s[i] == '\r') return i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return -1;
        }
        var nl = readnl!;
        if (nl.Length == 1) { int i = s.IndexOf(nl[0]); return i < 0 ? -1 : i + 1; }
        for (int i = 0; i + 1 < s.Length; i++)
            if (s[i] == '\r' && s[i + 1] == '\n') return i + 2;
        return -1;
    }

    internal static int[] ToCodePoints(string s)
    {
        var result = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                result[n++] = char.ConvertToUtf32(c, s[++i]);
            else result[n++] = c;
        }
        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    internal static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
