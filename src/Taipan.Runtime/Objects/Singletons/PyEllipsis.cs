namespace Taipan.Runtime.Objects;

internal sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() : base(PyTypes.EllipsisType) { }

    internal static void InitType(PyType t)
    {
        // type(x)() returns the singleton; arguments are refused as CPython does.
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length > 0) throw PyErrors.TypeError("ellipsis takes no arguments");
            return PyEllipsis.Instance;
        };
        t.Repr = static _ => PyStr.FromAscii("Ellipsis");
        // pickled by name: the builtin global
        Binding.BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            Binding.ArgParser.NoArgs(a, k, "__reduce__");
            return PyStr.FromAscii("Ellipsis");
        });
    }
}
