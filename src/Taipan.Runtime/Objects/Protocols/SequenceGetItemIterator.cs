namespace Taipan.Runtime.Objects;

/// <summary>The old sequence protocol: iterates o[0], o[1], ... until IndexError.</summary>
internal sealed class SequenceGetItemIterator : PyObject
{
    private PyObject? seq;
    private long index;

    public SequenceGetItemIterator(PyObject seq) : base(PyTypes.SeqIterator) => this.seq = seq;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((SequenceGetItemIterator)self).Next();
        // iter_len: NotImplemented when the sequence has no len(), so operator.length_hint falls back to its default
        IteratorReduce.Install(t,
            static self =>
            {
                var it = (SequenceGetItemIterator)self;
                if (it.seq is not { } s) return PyInt.FromLong(0);
                if (s.type.Length is null) return PyNotImplemented.Instance;
                long n = PyOps.Length(s) - it.index;
                return PyInt.FromLong(n >= 0 ? n : 0);
            },
            static self => ((SequenceGetItemIterator)self) is { seq: { } s } it ? IteratorReduce.At(s, it.index) : IteratorReduce.Exhausted(PyTuple.Empty),
            static (self, index) =>
            {
                var it = (SequenceGetItemIterator)self;
                if (it.seq is not null) it.index = Math.Max(0, index);
            });
    }

    public PyObject? Next()
    {
        if (seq is null) return null;
        try
        {
            return PyOps.GetItem(seq, PyInt.FromLong(index++));
        }
        catch (PyException e) when (e.Matches(PyTypes.IndexError) || e.Matches(PyTypes.StopIteration))
        {
            seq = null;
            return null;
        }
    }
}
