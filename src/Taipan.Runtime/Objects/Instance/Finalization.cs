using System.Runtime.CompilerServices;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>
/// __del__ of Python classes (PEP 442 semantics, PyPy's timing: when the GC finds the object
/// unreachable, not at the last reference). Instances of a class with __del__ get a companion
/// <see cref="Sentinel"/> with a .NET finalizer, attached through a weak table so instances of other
/// classes pay nothing (a finalizer on PyInstance itself would put every instance on the finalization
/// queue). The sentinel holds the instance; when both become unreachable, the GC resurrects them for
/// the sentinel's finalizer, which queues the __del__ call as a pending call: it runs under the GIL on
/// the main thread between two bytecodes, or in gc.collect(). Each object is finalized once, even if
/// __del__ resurrects it.
/// </summary>
internal static class Finalization
{
    private static readonly ConditionalWeakTable<PyObject, Sentinel> sentinels = new();
    private static readonly PyStr DelName = PyStr.FromAscii("__del__");

    /// <summary>__del__ calls running on this thread. gc.collect() from a __del__ does nothing: each is a
    /// full .NET collection (0.1 s on a test-suite heap), and a class whose __del__ collects made one per
    /// instance (test_futures' Evil: 100 of them).</summary>
    [ThreadStatic] internal static int Running;

    /// <summary>Whether a class on the MRO other than object defines __del__.</summary>
    public static bool DefinesDel(PyType t)
    {
        foreach (var k in t.Mro)
            if (k != PyTypes.Object && k.Dict.GetItemOrNull(DelName) is not null) return true;
        return false;
    }

    public static void Register(PyObject obj) => sentinels.AddOrUpdate(obj, new Sentinel(obj));

    private static void RunDel(PyObject obj)
    {
        var f = obj.type.Lookup("__del__");
        if (f is null) return;
        Running++;
        try
        {
            EvalLoop.CallWithSelf(f, obj, ReadOnlySpan<PyObject>.Empty, null);
        }
        catch (PyException e)
        {
            Unraisable.Report(e.Value, f);
        }
        finally
        {
            Running--;
        }
    }

    private sealed class Sentinel
    {
        private readonly PyObject obj;

        public Sentinel(PyObject obj) => this.obj = obj;

        ~Sentinel()
        {
            var o = obj;
            PendingCalls.Add(() => RunDel(o));
        }
    }
}
