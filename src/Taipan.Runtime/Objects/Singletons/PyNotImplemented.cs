namespace Taipan.Runtime.Objects;

internal sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() : base(PyTypes.NotImplementedType) { }

    internal static void InitType(PyType t)
    {
        // type(x)() returns the singleton; arguments are refused as CPython does.
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length > 0) throw PyErrors.TypeError("NotImplementedType takes no arguments");
            return PyNotImplemented.Instance;
        };
        t.Repr = static _ => PyStr.FromAscii("NotImplemented");
        // pickled by name: the builtin global
        Binding.BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            Binding.ArgParser.NoArgs(a, k, "__reduce__");
            return PyStr.FromAscii("NotImplemented");
        });
    }
}
