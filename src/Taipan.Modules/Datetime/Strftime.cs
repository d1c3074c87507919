using Taipan.Runtime.Objects;
using System.Text;

namespace Taipan.Modules.Datetime;

/// <summary>wrap_strftime: %z, %Z and %f are replaced here (from the object's tzinfo and microseconds), the rest is
/// time.strftime's. Also build_struct_time.</summary>
internal static class Strftime
{
    public static PyObject StructTime(int y, int m, int d, int hh, int mm, int ss, int dst)
    {
        int wday = DateMath.Weekday(y, m, d);
        int yday = DateMath.DaysBeforeMonth(y, m) + d;
        var tuple = PyTuple.Of(new PyObject[] {
            PyInt.FromLong(y), PyInt.FromLong(m), PyInt.FromLong(d), PyInt.FromLong(hh), PyInt.FromLong(mm),
            PyInt.FromLong(ss), PyInt.FromLong(wday), PyInt.FromLong(yday), PyInt.FromLong(dst) });
        var structTime = PyOps.GetAttr(DatetimeModule.TimeModule(), StrIntern.Intern("struct_time"));
        return PyOps.Call(structTime, new PyObject[] { tuple });
    }

    private static PyObject? TzInfoOf(PyObject o) => o switch
    {
        PyDateTime dt => dt.TzInfo,
        PyTime t => t.TzInfo,
        _ => null,
    };

    public static PyObject Wrap(PyObject obj, PyStr format, PyObject timetuple, PyObject tzinfoarg)
    {
        var fmt = format.Value;
        string? z = null, zz = null, f = null;
        var sb = new StringBuilder(fmt.Length + 16);
        for (int i = 0; i < fmt.Length; i++)
        {
            char ch = fmt[i];
            if (ch != '%' || i + 1 >= fmt.Length) { sb.Append(ch); continue; }
            char next = fmt[++i];
            switch (next)
            {
                case 'z':
                    if (z is null)
                    {
                        z = "";
                        var tz = TzInfoOf(obj);
                        if (tz is not null && tz != PyNone.Instance && PyTzInfo.CallUtcOffset(tz, tzinfoarg) is PyTimeDelta off)
                            z = PyTimeZone.FormatOffset(off, "");
                    }
                    sb.Append(z);
                    break;
                case 'Z':
                    if (zz is null)
                    {
                        zz = "";
                        var tz = TzInfoOf(obj);
                        if (tz is not null && tz != PyNone.Instance && PyTzInfo.CallTzName(tz, tzinfoarg) is PyStr name)
                        {
                            if (name.type == PyTypes.Str) zz = name.Value.Replace("%", "%%");
                            else
                            {
                                var r = PyOps.CallMethod(name, "replace", new PyObject[] { PyStr.FromAscii("%"), PyStr.FromAscii("%%") });
                                zz = r is PyStr rs ? rs.Value : throw PyErrors.TypeError("tzname.replace() did not return a string");
                            }
                        }
                    }
                    sb.Append(zz);
                    break;
                case 'f':
                    f ??= (obj switch { PyTime t => t.Microsecond, PyDateTime dt => dt.Microsecond, _ => 0 }).ToString("D6");
                    sb.Append(f);
                    break;
                default:
                    sb.Append('%').Append(next);
                    break;
            }
        }
        var strftime = PyOps.GetAttr(DatetimeModule.TimeModule(), StrIntern.Intern("strftime"));
        return PyOps.Call(strftime, new PyObject[] { PyStr.FromString(sb.ToString()), timetuple });
    }
}
