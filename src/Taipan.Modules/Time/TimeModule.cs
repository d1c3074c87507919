using System.Text;
using Taipan.Modules.Posix;
using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Time;

/// <summary>The time module: clocks from clock_gettime, calendar conversions and strftime from libc (as CPython
/// on Linux), struct_time as a struct sequence with tm_zone/tm_gmtoff.</summary>
[PyModule("time")]
internal static unsafe partial class TimeModule
{
    private const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3,
        CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    private static readonly string?[] StructFields =
        { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff" };

    private static PyType StructTime => StructSequence.TypeFor("time.struct_time", StructFields, 9);

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("time", InstallPyBindings);
        var d = m.Dict;
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        Set("struct_time", StructTime);
        Set("_STRUCT_TM_ITEMS", PyInt.FromLong(11));
        Set("CLOCK_REALTIME", PyInt.FromLong(CLOCK_REALTIME));
        Set("CLOCK_MONOTONIC", PyInt.FromLong(CLOCK_MONOTONIC));
        Set("CLOCK_MONOTONIC_RAW", PyInt.FromLong(CLOCK_MONOTONIC_RAW));
        Set("CLOCK_PROCESS_CPUTIME_ID", PyInt.FromLong(CLOCK_PROCESS_CPUTIME_ID));
        Set("CLOCK_THREAD_CPUTIME_ID", PyInt.FromLong(CLOCK_THREAD_CPUTIME_ID));
        Set("CLOCK_BOOTTIME", PyInt.FromLong(CLOCK_BOOTTIME));
        Set("CLOCK_TAI", PyInt.FromLong(CLOCK_TAI));
        InitTimezone(d);
        return m;
    }

    /// <summary>CPython's init_timezone on glibc: the zones of localtime at the start of this year and half a year
    /// later; the one with the larger UTC offset is the DST zone (southern hemispheres swap them).</summary>
    private static void InitTimezone(PyDict d)
    {
        TimeLibc.tzset();
        const long Year = (365 * 24 + 6) * 3600;
        long t = ClockNs(CLOCK_REALTIME) / 1_000_000_000 / Year * Year;
        TimeLibc.Tm p;
        TimeLibc.localtime_r(&t, &p);
        long janZone = -p.tm_gmtoff;
        var janName = ZoneName(p);
        t += Year / 2;
        TimeLibc.localtime_r(&t, &p);
        long julyZone = -p.tm_gmtoff;
        var julyName = ZoneName(p);
        bool south = janZone < julyZone;
        d.SetItem(StrIntern.Intern("timezone"), PyInt.FromLong(south ? julyZone : janZone));
        d.SetItem(StrIntern.Intern("altzone"), PyInt.FromLong(south ? janZone : julyZone));
        d.SetItem(StrIntern.Intern("daylight"), PyInt.FromLong(janZone != julyZone ? 1 : 0));
        d.SetItem(StrIntern.Intern("tzname"), south ? PyTuple.Of(julyName, janName) : PyTuple.Of(janName, julyName));
    }

    private static PyStr ZoneName(in TimeLibc.Tm tm)
    {
        var name = tm.tm_zone == null ? Array.Empty<byte>() : Libc.CString(tm.tm_zone);
        return FsEncoding.DecodeToStr(name.AsSpan(0, Math.Min(name.Length, 9)));
    }

    [PyFunction]
    public static void tzset()
    {
        var m = InterpreterState.Current.Modules?.GetItemOrNull(PyStr.FromAscii("time")) as PyModule;
        TimeLibc.tzset();
        if (m is not null) InitTimezone(m.Dict);
    }

    // --- clocks ------------------------------------------------------------------------------

    private static long ClockNs(int clock)
    {
        Libc.Timespec ts;
        if (Libc.clock_gettime(clock, &ts) < 0) throw PosixErrors.Last();
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec;
    }

    /// <summary>_PyTime_AsSecondsDouble: exact when a whole second, else one rounding of ns / 1e9.</summary>
    private static double Seconds(long ns) => ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9;

