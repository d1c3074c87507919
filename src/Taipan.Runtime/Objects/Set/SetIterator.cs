namespace Taipan.Runtime.Objects;

internal sealed class SetIterator : PyObject
{
    private PySet? set;
    private readonly int usedAtStart;
    private int position;

    public SetIterator(PySet set) : base(PyTypes.SetIterator)
    {
        this.set = set;
        usedAtStart = set.Used;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (SetIterator)self;
            var s = it.set;
            if (s is null) return null;
            if (s.Used != it.usedAtStart) throw PyErrors.RuntimeError("Set changed size during iteration");
            while (it.position <= s.Mask)
            {
                int i = it.position++;
                if (s.IsLive(i)) return s.KeyAt(i);
            }
            it.set = null;
            return null;
        };
    }
}
