using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Gc;

/// <summary>
/// gc: memory is managed by the .NET GC, so this module maps the controls that mean something
/// (collect() runs a full blocking collection and then the weakref callbacks it made due) and keeps
/// CPython's API and bookkeeping (thresholds, enable flag, callbacks, garbage) for code that uses them.
/// </summary>
[PyModule("gc")]
internal static partial class GcModule
{
    private static bool enabled = true;
    private static long t0 = 700, t1 = 10, t2 = 10;
    private static readonly PyList garbage = new(), callbacks = new();
    private static long frozen;
    private static long debugFlags;
    private static bool collecting;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("gc", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("garbage"), garbage);
        m.Dict.SetItem(PyStr.FromAscii("callbacks"), callbacks);
        m.Dict.SetItem(PyStr.FromAscii("DEBUG_STATS"), PyInt.FromLong(1));
        m.Dict.SetItem(PyStr.FromAscii("DEBUG_COLLECTABLE"), PyInt.FromLong(2));
        m.Dict.SetItem(PyStr.FromAscii("DEBUG_UNCOLLECTABLE"), PyInt.FromLong(4));
        m.Dict.SetItem(PyStr.FromAscii("DEBUG_SAVEALL"), PyInt.FromLong(32));
        m.Dict.SetItem(PyStr.FromAscii("DEBUG_LEAK"), PyInt.FromLong(38));
        return m;
    }

    /// <summary>gc.collect(generation=2): a blocking .NET collection of the same generation (CPython's
    /// collect(0) also looks only at young objects), finalizers, then the weakref callbacks it made due.
    /// Another pass follows only when callbacks ran (what they released is freed at once by refcounting
    /// in CPython); unconditional second full passes made collect() cost 0.1 s on a test-suite-sized
    /// heap, and test_weakref's loops of collect() took minutes.</summary>
    [PyFunction(PosOnly = 0)]
    internal static long collect(long generation = 2)
    {
        if (generation < 0 || generation > 2) throw PyErrors.ValueError("invalid generation");
        // As CPython's collector, a collect() called while one runs (from a __del__ or a weakref callback
        // it triggered) returns at once: nested runs of the pending calls recursed once per finalizer.
        if (collecting || Finalization.Running > 0) return 0;
        collecting = true;
        try
        {
            for (int pass = 0; pass < 3; pass++)
            {
                using (Gil.Unlocked())
                {
                    // Sweeping is enough to find the garbage; compacting a large heap is what costs.
                    GC.Collect((int)generation, GCCollectionMode.Forced, blocking: true, compacting: false);
                    GC.WaitForPendingFinalizers();
                }
                if (!PendingCalls.HasWork) break;
                PendingCalls.Run();
            }
        }
        finally
        {
            collecting = false;
        }
        return 0;
    }

    [PyFunction] internal static void enable() => enabled = true;
    [PyFunction] internal static void disable() => enabled = false;
    [PyFunction] internal static bool isenabled() => enabled;
    [PyFunction] internal static void set_debug(long flags) => debugFlags = flags;
    [PyFunction] internal static long get_debug() => debugFlags;

    [PyFunction]
    internal static PyTuple get_threshold() => PyTuple.Of(PyInt.FromLong(t0), PyInt.FromLong(t1), PyInt.FromLong(t2));

    [PyFunction]
    internal static void set_threshold(long threshold0, long threshold1 = -1, long threshold2 = -1)
    {
        t0 = threshold0;
        if (threshold1 >= 0) t1 = threshold1;
        if (threshold2 >= 0) t2 = threshold2;
    }

    [PyFunction]
    internal static PyTuple get_count() => PyTuple.Of(PyInt.FromLong(GC.CollectionCount(0) % 700), PyInt.FromLong(0), PyInt.FromLong(0));

    [PyFunction]
    internal static PyList get_stats()
    {
        var l = new PyList();
        for (int g = 0; g < 3; g++)
        {
            var d = new PyDict();
            d.SetItem(PyStr.FromAscii("collections"), PyInt.FromLong(GC.CollectionCount(g)));
            d.SetItem(PyStr.FromAscii("collected"), PyInt.FromLong(0));
            d.SetItem(PyStr.FromAscii("uncollectable"), PyInt.FromLong(0));
            l.Append(d);
        }
        return l;
    }

    /// <summary>The .NET heap cannot be enumerated: an empty list (documented limitation).</summary>
    [PyFunction(PosOnly = 0)]
    internal static PyList get_objects(PyObject? generation = null) => new();

    [PyFunction] internal static PyList get_referrers(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => new();
    [PyFunction] internal static PyList get_referents(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => new();

    /// <summary>CPython tracks containers, not atoms: the same answer for the common types.</summary>
    [PyFunction]
    internal static bool is_tracked(PyObject obj) =>
        !(obj.type == PyTypes.Int || obj.type == PyTypes.Float || obj.type == PyTypes.Str || obj.type == PyTypes.Bool
          || obj.type == PyTypes.NoneType || (obj is PyTuple t && t.Count == 0));

    [PyFunction] internal static bool is_finalized(PyObject obj) => false;
    [PyFunction] internal static void freeze() => frozen++;
    [PyFunction] internal static void unfreeze() => frozen = 0;
    [PyFunction] internal static long get_freeze_count() => frozen;
}
