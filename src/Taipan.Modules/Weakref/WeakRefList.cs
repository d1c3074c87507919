using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>
/// The weak references to one object (CPython's tp_weaklist), kept beside it in a
/// ConditionalWeakTable. When the .NET GC collects the referent, the table drops this list and
/// its finalizer queues the callbacks of the weakrefs still alive, newest first as CPython
/// calls them, to run on the interpreter thread (<see cref="PendingCalls"/>).
/// </summary>
internal sealed class WeakRefList
{
    private static readonly ConditionalWeakTable<PyObject, WeakRefList> lists = new();

    // GCHandles, not WeakReference objects: those have finalizers of their own and can be finalized
    // (and cleared) together with this list, losing the callbacks. An array, not a List<GCHandle>:
    // that instantiation is not precompiled, and its methods were jitted at every start-up.
    private GCHandle[] refs = new GCHandle[2];
    private int count;
    private readonly Lock gate = new();

    public static WeakRefList? Of(PyObject o, bool create) =>
        create ? lists.GetValue(o, static _ => new WeakRefList()) : lists.TryGetValue(o, out var l) ? l : null;

    public void Add(PyWeakReference r)
    {
        lock (gate)
        {
            if (count >= 8) Prune();
            if (count == refs.Length)
            {
                var bigger = new GCHandle[count * 2];
                Array.Copy(refs, bigger, count);
                refs = bigger;
            }
            refs[count++] = GCHandle.Alloc(r, GCHandleType.Weak);
        }
    }

    private void Prune()
    {
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (refs[i].Target is null) refs[i].Free();
            else refs[kept++] = refs[i];
        }
        Array.Clear(refs, kept, count - kept);
        count = kept;
    }

    /// <summary>The live weakrefs, oldest first.</summary>
    public List<PyWeakReference> Live()
    {
        var result = new List<PyWeakReference>();
        lock (gate)
        {
            for (int i = 0; i < count; i++)
                if (refs[i].Target is PyWeakReference r && !r.Cleared) result.Add(r);
        }
        return result;
    }

    /// <summary>The plain `ref(o)` without callback that CPython hands out again instead of a new one.</summary>
    public PyWeakReference? Basic(bool proxy, bool callable)
    {
        foreach (var r in Live())
        {
            if (r.Callback is not null) continue;
            if (!proxy && r.type == WeakrefTypes.Ref) return r;
            if (proxy && r is PyWeakProxy && r.type == (callable ? WeakrefTypes.CallableProxy : WeakrefTypes.Proxy)) return r;
        }
        return null;
    }

    ~WeakRefList()
    {
        var live = Live();
        lock (gate)
        {
            for (int i = 0; i < count; i++) refs[i].Free();
            Array.Clear(refs, 0, count);
            count = 0;
        }
        for (int i = live.Count - 1; i >= 0; i--)
        {
            var r = live[i];
            r.Cleared = true;
            if (r.Callback is { } cb)
                PendingCalls.Add(() =>
                {
                    try
                    {
                        PyOps.Call(cb, [r]);
                    }
                    catch (PyException e)
                    {
                        Unraisable.Report(e.Value, cb);
                    }
                });
        }
    }
}
