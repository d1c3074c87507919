namespace Taipan.Runtime.Objects;

internal sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() : base(PyTypes.NotImplementedType) { }

    internal static void InitType(PyType t)
    {
        t.Repr = static _ => PyStr.FromAscii("NotImplemented");
    }
}
