using System.Numerics;

namespace Taipan.Runtime.Tests;

/// <summary>Short constructors for test values.</summary>
internal static class Py
{
    public static PyInt I(long v) => PyInt.FromLong(v);
    public static PyInt Big(string digits) => PyInt.FromBig(BigInteger.Parse(digits));
    public static PyFloat F(double v) => new(v);
    public static PyStr S(string v) => PyStr.FromString(v);
    public static string Repr(PyObject o) => PyOps.Repr(o).Value;
    public static PyTuple T(params PyObject[] items) => PyTuple.Wrap(items);
    public static PyList L(params PyObject[] items) => PyList.FromSpan(items);

    public static PySet Set(params PyObject[] items)
    {
        var s = new PySet();
        foreach (var x in items) s.Add(x); // as BUILD_SET / set.add in source order
        return s;
    }

    /// <summary>
    /// A set display of int constants as CPython 3.11 compiles it: with more than two constant
    /// items the compiler folds them into a frozenset constant and emits BUILD_SET 0 +
    /// SET_UPDATE, and the constant merger (merge_consts_recursive) rebuilds that frozenset
    /// once more from its own iteration order. So the set's layout is a merge of
    /// frozenset(list(frozenset(items))), not a series of adds (for ints and strs; float and
    /// tuple items are re-keyed as (type, value) tuples). The bytecode compiler must do the same.
    /// </summary>
    public static PySet SetDisplay(params PyObject[] constants)
    {
        if (constants.Length <= 2) return Set(constants);
        var first = PySet.FromIterable(PyTypes.FrozenSet, T(constants));
        var folded = PySet.FromIterable(PyTypes.FrozenSet, PyOps.ToList(first));
        var s = new PySet();
        s.UpdateFrom(folded);
        return s;
    }

    public static PyException Raises(PyType type, Action action)
    {
        var e = Assert.Throws<PyException>(action);
        Assert.Equal(type.Name, e.PythonType.Name);
        return e;
    }

    public static string Message(PyException e) => e.Value.Message;

    /// <summary>Calls a method the way `obj.name(*args)` does: lookup on the type, bind, call.</summary>
    public static PyObject Call(PyObject obj, string name, params PyObject[] args) =>
        PyOps.Call(PyOps.GetAttr(obj, S(name)), args);

    public static PyObject CallKw(PyObject obj, string name, PyObject[] args, params string[] kwnames)
    {
        var kw = new PyObject[kwnames.Length];
        for (int i = 0; i < kw.Length; i++) kw[i] = S(kwnames[i]);
        return PyOps.Call(PyOps.GetAttr(obj, S(name)), args, PyTuple.Wrap(kw));
    }
}
