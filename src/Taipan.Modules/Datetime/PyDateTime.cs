using Taipan.Runtime.Objects;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.datetime: a date plus a time of day, tzinfo and fold. Results of arithmetic and of the
/// alternate constructors go through a Python subclass's constructor, as new_datetime_subclass_fold_ex does.</summary>
[PyType("datetime")]
internal sealed partial class PyDateTime : PyDate
{
    public static new readonly PyType PyTypeObject = ModuleTypes.Create("datetime.datetime", 65, InitType, PyDate.PyTypeObject);
    private static readonly string[] NewNames = { "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold" };
    private static readonly string[] TzNames = { "tz" };
    private static readonly string[] FromTimestampNames = { "timestamp", "tz" };
    private static readonly string[] CombineNames = { "date", "time", "tzinfo" };
    private static readonly string[] IsoFormatNames = { "sep", "timespec" };

    internal readonly int Hour, Minute, Second, Microsecond, Fold;
    /// <summary>Mutable only while astimezone builds its result, as in CPython.</summary>
    internal PyObject TzInfo;

    internal PyDateTime(PyType t, int y, int mo, int d, int h, int mi, int s, int us, PyObject tzinfo, int fold) : base(t, y, mo, d)
    {
        Hour = h;
        Minute = mi;
        Second = s;
        Microsecond = us;
        TzInfo = tzinfo;
        Fold = fold;
    }

    private static PyDateTime? epochCache;
    private static PyDateTime Epoch => epochCache ??= new PyDateTime(PyTypeObject, 1970, 1, 1, 0, 0, 0, 0, PyTimeZone.Utc, 0);

    /// <summary>new_datetime_subclass_fold_ex.</summary>
    public static PyObject NewSubclass(int y, int mo, int d, int h, int mi, int s, int us, PyObject tzinfo, int fold, PyObject cls)
    {
        if (cls == PyTypeObject)
        {
            DateMath.CheckDateArgs(y, mo, d);
            DateMath.CheckTimeArgs(h, mi, s, us, fold);
            return new PyDateTime(PyTypeObject, y, mo, d, h, mi, s, us, tzinfo, fold);
        }
        // CPython 3.11 does not pass fold on to a subclass's constructor (combine and fromtimestamp lose it)
        return PyOps.Call(cls, new PyObject[] { PyInt.FromLong(y), PyInt.FromLong(mo), PyInt.FromLong(d), PyInt.FromLong(h),
            PyInt.FromLong(mi), PyInt.FromLong(s), PyInt.FromLong(us), tzinfo });
    }

