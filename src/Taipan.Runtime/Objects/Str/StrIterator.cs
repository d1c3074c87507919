namespace Taipan.Runtime.Objects;

/// <summary>str_ascii_iterator / str_iterator: by code point; drops the string once a next() finds it exhausted.</summary>
internal sealed class StrIterator : PyObject
{
    private PyStr? str;
    private int index;

    public StrIterator(PyStr s) : base(s.IsAscii ? PyTypes.StrAsciiIterator : PyTypes.StrIterator) => str = s;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (StrIterator)self;
            var s = it.str;
            if (s is null) return null;
            if (it.index < s.Length)
            {
                // Without astral characters the code point index is the UTF-16 index: no offset table.
                if (!s.HasAstral) return PyStr.FromCodePoint(s.Value[it.index++]);
                return PyStr.FromCodePoint(s.CodePointAt(it.index++));
            }
            it.str = null;
            return null;
        };
        IteratorReduce.Install(t,
            static self => ((StrIterator)self) is { str: { } s } it ? PyInt.FromLong(s.Length - it.index) : PyInt.FromLong(0),
            static self => ((StrIterator)self) is { str: { } s } it ? IteratorReduce.At(s, it.index) : IteratorReduce.Exhausted(PyStr.Empty),
            static (self, index) =>
            {
                var it = (StrIterator)self;
                if (it.str is { } s) it.index = (int)Math.Clamp(index, 0, s.Length);
            });
    }
}
