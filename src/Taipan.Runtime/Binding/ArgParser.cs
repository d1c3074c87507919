using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>
/// Argument checks and conversions called by generated bindings, with CPython's messages:
/// METH_NOARGS / METH_O style for zero and one argument, Argument Clinic style otherwise.
/// </summary>
internal static class ArgParser
{
    public static int Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => args.Length - (kwnames?.Count ?? 0);

    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    public static void NoArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string qualifiedName)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{qualifiedName}() takes no keyword arguments");
        if (args.Length != 0) throw PyErrors.TypeError($"{qualifiedName}() takes no arguments ({args.Length} given)");
    }

    /// <summary>METH_O: "list.append() takes exactly one argument (0 given)".</summary>
    public static void OneArg(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string qualifiedName)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{qualifiedName}() takes no keyword arguments");
        if (args.Length != 1) throw PyErrors.TypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");
    }

    /// <summary>Clinic, positional-only: _PyArg_NoKwnames + _PyArg_CheckPositional.</summary>
    public static void CheckPositional(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
        int n = args.Length;
        if (n < min)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Clinic with keywords (_PyArg_UnpackKeywords): returns one slot per parameter,
    /// null where the argument was not given.</summary>
    public static PyObject?[] Unpack(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int posOnly, int required)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int max = names.Length;
        if (nargs + nkw > max)
            throw PyErrors.TypeError($"{name}() takes at most {max} {(nargs == 0 ? "keyword " : "")}argument{(max == 1 ? "" : "s")} ({nargs + nkw} given)");
        var slots = new PyObject?[max];
        for (int i = 0; i < nargs; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kw = ((PyStr)kwnames![k]).Value;
            int index = -1;
            for (int i = posOnly; i < names.Length; i++)
                if (names[i] == kw) { index = i; break; }
            if (index < 0) throw PyErrors.TypeError($"'{kw}' is an invalid keyword argument for {name}()");
            if (slots[index] is not null)
                throw PyErrors.TypeError($"argument for {name}() given by name ('{kw}') and position ({index + 1})");
            slots[index] = args[nargs + k];
        }
        for (int i = 0; i < required; i++)
            if (slots[i] is null)
                throw PyErrors.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        return slots;
    }

    // --- conversions ----------------------------------------------------------------------

    /// <summary>Py_ssize_t converter: __index__, "'str' object cannot be interpreted as an integer".</summary>
    public static long ToLong(PyObject o)
    {
        if (o.type == PyTypes.Int && ((PyInt)o).IsSmall) return ((PyInt)o).Small;
        var i = PyOps.Index(o);
        if (i.IsSmall) return i.Small;
        throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
    }

    public static int ToInt32(PyObject o)
    {
        long v = ToLong(o);
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>"d" converter: "must be real number, not str".</summary>
    public static double ToDouble(PyObject o) => PyOps.AsDouble(o);

    public static bool ToBool(PyObject o) => PyOps.IsTrue(o);

    /// <summary>str converter: "replace() argument 1 must be str, not int".</summary>
    public static string ToStr(PyObject o, string name, string argument) =>
        o is PyStr s ? s.Value : throw BadArgument(name, argument, "str", o);

    public static T ToType<T>(PyObject o, string name, string argument, string expected) where T : PyObject =>
        o as T ?? throw BadArgument(name, argument, expected, o);

    public static PyException BadArgument(string name, string argument, string expected, PyObject o) =>
        PyErrors.TypeError($"{name}() {argument} must be {expected}, not {(o == PyNone.Instance ? "None" : o.type.Name)}");

    // --- results ----------------------------------------------------------------------------

    public static PyObject Result(long v) => PyInt.FromLong(v);
    public static PyObject Result(int v) => PyInt.FromLong(v);
    public static PyObject Result(double v) => new PyFloat(v);
    public static PyObject Result(bool v) => PyBool.FromBool(v);
    public static PyObject Result(string v) => PyStr.FromString(v);
    public static PyObject Result(PyObject v) => v;
}
