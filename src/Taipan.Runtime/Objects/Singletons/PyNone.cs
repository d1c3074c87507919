namespace Taipan.Runtime.Objects;

internal sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() : base(PyTypes.NoneType) { }

    internal static void InitType(PyType t)
    {
        // type(x)() returns the singleton; arguments are refused as CPython does.
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length > 0) throw PyErrors.TypeError("NoneType takes no arguments");
            return PyNone.Instance;
        };
        t.Repr = static _ => PyStr.FromAscii("None");
        t.Bool = static _ => false;
        // CPython 3.11 hashes None by address; any fixed value is a faithful choice (DESIGN §1).
        t.Hash = static _ => 0xFCA86420;
    }
}
