using System.Runtime.CompilerServices;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Per-thread execution state (CPython's PyThreadState): the current frame, the Python call depth
/// checked against the recursion limit, and the exception being handled (sys.exc_info()).
/// </summary>
internal sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? current;

    public readonly InterpreterState Interp;
    public Frame? Frame;
    /// <summary>Python frames plus native re-entries on this thread (compared with the recursion limit).</summary>
    public int Depth;
    /// <summary>The exception currently being handled (PUSH_EXC_INFO/POP_EXCEPT), or null.</summary>
    public PyObject? ExcInfo;
    /// <summary>Set by another thread or a signal handler; checked on backward jumps and calls.</summary>
    public volatile bool PendingInterrupt;

    public ThreadState(InterpreterState interp) => Interp = interp;

    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => current ??= new ThreadState(InterpreterState.Current);
    }

    public static void SetCurrent(ThreadState ts) => current = ts;

    /// <summary>Py_EnterRecursiveCall for native code that calls back into Python or recurses (repr of
    /// nested containers, isinstance hooks): the Python depth limit plus a check that the C# stack has
    /// room, so the process never dies of a stack overflow.</summary>
    public void EnterRecursiveCall(string where)
    {
        if (++Depth > Interp.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Depth--;
            throw PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    public void LeaveRecursiveCall() => Depth--;
}
