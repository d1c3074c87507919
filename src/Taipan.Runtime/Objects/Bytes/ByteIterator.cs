namespace Taipan.Runtime.Objects;

/// <summary>bytes_iterator / bytearray_iterator: yields ints; reads the length each step so a
/// bytearray that shrinks while iterated ends early, as in CPython.</summary>
internal sealed class ByteIterator : PyObject
{
    private PyObject? seq;
    private int index;

    public ByteIterator(PyObject seq, PyType type) : base(type) => this.seq = seq;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (ByteIterator)self;
            switch (it.seq)
            {
                case PyBytes b when it.index < b.Value.Length:
                    return PyInt.FromLong(b.Value[it.index++]);
                case PyByteArray a when it.index < a.Count:
                    return PyInt.FromLong(a.Buffer[it.index++]);
            }
            it.seq = null;
            return null;
        };
        IteratorReduce.Install(t,
            static self =>
            {
                var it = (ByteIterator)self;
                long n = it.seq switch { PyBytes b => b.Value.Length - it.index, PyByteArray a => a.Count - it.index, _ => 0 };
                return PyInt.FromLong(Math.Max(0, n));
            },
            static self => ((ByteIterator)self) is { seq: { } seq } it ? IteratorReduce.At(seq, it.index) : IteratorReduce.Exhausted(PyTuple.Empty),
            static (self, index) =>
            {
                var it = (ByteIterator)self;
                // a bytearray may grow again, so CPython only clamps its index below
                long n = it.seq switch { PyBytes b => b.Value.Length, PyByteArray => int.MaxValue, _ => -1 };
                if (n >= 0) it.index = (int)Math.Clamp(index, 0, n);
            });
    }
}
