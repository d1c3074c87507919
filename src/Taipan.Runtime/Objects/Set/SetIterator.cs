namespace Taipan.Runtime.Objects;

internal sealed class SetIterator : PyObject
{
    private PySet? set;
    private readonly int usedAtStart;
    private int position;
    private int remaining;

    public SetIterator(PySet set) : base(PyTypes.SetIterator)
    {
        this.set = set;
        usedAtStart = set.Used;
        remaining = set.Used;
    }

    private SetIterator(SetIterator other) : base(PyTypes.SetIterator)
    {
        set = other.set;
        usedAtStart = other.usedAtStart;
        position = other.position;
        remaining = other.remaining;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (SetIterator)self;
            var s = it.set;
            if (s is null) return null;
            if (s.Used != it.usedAtStart)
            {
                it.remaining = -1; // keep raising on further calls, as CPython does
                throw PyErrors.RuntimeError("Set changed size during iteration");
            }
            while (it.position <= s.Mask)
            {
                int i = it.position++;
                if (s.IsLive(i))
                {
                    it.remaining--;
                    return s.KeyAt(i);
                }
            }
            it.set = null;
            return null;
        };
        // setiter_len / setiter_reduce: the reduce lists what a copy of the iterator would still produce
        IteratorReduce.Install(t,
            static self => ((SetIterator)self) is { set: { } s } it && s.Used == it.usedAtStart ? PyInt.FromLong(Math.Max(0, it.remaining)) : PyInt.FromLong(0),
            static self => IteratorReduce.Remaining(new SetIterator((SetIterator)self)),
            null);
    }
}
