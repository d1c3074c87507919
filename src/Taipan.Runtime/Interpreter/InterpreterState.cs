using Taipan.Runtime.Objects;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime;

/// <summary>
/// Everything mutable that belongs to one Python interpreter (DESIGN.md §5): nothing that
/// holds Python state is static. Builtin type objects and the small-int cache are static
/// because they are immutable and shared, as CPython's static types are.
/// The running thread finds its interpreter through <see cref="Current"/>, like CPython's
/// thread state; code that already has the state passes it explicitly.
/// </summary>
internal sealed class InterpreterState
{
    [ThreadStatic] private static InterpreterState? current;

    /// <summary>`sys.set_int_max_str_digits`; 0 disables the limit (CPython 3.11.7 default 4300).</summary>
    public int IntMaxStrDigits = IntMaxStrDigitsDefault;
    public const int IntMaxStrDigitsDefault = 4300;
    /// <summary>CPython refuses limits below this (other than 0).</summary>
    public const int IntMaxStrDigitsThreshold = 640;

    /// <summary>sys.set_int_max_str_digits: 0 (no limit) or at least the threshold.</summary>
    public void SetIntMaxStrDigits(long value)
    {
        if (value != 0 && value < IntMaxStrDigitsThreshold)
            throw PyErrors.ValueError($"maxdigits must be 0 or larger than {IntMaxStrDigitsThreshold}");
        IntMaxStrDigits = value > int.MaxValue ? int.MaxValue : (int)value;
    }

    public int RecursionLimit = 1000;

    /// <summary>The builtins module and its dict (frames whose globals lack __builtins__ use it).</summary>
    public PyModule BuiltinsModule = null!;
    public PyDict BuiltinsDict = null!;
    /// <summary>sys.modules and the sys module's dict.</summary>
    public PyDict Modules = new();
    public PyDict? SysDict;
    public RuntimeFlags Flags = new();
    /// <summary>The tracing JIT, or null when it is off (-X jit=off).</summary>
    internal Jit.PyJit? Jit;
    /// <summary>importlib._bootstrap's _find_and_load and _lock_unlock_module once it is installed
    /// (ImportlibBootstrap); null before, when the import statement uses Import's own path search.</summary>
    public PyObject? ImportFindAndLoad, ImportLockUnlockModule, ImportModuleRepr;

    /// <summary>Objects whose repr is in progress on this interpreter (Py_ReprEnter).</summary>
    internal readonly List<PyObject> ReprStack = new();

    public static InterpreterState Current => current ??= new InterpreterState();

    /// <summary>Makes <paramref name="interp"/> the interpreter of the calling (new) thread.</summary>
    public static void SetCurrent(InterpreterState interp) => current = interp;

    /// <summary>Makes this the interpreter of the calling thread; returns the previous one.</summary>
    public InterpreterState? Enter()
    {
        var previous = current;
        current = this;
        return previous;
    }

    public static void Exit(InterpreterState? previous) => current = previous;

    /// <summary>Py_ReprEnter: false if <paramref name="o"/> is already being repr'd (a cycle).</summary>
    internal bool ReprEnter(PyObject o)
    {
        var stack = ReprStack;
        for (int i = stack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(stack[i], o)) return false;
        stack.Add(o);
        return true;
    }

    internal void ReprLeave(PyObject o)
    {
        var stack = ReprStack;
        for (int i = stack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(stack[i], o)) { stack.RemoveAt(i); return; }
    }
}
