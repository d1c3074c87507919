using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Warnings;

/// <summary>
/// _warnings, reduced to what the import machinery calls (warn, warn_explicit), both delegating to
/// the pure-Python implementation in warnings.py. It deliberately has no `filters`: warnings.py's
/// `from _warnings import filters, ...` then fails and it keeps its own Python state, so there is
/// one implementation of the filter logic.
/// </summary>
[PyModule("_warnings")]
internal static partial class WarningsModule
{
    public static PyModule Create() => NativeModules.FromBindings("_warnings", InstallPyBindings);

    private static PyObject WarningsModuleObject() => Import.ImportAbsolute("warnings");

    [PyFunction]
    internal static PyObject warn(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        PyOps.Call(PyOps.GetAttr(WarningsModuleObject(), StrIntern.Intern("warn")), args, kwnames);

    [PyFunction]
    internal static PyObject warn_explicit(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        PyOps.Call(PyOps.GetAttr(WarningsModuleObject(), StrIntern.Intern("warn_explicit")), args, kwnames);
}
