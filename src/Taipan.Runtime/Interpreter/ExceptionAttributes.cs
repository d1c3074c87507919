using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Reads and writes exception attributes through the normal attribute protocol, so the
/// interpreter works whether an attribute is a typed field (getset) or lives in the instance dict.</summary>
internal static class ExceptionAttributes
{
    public static void Set(PyBaseException e, string name, PyObject value) =>
        ObjectAttributes.SetAttr(e, StrIntern.Intern(name), value);

    public static PyObject? Get(PyBaseException e, string name)
    {
        try { return PyOps.GetAttrOrNull(e, StrIntern.Intern(name)); }
        catch (PyException ex) when (ex.Matches(PyTypes.AttributeError)) { return null; }
    }
}