    private static PyObject New(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)cls;
        if ((args.Length == 1 || args.Length == 2) && (kwnames is null || kwnames.Count == 0))
        {
            var state = Pickle.StateBytes(args[0], 10, 2, "datetime");
            if (state is not null)
            {
                var tz = Pickle.StateTzInfo(args);
                int mo = state[2], fold = 0;
                if ((mo & 0x80) != 0) { mo -= 128; fold = 1; }
                return new PyDateTime(type, state[0] << 8 | state[1], mo, state[3], state[4], state[5], state[6],
                    state[7] << 16 | state[8] << 8 | state[9], tz, fold);
            }
        }
        var s = DtArgs.Unpack(args, kwnames, NewNames, 3, "function", 8, 0b101111111);
        return Build(type, s, null);
    }

    private static PyObject Build(PyType type, PyObject?[] s, PyDateTime? basis)
    {
        int y, mo, d;
        if (basis is null)
        {
            y = DtArgs.RequiredInt(s, 0, NewNames, "function");
            mo = DtArgs.RequiredInt(s, 1, NewNames, "function");
            d = DtArgs.RequiredInt(s, 2, NewNames, "function");
        }
        else
        {
            y = DtArgs.IntOr(s[0], basis.Year);
            mo = DtArgs.IntOr(s[1], basis.Month);
            d = DtArgs.IntOr(s[2], basis.Day);
        }
        int h = DtArgs.IntOr(s[3], basis?.Hour ?? 0), mi = DtArgs.IntOr(s[4], basis?.Minute ?? 0);
        int sec = DtArgs.IntOr(s[5], basis?.Second ?? 0), us = DtArgs.IntOr(s[6], basis?.Microsecond ?? 0);
        int fold = DtArgs.IntOr(s[8], basis?.Fold ?? 0);
        DateMath.CheckDateArgs(y, mo, d);
        DateMath.CheckTimeArgs(h, mi, sec, us, fold);
        var tz = s[7] is null ? basis?.TzInfo ?? PyNone.Instance : DtArgs.CheckTzinfo(s[7]);
        return new PyDateTime(type, y, mo, d, h, mi, sec, us, tz, fold);
    }

    // --- alternate constructors -----------------------------------------------------------------

    /// <summary>datetime_from_timet_and_us.</summary>
    private static PyObject FromTimeT(PyObject cls, bool local, long t, int us, PyObject tzinfo)
    {
        var tm = local ? Timestamps.LocalTime(t) : Timestamps.GmTime(t);
        int y = tm.tm_year + 1900, mo = tm.tm_mon + 1, d = tm.tm_mday, h = tm.tm_hour, mi = tm.tm_min, s = Math.Min(59, tm.tm_sec);
        int fold = 0;
        if (tzinfo == PyNone.Instance && local) fold = Timestamps.DetectFold(t, y, mo, d, h, mi, s);
        return NewSubclass(y, mo, d, h, mi, s, us, tzinfo, fold, cls);
    }

    private static PyObject FromTimestamp(PyObject cls, bool local, PyObject timestamp, PyObject tzinfo)
    {
        Timestamps.ToTimeval(timestamp, out long sec, out int us);
        return FromTimeT(cls, local, sec, us, tzinfo);
    }

    [PyClassMethod]
    internal static PyObject now(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, TzNames, 0, "now()");
        var tz = DtArgs.CheckTzinfo(a[0]);
        long ticks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;
        long us = ticks / 10;
        var self = FromTimeT(cls, tz == PyNone.Instance, DateMath.FloorDiv(us, 1_000_000), (int)DateMath.FloorMod(us, 1_000_000), tz);
        if (tz != PyNone.Instance) self = PyOps.CallMethod(tz, "fromutc", new[] { self });
        return self;
    }

    [PyClassMethod]
    internal static PyObject utcnow(PyType cls)
    {
        long us = (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / 10;
        return FromTimeT(cls, false, DateMath.FloorDiv(us, 1_000_000), (int)DateMath.FloorMod(us, 1_000_000), PyNone.Instance);
    }

    [PyClassMethod("fromtimestamp")]
    internal static PyObject dt_fromtimestamp(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, FromTimestampNames, 1, "fromtimestamp()");
        var tz = DtArgs.CheckTzinfo(a[1]);
        var self = FromTimestamp(cls, tz == PyNone.Instance, a[0]!, tz);
        if (tz != PyNone.Instance) self = PyOps.CallMethod(tz, "fromutc", new[] { self });
        return self;
    }

    [PyClassMethod]
    internal static PyObject utcfromtimestamp(PyType cls, PyObject timestamp) => FromTimestamp(cls, false, timestamp, PyNone.Instance);

    [PyClassMethod]
    internal static PyObject strptime(PyType cls, PyObject @string, PyObject format)
    {
        if (@string is not PyStr) throw ArgParser.BadArgument("strptime", "argument 1", "str", @string);
        if (format is not PyStr) throw ArgParser.BadArgument("strptime", "argument 2", "str", format);
        var mod = Import.ImportAbsolute("_strptime");
        return PyOps.CallMethod(mod, "_strptime_datetime", new PyObject[] { cls, @string, format });
    }

    [PyClassMethod]
    internal static PyObject combine(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, CombineNames, 2, "combine()");
        if (a[0] is not PyDate date) throw ArgParser.BadArgument("combine", "argument 1", "datetime.date", a[0]!);
        if (a[1] is not PyTime time) throw ArgParser.BadArgument("combine", "argument 2", "datetime.time", a[1]!);
        var tz = a[2] is null ? time.TzInfo : DtArgs.CheckTzinfo(a[2]);
        return NewSubclass(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second, time.Microsecond, tz, time.Fold, cls);
    }

    [PyClassMethod("fromisoformat")]
    internal static PyObject dt_fromisoformat(PyType cls, PyObject dtstr)
    {
        if (dtstr is not PyStr str) throw PyErrors.TypeError("fromisoformat: argument must be str");
        var text = str.Value;
        if (str.Length < 7) throw IsoParse.Invalid(str);
        // a surrogate is allowed only as the separator (positions 7, 8 or 10): it becomes 'T'
        foreach (int pos in new[] { 7, 8, 10 })
        {
            if (pos > str.Length) break;
            if (pos < str.Length && pos < text.Length && char.IsSurrogate(text[pos]) && str.Length == text.Length)
            {
                text = text.Substring(0, pos) + "T" + text.Substring(pos + 1);
                break;
            }
        }
        var b = IsoParse.Utf8z(text);
        if (b is null) throw IsoParse.Invalid(str);
        int len = b.Length - 1;
        int sep = IsoParse.FindSeparator(b, len);
        if (sep < 0) throw IsoParse.Invalid(str);
        int rv = IsoParse.ParseDate(b, 0, sep, out int y, out int mo, out int d);
        int h = 0, mi = 0, s = 0, us = 0, off = 0, offUs = 0;
        if (rv == 0 && len > sep)
        {
            int p = sep;
            byte c = b[p];
            p += (c & 0x80) == 0 ? 1 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF0) == 0xF0 ? 4 : 2;
            if (p > len) throw IsoParse.Invalid(str);
            rv = IsoParse.ParseTime(b, p, len - p, out h, out mi, out s, out us, out off, out offUs);
        }
        if (rv < 0) throw IsoParse.Invalid(str);
        var tz = IsoParse.TzInfo(rv, off, offUs);
        return NewSubclass(y, mo, d, h, mi, s, us, tz, 0, cls);
    }

    // --- attributes ---------------------------------------------------------------------------------

    [PyGetter] internal int hour => Hour;
    [PyGetter] internal int minute => Minute;
    [PyGetter] internal int second => Second;
    [PyGetter] internal int microsecond => Microsecond;
    [PyGetter] internal PyObject tzinfo => TzInfo;
    [PyGetter] internal int fold => Fold;

    [PyMethod("date")]
    internal PyObject date_() => new PyDate(PyDate.PyTypeObject, Year, Month, Day);

    [PyMethod("time")]
    internal PyObject time_() => new PyTime(PyTime.PyTypeObject, Hour, Minute, Second, Microsecond, PyNone.Instance, Fold);

    [PyMethod]
    internal PyObject timetz() => new PyTime(PyTime.PyTypeObject, Hour, Minute, Second, Microsecond, TzInfo, Fold);

    [PyMethod("ctime")]
    internal string dt_ctime() => CTime(Hour, Minute, Second);

    [PyMethod("utcoffset")]
    internal PyObject utcoffset_() => PyTzInfo.CallUtcOffset(TzInfo, this);

    [PyMethod("dst")]
    internal PyObject dst_() => PyTzInfo.CallDst(TzInfo, this);

    [PyMethod("tzname")]
    internal PyObject tzname_() => PyTzInfo.CallTzName(TzInfo, this);

    [PyMethod("timetuple")]
    internal PyObject dt_timetuple()
    {
        int dstflag = -1;
        if (TzInfo != PyNone.Instance && PyTzInfo.CallDst(TzInfo, this) is PyTimeDelta dst)
            dstflag = dst.Days != 0 || dst.Seconds != 0 || dst.Microseconds != 0 ? 1 : 0;
        return Strftime.StructTime(Year, Month, Day, Hour, Minute, Second, dstflag);
    }

    [PyMethod]
    internal PyObject utctimetuple()
    {
        PyObject u = this;
        if (TzInfo != PyNone.Instance && PyTzInfo.CallUtcOffset(TzInfo, this) is PyTimeDelta off)
            u = AddDelta(this, off, -1);
        var x = (PyDateTime)u;
        return Strftime.StructTime(x.Year, x.Month, x.Day, x.Hour, x.Minute, x.Second, 0);
    }

    [PyMethod]
    internal PyObject timestamp()
    {
        if (TzInfo != PyNone.Instance)
        {
            var delta = (PyTimeDelta)Subtract(this, Epoch);
            return delta.total_seconds();
        }
        long seconds = Timestamps.LocalToSeconds(Year, Month, Day, Hour, Minute, Second, Fold);
        return new PyFloat(seconds - Timestamps.Epoch + Microsecond / 1e6);
    }

    [PyMethod("isoformat")]
    internal PyObject dt_isoformat(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, IsoFormatNames, 0, "isoformat()");
        string sep = "T";
        if (a[0] is { } so)
        {
            if (so is not PyStr ss || ss.Length != 1)
                throw ArgParser.BadArgument("isoformat", "argument 1", "a unicode character", so);
            sep = ss.Value;
        }
        var sb = new StringBuilder(DateIso()).Append(sep).Append(PyTime.FormatTime(Hour, Minute, Second, Microsecond, PyTime.TimeSpecArg(a[1])));
        if (TzInfo != PyNone.Instance && PyTzInfo.CallUtcOffset(TzInfo, this) is PyTimeDelta off)
            sb.Append(PyTimeZone.FormatOffset(off, ":"));
        return PyStr.FromString(sb.ToString());
    }

    [PyMethod("replace")]
    internal PyObject dt_replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = DtArgs.Unpack(args, kwnames, NewNames, 0, "replace()", 8);
        return Build(type, s, this);
    }

    [PyMethod]
    internal PyObject astimezone(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = DtArgs.Unpack(args, kwnames, TzNames, 0, "astimezone()");
        var tzinfo = DtArgs.CheckTzinfo(a[0]);
        PyObject selfTz;
        PyObject offset;
        if (TzInfo == PyNone.Instance) selfTz = LocalTimezoneFromLocal(this);
        else selfTz = TzInfo;
        while (true)
        {
            if (ReferenceEquals(selfTz, tzinfo)) return this;
            offset = PyTzInfo.CallUtcOffset(selfTz, this);
            if (offset == PyNone.Instance) { selfTz = LocalTimezoneFromLocal(this); continue; }
            break;
        }
        var r = AddDelta(this, (PyTimeDelta)offset, -1);
        if (r is not PyDateTime result) return r;
        result.TzInfo = PyTimeZone.Utc;
        if (tzinfo == PyNone.Instance) tzinfo = LocalTimezone(result);
        result.TzInfo = tzinfo;
        return PyOps.CallMethod(tzinfo, "fromutc", new PyObject[] { result });
    }

    private static PyObject LocalTimezoneFromLocal(PyDateTime dt)
    {
        long seconds = Timestamps.LocalToSeconds(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Fold);
        return Timestamps.LocalTimezoneFromTimestamp(seconds - Timestamps.Epoch);
    }

    private static PyObject LocalTimezone(PyDateTime utc)
    {
        var delta = (PyTimeDelta)Subtract(utc, Epoch);
        long seconds = (long)Int128.DivRem(delta.TotalUs - (delta.TotalUs < 0 ? 999_999 : 0), 1_000_000).Quotient;
        return Timestamps.LocalTimezoneFromTimestamp(seconds);
    }

    internal byte[] State(int proto)
    {
        var b = new[] { (byte)(Year >> 8), (byte)Year, (byte)Month, (byte)Day, (byte)Hour, (byte)Minute, (byte)Second,
            (byte)(Microsecond >> 16), (byte)(Microsecond >> 8), (byte)Microsecond };
        if (proto > 3 && Fold != 0) b[2] |= 128;
        return b;
    }

    [PyMethod("__reduce_ex__")]
    internal PyObject reduce_ex(int proto) => Pickle.Reduce(type, State(proto), TzInfo);

    [PyMethod("__reduce__")]
    internal PyObject dt_reduce() => reduce_ex(2);

    // --- arithmetic and comparison ----------------------------------------------------------------

    /// <summary>add_datetime_timedelta: fold is dropped, a subclass is rebuilt through its constructor.</summary>
    internal static PyObject AddDelta(PyDateTime dt, PyTimeDelta delta, int factor)
    {
        int y = dt.Year, mo = dt.Month;
        long d = dt.Day + (long)delta.Days * factor, h = dt.Hour, mi = dt.Minute;
        long s = dt.Second + (long)delta.Seconds * factor, us = dt.Microsecond + (long)delta.Microseconds * factor;
        DateMath.NormalizeDateTime(ref y, ref mo, ref d, ref h, ref mi, ref s, ref us);
        return NewSubclass(y, mo, (int)d, (int)h, (int)mi, (int)s, (int)us, dt.TzInfo, 0, dt.type);
    }

    private static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyDateTime x && b is PyTimeDelta td) return AddDelta(x, td, 1);
        if (b is PyDateTime y && a is PyTimeDelta td2) return AddDelta(y, td2, 1);
        return PyNotImplemented.Instance;
    }

    private static PyObject Subtract(PyObject a, PyObject b)
    {
        if (a is not PyDateTime left) return PyNotImplemented.Instance;
        if (b is PyTimeDelta td) return AddDelta(left, td, -1);
        if (b is not PyDateTime right) return PyNotImplemented.Instance;
        PyObject o1 = PyNone.Instance, o2 = PyNone.Instance;
        if (!ReferenceEquals(left.TzInfo, right.TzInfo))
        {
            o1 = left.utcoffset_();
            o2 = right.utcoffset_();
            if ((o1 != PyNone.Instance) != (o2 != PyNone.Instance))
                throw PyErrors.TypeError("can't subtract offset-naive and offset-aware datetimes");
        }
        long dd = DateMath.YmdToOrd(left.Year, left.Month, left.Day) - DateMath.YmdToOrd(right.Year, right.Month, right.Day);
        long ds = (left.Hour - right.Hour) * 3600L + (left.Minute - right.Minute) * 60L + (left.Second - right.Second);
        long dus = left.Microsecond - right.Microsecond;
        var result = PyTimeDelta.FromParts(dd, ds, dus);
        if (o1 is PyTimeDelta d1 && o2 is PyTimeDelta d2 && d1.TotalUs != d2.TotalUs)
            result = PyTimeDelta.FromUs(result.TotalUs - (d1.TotalUs - d2.TotalUs));
        return result;
    }

    private int CompareFields(PyDateTime o)
    {
        int c = CompareDate(o);
        if (c == 0) c = Hour.CompareTo(o.Hour);
        if (c == 0) c = Minute.CompareTo(o.Minute);
        if (c == 0) c = Second.CompareTo(o.Second);
        if (c == 0) c = Microsecond.CompareTo(o.Microsecond);
        return c;
    }

    private static bool OffsetsDiffer(PyObject a, PyObject b) =>
        !ReferenceEquals(a, b) && !(a is PyTimeDelta x && b is PyTimeDelta y && x.TotalUs == y.TotalUs);

    private PyDateTime FlipFold() => new(type, Year, Month, Day, Hour, Minute, Second, Microsecond, TzInfo, Fold ^ 1);

    /// <summary>pep495_eq_exception: an instant whose offset depends on fold never equals an aware datetime
    /// in another zone.</summary>
    private static bool Pep495Exception(PyDateTime self, PyDateTime other, PyObject off1, PyObject off2) =>
        OffsetsDiffer(self.FlipFold().utcoffset_(), off1) || OffsetsDiffer(other.FlipFold().utcoffset_(), off2);

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyDateTime self) return PyNotImplemented.Instance;
        if (b is not PyDateTime other)
        {
            if (b is PyDate)
            {
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                throw PyErrors.TypeError($"can't compare {a.type.Name} to {b.type.Name}");
            }
            return PyNotImplemented.Instance;
        }
        if (ReferenceEquals(self.TzInfo, other.TzInfo)) return PyTimeDelta.CompareResult(self.CompareFields(other), op);
        var o1 = self.utcoffset_();
        var o2 = other.utcoffset_();
        int diff;
        if (!OffsetsDiffer(o1, o2))
        {
            diff = self.CompareFields(other);
        }
        else if (o1 != PyNone.Instance && o2 != PyNone.Instance)
        {
            var delta = (PyTimeDelta)Subtract(self, other);
            diff = delta.Days != 0 ? delta.Days : (delta.Seconds | delta.Microseconds);
        }
        else
        {
            if (op == CompareOp.Eq) return PyBool.False;
            if (op == CompareOp.Ne) return PyBool.True;
            throw PyErrors.TypeError("can't compare offset-naive and offset-aware datetimes");
        }
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && diff == 0 && Pep495Exception(self, other, o1, o2)) diff = 1;
        return PyTimeDelta.CompareResult(diff.CompareTo(0), op);
    }

    private long Hash()
    {
        if (hashCache != -1) return hashCache;
        var self0 = Fold != 0 ? FlipFold() : this;
        var off = self0.utcoffset_();
        long h;
        if (off is PyTimeDelta d)
        {
            long days = DateMath.YmdToOrd(Year, Month, Day);
            long secs = Hour * 3600L + Minute * 60 + Second;
            h = PyTimeDelta.FromParts(days, secs, Microsecond - 0).FromUsMinus(d).HashValue();
        }
        else h = PyOps.Hash(PyBytes.From(State(0)));
        hashCache = h == -1 ? -2 : h;
        return hashCache;
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Repr = static self =>
        {
            var x = (PyDateTime)self;
            var sb = new StringBuilder(x.type.Name).Append('(').Append(x.Year).Append(", ").Append(x.Month).Append(", ").Append(x.Day)
                .Append(", ").Append(x.Hour).Append(", ").Append(x.Minute);
            if (x.Second != 0 || x.Microsecond != 0) sb.Append(", ").Append(x.Second);
            if (x.Microsecond != 0) sb.Append(", ").Append(x.Microsecond);
            if (x.Fold != 0) sb.Append(", fold=1");
            if (x.TzInfo != PyNone.Instance) sb.Append(", tzinfo=").Append(PyOps.Repr(x.TzInfo).Value);
            return PyStr.FromString(sb.Append(')').ToString());
        };
        t.Str = static self => PyOps.CallMethod(self, "isoformat", new PyObject[] { PyStr.FromAscii(" ") });
        t.Hash = static self => ((PyDateTime)self).Hash();
        t.RichCompare = Compare;
        t.NumberSlots[(int)BinaryOp.Add] = Add;
        t.NumberSlots[(int)BinaryOp.Subtract] = Subtract;
        InstallPyBindings(t);
        t.Dict.SetItem(StrIntern.Intern("min"), new PyDateTime(t, 1, 1, 1, 0, 0, 0, 0, PyNone.Instance, 0));
        t.Dict.SetItem(StrIntern.Intern("max"), new PyDateTime(t, 9999, 12, 31, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.Dict.SetItem(StrIntern.Intern("resolution"), PyTimeDelta.FromParts(0, 0, 1));
    }
}
