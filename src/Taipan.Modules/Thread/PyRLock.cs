using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Thread;

/// <summary>_thread.RLock: reentrant, owned by the acquiring thread (threading.RLock).</summary>
[PyType("_thread.RLock")]
internal sealed partial class PyRLock : PyObject
{
    private readonly SemaphoreSlim sem = new(1, 1);
    private long owner;
    private long count;

    public PyRLock(PyType type) : base(type) { }

    private static long Me => ThreadModule.Ident();

    [PyMethod(PosOnly = 0)]
    internal bool acquire(bool blocking = true, double timeout = -1)
    {
        if (!blocking && timeout != -1) throw PyErrors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyErrors.ValueError("timeout value must be a non-negative number");
        long me = Me;
        if (count > 0 && owner == me)
        {
            count++;
            return true;
        }
        if (!sem.Wait(0))
        {
            if (!blocking) return false;
            using (Gil.Unlocked())
            {
                if (timeout == -1) sem.Wait();
                else if (!sem.Wait(TimeSpan.FromSeconds(timeout))) return false;
            }
        }
        owner = me;
        count = 1;
        return true;
    }

    [PyMethod(PosOnly = 0)]
    internal bool __enter__(bool blocking = true, double timeout = -1) => acquire(blocking, timeout);

    [PyMethod]
    internal void release()
    {
        if (count == 0 || owner != Me) throw PyErrors.RuntimeError("cannot release un-acquired lock");
        if (--count == 0)
        {
            owner = 0;
            sem.Release();
        }
    }

    [PyMethod]
    internal void __exit__(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => release();

    [PyMethod]
    internal bool _is_owned() => count > 0 && owner == Me;

    [PyMethod]
    internal long _recursion_count() => owner == Me ? count : 0;

    /// <summary>Condition.wait: drop the lock entirely, remembering the count and owner.</summary>
    [PyMethod]
    internal PyTuple _release_save()
    {
        if (count == 0) throw PyErrors.RuntimeError("cannot release un-acquired lock");
        var state = PyTuple.Of(PyInt.FromLong(count), PyInt.FromLong(owner));
        count = 0;
        owner = 0;
        sem.Release();
        return state;
    }

    [PyMethod]
    internal void _acquire_restore(PyObject state)
    {
        var t = state as PyTuple ?? throw PyErrors.TypeError("_acquire_restore() argument must be a tuple");
        if (!sem.Wait(0))
            using (Gil.Unlocked()) sem.Wait();
        count = PyOps.Index(t[0]).AsLong();
        owner = PyOps.Index(t[1]).AsLong();
    }

    [PyMethod]
    internal void _at_fork_reinit()
    {
        if (sem.CurrentCount == 0) sem.Release();
        owner = 0;
        count = 0;
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PyRLock((PyType)callable);
        t.Repr = static self =>
        {
            var l = (PyRLock)self;
            return PyStr.FromString($"<{(l.count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={l.owner} count={l.count} at 0x{ObjectIds.Of(self):x}>");
        };
        InstallPyBindings(t);
    }
}
