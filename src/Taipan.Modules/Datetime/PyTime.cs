using Taipan.Runtime.Objects;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.time: hour, minute, second, microsecond, tzinfo (None when naive) and fold.</summary>
[PyType("time")]
internal sealed partial class PyTime : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("datetime.time", 64, InitType);
    private static readonly string[] NewNames = { "hour", "minute", "second", "microsecond", "tzinfo", "fold" };
    private static readonly string[] TimeSpecNames = { "timespec" };

    internal readonly int Hour, Minute, Second, Microsecond, Fold;
    internal readonly PyObject TzInfo;
    private long hashCache = -1;

    internal PyTime(PyType t, int h, int mi, int s, int us, PyObject tzinfo, int fold) : base(t)
    {
        Hour = h;
        Minute = mi;
        Second = s;
        Microsecond = us;
        TzInfo = tzinfo;
        Fold = fold;
    }

    private static PyObject New(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)cls;
        if ((args.Length == 1 || args.Length == 2) && (kwnames is null || kwnames.Count == 0))
        {
            var state = Pickle.StateBytes(args[0], 6, 0, "time");
            if (state is not null)
            {
                var tz = Pickle.StateTzInfo(args);
                int h = state[0], fold = 0;
                if ((h & 0x80) != 0) { h -= 128; fold = 1; }
                return new PyTime(type, h, state[1], state[2], state[3] << 16 | state[4] << 8 | state[5], tz, fold);
            }
        }
        var s = DtArgs.Unpack(args, kwnames, NewNames, 0, "function", 5, 0b101111);
        int hh = DtArgs.IntOr(s[0], 0), mm = DtArgs.IntOr(s[1], 0), ss = DtArgs.IntOr(s[2], 0), us = DtArgs.IntOr(s[3], 0);
        int f = DtArgs.IntOr(s[5], 0);
        DateMath.CheckTimeArgs(hh, mm, ss, us, f);
        var tzinfo = DtArgs.CheckTzinfo(s[4]);
        return new PyTime(type, hh, mm, ss, us, tzinfo, f);
    }

    [PyGetter] internal int hour => Hour;
    [PyGetter] internal int minute => Minute;
    [PyGetter] internal int second => Second;
    [PyGetter] internal int microsecond => Microsecond;
    [PyGetter] internal PyObject tzinfo => TzInfo;
    [PyGetter] internal int fold => Fold;

    [PyClassMethod]
    internal static PyObject fromisoformat(PyType cls, PyObject tstr)
    {
        if (tstr is not PyStr s) throw PyErrors.TypeError("fromisoformat: argument must be str");
        var b = IsoParse.Utf8z(s.Value);
        if (b is null) throw IsoParse.Invalid(s);
        int start = 0, len = b.Length - 1;
        if (b[0] == 'T') { start = 1; len--; }
        int rv = IsoParse.ParseTime(b, start, len, out int h, out int mi, out int sec, out int us, out int off, out int offUs);
        if (rv < 0) throw IsoParse.Invalid(s);
        var tz = IsoParse.TzInfo(rv, off, offUs);
        if (cls == PyTypeObject)
        {
            DateMath.CheckTimeArgs(h, mi, sec, us, 0);
            return new PyTime(PyTypeObject, h, mi, sec, us, tz, 0);
        }
        return PyOps.Call(cls, new[] { PyInt.FromLong(h), PyInt.FromLong(mi), PyInt.FromLong(sec), PyInt.FromLong(us), tz });
    }

    internal static string FormatTime(int h, int mi, int s, int us, string timespec)
    {
        switch (timespec)
        {
            case "auto": return us != 0 ? $"{h:D2}:{mi:D2}:{s:D2}.{us:D6}" : $"{h:D2}:{mi:D2}:{s:D2}";
            case "hours": return $"{h:D2}";
            case "minutes": return $"{h:D2}:{mi:D2}";
            case "seconds": return $"{h:D2}:{mi:D2}:{s:D2}";
            case "milliseconds": return $"{h:D2}:{mi:D2}:{s:D2}.{us / 1000:D3}";
            case "microseconds": return $"{h:D2}:{mi:D2}:{s:D2}.{us:D6}";
            default: throw PyErrors.ValueError("Unknown timespec value");
        }
    }

    internal static string TimeSpecArg(PyObject? o)
    {
        if (o is null) return "auto";
        if (o is not PyStr s) throw ArgParser.BadArgument("isoformat", "argument 1", "str", o);
        return s.Value;
    }

    [PyMethod]
    internal PyObject isoformat(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, TimeSpecNames, 0, "isoformat()");
        var text = FormatTime(Hour, Minute, Second, Microsecond, TimeSpecArg(a[0]));
        if (TzInfo != PyNone.Instance && PyTzInfo.CallUtcOffset(TzInfo, PyNone.Instance) is PyTimeDelta off)
            text += PyTimeZone.FormatOffset(off, ":");
        return PyStr.FromString(text);
    }

    [PyMethod]
    internal PyObject strftime(PyObject format)
    {
        if (format is not PyStr f) throw ArgParser.BadArgument("strftime", "argument 1", "str", format);
        var tuple = PyTuple.Of(new PyObject[] { PyInt.FromLong(1900), PyInt.FromLong(1), PyInt.FromLong(1),
            PyInt.FromLong(Hour), PyInt.FromLong(Minute), PyInt.FromLong(Second), PyInt.FromLong(0), PyInt.FromLong(1), PyInt.FromLong(-1) });
        return Strftime.Wrap(this, f, tuple, PyNone.Instance);
    }

    [PyMethod("__format__")]
    internal PyObject format_(PyObject format)
    {
        if (format is not PyStr f) throw ArgParser.BadArgument("__format__", "argument 1", "str", format);
        if (f.Value.Length == 0) return PyOps.Str(this);
        return PyOps.CallMethod(this, "strftime", new PyObject[] { f });
    }

    [PyMethod] internal PyObject utcoffset() => PyTzInfo.CallUtcOffset(TzInfo, PyNone.Instance);
    [PyMethod] internal PyObject dst() => PyTzInfo.CallDst(TzInfo, PyNone.Instance);
    [PyMethod] internal PyObject tzname() => PyTzInfo.CallTzName(TzInfo, PyNone.Instance);

    [PyMethod]
    internal PyObject replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = DtArgs.Unpack(args, kwnames, NewNames, 0, "replace()", 5);
        int hh = DtArgs.IntOr(s[0], Hour), mm = DtArgs.IntOr(s[1], Minute), ss = DtArgs.IntOr(s[2], Second), us = DtArgs.IntOr(s[3], Microsecond);
        int f = DtArgs.IntOr(s[5], Fold);
        DateMath.CheckTimeArgs(hh, mm, ss, us, f);
        var tz = s[4] is null ? TzInfo : DtArgs.CheckTzinfo(s[4]);
        return new PyTime(type, hh, mm, ss, us, tz, f);
    }

    internal byte[] State(int proto)
    {
        var b = new[] { (byte)Hour, (byte)Minute, (byte)Second, (byte)(Microsecond >> 16), (byte)(Microsecond >> 8), (byte)Microsecond };
        if (proto > 3 && Fold != 0) b[0] |= 128;
        return b;
    }

    [PyMethod("__reduce_ex__")]
    internal PyObject reduce_ex(int proto) => Pickle.Reduce(type, State(proto), TzInfo);

    [PyMethod("__reduce__")]
    internal PyObject reduce() => reduce_ex(2);

    private int CompareFields(PyTime o)
    {
        int c = Hour.CompareTo(o.Hour);
        if (c == 0) c = Minute.CompareTo(o.Minute);
        if (c == 0) c = Second.CompareTo(o.Second);
        if (c == 0) c = Microsecond.CompareTo(o.Microsecond);
        return c;
    }

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyTime x || b is not PyTime y) return PyNotImplemented.Instance;
        if (ReferenceEquals(x.TzInfo, y.TzInfo)) return PyTimeDelta.CompareResult(x.CompareFields(y), op);
        var o1 = x.utcoffset();
        var o2 = y.utcoffset();
        if (ReferenceEquals(o1, o2) || (o1 is PyTimeDelta d1 && o2 is PyTimeDelta d2 && d1.TotalUs == d2.TotalUs))
            return PyTimeDelta.CompareResult(x.CompareFields(y), op);
        if (o1 is PyTimeDelta a1 && o2 is PyTimeDelta a2)
        {
            long s1 = x.Hour * 3600L + x.Minute * 60 + x.Second - a1.Days * 86400L - a1.Seconds;
            long s2 = y.Hour * 3600L + y.Minute * 60 + y.Second - a2.Days * 86400L - a2.Seconds;
            long diff = s1 - s2;
            if (diff == 0) diff = x.Microsecond - y.Microsecond;
            return PyTimeDelta.CompareResult(diff.CompareTo(0), op);
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        throw PyErrors.TypeError("can't compare offset-naive and offset-aware times");
    }

    private long Hash()
    {
        if (hashCache != -1) return hashCache;
        long h;
        var off = TzInfo == PyNone.Instance ? PyNone.Instance : utcoffset();
        if (off is PyTimeDelta d)
            h = PyTimeDelta.FromUs((Int128)(Hour * 3600L + Minute * 60 + Second) * 1_000_000 + Microsecond - d.TotalUs).HashValue();
        else
            h = PyOps.Hash(PyBytes.From(State(0)));
        hashCache = h == -1 ? -2 : h;
        return hashCache;
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Repr = static self =>
        {
            var x = (PyTime)self;
            var sb = new StringBuilder(x.type.Name).Append('(').Append(x.Hour).Append(", ").Append(x.Minute);
            if (x.Second != 0 || x.Microsecond != 0) sb.Append(", ").Append(x.Second);
            if (x.Microsecond != 0) sb.Append(", ").Append(x.Microsecond);
            if (x.TzInfo != PyNone.Instance) sb.Append(", tzinfo=").Append(PyOps.Repr(x.TzInfo).Value);
            if (x.Fold != 0) sb.Append(", fold=1");
            return PyStr.FromString(sb.Append(')').ToString());
        };
        t.Str = static self => self.type == PyTypeObject && ((PyTime)self).TzInfo == PyNone.Instance
            ? PyStr.FromString(FormatTime(((PyTime)self).Hour, ((PyTime)self).Minute, ((PyTime)self).Second, ((PyTime)self).Microsecond, "auto"))
            : PyOps.CallMethod(self, "isoformat", ReadOnlySpan<PyObject>.Empty);
        t.Hash = static self => ((PyTime)self).Hash();
        t.RichCompare = Compare;
        InstallPyBindings(t);
        t.Dict.SetItem(StrIntern.Intern("min"), new PyTime(t, 0, 0, 0, 0, PyNone.Instance, 0));
        t.Dict.SetItem(StrIntern.Intern("max"), new PyTime(t, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.Dict.SetItem(StrIntern.Intern("resolution"), PyTimeDelta.FromParts(0, 0, 1));
    }
}
