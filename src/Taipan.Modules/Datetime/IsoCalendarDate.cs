using Taipan.Runtime.Objects;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.IsoCalendarDate: the (year, week, weekday) tuple subclass isocalendar() returns; it pickles as
/// a plain tuple.</summary>
internal static class IsoCalendarDate
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("datetime.IsoCalendarDate", -1, InitType, PyTypes.Tuple, subclassable: false);
    private static readonly string[] NewNames = { "year", "week", "weekday" };

    public static PyTuple Create(int y, int w, int d) =>
        new(PyTypeObject, new PyObject[] { PyInt.FromLong(y), PyInt.FromLong(w), PyInt.FromLong(d) });

    private static void InitType(PyType t)
    {
        t.New = static (cls, args, kwnames) =>
        {
            var s = DtArgs.Unpack(args, kwnames, NewNames, 3, "IsoCalendarDate()");
            return new PyTuple((PyType)cls, new[] { s[0]!, s[1]!, s[2]! });
        };
        t.Repr = static self =>
        {
            var tup = (PyTuple)self;
            return PyStr.FromString($"{self.type.Name}(year={PyOps.Repr(tup[0]).Value}, week={PyOps.Repr(tup[1]).Value}, weekday={PyOps.Repr(tup[2]).Value})");
        };
        BindingInstaller.AddGetter(t, "year", static self => ((PyTuple)self)[0]);
        BindingInstaller.AddGetter(t, "week", static self => ((PyTuple)self)[1]);
        BindingInstaller.AddGetter(t, "weekday", static self => ((PyTuple)self)[2]);
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "IsoCalendarDate.__reduce__");
            var tup = (PyTuple)self!;
            return PyTuple.Of(PyTypes.Tuple, PyTuple.Of(PyTuple.Of(tup[0], tup[1], tup[2])));
        });
    }
}
