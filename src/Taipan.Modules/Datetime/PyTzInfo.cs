using Taipan.Runtime.Objects;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.tzinfo: the abstract base. Its utcoffset/dst/tzname raise NotImplementedError; fromutc is the
/// default algorithm of tzinfo_fromutc. Also the call_utcoffset/call_dst/call_tzname helpers with CPython's checks.</summary>
[PyType("tzinfo")]
internal partial class PyTzInfo : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("datetime.tzinfo", 61, InitType);

    internal PyTzInfo(PyType t) : base(t) { }

    public static bool IsTzInfo(PyObject o) => o.type == PyTypeObject || o.type == PyTimeZone.PyTypeObject || o.type.IsSubtypeOf(PyTypeObject);

    [PyMethod]
    internal PyObject tzname(PyObject dt) => throw PyErrors.New(PyTypes.NotImplementedError, "a tzinfo subclass must implement tzname()");

    [PyMethod]
    internal PyObject utcoffset(PyObject dt) => throw PyErrors.New(PyTypes.NotImplementedError, "a tzinfo subclass must implement utcoffset()");

    [PyMethod]
    internal PyObject dst(PyObject dt) => throw PyErrors.New(PyTypes.NotImplementedError, "a tzinfo subclass must implement dst()");

    [PyMethod]
    internal PyObject fromutc(PyObject arg)
    {
        if (arg is not PyDateTime dt) throw PyErrors.TypeError("fromutc: argument must be a datetime");
        if (!ReferenceEquals(dt.TzInfo, this)) throw PyErrors.ValueError("fromutc: dt.tzinfo is not self");
        if (CallUtcOffset(this, dt) is not PyTimeDelta off) throw PyErrors.ValueError("fromutc: non-None utcoffset() result required");
        if (CallDst(this, dt) is not PyTimeDelta dst) throw PyErrors.ValueError("fromutc: non-None dst() result required");
        var delta = PyTimeDelta.FromUs(off.TotalUs - dst.TotalUs);
        var r = PyDateTime.AddDelta(dt, delta, 1);
        if (r is not PyDateTime rdt) return r;
        if (CallDst(rdt.TzInfo, rdt) is not PyTimeDelta dst2)
            throw PyErrors.ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        return PyDateTime.AddDelta(rdt, dst2, 1);
    }

    [PyMethod("__reduce__")]
    internal PyObject reduce()
    {
        PyObject args = PyTuple.Empty;
        if (PyOps.GetAttrOrNull(this, StrIntern.Intern("__getinitargs__")) is { } gia)
            args = PyOps.Call(gia, ReadOnlySpan<PyObject>.Empty);
        var state = ObjectReduce.GetState(this, required: false);
        return PyTuple.Of(type, args, state);
    }

    /// <summary>call_tzinfo_method: None passes through; anything else must be a timedelta strictly inside one day.</summary>
    private static PyObject CallOffsetMethod(PyObject tzinfo, string name, PyObject arg)
    {
        if (tzinfo == PyNone.Instance) return PyNone.Instance;
        PyObject r;
        if (tzinfo.type == PyTimeZone.PyTypeObject)
            r = name == "utcoffset" ? ((PyTimeZone)tzinfo).Offset : PyNone.Instance;
        else
            r = PyOps.CallMethod(tzinfo, name, new[] { arg });
        if (r == PyNone.Instance) return r;
        if (r is not PyTimeDelta td) throw PyErrors.TypeError($"tzinfo.{name}() must return None or timedelta, not '{r.type.Name}'");
        if ((td.Days == -1 && td.Seconds == 0 && td.Microseconds < 1) || td.Days < -1 || td.Days >= 1)
            throw PyErrors.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
        return td;
    }

    public static PyObject CallUtcOffset(PyObject tzinfo, PyObject arg) => CallOffsetMethod(tzinfo, "utcoffset", arg);

    public static PyObject CallDst(PyObject tzinfo, PyObject arg) => CallOffsetMethod(tzinfo, "dst", arg);

    public static PyObject CallTzName(PyObject tzinfo, PyObject arg)
    {
        if (tzinfo == PyNone.Instance) return PyNone.Instance;
        var r = PyOps.CallMethod(tzinfo, "tzname", new[] { arg });
        if (r != PyNone.Instance && r is not PyStr)
            throw PyErrors.TypeError($"tzinfo.tzname() must return None or a string, not '{r.type.Name}'");
        return r;
    }

    private static void InitType(PyType t)
    {
        t.New = static (cls, args, kwnames) => new PyTzInfo((PyType)cls);
        InstallPyBindings(t);
    }
}
