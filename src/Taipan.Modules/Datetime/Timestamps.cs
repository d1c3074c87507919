using Taipan.Runtime.Objects;
using Taipan.Modules.Posix;
using Taipan.Modules.Time;
using Taipan.Runtime.Builtins;

namespace Taipan.Modules.Datetime;

/// <summary>POSIX timestamps: CPython's _PyTime_ObjectToTime_t / _PyTime_ObjectToTimeval conversions and the
/// local-time helpers of _datetimemodule.c (local(), local_to_seconds(), local_timezone_from_timestamp()).</summary>
internal static unsafe class Timestamps
{
    /// <summary>Seconds from 0001-01-01 to 1970-01-01.</summary>
    public const long Epoch = 719163L * 86400;
    private const long MaxFoldSeconds = 24 * 3600;

    private static PyException OutOfRange() => PyErrors.OverflowError("timestamp out of range for platform time_t");

    /// <summary>_PyTime_ObjectToTime_t with ROUND_FLOOR.</summary>
    public static long ToTimeT(PyObject o)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) throw OutOfRange();
            return (long)d;
        }
        return IntToTimeT(o);
    }

    private static long IntToTimeT(PyObject o)
    {
        var i = PyOps.Index(o);
        if (!i.IsSmall) throw OutOfRange();
        return i.Small;
    }

    /// <summary>_PyTime_ObjectToTimeval with ROUND_HALF_EVEN: seconds and microseconds (0..999999).</summary>
    public static void ToTimeval(PyObject o, out long sec, out int us)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
            double intpart = Math.Truncate(d);
            double frac = (d - intpart) * 1e6;
            frac = Math.Round(frac, MidpointRounding.ToEven);
            if (frac >= 1e6) { frac -= 1e6; intpart += 1.0; }
            else if (frac < 0) { frac += 1e6; intpart -= 1.0; }
            if (!(intpart >= -9.2233720368547758e18 && intpart < 9.2233720368547758e18)) throw OutOfRange();
            sec = (long)intpart;
            us = (int)frac;
            return;
        }
        sec = IntToTimeT(o);
        us = 0;
    }

    public static TimeLibc.Tm LocalTime(long t)
    {
        TimeLibc.Tm tm;
        if (TimeLibc.localtime_r(&t, &tm) == null) throw Fail();
        return tm;
    }

    public static TimeLibc.Tm GmTime(long t)
    {
        TimeLibc.Tm tm;
        if (TimeLibc.gmtime_r(&t, &tm) == null) throw Fail();
        return tm;
    }

    private static PyException Fail()
    {
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        // _PyTime_localtime / _PyTime_gmtime: OSError from errno (EINVAL when libc left none)
        return PosixErrors.FromErrno(errno == 0 ? 22 : errno);
    }

    public static long UtcToSeconds(int y, int m, int d, int hh, int mm, int ss)
    {
        if (y < DateMath.MinYear || y > DateMath.MaxYear) throw PyErrors.ValueError($"year {y} is out of range");
        long ord = DateMath.YmdToOrd(y, m, d);
        return ((ord * 24 + hh) * 60 + mm) * 60 + ss;
    }

    /// <summary>local(u): the local wall time, in seconds since 0001-01-01, of the UTC instant u (same scale).</summary>
    public static long Local(long u)
    {
        var tm = LocalTime(u - Epoch);
        return UtcToSeconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    }

    /// <summary>local_to_seconds: solves t = local(u) for u, choosing by fold in folds and gaps.</summary>
    public static long LocalToSeconds(int y, int mo, int d, int h, int mi, int s, int fold)
    {
        long t = UtcToSeconds(y, mo, d, h, mi, s);
        long lt = Local(t);
        long a = lt - t;
        long u1 = t - a;
        long t1 = Local(u1);
        long b;
        if (t1 == t)
        {
            long u2x = fold != 0 ? u1 + MaxFoldSeconds : u1 - MaxFoldSeconds;
            lt = Local(u2x);
            b = lt - u2x;
            if (a == b) return u1;
        }
        else b = t1 - u1;
        long u2 = t - b;
        long t2 = Local(u2);
        if (t2 == t) return u2;
        if (t1 == t) return u1;
        return fold != 0 ? Math.Min(u1, u2) : Math.Max(u1, u2);
    }

    /// <summary>The fold of a local time made from timestamp t (datetime_from_timet_and_us's probe).</summary>
    public static int DetectFold(long t, int y, int mo, int d, int h, int mi, int s)
    {
        long result = UtcToSeconds(y, mo, d, h, mi, s);
        long probe = Local(Epoch + t - MaxFoldSeconds);
        long transition = result - probe - MaxFoldSeconds;
        if (transition < 0)
        {
            probe = Local(Epoch + t + transition);
            if (probe == result) return 1;
        }
        return 0;
    }

    /// <summary>local_timezone_from_timestamp: timezone(timedelta(seconds=tm_gmtoff), tm_zone).</summary>
    public static PyObject LocalTimezoneFromTimestamp(long timestamp)
    {
        var tm = LocalTime(timestamp);
        var delta = PyTimeDelta.FromParts(0, tm.tm_gmtoff, 0);
        PyObject name = tm.tm_zone == null ? PyNone.Instance : FsEncoding.DecodeToStr(Libc.CString(tm.tm_zone));
        return PyTimeZone.Create(delta, name == PyNone.Instance ? null : name);
    }
}
