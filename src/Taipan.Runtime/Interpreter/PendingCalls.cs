using System.Collections.Concurrent;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Work that must run on the interpreter thread between two bytecodes (CPython's Py_AddPendingCall):
/// weakref callbacks whose referent the .NET GC has collected (found on the finalizer thread), and
/// Python-level signal handlers. Queued from any thread; drained where the eval loop checks for
/// interrupts, and explicitly by gc.collect().
/// </summary>
internal static class PendingCalls
{
    private static readonly ConcurrentQueue<Action> queue = new();
    private static ThreadState? target;

    /// <summary>The thread whose eval loop runs the queued calls (the main thread).</summary>
    public static void SetTarget(ThreadState ts) => target = ts;

    public static bool IsTarget(ThreadState ts) => ReferenceEquals(ts, target);

    public static void Add(Action call)
    {
        queue.Enqueue(call);
        if (target is { } ts) ts.PendingInterrupt = true;
        Taipan.Jit.Backend.JitBreak.Request(); // compiled loops check this flag, not PendingInterrupt
    }

    public static bool HasWork => !queue.IsEmpty;

    /// <summary>Runs everything queued. An exception from a call is reported like an unraisable
    /// exception (as CPython does for weakref callbacks) unless <paramref name="propagate"/>.</summary>
    public static void Run(bool propagate = false)
    {
        while (queue.TryDequeue(out var call))
        {
            if (propagate) { call(); continue; }
            try
            {
                call();
            }
            catch (PyException e)
            {
                Unraisable.Report(e.Value, null);
            }
        }
    }
}

/// <summary>sys.unraisablehook's default output for exceptions that cannot propagate (weakref
/// callbacks, __del__, atexit): "Exception ignored in: obj" and the traceback, on sys.stderr.</summary>
internal static class Unraisable
{
    public static void Report(PyBaseException e, PyObject? obj, string what = "Exception ignored in")
    {
        var stderr = InterpreterState.Current.SysDict?.GetItemOrNull(StrIntern.Intern("stderr"));
        var header = obj is null ? (what == "Exception ignored in" ? "" : what + "\n") : what + ": " + SafeRepr(obj) + "\n";
        try
        {
            if (stderr is not null && stderr != PyNone.Instance && header.Length > 0)
                PyOps.CallMethod(stderr, "write", [PyStr.FromString(header)]);
            TracebackPrinter.Print(e, stderr);
        }
        catch (PyException)
        {
            Console.Error.Write(header);
        }
    }

    private static string SafeRepr(PyObject o)
    {
        try { return PyOps.Repr(o).Value; }
        catch (PyException) { return $"<object repr() failed>"; }
    }
}
