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
        t.Dict.SetItem(PyStr.FromAscii("__length_hint__"), new Binding.PyMethodDescriptor(t, "__length_hint__", static (self, args, kwnames) =>
        {
            var it = (ByteIterator)self!;
            long n = it.seq switch { PyBytes b => b.Value.Length - it.index, PyByteArray a => a.Count - it.index, _ => 0 };
            return PyInt.FromLong(Math.Max(0, n));
        }));
    }
}
