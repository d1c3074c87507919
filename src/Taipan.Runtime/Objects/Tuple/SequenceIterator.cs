namespace Taipan.Runtime.Objects;

/// <summary>tuple_iterator: walks the tuple's item array; drops the tuple once a next() finds it exhausted.</summary>
internal sealed class SequenceIterator : PyObject
{
    private PyTuple? tuple;
    private readonly PyObject[] items;
    private int index;

    public SequenceIterator(PyType type, PyTuple tuple) : base(type)
    {
        this.tuple = tuple;
        items = tuple.Items;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        IteratorReduce.Install(t,
            static self => ((SequenceIterator)self) is { tuple: not null } it ? PyInt.FromLong(it.items.Length - it.index) : PyInt.FromLong(0),
            static self => ((SequenceIterator)self) is { tuple: { } tup } it ? IteratorReduce.At(tup, it.index) : IteratorReduce.Exhausted(PyTuple.Empty),
            static (self, index) =>
            {
                var it = (SequenceIterator)self;
                if (it.tuple is not null) it.index = (int)Math.Clamp(index, 0, it.items.Length);
            });
        t.IterNext = static self =>
        {
            var it = (SequenceIterator)self;
            if (it.index < it.items.Length) return it.items[it.index++];
            it.tuple = null;
            return null;
        };
    }
}
