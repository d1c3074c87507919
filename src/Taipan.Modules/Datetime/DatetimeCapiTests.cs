using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Datetime;

/// <summary>_testcapi's datetime C-API probes (datetimetester's CapiTest): the PyDate_Check family, the
/// PyDate_FromDate/PyDateTime_FromDateAndTime... constructors and the PyDateTime_GET_* field getters, answered by
/// the native types. Installed into _testcapi by its module.</summary>
internal static class DatetimeCapiTests
{
    public static void Install(PyDict d)
    {
        Add(d, "test_datetime_capi", static a => PyNone.Instance);
        Add(d, "datetime_check_date", static a => Check(a, o => o is PyDate, PyDate.PyTypeObject));
        Add(d, "datetime_check_time", static a => Check(a, o => o is PyTime, PyTime.PyTypeObject));
        Add(d, "datetime_check_datetime", static a => Check(a, o => o is PyDateTime, PyDateTime.PyTypeObject));
        Add(d, "datetime_check_delta", static a => Check(a, o => o is PyTimeDelta, PyTimeDelta.PyTypeObject));
        Add(d, "datetime_check_tzinfo", static a => Check(a, PyTzInfo.IsTzInfo, PyTzInfo.PyTypeObject));
        Add(d, "make_timezones_capi", static a =>
        {
            var offset = PyTimeDelta.FromParts(0, -5 * 3600, 0);
            var name = PyStr.FromAscii("EST");
            return PyTuple.Of(PyTimeZone.Create(offset, name), PyTimeZone.Create(offset, name), PyTimeZone.Create(offset, null));
        });
        Add(d, "get_timezones_offset_zero", static a =>
            PyTuple.Of(PyTimeZone.Create(PyTimeDelta.Zero, null), PyTimeZone.Create(PyTimeDelta.Zero, null),
                PyTimeZone.Create(PyTimeDelta.Zero, PyStr.FromAscii(""))));
        Add(d, "get_timezone_utc_capi", static a => PyTimeZone.Utc);
        Add(d, "get_date_fromdate", static a =>
        {
            int y = Int(a, 1), m = Int(a, 2), day = Int(a, 3);
            DateMath.CheckDateArgs(y, m, day);
            return new PyDate(PyDate.PyTypeObject, y, m, day);
        });
        Add(d, "get_datetime_fromdateandtime", static a => NewDateTime(a, 0));
        Add(d, "get_datetime_fromdateandtimeandfold", static a => NewDateTime(a, Int(a, 8)));
        Add(d, "get_time_fromtime", static a => NewTime(a, 0));
        Add(d, "get_time_fromtimeandfold", static a => NewTime(a, Int(a, 5)));
        Add(d, "get_delta_fromdsu", static a => PyTimeDelta.FromParts(Int(a, 1), Int(a, 2), Int(a, 3)));
        Add(d, "get_date_fromtimestamp", static a => PyDate.fromtimestamp(PyDate.PyTypeObject, a[0]));
        Add(d, "get_datetime_fromtimestamp", static a =>
        {
            // (timestamp, tzinfo, usetz, macro)
            var args = PyOps.IsTrue(a[2]) ? new[] { a[0], a[1] } : new[] { a[0] };
            return PyOps.CallMethod(PyDateTime.PyTypeObject, "fromtimestamp", args);
        });
        Add(d, "PyDateTime_GET", static a =>
        {
            var x = (PyDate)a[0];
            return PyTuple.Of(PyInt.FromLong(x.Year), PyInt.FromLong(x.Month), PyInt.FromLong(x.Day));
        });
        Add(d, "PyDateTime_DATE_GET", static a =>
        {
            var x = (PyDateTime)a[0];
            return PyTuple.Of(new PyObject[] { PyInt.FromLong(x.Hour), PyInt.FromLong(x.Minute), PyInt.FromLong(x.Second), PyInt.FromLong(x.Microsecond), x.TzInfo });
        });
        Add(d, "PyDateTime_TIME_GET", static a =>
        {
            var x = (PyTime)a[0];
            return PyTuple.Of(new PyObject[] { PyInt.FromLong(x.Hour), PyInt.FromLong(x.Minute), PyInt.FromLong(x.Second), PyInt.FromLong(x.Microsecond), x.TzInfo });
        });
        Add(d, "PyDateTime_DELTA_GET", static a =>
        {
            var x = (PyTimeDelta)a[0];
            return PyTuple.Of(PyInt.FromLong(x.Days), PyInt.FromLong(x.Seconds), PyInt.FromLong(x.Microseconds));
        });
    }

