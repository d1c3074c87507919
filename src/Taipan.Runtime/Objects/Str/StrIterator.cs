namespace Taipan.Runtime.Objects;

/// <summary>str_ascii_iterator / str_iterator: by code point; drops the string once a next() finds it exhausted.</summary>
internal sealed class StrIterator : PyObject
{
    private PyStr? str;
    private int index;
    private int pos16; // UTF-16 offset of code point `index`, so astral text is walked without its offset table

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
                var v = s.Value;
                int p = it.pos16;
                it.index++;
                if (char.IsHighSurrogate(v[p]) && p + 1 < v.Length && char.IsLowSurrogate(v[p + 1]))
                {
                    it.pos16 = p + 2;
                    return PyStr.FromCodePoint(char.ConvertToUtf32(v[p], v[p + 1]));
                }
                it.pos16 = p + 1;
                return PyStr.FromCodePoint(v[p]);
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
                if (it.str is { } s)
                {
                    it.index = (int)Math.Clamp(index, 0, s.Length);
                    it.pos16 = s.Utf16Offset(it.index);
                }
            });
    }
}
