using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Helpers that traces call for the frames of inlined Python calls (Jit/PyJit.Inline.cs), which
/// have no Frame in the trace: what the interpreter reads from the frame comes from the function.</summary>
internal static partial class EvalLoop
{
    /// <summary>LOAD_GLOBAL in an inlined call of <paramref name="fn"/> (its module's globals and builtins).</summary>
    internal static PyObject JitLoadGlobalOf(PyFunction fn, PyCode code, long arg, long cacheSlot) =>
        LoadGlobal(fn.Globals, fn.Builtins, code, (int)arg, (int)cacheSlot) ?? throw new PyException(Errors.NameNotDefined(code.Names[(int)arg]));
}