    private static void Add(PyDict d, string name, Func<PyObject[], PyObject> body)
    {
        var argc = ArgCounts(name);
        BindingInstaller.AddFunction(d, "_testcapi", name, (_, a, k) =>
        {
            ModuleTypes.NoKeywords(k, name);
            if (a.Length < argc.min || a.Length > argc.max)
                throw PyErrors.TypeError($"{name}() takes {(argc.min == argc.max ? "exactly" : "at least")} {argc.min} argument{(argc.min == 1 ? "" : "s")} ({a.Length} given)");
            if (name.StartsWith("PyDateTime_", StringComparison.Ordinal) && !KindMatches(name, a[0]))
                throw PyErrors.TypeError($"expected a datetime object, not {a[0].type.Name}");
            return body(a.ToArray());
        });
    }

    private static bool KindMatches(string name, PyObject o) => name switch
    {
        "PyDateTime_GET" => o is PyDate,
        "PyDateTime_DATE_GET" => o is PyDateTime,
        "PyDateTime_TIME_GET" => o is PyTime,
        _ => o is PyTimeDelta,
    };

    private static (int min, int max) ArgCounts(string name) => name switch
    {
        "test_datetime_capi" or "make_timezones_capi" or "get_timezones_offset_zero" => (0, 0),
        "get_timezone_utc_capi" or "PyDateTime_GET" or "PyDateTime_DATE_GET" or "PyDateTime_TIME_GET" or "PyDateTime_DELTA_GET" => (1, 1),
        "get_date_fromdate" or "get_delta_fromdsu" => (4, 4),
        "get_datetime_fromdateandtime" => (8, 8),
        "get_datetime_fromdateandtimeandfold" => (9, 9),
        "get_time_fromtime" => (5, 5),
        "get_time_fromtimeandfold" => (6, 6),
        "get_date_fromtimestamp" => (2, 2),
        "get_datetime_fromtimestamp" => (4, 4),
        _ => (1, 2), // the datetime_check_* probes: (obj, exact=False)
    };

    private static PyObject Check(PyObject[] a, Func<PyObject, bool> isInstance, PyType exactType)
    {
        bool exact = a.Length > 1 && PyOps.IsTrue(a[1]);
        return PyBool.FromBool(exact ? a[0].type == exactType : isInstance(a[0]));
    }

    private static int Int(PyObject[] a, int i) => DtArgs.ToInt(a[i]);

    private static PyObject NewDateTime(PyObject[] a, int fold)
    {
        int y = Int(a, 1), mo = Int(a, 2), d = Int(a, 3), h = Int(a, 4), mi = Int(a, 5), s = Int(a, 6), us = Int(a, 7);
        DateMath.CheckDateArgs(y, mo, d);
        DateMath.CheckTimeArgs(h, mi, s, us, fold);
        return new PyDateTime(PyDateTime.PyTypeObject, y, mo, d, h, mi, s, us, PyNone.Instance, fold);
    }

    private static PyObject NewTime(PyObject[] a, int fold)
    {
        int h = Int(a, 1), mi = Int(a, 2), s = Int(a, 3), us = Int(a, 4);
        DateMath.CheckTimeArgs(h, mi, s, us, fold);
        return new PyTime(PyTime.PyTypeObject, h, mi, s, us, PyNone.Instance, fold);
    }
}
