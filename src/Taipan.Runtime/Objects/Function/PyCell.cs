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
        Binding.BindingInstaller.AddGetSet(t, "cell_contents",
            static self => ((PyCell)self).Contents ?? throw PyErrors.New(PyTypes.ValueError, "Cell is empty"),
            static (self, value) => ((PyCell)self).Contents = value);
    }
}
