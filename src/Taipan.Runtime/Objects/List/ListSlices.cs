namespace Taipan.Runtime.Objects;

/// <summary>Slice assignment and deletion (list_ass_subscript), list.index with bounds,
/// reversed(list) and in-place repetition.</summary>
internal sealed partial class PyList
{
    /// <summary>l[slice] = value, or del l[slice] when <paramref name="value"/> is null.</summary>
    internal void AssignSlice(PySlice slice, PyObject? value)
    {
        slice.WithIndexBounds().Indices(Count, out long start, out long stop, out long step, out long count);
        // deleting an empty extended slice (del l[0:1:-1]) removes nothing: start/stop say nothing then
        if (value is null && count == 0) return;
        if (step == 1)
        {
            if (stop < start) stop = start;
            ReplaceRange((int)start, (int)stop, value is null ? Array.Empty<PyObject>() : AsAssignedItems(value));
            return;
        }
        if (value is null)
        {
            // Delete every step-th item: walk upwards so the survivors keep their order.
            if (step < 0) { start = start + step * (count - 1); step = -step; }
            var keep = new PyObject[Count - count];
            int n = 0;
            for (int i = 0; i < Count; i++)
                if (i < start || (i - start) % step != 0 || (i - start) / step >= count) keep[n++] = this[i];
            TruncateTo(0);
            foreach (var item in keep) Append(item);
            return;
        }
        var items = AsAssignedItems(value);
        if (items.Length != count)
            throw PyErrors.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
        for (long k = 0, i = start; k < count; k++, i += step) SetAt((int)i, items[k]);
    }

    /// <summary>PySequence_Fast(v, "can only assign an iterable"), copying when v is this list.</summary>
    private PyObject[] AsAssignedItems(PyObject value)
    {
        if (value is PyList l) return l.ToArray();
        if (value is PyTuple t) return t.Items;
        if (PyOps.TryGetIter(value) is not { } it) throw PyErrors.TypeError("can only assign an iterable");
        var r = new PyList();
        PyObject? item;
        while ((item = PyOps.Next(it)) is not null) r.Append(item);
        return r.ToArray();
    }

    /// <summary>Replaces items [start, stop) with <paramref name="items"/>.</summary>
    private void ReplaceRange(int start, int stop, PyObject[] items)
    {
        if (items.Length == stop - start)
        {
            for (int i = 0; i < items.Length; i++) SetAt(start + i, items[i]);
            return;
        }
        var tail = new PyObject[Count - stop];
        for (int i = 0; i < tail.Length; i++) tail[i] = this[stop + i];
        TruncateTo(start);
        foreach (var item in items) Append(item);
        foreach (var item in tail) Append(item);
    }

    /// <summary>list.index(value, start=0, stop=sys.maxsize)</summary>
    [Binding.PyMethod]
    internal long index(PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = start is null ? 0 : ClampIndex(start), hi = stop is null ? long.MaxValue : ClampIndex(stop);
        if (lo < 0) { lo += Count; if (lo < 0) lo = 0; }
        if (hi < 0) { hi += Count; if (hi < 0) hi = 0; }
        for (long i = lo; i < hi && i < Count; i++)
            if (PyOps.EqualsBool(this[(int)i], value)) return i;
        throw PyErrors.ValueError($"{PyOps.Repr(value).Value} is not in list");
    }

    /// <summary>_PyEval_SliceIndex for index()/count() bounds: any __index__, clamped.</summary>
    internal static long ClampIndex(PyObject o)
    {
        if (o.type.Index is null)
            throw PyErrors.TypeError("slice indices must be integers or have an __index__ method");
        var i = PyOps.Index(o);
        return i.IsSmall ? i.Small : i.IsNegative ? long.MinValue / 2 : long.MaxValue / 2;
    }

    [Binding.PyMethod]
    internal PyObject __reversed__() => new ListReverseIterator(this);

    internal static PyObject InplaceRepeat(PyObject self, PyObject n)
    {
        var l = (PyList)self;
        if (n.type.Index is null) return PyNotImplemented.Instance;
        long times = PyOps.Index(n).AsLong();
        if (times <= 0) { l.TruncateTo(0); return l; }
        var r = l.Repeated(times);
        l.Strategy = r.Strategy;
        l.Ints = r.Ints;
        l.Floats = r.Floats;
        l.Objects = r.Objects;
        l.Count = r.Count;
        return l;
    }

    /// <summary>list * n: the storage copied in doubling blocks, keeping the strategy (so [0] * n is an
    /// int list). A length beyond what a .NET array holds is CPython's MemoryError for a size it
    /// cannot allocate.</summary>
    internal PyList Repeated(long times)
    {
        var r = new PyList();
        if (times <= 0 || Count == 0) return r;
        if (times > Array.MaxLength / Count) throw PyErrors.MemoryError();
        int n = Count * (int)times;
        try
        {
            switch (Strategy)
            {
                case ListStrategy.Int: r.Ints = RepeatArray(Ints!, Count, n); break;
                case ListStrategy.Float: r.Floats = RepeatArray(Floats!, Count, n); break;
                default: r.Objects = RepeatArray(Objects!, Count, n); break;
            }
        }
        catch (OutOfMemoryException)
        {
            throw PyErrors.MemoryError();
        }
        r.Strategy = Strategy;
        r.Count = n;
        return r;
    }

    private static T[] RepeatArray<T>(T[] source, int count, int length)
    {
        var a = new T[length];
        Array.Copy(source, a, count);
        for (int filled = count; filled < length; filled += Math.Min(filled, length - filled))
            Array.Copy(a, 0, a, filled, Math.Min(filled, length - filled));
        return a;
    }
}

/// <summary>list_reverseiterator: stops (for good) when the index falls off either end.</summary>
internal sealed class ListReverseIterator : PyObject
{
    private PyList? list;
    private int index;

    public ListReverseIterator(PyList list) : base(PyTypes.ListReverseIterator)
    {
        this.list = list;
        index = list.Count - 1;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        IteratorReduce.Install(t,
            static self => ((ListReverseIterator)self) is { list: { } l } it && it.index < l.Count ? PyInt.FromLong(it.index + 1) : PyInt.FromLong(0),
            static self => ((ListReverseIterator)self) is { list: { } l } it
                ? PyTuple.Of(RuntimeTypes.Reversed, PyTuple.Of(l), PyInt.FromLong(it.index))
                : IteratorReduce.Exhausted(new PyList()),
            static (self, index) =>
            {
                var it = (ListReverseIterator)self;
                if (it.list is { } l) it.index = (int)Math.Clamp(index, -1, l.Count - 1);
            });
        t.IterNext = static self =>
        {
            var it = (ListReverseIterator)self;
            var l = it.list;
            if (l is not null && it.index >= 0 && it.index < l.Count) return l[it.index--];
            it.list = null;
            return null;
        };
    }
}
