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
