namespace Taipan.Runtime.Objects;

internal sealed class StrIterator : PyObject
{
    private readonly PyStr str;
    private int index;

    public StrIterator(PyStr s) : base(s.IsAscii ? PyTypes.StrAsciiIterator : PyTypes.StrIterator) => str = s;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (StrIterator)self;
            if (it.index >= it.str.Length) return null;
            return PyStr.FromCodePoint(it.str.CodePointAt(it.index++));
        };
    }
}