    [PyFunction] public static double time() => Seconds(ClockNs(CLOCK_REALTIME));
    [PyFunction] public static PyObject time_ns() => PyInt.FromLong(ClockNs(CLOCK_REALTIME));
    [PyFunction] public static double monotonic() => Seconds(ClockNs(CLOCK_MONOTONIC));
    [PyFunction] public static PyObject monotonic_ns() => PyInt.FromLong(ClockNs(CLOCK_MONOTONIC));
    [PyFunction] public static double perf_counter() => Seconds(ClockNs(CLOCK_MONOTONIC));
    [PyFunction] public static PyObject perf_counter_ns() => PyInt.FromLong(ClockNs(CLOCK_MONOTONIC));
    [PyFunction] public static double process_time() => Seconds(ClockNs(CLOCK_PROCESS_CPUTIME_ID));
    [PyFunction] public static PyObject process_time_ns() => PyInt.FromLong(ClockNs(CLOCK_PROCESS_CPUTIME_ID));
    [PyFunction] public static double thread_time() => Seconds(ClockNs(CLOCK_THREAD_CPUTIME_ID));
    [PyFunction] public static PyObject thread_time_ns() => PyInt.FromLong(ClockNs(CLOCK_THREAD_CPUTIME_ID));

    [PyFunction]
    public static double clock_gettime(PyObject clk_id) => Seconds(ClockNs(PosixArgs.Fd(clk_id)));

    [PyFunction]
    public static PyObject clock_gettime_ns(PyObject clk_id) => PyInt.FromLong(ClockNs(PosixArgs.Fd(clk_id)));

    [PyFunction]
    public static double clock_getres(PyObject clk_id)
    {
        Libc.Timespec ts;
        if (Libc.clock_getres(PosixArgs.Fd(clk_id), &ts) < 0) throw PosixErrors.Last();
        return ts.tv_sec + ts.tv_nsec * 1e-9;
    }

