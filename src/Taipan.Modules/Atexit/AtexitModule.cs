using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Atexit;

/// <summary>atexit: callbacks kept by the runtime (<see cref="ExitHooks"/>), run at interpreter shutdown.</summary>
[PyModule("atexit")]
internal static partial class AtexitModule
{
    public static PyModule Create() => NativeModules.FromBindings("atexit", InstallPyBindings);

    [PyFunction]
    internal static PyObject register(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        if (args.Length - nk < 1) throw PyErrors.TypeError("register() takes at least 1 argument (0 given)");
        var func = args[0];
        if (func.type.Call is null) throw PyErrors.TypeError("the first argument must be callable");
        ExitHooks.Register(func, args[1..].ToArray(), nk > 0 ? kwnames : null);
        return func;
    }

    [PyFunction]
    internal static void unregister(PyObject func) => ExitHooks.Unregister(func);

    [PyFunction]
    internal static void _run_exitfuncs() => ExitHooks.RunCallbacks();

    [PyFunction]
    internal static void _clear() => ExitHooks.Clear();

    [PyFunction]
    internal static long _ncallbacks() => ExitHooks.Count;
}
