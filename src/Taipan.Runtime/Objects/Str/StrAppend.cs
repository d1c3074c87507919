using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The characters of a str built by repeated `s += t` (or `s = s + t`), with room to grow. CPython makes
/// that loop linear by resizing the string in place when nothing else refers to it; without reference
/// counts we share one buffer among the successive strs instead: each is a prefix of it, and only the
/// str whose prefix is the whole used part may append in place (an older one copies into a new buffer).
/// Building a 400 KB string from 2-character pieces took 86 s (quadratic copies, each a large-object
/// allocation) and now takes milliseconds, as in CPython.
/// </summary>
internal sealed class StrBuffer
{
    public char[] Chars;
    public int Used;

    public StrBuffer(int capacity) => Chars = new char[capacity];
}

internal sealed partial class PyStr
{
    /// <summary>Results this long take part: below it a plain copy is cheaper than any bookkeeping.</summary>
    private const int AppendThreshold = 256;

    /// <summary>Marks a str made by concatenation (at least <see cref="AppendThreshold"/> long): the next
    /// concatenation onto it is probably a loop's, so it starts a buffer. A one-off `a + b` never pays
    /// for a buffer.</summary>
    private static readonly object ConcatMark = new();

    private PyStr(StrBuffer buffer, int length16, int length, int maxCodePoint, bool hasAstral) : base(PyTypes.Str)
    {
        aux = buffer;
        Length16 = length16;
        Length = length;
        MaxCodePoint = maxCodePoint;
        HasAstral = hasAstral;
    }

    /// <summary>The text of a str still living in its buffer, copied out once; the buffer is let go (the
    /// str is read now, so appending to it again would copy the text anyway).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Flatten()
    {
        var buffer = (StrBuffer)aux!;
        var text = new string(buffer.Chars, 0, Length16);
        value = text;
        aux = null;
        return text;
    }

    private ReadOnlySpan<char> Chars16 => value is { } v ? v.AsSpan() : ((StrBuffer)aux!).Chars.AsSpan(0, Length16);

    /// <summary>a + b for exact strs (BINARY_OP's fast path and str's sq_concat).</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        // short results first, at the cost they had before buffers existed (html_cell-style `s += t`)
        if (a.value is { } av && b.value is { } bv0 && av.Length + bv0.Length < AppendThreshold)
        {
            // Metadata combines unless a surrogate pair forms at the seam.
            if (char.IsHighSurrogate(av[^1]) && char.IsLowSurrogate(bv0[0])) return FromString(string.Concat(av, bv0));
            return new PyStr(string.Concat(av, bv0), a.Length + b.Length, Math.Max(a.MaxCodePoint, b.MaxCodePoint), a.HasAstral || b.HasAstral);
        }
        return ConcatLong(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyStr ConcatLong(PyStr a, PyStr b)
    {
        var bv = b.Value;
        char last = a.value is { } av0 ? av0[^1] : ((StrBuffer)a.aux!).Chars[a.Length16 - 1];
        // Metadata combines unless a surrogate pair forms at the seam.
        if (char.IsHighSurrogate(last) && char.IsLowSurrogate(bv[0])) return FromString(string.Concat(a.Value, bv));
        long n16 = (long)a.Length16 + bv.Length;
        if (n16 > Array.MaxLength) throw PyErrors.MemoryError();
        int length = a.Length + b.Length, max = Math.Max(a.MaxCodePoint, b.MaxCodePoint);
        bool astral = a.HasAstral || b.HasAstral;
        var aux = a.aux;
        if (aux is StrBuffer buffer && buffer.Used == a.Length16)
        {
            // a is the newest str of its buffer: append in place
            if (n16 > buffer.Chars.Length) Array.Resize(ref buffer.Chars, (int)Math.Min(Math.Max(n16, (long)buffer.Chars.Length * 2), Array.MaxLength));
            bv.AsSpan().CopyTo(buffer.Chars.AsSpan(a.Length16));
            buffer.Used = (int)n16;
            return new PyStr(buffer, (int)n16, length, max, astral);
        }
        if (n16 >= AppendThreshold && (aux == ConcatMark || aux is StrBuffer))
        {
            // the second concatenation in a row onto a long str: start a buffer with room to double
            var fresh = new StrBuffer((int)Math.Min(n16 * 2, Array.MaxLength));
            a.Chars16.CopyTo(fresh.Chars);
            bv.AsSpan().CopyTo(fresh.Chars.AsSpan(a.Length16));
            fresh.Used = (int)n16;
            return new PyStr(fresh, (int)n16, length, max, astral);
        }
        var r = new PyStr(string.Concat(a.Value, bv), length, max, astral);
        if (n16 >= AppendThreshold) r.aux = ConcatMark;
        return r;
    }
}