    [PyFunction]
    public static PyObject get_clock_info(PyObject name)
    {
        var n = name as PyStr ?? throw PyErrors.TypeError($"get_clock_info() argument must be str, not {name.type.Name}");
        (string impl, int clock, bool monotonic, bool adjustable) = n.Value switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false),
            _ => throw PyErrors.ValueError("unknown clock"),
        };
        Libc.Timespec ts;
        Libc.clock_getres(clock, &ts);
        var d = new PyDict();
        d.SetItem(PyStr.FromAscii("implementation"), PyStr.FromAscii(impl));
        d.SetItem(PyStr.FromAscii("monotonic"), PyBool.FromBool(monotonic));
        d.SetItem(PyStr.FromAscii("adjustable"), PyBool.FromBool(adjustable));
        d.SetItem(PyStr.FromAscii("resolution"), new PyFloat(ts.tv_sec + ts.tv_nsec * 1e-9));
        return SimpleNamespace.Create(d);
    }

    [PyFunction]
    public static void sleep(PyObject secs)
    {
        double s;
        if (secs is PyFloat f) s = f.Value;
        else if (secs is PyInt i) s = i.IsSmall ? i.Small : i.Sign > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        else if (secs.type.Float is not null || secs.type.Index is not null) s = PyOps.AsDouble(secs);
        else throw PyErrors.TypeError($"'{secs.type.Name}' object cannot be interpreted as an integer");
        if (double.IsNaN(s)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
        if (s < 0) throw PyErrors.ValueError("sleep length must be non-negative");
        if (s * 1e9 > long.MaxValue) throw PyErrors.OverflowError("timestamp too large to convert to C _PyTime_t");
        if (s > 0)
            Taipan.Runtime.Interpreter.Signals.Sleep(TimeSpan.FromTicks((long)Math.Ceiling(s * 1e7)));
    }

    // --- calendar conversions ----------------------------------------------------------------

    /// <summary>_PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR; None means now.</summary>
    private static long ToTimeT(PyObject? o)
    {
        if (o is null || o == PyNone.Instance) return ClockNs(CLOCK_REALTIME) / 1_000_000_000;
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
                throw PyErrors.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        if (o is not PyInt && o.type.Index is null && o.type.Float is not null)
            return ToTimeT(new PyFloat(PyOps.AsDouble(o)));
        if (o is not PyInt && o.type.Index is null)
            throw PyErrors.TypeError($"'{o.type.Name}' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall) throw PyErrors.OverflowError("timestamp out of range for platform time_t");
        return i.Small;
    }

    private static PyObject FromTm(in TimeLibc.Tm tm)
    {
        PyObject zone = tm.tm_zone == null ? PyNone.Instance : FsEncoding.DecodeToStr(Libc.CString(tm.tm_zone));
        return StructSequence.Make(StructTime, new PyObject[] {
            PyInt.FromLong(tm.tm_year + 1900L), PyInt.FromLong(tm.tm_mon + 1), PyInt.FromLong(tm.tm_mday),
            PyInt.FromLong(tm.tm_hour), PyInt.FromLong(tm.tm_min), PyInt.FromLong(tm.tm_sec),
            PyInt.FromLong((tm.tm_wday + 6) % 7), PyInt.FromLong(tm.tm_yday + 1), PyInt.FromLong(tm.tm_isdst),
            zone, PyInt.FromLong(tm.tm_gmtoff) });
    }

    [PyFunction]
    public static PyObject gmtime(PyObject? seconds = null)
    {
        long t = ToTimeT(seconds);
        TimeLibc.Tm tm;
        if (TimeLibc.gmtime_r(&t, &tm) == null) throw PosixErrors.FromErrno(75);
        return FromTm(tm);
    }

    [PyFunction]
    public static PyObject localtime(PyObject? seconds = null)
    {
        long t = ToTimeT(seconds);
        TimeLibc.Tm tm;
        if (TimeLibc.localtime_r(&t, &tm) == null) throw PosixErrors.FromErrno(75);
        return FromTm(tm);
    }

    private static int TmInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>CPython's gettmarg: a 9-tuple or struct_time to struct tm (zone/gmtoff from a struct_time).</summary>
    private static TimeLibc.Tm GetTmArg(PyObject t, string function, out byte[]? zone)
    {
        zone = null;
        if (t is not PyTuple tup) throw PyErrors.TypeError("Tuple or struct_time argument required");
        if (tup.Count != 9) throw PyErrors.TypeError($"{function}(): illegal time tuple argument");
        var year = PyOps.Index(tup[0]);
        if (!year.IsSmall || year.Small - 1900 > int.MaxValue || year.Small < int.MinValue + 1900L)
            throw PyErrors.OverflowError("year out of range");
        var tm = new TimeLibc.Tm
        {
            tm_year = (int)(year.Small - 1900),
            tm_mon = TmInt(tup[1]) - 1,
            tm_mday = TmInt(tup[2]),
            tm_hour = TmInt(tup[3]),
            tm_min = TmInt(tup[4]),
            tm_sec = TmInt(tup[5]),
            tm_wday = (TmInt(tup[6]) + 1) % 7,
            tm_yday = TmInt(tup[7]) - 1,
            tm_isdst = TmInt(tup[8]),
        };
        if (tup.type == StructTime)
        {
            var z = PyOps.GetAttr(tup, PyStr.FromAscii("tm_zone"));
            if (z != PyNone.Instance)
            {
                var b = FsEncoding.Encode(((PyStr)z).Value);
                zone = new byte[b.Length + 1];
                b.CopyTo(zone, 0);
            }
            var off = PyOps.GetAttr(tup, PyStr.FromAscii("tm_gmtoff"));
            if (off != PyNone.Instance) tm.tm_gmtoff = PyOps.AsIndex(off, PyTypes.OverflowError);
        }
        return tm;
    }

    /// <summary>checktm, after strftime/asctime have mapped zero fields to their lowest valid values.</summary>
    private static void CheckTm(ref TimeLibc.Tm tm)
    {
        if (tm.tm_mon == -1) tm.tm_mon = 0;
        else if (tm.tm_mon < 0 || tm.tm_mon > 11) throw PyErrors.ValueError("month out of range");
        if (tm.tm_mday == 0) tm.tm_mday = 1;
        else if (tm.tm_mday < 0 || tm.tm_mday > 31) throw PyErrors.ValueError("day of month out of range");
        if (tm.tm_hour < 0 || tm.tm_hour > 23) throw PyErrors.ValueError("hour out of range");
        if (tm.tm_min < 0 || tm.tm_min > 59) throw PyErrors.ValueError("minute out of range");
        if (tm.tm_sec < 0 || tm.tm_sec > 61) throw PyErrors.ValueError("seconds out of range");
        if (tm.tm_wday < 0) throw PyErrors.ValueError("day of week out of range");
        if (tm.tm_yday == -1) tm.tm_yday = 0;
        else if (tm.tm_yday < 0 || tm.tm_yday > 365) throw PyErrors.ValueError("day of year out of range");
    }

    private static TimeLibc.Tm Now()
    {
        long t = ClockNs(CLOCK_REALTIME) / 1_000_000_000;
        TimeLibc.Tm tm;
        if (TimeLibc.localtime_r(&t, &tm) == null) throw PosixErrors.FromErrno(75);
        return tm;
    }

    [PyFunction]
    public static PyObject strftime(PyObject format, PyObject? t = null)
    {
        var fmt = format as PyStr ?? throw PyErrors.TypeError($"strftime() argument 1 must be str, not {format.type.Name}");
        byte[]? zone = null;
        TimeLibc.Tm tm = t is null ? Now() : GetTmArg(t, "strftime", out zone);
        CheckTm(ref tm);
        if (tm.tm_isdst < -1) tm.tm_isdst = -1;
        else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
        var f = FsEncoding.Encode(fmt.Value);
        if (Array.IndexOf(f, (byte)0) >= 0) throw PyErrors.ValueError("embedded null character");
        if (f.Length == 0) return PyStr.Empty;
        var fz = new byte[f.Length + 1];
        f.CopyTo(fz, 0);
        fixed (byte* zp = zone)
        {
            if (zone is not null) tm.tm_zone = zp;
            for (nint size = 1024; ; size *= 2)
            {
                var buf = new byte[size];
                nint n;
                fixed (byte* b = buf) fixed (byte* fp = fz) n = TimeLibc.strftime(b, size, fp, &tm);
                if (n > 0 || size >= 256 * fz.Length) return FsEncoding.DecodeToStr(buf.AsSpan(0, (int)n));
            }
        }
    }

    private static readonly string[] DayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static PyStr AscTime(in TimeLibc.Tm tm) =>
        PyStr.FromString($"{DayNames[tm.tm_wday]} {MonthNames[tm.tm_mon]}{tm.tm_mday,3} {tm.tm_hour:D2}:{tm.tm_min:D2}:{tm.tm_sec:D2} {1900L + tm.tm_year}");

    [PyFunction]
    public static PyObject asctime(PyObject? t = null)
    {
        TimeLibc.Tm tm = t is null ? Now() : GetTmArg(t, "asctime", out _);
        CheckTm(ref tm);
        return AscTime(tm);
    }

    [PyFunction]
    public static PyObject ctime(PyObject? seconds = null)
    {
        long t = ToTimeT(seconds);
        TimeLibc.Tm tm;
        if (TimeLibc.localtime_r(&t, &tm) == null) throw PyErrors.OverflowError("unconvertible time");
        return AscTime(tm);
    }

    [PyFunction]
    public static double mktime(PyObject t)
    {
        var tm = GetTmArg(t, "mktime", out _);
        tm.tm_wday = -1; // sentinel: mktime() leaves it when it fails
        long r = TimeLibc.mktime(&tm);
        if (r == -1 && tm.tm_wday == -1) throw PyErrors.OverflowError("mktime argument out of range");
        return r;
    }

    [PyFunction]
    public static PyObject strptime(PyObject @string, PyObject? format = null)
    {
        var module = Import.ImportAbsolute("_strptime");
        var args = format is null ? new[] { @string } : new[] { @string, format };
        return PyOps.CallMethod(module, "_strptime_time", args);
    }
}
