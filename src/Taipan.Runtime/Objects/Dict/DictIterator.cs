namespace Taipan.Runtime.Objects;

/// <summary>Iterates a dict's keys, values or items, detecting mutation as CPython does:
/// a size change raises at once; same size but different keys raises when an unexpected
/// entry shows up after the expected number was produced.</summary>
internal sealed class DictIterator : PyObject
{
    private PyDict? dict;
    private readonly int usedAtStart;
    private int position;
    private int remaining;

    public DictIterator(PyType kind, PyDict dict) : base(kind)
    {
        this.dict = dict;
        usedAtStart = dict.Used;
        remaining = dict.Used;
    }

    private DictIterator(DictIterator other) : base(other.type)
    {
        dict = other.dict;
        usedAtStart = other.usedAtStart;
        position = other.position;
        remaining = other.remaining;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        IteratorReduce.Install(t,
            static self => ((DictIterator)self) is { dict: { } d } it && d.Used == it.usedAtStart ? PyInt.FromLong(Math.Max(0, it.remaining)) : PyInt.FromLong(0),
            static self => IteratorReduce.Remaining(new DictIterator((DictIterator)self)),
            null);
        t.IterNext = static self => ((DictIterator)self).Next();
    }

    private PyObject? Next()
    {
        var d = dict;
        if (d is null) return null;
        if (d.Used != usedAtStart)
        {
            remaining = -1; // keep raising on further calls
            throw PyErrors.RuntimeError("dictionary changed size during iteration");
        }
        while (position < d.Filled)
        {
            ref var e = ref d.entries[position++];
            if (e.Key is null) continue;
            if (remaining <= 0) throw PyErrors.RuntimeError("dictionary keys changed during iteration");
            remaining--;
            if (type == PyTypes.DictKeyIterator) return e.Key;
            if (type == PyTypes.DictValueIterator) return e.Value!;
            return PyTuple.Of(e.Key, e.Value!);
        }
        dict = null;
        return null;
    }
}
