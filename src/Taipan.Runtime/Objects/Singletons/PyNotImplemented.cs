using Taipan.Runtime.Binding;

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
        t.Bool = static _ =>
        {
            Interpreter.RuntimeWarnings.Warn(PyTypes.DeprecationWarning, "NotImplemented should not be used in a boolean context");
            return true;
        };
        // Pickled by name, as the builtin it is.
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            return PyStr.FromAscii("NotImplemented");
        });
    }
}
