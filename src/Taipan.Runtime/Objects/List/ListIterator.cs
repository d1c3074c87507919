namespace Taipan.Runtime.Objects;

/// <summary>list_iterator: re-reads the length each step, so appends during iteration are seen (as in CPython).</summary>
internal sealed class ListIterator : PyObject
{
    private PyList? list;
    private int index;

    public ListIterator(PyList list) : base(PyTypes.ListIterator) => this.list = list;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        Binding.BindingInstaller.AddMethod(t, "__length_hint__", static (self, a, k) =>
        {
            var it = (ListIterator)self!;
            return PyInt.FromLong(it.list is { } l && it.index < l.Count ? l.Count - it.index : 0);
        });
        t.IterNext = static self =>
        {
            var it = (ListIterator)self;
            var l = it.list;
            if (l is null) return null;
            if (it.index < l.Count) return l[it.index++];
            it.list = null; // exhausted iterators stay exhausted
            return null;
        };
    }
}
