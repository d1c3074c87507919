using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Bisect;

/// <summary>_bisect: bisect_left/right and insort_left/right, with key= (3.10+).</summary>
[PyModule("_bisect")]
internal static partial class BisectModule
{
    private static readonly string[] Names = { "a", "x", "lo", "hi", "key" };

    public static PyModule Create() => NativeModules.FromBindings("_bisect", InstallPyBindings);

    private static (PyObject a, PyObject x, long lo, long hi, PyObject? key) Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        int npos = ArgParser.Positional(args, kwnames);
        if (npos > 4) throw PyErrors.TypeError($"{name}() takes at most 4 positional arguments ({npos} given)");
        var s = ArgParser.Unpack(args, kwnames, name, Names, 0, 2);
        long lo = s[2] is null ? 0 : ArgParser.ToLong(s[2]!);
        long hi = -1;
        if (s[3] is { } h && h != PyNone.Instance)
        {
            if (h is not PyInt && h.type.Index is null) throw PyErrors.TypeError($"argument should be integer or None, not '{h.type.Name}'");
            hi = ArgParser.ToLong(h);
        }
        var key = s[4] is null || s[4] == PyNone.Instance ? null : s[4];
        return (s[0]!, s[1]!, lo, hi, key);
    }

    private static long Search(PyObject a, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        if (lo < 0) throw PyErrors.ValueError("lo must be non-negative");
        if (hi == -1) hi = PyOps.Length(a);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = PyOps.GetItem(a, PyInt.FromLong(mid));
            if (key is not null) item = PyOps.Call(key, new[] { item });
            bool goLeft = right
                ? PyOps.IsTrue(PyOps.RichCompare(x, item, CompareOp.Lt))
                : !PyOps.IsTrue(PyOps.RichCompare(item, x, CompareOp.Lt));
            if (goLeft) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static void Insert(PyObject a, long index, PyObject x)
    {
        if (a.type == PyTypes.List) ((PyList)a).insert(index, x);
        else PyOps.CallMethod(a, "insert", new[] { PyInt.FromLong(index), x });
    }

    [PyFunction]
    public static long bisect_right(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (a, x, lo, hi, key) = Parse(args, kwnames, "bisect_right");
        return Search(a, x, lo, hi, key, true);
    }

    [PyFunction]
    public static long bisect_left(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (a, x, lo, hi, key) = Parse(args, kwnames, "bisect_left");
        return Search(a, x, lo, hi, key, false);
    }

    [PyFunction]
    public static void insort_right(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (a, x, lo, hi, key) = Parse(args, kwnames, "insort_right");
        var k = key is null ? x : PyOps.Call(key, new[] { x });
        Insert(a, Search(a, k, lo, hi, key, true), x);
    }

    [PyFunction]
    public static void insort_left(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (a, x, lo, hi, key) = Parse(args, kwnames, "insort_left");
        var k = key is null ? x : PyOps.Call(key, new[] { x });
        Insert(a, Search(a, k, lo, hi, key, false), x);
    }
}
