using Taipan.Runtime.Objects;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Modules.Datetime;

/// <summary>_datetime: the C implementation of the datetime module's types (datetime.py ends with
/// `from _datetime import *`).</summary>
[PyModule("_datetime")]
internal static partial class DatetimeModule
{
    private const string Doc = "Fast implementation of the datetime type.";

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_datetime", InstallPyBindings);
        var d = m.Dict;
        PyTimeZone.AddClassAttributes();
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        Set("__doc__", PyStr.FromString(Doc));
        Set("MINYEAR", PyInt.FromLong(DateMath.MinYear));
        Set("MAXYEAR", PyInt.FromLong(DateMath.MaxYear));
        Set("date", PyDate.PyTypeObject);
        Set("datetime", PyDateTime.PyTypeObject);
        Set("time", PyTime.PyTypeObject);
        Set("timedelta", PyTimeDelta.PyTypeObject);
        Set("tzinfo", PyTzInfo.PyTypeObject);
        Set("timezone", PyTimeZone.PyTypeObject);
        Set("UTC", PyTimeZone.Utc);
        // CPython's is a capsule of C function pointers; nothing in Python reads it.
        Set("datetime_CAPI", PyStr.FromAscii("datetime.datetime_CAPI"));
        SetDoc(PyDate.PyTypeObject, "date(year, month, day) --> date object");
        SetDoc(PyDateTime.PyTypeObject, "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
            + "The year, month and day arguments are required. tzinfo may be None, or an\n"
            + "instance of a tzinfo subclass. The remaining arguments may be ints.\n");
        SetDoc(PyTime.PyTypeObject, "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
            + "All arguments are optional. tzinfo may be None, or an instance of\n"
            + "a tzinfo subclass. The remaining arguments may be ints.\n");
        SetDoc(PyTimeDelta.PyTypeObject, "Difference between two datetime values.\n\n"
            + "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
            + "All arguments are optional and default to 0.\n"
            + "Arguments may be integers or floats, and may be positive or negative.");
        SetDoc(PyTzInfo.PyTypeObject, "Abstract base class for time zone info objects.");
        SetDoc(PyTimeZone.PyTypeObject, "Fixed offset from UTC implementation of tzinfo.");
        SetDoc(IsoCalendarDate.PyTypeObject, "The result of date.isocalendar() or datetime.isocalendar()\n\n"
            + "This object may be accessed either as a tuple of\n  ((year, week, weekday)\n"
            + "or via the object attributes as named in the above tuple.");
        return m;
    }

    private static void SetDoc(PyType t, string doc)
    {
        var key = StrIntern.Intern("__doc__");
        if (t.Dict.GetItemOrNull(key) is null or PyNone) t.Dict.SetItem(key, PyStr.FromString(doc));
    }

    /// <summary>The time module (strftime, struct_time, time()), imported as the C module does.</summary>
    public static PyObject TimeModule() => Import.ImportAbsolute("time");
}
