using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Thread;

/// <summary>The _thread module: real .NET threads that take turns on the GIL (threading.py builds on it).</summary>
[PyModule("_thread")]
internal static partial class ThreadModule
{
    public const double TimeoutMax = 4294967.0;
    private const int ThreadStackSize = 256 * 1024 * 1024;
    private static int running;
    [ThreadStatic] private static PyLock? sentinel;
    private static long nextIdent = 1;
    [ThreadStatic] private static long ident;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_thread", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("LockType"), ThreadTypes.Lock);
        m.Dict.SetItem(PyStr.FromAscii("RLock"), ThreadTypes.RLock);
        m.Dict.SetItem(PyStr.FromAscii("_local"), PyThreadLocal.PyTypeObject);
        m.Dict.SetItem(PyStr.FromAscii("error"), PyTypes.RuntimeError);
        m.Dict.SetItem(PyStr.FromAscii("TIMEOUT_MAX"), new PyFloat(TimeoutMax));
        return m;
    }

    /// <summary>A stable small id per thread (CPython returns pthread_self(); only identity matters).</summary>
    public static long Ident()
    {
        if (ident == 0)
        {
            ident = Interlocked.Increment(ref nextIdent) + 139_000_000_000_000L;
            ThreadState.Current.Ident = ident;
        }
        return ident;
    }

    [PyFunction]
    internal static long get_ident() => Ident();

    [PyFunction]
    internal static long get_native_id() => Environment.CurrentManagedThreadId;

    [PyFunction]
    internal static PyObject allocate_lock() => new PyLock();

    [PyFunction]
    internal static PyObject allocate() => new PyLock();

    [PyFunction]
    internal static long _count()
    {
        // The caller (test.support's threading_cleanup) then compares threading._dangling, a WeakSet of the Thread
        // objects, with what it was before a test: under refcounting a finished thread's Thread object is gone as
        // soon as the test drops it. One collection after threads finished gives the same view here; without it
        // the comparison fails and threading_cleanup spends 100 rounds of gc_collect() (seconds) per test.
        if (Interlocked.Exchange(ref endedSinceCount, 0) != 0) Gc.GcModule.collect();
        return Volatile.Read(ref running);
    }

    /// <summary>Threads that finished since the last <see cref="_count"/>.</summary>
    private static int endedSinceCount;

    [PyFunction]
    internal static bool daemon_threads_allowed() => true;

    /// <summary>_thread.exit(): raises SystemExit, which ends the thread silently.</summary>
    [PyFunction]
    internal static void exit() => throw PyErrors.New(PyTypes.SystemExit, PyTuple.Empty);

    [PyFunction]
    internal static void exit_thread() => throw PyErrors.New(PyTypes.SystemExit, PyTuple.Empty);

    [PyFunction]
    internal static long stack_size(long size = 0)
    {
        if (size != 0 && size < 32768) throw PyErrors.ValueError("size not valid: 32768 bytes");
        return 0;
    }

    /// <summary>A lock held for the life of the calling thread, released when it ends (Thread.join waits on it).</summary>
    [PyFunction]
    internal static PyObject _set_sentinel()
    {
        var l = new PyLock();
        sentinel = l;
        return l;
    }

    [PyFunction]
    internal static void interrupt_main(long signum = 2) => Signals.RequestInterrupt(signum);

    [PyFunction]
    internal static long start_new_thread(PyObject function, PyObject args, PyObject? kwargs = null)
    {
        if (function.type.Call is null) throw PyErrors.TypeError("first arg must be callable");
        if (args is not PyTuple argTuple) throw PyErrors.TypeError("2nd arg must be a tuple");
        if (kwargs is not null && kwargs is not PyDict) throw PyErrors.TypeError("optional 3rd arg must be a dictionary");
        var interp = InterpreterState.Current;
        long newIdent = Interlocked.Increment(ref nextIdent) + 139_000_000_000_000L;
        Interlocked.Increment(ref running);
        var start = new StartArgs { Function = function, Args = argTuple, Kwargs = kwargs as PyDict };
        var t = new System.Threading.Thread(() => Run(interp, newIdent, start), ThreadStackSize)
        {
            IsBackground = true,
            Name = "python-thread",
        };
        t.Start();
        return newIdent;
    }

    /// <summary>What the new thread calls. Emptied by <see cref="CallTarget"/> before the thread's sentinel
    /// is released: the .NET thread (and this object, through its start delegate) outlives that moment,
    /// and must not keep the Python callable (threading.Thread._bootstrap, so the Thread) alive after
    /// join() returned.</summary>
    private sealed class StartArgs
    {
        public PyObject? Function;
        public PyTuple? Args;
        public PyDict? Kwargs;
    }

    private static void Run(InterpreterState interp, long myIdent, StartArgs start)
    {
        InterpreterState.SetCurrent(interp);
        ident = myIdent;
        ThreadState.Current.Ident = myIdent;
        Gil.Acquire();
        try
        {
            CallTarget(start);
        }
        finally
        {
            if (sentinel is { IsLocked: true } s) s.Release();
            sentinel = null;
            Interlocked.Decrement(ref running);
            Interlocked.Exchange(ref endedSinceCount, 1);
            Gil.Release();
        }
    }

    /// <summary>The thread's Python call, in its own frame so that no local of the caller still refers
    /// to the callable when the sentinel is released.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void CallTarget(StartArgs start)
    {
        var function = start.Function!;
        var args = start.Args!;
        var kwargs = start.Kwargs;
        start.Function = null;
        start.Args = null;
        start.Kwargs = null;
        try
        {
            if (kwargs is null || kwargs.Used == 0)
            {
                PyOps.Call(function, args.Items);
            }
            else
            {
                var all = new PyObject[args.Count + kwargs.Used];
                var names = new PyObject[kwargs.Used];
                args.Items.CopyTo(all, 0);
                int pos = 0, i = 0;
                while (kwargs.Next(ref pos, out var k, out var v)) { names[i] = k; all[args.Count + i] = v; i++; }
                PyOps.Call(function, all, PyTuple.Wrap(names));
            }
        }
        catch (PyException e) when (!e.Matches(PyTypes.SystemExit))
        {
            Unraisable.Report(e.Value, function, "Exception ignored in thread started by");
        }
        catch (PyException)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"Fatal error in thread: {e.GetType().Name}: {e.Message}");
        }
        if (function is PyBoundMethod { Self: var thread }) LeaveDangling(thread);
    }

    /// <summary>
    /// A threading.Thread whose run is over leaves threading._dangling (a WeakSet) at once. In CPython the
    /// thread's last reference usually goes with its bootstrap frame, so the weak set has dropped it by the
    /// time anyone looks; here it stays until a collection. test.support's threading_cleanup() then fails
    /// its first check, prints the dangling threads in a `for thread in ...` loop whose variable keeps the
    /// last one alive, and so waits 100 rounds of sleep and gc.collect() (~30 s on a test-suite heap)
    /// whenever the set happened to list a finished thread last.
    /// </summary>
    private static void LeaveDangling(PyObject thread)
    {
        try
        {
            if (InterpreterState.Current.Modules.GetItemOrNull(PyStr.FromAscii("threading")) is not PyModule threading) return;
            if (threading.Dict.GetItemOrNull(PyStr.FromAscii("_dangling")) is not { } dangling) return;
            if (TypeChecks.IsInstance(thread, threading.Dict.GetItemOrNull(PyStr.FromAscii("Thread")) ?? PyNone.Instance))
                PyOps.CallMethod(dangling, "discard", [thread]);
        }
        catch (PyException)
        {
        }
    }
}
