using Taipan.Runtime.Objects;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.timezone: a fixed offset (strictly inside ±24h, microseconds allowed) and an optional name.
/// timezone(timedelta(0)) without a name is the utc singleton. Not subclassable, as in CPython.</summary>
[PyType("timezone")]
internal sealed partial class PyTimeZone : PyTzInfo
{
    public static new readonly PyType PyTypeObject = ModuleTypes.Create("datetime.timezone", 62, InitType, PyTzInfo.PyTypeObject, subclassable: false);
    private static readonly string[] NewNames = { "offset", "name" };

    internal readonly PyTimeDelta Offset;
    internal readonly PyObject? Name;

    private PyTimeZone(PyTimeDelta offset, PyObject? name) : base(PyTypeObject)
    {
        Offset = offset;
        Name = name;
    }

    public static readonly PyTimeZone Utc = new(PyTimeDelta.Zero, null);

    public static PyTimeZone Create(PyTimeDelta offset, PyObject? name)
    {
        if (name is null && offset.Days == 0 && offset.Seconds == 0 && offset.Microseconds == 0) return Utc;
        if ((offset.Days == -1 && offset.Seconds == 0 && offset.Microseconds < 1) || offset.Days < -1 || offset.Days >= 1)
            throw PyErrors.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                + PyOps.Repr(offset).Value + ".");
        return new PyTimeZone(offset, name);
    }

    private static void CheckDtArg(PyObject dt, string method)
    {
        if (dt != PyNone.Instance && dt is not PyDateTime)
            throw PyErrors.TypeError($"{method}(dt) argument must be a datetime instance or None, not {dt.type.Name}");
    }

    [PyMethod("tzname")]
    internal PyObject tzname_(PyObject dt)
    {
        CheckDtArg(dt, "tzname");
        if (Name is not null) return Name;
        return PyStr.FromString(UtcName());
    }

    internal string UtcName()
    {
        var o = Offset;
        if (ReferenceEquals(this, Utc) || (o.Days == 0 && o.Seconds == 0 && o.Microseconds == 0)) return "UTC";
        return "UTC" + FormatOffset(o, ":");
    }

    /// <summary>"+HH:MM", with ":SS" and ".ffffff" only when non-zero (the sign applies to the whole offset).</summary>
    internal static string FormatOffset(PyTimeDelta o, string sep)
    {
        char sign = '+';
        if (o.Days < 0) { sign = '-'; o = PyTimeDelta.FromUs(-o.TotalUs); }
        int s = o.Seconds, us = o.Microseconds;
        var sb = new StringBuilder().Append(sign).Append((s / 3600).ToString("D2")).Append(sep).Append((s / 60 % 60).ToString("D2"));
        if (s % 60 != 0 || us != 0)
        {
            sb.Append(sep).Append((s % 60).ToString("D2"));
            if (us != 0) sb.Append('.').Append(us.ToString("D6"));
        }
        return sb.ToString();
    }

    [PyMethod("utcoffset")]
    internal PyObject utcoffset_(PyObject dt)
    {
        CheckDtArg(dt, "utcoffset");
        return Offset;
    }

    [PyMethod("dst")]
    internal PyObject dst_(PyObject dt)
    {
        CheckDtArg(dt, "dst");
        return PyNone.Instance;
    }

    [PyMethod("fromutc")]
    internal PyObject fromutc_(PyObject arg)
    {
        if (arg is not PyDateTime dt) throw PyErrors.TypeError("fromutc: argument must be a datetime");
        if (!ReferenceEquals(dt.TzInfo, this)) throw PyErrors.ValueError("fromutc: dt.tzinfo is not self");
        return PyDateTime.AddDelta(dt, Offset, 1);
    }

    [PyMethod]
    internal PyObject __getinitargs__() => Name is null ? PyTuple.Of(Offset) : PyTuple.Of(Offset, Name);

    private static void InitType(PyType t)
    {
        t.New = static (cls, args, kwnames) =>
        {
            var s = DtArgs.Unpack(args, kwnames, NewNames, 1, "timezone()");
            if (s[0] is not PyTimeDelta off) throw ArgParser.BadArgument("timezone", "argument 1", "datetime.timedelta", s[0]!);
            if (s[1] is { } n && n is not PyStr) throw ArgParser.BadArgument("timezone", "argument 2", "str", n);
            return Create(off, s[1]);
        };
        t.Repr = static self =>
        {
            var z = (PyTimeZone)self;
            if (ReferenceEquals(z, Utc)) return PyStr.FromString("datetime.timezone.utc");
            var off = PyOps.Repr(z.Offset).Value;
            return PyStr.FromString(z.Name is null ? $"{z.type.Name}({off})" : $"{z.type.Name}({off}, {PyOps.Repr(z.Name).Value})");
        };
        t.Str = static self => ((PyTimeZone)self).tzname_(PyNone.Instance);
        t.Hash = static self => ((PyTimeZone)self).Offset.HashValue();
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyTimeZone x || b is not PyTimeZone y) return PyNotImplemented.Instance;
            bool eq = x.Offset.TotalUs == y.Offset.TotalUs;
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        InstallPyBindings(t);
    }

    /// <summary>Class attributes set once the instances can be made (the type must exist first).</summary>
    internal static void AddClassAttributes()
    {
        var t = PyTypeObject;
        if (t.Dict.GetItemOrNull(StrIntern.Intern("utc")) is not null) return;
        t.Dict.SetItem(StrIntern.Intern("utc"), Utc);
        t.Dict.SetItem(StrIntern.Intern("min"), new PyTimeZone(PyTimeDelta.FromParts(0, -(23 * 3600 + 59 * 60), 0), null));
        t.Dict.SetItem(StrIntern.Intern("max"), new PyTimeZone(PyTimeDelta.FromParts(0, 23 * 3600 + 59 * 60, 0), null));
    }
}
