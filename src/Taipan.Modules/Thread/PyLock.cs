using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Thread;

/// <summary>_thread.lock: a non-reentrant lock any thread may release. Waiting releases the GIL.</summary>
[PyType("_thread.lock")]
internal sealed partial class PyLock : PyObject
{
    private readonly SemaphoreSlim sem = new(1, 1);

    public PyLock() : base(ThreadTypes.Lock) { }

    public bool IsLocked => sem.CurrentCount == 0;

    /// <summary>Acquires with CPython's (blocking, timeout) rules; the GIL is released while waiting.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        if (!blocking && timeout != -1) throw PyErrors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyErrors.ValueError("timeout value must be a non-negative number");
        if (sem.Wait(0)) return true;
        if (!blocking) return false;
        if (timeout > ThreadModule.TimeoutMax) throw PyErrors.OverflowError("timeout value is too large");
        using (Gil.Unlocked())
        {
            // short waits are the common case: no slicing machinery for them
            if (timeout >= 0 && timeout * 1000 < IdleCollection.FirstSliceMs) return sem.Wait(TimeSpan.FromSeconds(timeout));
            return IdleCollection.Wait(sem, static (s, ms) => s.Wait(ms), timeout < 0 ? -1 : (long)(timeout * 1000));
        }
    }

    public void Release()
    {
        if (sem.CurrentCount != 0) throw PyErrors.RuntimeError("release unlocked lock");
        sem.Release();
    }

    [PyMethod(PosOnly = 0)]
    internal bool acquire(bool blocking = true, double timeout = -1) => Acquire(blocking, timeout);

    [PyMethod(PosOnly = 0)]
    internal bool acquire_lock(bool blocking = true, double timeout = -1) => Acquire(blocking, timeout);

    [PyMethod(PosOnly = 0)]
    internal bool __enter__(bool blocking = true, double timeout = -1) => Acquire(blocking, timeout);

    [PyMethod]
    internal void release() => Release();

    [PyMethod]
    internal void release_lock() => Release();

    [PyMethod]
    internal void __exit__(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Release();

    [PyMethod]
    internal bool locked() => IsLocked;

    [PyMethod]
    internal bool locked_lock() => IsLocked;

    [PyMethod]
    internal void _at_fork_reinit()
    {
        if (sem.CurrentCount == 0) sem.Release();
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var l = (PyLock)self;
            return PyStr.FromString($"<{(l.IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectIds.Of(self):x}>");
        };
        InstallPyBindings(t);
    }
}
