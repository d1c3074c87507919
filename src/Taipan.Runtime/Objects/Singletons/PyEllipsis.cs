namespace Taipan.Runtime.Objects;

internal sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() : base(PyTypes.EllipsisType) { }

    internal static void InitType(PyType t)
    {
        t.Repr = static _ => PyStr.FromAscii("Ellipsis");
    }
}
