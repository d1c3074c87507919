namespace Taipan.Runtime.Objects;

/// <summary>Iterator over a fixed array (tuple_iterator).</summary>
internal sealed class SequenceIterator : PyObject
{
    private readonly PyObject[] items;
    private int index;

    public SequenceIterator(PyType type, PyObject[] items) : base(type) => this.items = items;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        Binding.BindingInstaller.AddMethod(t, "__length_hint__", static (self, a, k) =>
        {
            var it = (SequenceIterator)self!;
            return PyInt.FromLong(it.items.Length - it.index);
        });
        t.IterNext = static self =>
        {
            var it = (SequenceIterator)self;
            return it.index < it.items.Length ? it.items[it.index++] : null;
        };
    }
}
