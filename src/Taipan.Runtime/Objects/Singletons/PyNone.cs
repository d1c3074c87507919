namespace Taipan.Runtime.Objects;

internal sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() : base(PyTypes.NoneType) { }

    internal static void InitType(PyType t)
    {
        t.Repr = static _ => PyStr.FromAscii("None");
        t.Bool = static _ => false;
        // CPython 3.11 hashes None by address; any fixed value is a faithful choice (DESIGN §1).
        t.Hash = static _ => 0xFCA86420;
    }
}
