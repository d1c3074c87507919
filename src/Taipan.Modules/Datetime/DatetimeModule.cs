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
        foreach (var t in new[] { PyDate.PyTypeObject, PyDateTime.PyTypeObject, PyTime.PyTypeObject, PyTimeDelta.PyTypeObject,
                     PyTzInfo.PyTypeObject, PyTimeZone.PyTypeObject, IsoCalendarDate.PyTypeObject })
            t.Dict.SetItem(StrIntern.Intern("__module__"), PyStr.FromAscii("datetime"));
        return m;
    }

    /// <summary>The time module (strftime, struct_time, time()), imported as the C module does.</summary>
    public static PyObject TimeModule() => Import.ImportAbsolute("time");
}
