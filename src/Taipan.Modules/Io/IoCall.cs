using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>Calls from native _io code into the (possibly Python-overridden) methods of a stream,
/// and the argument conversions shared by the _io methods.</summary>
internal static class IoCall
{
    public static PyObject Method(PyObject o, string name) =>
        PyOps.Call(PyOps.GetAttr(o, StrIntern.Intern(name)), ReadOnlySpan<PyObject>.Empty);

    public static PyObject Method(PyObject o, string name, PyObject a) =>
        PyOps.Call(PyOps.GetAttr(o, StrIntern.Intern(name)), new[] { a });

    public static PyObject Method(PyObject o, string name, PyObject a, PyObject b) =>
        PyOps.Call(PyOps.GetAttr(o, StrIntern.Intern(name)), new[] { a, b });

    public static PyObject Attr(PyObject o, string name) => PyOps.GetAttr(o, StrIntern.Intern(name));

    public static PyObject? AttrOrNull(PyObject o, string name)
    {
        try { return PyOps.GetAttrOrNull(o, StrIntern.Intern(name)); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
    }

    /// <summary>True when <paramref name="o"/>'s <paramref name="method"/> is still the one the builtin type
    /// <paramref name="native"/> defines, so native code may call the C# implementation directly.</summary>
    public static bool IsNative(PyObject o, PyType native, string method) =>
        o.type == native || (o.type.IsSubtypeOf(native) && ReferenceEquals(o.type.Lookup(method), native.Lookup(method)));

    /// <summary>_PyIOBase_check_closed: reads the (overridable) `closed` attribute.</summary>
    public static void CheckClosed(PyObject self)
    {
        if (PyOps.IsTrue(Attr(self, "closed"))) throw IoErrors.ClosedFile();
    }

    public static void CheckArgs(ReadOnlySpan<PyObject> a, PyTuple? k, string name, int min, int max) =>
        Taipan.Runtime.Binding.ArgParser.CheckPositional(a, k, name, min, max);

    /// <summary>_Py_convert_optional_to_ssize_t: None or missing is -1.</summary>
    public static long OptionalSize(ReadOnlySpan<PyObject> a, int index)
    {
        if (a.Length <= index || a[index] == PyNone.Instance) return -1;
        var o = a[index];
        if (o.type.Index is null && o is not PyInt)
            throw PyErrors.TypeError($"argument should be integer or None, not '{o.type.Name}'");
        return PyOps.AsIndex(o, PyTypes.OverflowError);
    }

    public static long Index(PyObject o) => PyOps.AsIndex(o, PyTypes.OverflowError);

    public static PyObject Int(long v) => PyInt.FromLong(v);

    public static PyObject Bool(bool v) => PyBool.FromBool(v);
}
