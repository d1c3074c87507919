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
    /// <summary>The StopIteration a Python __next__ raised, which its iternext slot reported as "exhausted"
    /// (null); builtin next() raises it rather than a fresh one (CPython leaves it set as the error).</summary>
    public PyBaseException? SwallowedStop;
    /// <summary>Set by another thread or a signal handler; checked on backward jumps and calls.</summary>
    public volatile bool PendingInterrupt;

    /// <summary>sys.settrace / sys.setprofile functions of this thread (Interpreter/Tracing.cs).</summary>
    public PyObject? TraceFunc, ProfileFunc;
    /// <summary>Nesting of trace/profile calls running (CPython's tstate->tracing): events are off inside.</summary>
    public int TracingDepth;
    /// <summary>A trace or profile function is set and none is running: the eval loop reads this at frame
    /// entry only (instrumented code does the rest), so an untraced thread pays one flag test per call.</summary>
    public bool TraceActive;
    /// <summary>The event being delivered (f_lineno's setter checks it, as CPython's tracing_what).</summary>
    public int TracingWhat = -1;
    /// <summary>The frame the event being delivered is about (the only one f_lineno may move).</summary>
    public Frame? TracingFrame;

    /// <summary>The depth a Python-to-Python call in the eval loop may reach without its slow path: the
    /// recursion limit, or -1 while <see cref="TraceActive"/> (the slow path then delivers the 'call' event).</summary>
    public int CallLimit;

    public void UpdateTraceActive()
    {
        TraceActive = (TraceFunc is not null || ProfileFunc is not null) && TracingDepth == 0;
        CallLimit = TraceActive ? -1 : Interp.RecursionLimit;
    }

    /// <summary>threading.get_ident() of the thread (0 until _thread assigns it).</summary>
    public long Ident;

    // every thread's state, weakly (faulthandler dumps all threads' stacks)
    private static readonly List<WeakReference<ThreadState>> all = new();

    public ThreadState(InterpreterState interp)
    {
        Interp = interp;
        CallLimit = interp.RecursionLimit;
        lock (all)
        {
            all.RemoveAll(static w => !w.TryGetTarget(out _));
            all.Add(new WeakReference<ThreadState>(this));
        }
    }

    /// <summary>The thread states still alive, oldest first.</summary>
    public static List<ThreadState> Snapshot()
    {
        var r = new List<ThreadState>();
        lock (all)
            foreach (var w in all)
                if (w.TryGetTarget(out var ts)) r.Add(ts);
        return r;
    }

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
        if (++Depth > Interp.RecursionLimit || !HasStackRoom())
        {
            Depth--;
            throw PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    public void LeaveRecursiveCall() => Depth--;

    /// <summary>The lowest stack address at which TryEnsureSufficientExecutionStack last succeeded on this
    /// thread: anywhere above it has at least that much room, so only a deeper native re-entry pays for
    /// the runtime call (an FCall into coreclr that looks up the current thread).</summary>
    private nuint stackCheckedDownTo = nuint.MaxValue;

    /// <summary>RuntimeHelpers.TryEnsureSufficientExecutionStack, asked of the runtime only below the
    /// deepest point already checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe bool HasStackRoom()
    {
        byte probe;
        nuint here = (nuint)(&probe);
        return here >= stackCheckedDownTo || CheckStackRoom(here);
    }

    private bool CheckStackRoom(nuint here)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        stackCheckedDownTo = here;
        return true;
    }
}
