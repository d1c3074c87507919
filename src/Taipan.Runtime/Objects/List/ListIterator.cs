using System.Runtime.CompilerServices;

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
        IteratorReduce.Install(t,
            static self => ((ListIterator)self).list is { } l && ((ListIterator)self).index < l.Count ? PyInt.FromLong(l.Count - ((ListIterator)self).index) : PyInt.FromLong(0),
            static self => ((ListIterator)self).list is { } l ? IteratorReduce.At(l, ((ListIterator)self).index) : IteratorReduce.Exhausted(new PyList()),
            static (self, index) =>
            {
                var it = (ListIterator)self;
                if (it.list is { } l) it.index = (int)Math.Clamp(index, 0, l.Count);
            });
        t.IterNext = static self => ((ListIterator)self).NextOrNull();
    }

    /// <summary>The next item, or null when exhausted; FOR_ITER's direct call for list_iterator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? NextOrNull()
    {
        var l = list;
        if (l is null) return null;
        int i = index;
        if (i < l.Count) { index = i + 1; return l[i]; }
        list = null; // exhausted iterators stay exhausted
        return null;
    }
}
