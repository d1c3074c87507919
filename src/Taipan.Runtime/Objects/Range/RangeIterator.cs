namespace Taipan.Runtime.Objects;

internal sealed class RangeIterator : PyObject
{
    private readonly PyRange range;
    private long index;

    public RangeIterator(PyRange range) : base(PyTypes.RangeIterator) => this.range = range;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        Binding.BindingInstaller.AddMethod(t, "__length_hint__", static (self, a, k) =>
        {
            var it = (RangeIterator)self!;
            return PyInt.FromLong(Math.Max(0, it.range.Length - it.index));
        });
        t.IterNext = static self =>
        {
            var it = (RangeIterator)self;
            return it.index < it.range.Length ? PyInt.FromLong(it.range.ItemAt(it.index++)) : null;
        };
    }
}
