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
