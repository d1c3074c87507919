using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Interpreter shutdown (Py_FinalizeEx's order): threading._shutdown() waits for non-daemon threads,
/// then the atexit callbacks run last-registered first; an exception in one is reported and the
/// rest still run.
/// </summary>
internal static class ExitHooks
{
    private static readonly List<(PyObject Func, PyObject[] Args, PyTuple? KwNames)> callbacks = new();

    public static void Register(PyObject func, PyObject[] args, PyTuple? kwnames)
    {
        lock (callbacks) callbacks.Add((func, args, kwnames));
    }

    public static void Unregister(PyObject func)
    {
        lock (callbacks) callbacks.RemoveAll(c => PyOps.EqualsBool(c.Func, func));
    }

    public static void Clear()
    {
        lock (callbacks) callbacks.Clear();
    }

    public static int Count
    {
        get { lock (callbacks) return callbacks.Count; }
    }

    /// <summary>atexit._run_exitfuncs: runs and clears the callbacks.</summary>
    public static void RunCallbacks()
    {
        while (true)
        {
            (PyObject Func, PyObject[] Args, PyTuple? KwNames) c;
            lock (callbacks)
            {
                if (callbacks.Count == 0) return;
                c = callbacks[^1];
                callbacks.RemoveAt(callbacks.Count - 1);
            }
            try
            {
                PyOps.Call(c.Func, c.Args, c.KwNames);
            }
            catch (PyException e) when (!e.Matches(PyTypes.SystemExit))
            {
                Unraisable.Report(e.Value, c.Func, "Exception ignored in atexit callback");
            }
            catch (PyException)
            {
            }
        }
    }

    /// <summary>Everything that runs after the main program: thread joins, then atexit.</summary>
    public static void Finalize(InterpreterState interp)
    {
        try
        {
            if (interp.Modules.GetItemOrNull(PyStr.FromAscii("threading")) is { } threading
                && PyOps.GetAttrOrNull(threading, StrIntern.Intern("_shutdown")) is { } shutdown)
                PyOps.Call(shutdown, ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException e)
        {
            Unraisable.Report(e.Value, null, "Exception ignored on threading shutdown");
        }
        RunCallbacks();
    }
}
