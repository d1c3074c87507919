using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>The argument checks CPython's itertools __setstate__ methods get from PyArg_ParseTuple and
/// PyLong_AsSsize_t, with their messages.</summary>
internal static class PickleState
{
    /// <summary>PyTuple_Check plus PyArg_ParseTuple's item count ("function takes exactly 2 arguments (1 given)").</summary>
    public static PyTuple Tuple(PyObject state, int min, int max)
    {
        if (state is not PyTuple t) throw PyErrors.TypeError("state is not a tuple");
        int n = t.Count;
        if (n >= min && n <= max) return t;
        string how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int want = n < min ? min : max;
        throw PyErrors.TypeError($"function takes {how} {want} argument{(want == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary>PyLong_AsSsize_t: only real ints, no __index__.</summary>
    public static long Ssize(PyObject o)
    {
        if (o is not PyInt i) throw PyErrors.TypeError("an integer is required");
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>PyArg_ParseTuple's "i": __index__, then the C int range.</summary>
    public static int Int(PyObject o)
    {
        var i = PyOps.Index(o);
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C long");
        long v = i.Small;
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>PyArg_ParseTuple's "O!": "argument 1 must be list, not int".</summary>
    public static T Typed<T>(PyObject o, int position, string expected) where T : PyObject =>
        o as T ?? throw PyErrors.TypeError($"argument {position} must be {expected}, not {(o == PyNone.Instance ? "None" : o.type.Name)}");

    public static PyTuple Indices(int[] values, int count)
    {
        var r = new PyObject[count];
        for (int i = 0; i < count; i++) r[i] = PyInt.FromLong(values[i]);
        return PyTuple.Wrap(r);
    }
}
