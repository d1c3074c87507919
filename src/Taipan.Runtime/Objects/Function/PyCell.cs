namespace Taipan.Runtime.Objects;

/// <summary>A cell: one closed-over variable shared by the defining frame and its closures.</summary>
internal sealed class PyCell : PyObject
{
    public PyObject? Contents;

    public PyCell(PyObject? contents) : base(RuntimeTypes.Cell) => Contents = contents;

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var c = (PyCell)self;
            return PyStr.FromString(c.Contents is null
                ? $"<cell at 0x{ObjectIds.Of(c):x}: empty>"
                : $"<cell at 0x{ObjectIds.Of(c):x}: {c.Contents.type.Name} object at 0x{ObjectIds.Of(c.Contents):x}>");
        };
        // cell_new: types.CellType() / CellType(value); a subclass is impossible (not a base type)
        t.New = static (callable, args, kwnames) =>
        {
            Binding.ArgParser.CheckPositional(args, kwnames, "cell", 0, 1);
            return new PyCell(args.Length == 1 ? args[0] : null);
        };
        // cell_richcompare: compares contents; an empty cell sorts before a full one
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PyCell x || b is not PyCell y) return PyNotImplemented.Instance;
            if (x.Contents is not null && y.Contents is not null) return PyOps.RichCompare(x.Contents, y.Contents, op);
            int l = x.Contents is null ? 0 : 1, r = y.Contents is null ? 0 : 1;
            bool result = op switch
            {
                CompareOp.Lt => l < r, CompareOp.Le => l <= r, CompareOp.Eq => l == r,
                CompareOp.Ne => l != r, CompareOp.Gt => l > r, _ => l >= r,
            };
            return PyBool.FromBool(result);
        };
        t.Hash = PyOps.HashNotImplemented;
        Binding.BindingInstaller.AddGetSet(t, "cell_contents",
            static self => ((PyCell)self).Contents ?? throw PyErrors.New(PyTypes.ValueError, "Cell is empty"),
            static (self, value) => ((PyCell)self).Contents = value);
    }
}
