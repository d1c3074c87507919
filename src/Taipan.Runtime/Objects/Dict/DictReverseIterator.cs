namespace Taipan.Runtime.Objects;

/// <summary>dict_reversekeyiterator / dict_reversevalueiterator / dict_reverseitemiterator:
/// reversed(d), reversed(d.keys()), ... walk the entry table backwards.</summary>
internal sealed class DictReverseIterator : PyObject
{
    private PyDict? dict;
    private readonly int usedAtStart;
    private int position;
    private int remaining;

    public DictReverseIterator(PyType kind, PyDict dict) : base(kind)
    {
        this.dict = dict;
        usedAtStart = dict.Used;
        remaining = dict.Used;
        position = dict.Filled - 1;
    }

    private DictReverseIterator(DictReverseIterator other) : base(other.type)
    {
        dict = other.dict;
        usedAtStart = other.usedAtStart;
        position = other.position;
        remaining = other.remaining;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((DictReverseIterator)self).Next();
        IteratorReduce.Install(t,
            static self => ((DictReverseIterator)self) is { dict: { } d } it && d.Used == it.usedAtStart ? PyInt.FromLong(Math.Max(0, it.remaining)) : PyInt.FromLong(0),
            static self => IteratorReduce.Remaining(new DictReverseIterator((DictReverseIterator)self)),
            null);
    }

    private PyObject? Next()
    {
        var d = dict;
        if (d is null) return null;
        if (d.Used != usedAtStart)
        {
            remaining = -1;
            throw PyErrors.RuntimeError("dictionary changed size during iteration");
        }
        while (position >= 0 && position < d.Filled)
        {
            ref var e = ref d.entries[position--];
            if (e.Key is null) continue;
            if (remaining <= 0) throw PyErrors.RuntimeError("dictionary keys changed during iteration");
            remaining--;
            if (type == PyTypes.DictReverseKeyIterator) return e.Key;
            if (type == PyTypes.DictReverseValueIterator) return e.Value!;
            return PyTuple.Of(e.Key, e.Value!);
        }
        dict = null;
        return null;
    }
}
