using System.Globalization;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Python str, indexed by code point. Representation: a .NET UTF-16 string plus what PEP 393
/// would record (length in code points, widest code point). Most strings have no astral
/// characters; for them a code point index is the UTF-16 index, so indexing is O(1) and every
/// .NET string API (dictionary keys, StringBuilder, I/O encoders) applies without copying.
/// Strings with astral characters build a code-point → UTF-16 offset table on first index.
/// Chosen over PEP 393's three arrays because it keeps one code path per operation and free
/// interop; the cost is that a Python string holding a high surrogate followed by a low
/// surrogate as two separate code points cannot be told from the astral character they
/// form (only reachable through 'surrogatepass'-style escapes; documented limitation).
/// </summary>
[PyType("str")]
internal sealed partial class PyStr : PyObject
{
    private static readonly PyStr[] Latin1 = CreateLatin1();
    public static readonly PyStr Empty = new("", 0, 0, false);

    /// <summary>The text. Null only while this str is a prefix of an append buffer (see StrAppend.cs);
    /// reading <see cref="Value"/> then copies it out once.</summary>
    private string? value;
    public string Value => value ?? Flatten();
    /// <summary>Length in code points (len()).</summary>
    public readonly int Length;
    public readonly int MaxCodePoint;
    public readonly bool HasAstral;
    private long hash;
    private bool hashed;
    /// <summary>UTF-16 length (the text's, or the buffer prefix's while not flattened).</summary>
    internal readonly int Length16;
    // int[]: code point index → UTF-16 index (astral strings, once indexed); StrBuffer / ConcatMark:
    // the += state of StrAppend.cs. One field for both keeps a str at 64 bytes.
    private object? aux;

    private PyStr(string value, int length, int maxCodePoint, bool hasAstral) : base(PyTypes.Str)
    {
        this.value = value;
        Length16 = value.Length;
        Length = length;
        MaxCodePoint = maxCodePoint;
        HasAstral = hasAstral;
    }

    private static PyStr[] CreateLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < a.Length; i++) a[i] = new PyStr(((char)i).ToString(), 1, i, false);
        return a;
    }

    public static PyStr FromString(string s)
    {
        if (s.Length == 0) return Empty ?? new PyStr("", 0, 0, false);
        if (s.Length == 1 && Latin1 is not null) return FromCodePoint(s[0]);
        // Most text is ASCII: one vectorised check instead of the per-character scan below.
        if (Ascii.IsValid(s)) return new PyStr(s, s.Length, 127, false);
        if (!s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return new PyStr(s, s.Length, ScanMax(s, 0, s.Length), false);
        int max = 0, length = 0;
        bool astral = false;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                astral = true;
                i++;
            }
            if (cp > max) max = cp;
            length++;
        }
        return new PyStr(s, length, max, astral);
    }

    /// <summary>For text known to be ASCII (reprs, number formatting): no scan.</summary>
    public static PyStr FromAscii(string s) => new(s, s.Length, 127, false);

    public static PyStr FromCodePoint(int cp) =>
        cp < 256 ? Latin1[cp] : cp < 0x10000 ? FromBmp(cp) : new PyStr(char.ConvertFromUtf32(cp), 1, cp, true);

    // One-character strs of the BMP, made on first use in blocks of 256: iterating or indexing
    // non-Latin-1 text (and chr()) then allocates nothing and reuses each character's cached hash,
    // as the Latin-1 table does for the first block. Races only create a duplicate, which is harmless.
    private static readonly PyStr?[]?[] BmpBlocks = new PyStr?[]?[256];

    private static PyStr FromBmp(int cp)
    {
        var block = BmpBlocks[cp >> 8] ??= new PyStr?[256];
        return block[cp & 0xFF] ??= new PyStr(((char)cp).ToString(), 1, cp, false);
    }

    public bool IsAscii => MaxCodePoint < 128;

    public long Hash()
    {
        if (!hashed)
        {
            hash = StringHash.HashString(Value, MaxCodePoint, HasAstral);
            hashed = true;
        }
        return hash;
    }

    /// <summary>UTF-16 offset of code point <paramref name="index"/> (0 ≤ index ≤ Length).</summary>
    public int Utf16Offset(int index)
    {
        if (!HasAstral) return index;
        var table = Offsets();
        return index == Length ? Value.Length : table[index];
    }

    private int[] Offsets()
    {
        if (aux is int[] t) return t;
        var table = BuildOffsets();
        aux = table; // an astral str indexed stops being appended to in place (it would copy out anyway)
        return table;
    }

    private int[] BuildOffsets()
    {
        var table = new int[Length];
        int cp = 0;
        for (int i = 0; i < Value.Length; i++)
        {
            table[cp++] = i;
            if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1])) i++;
        }
        return table;
    }

    public int CodePointAt(int index)
    {
        if (!HasAstral) return Value[index];
        int o = Utf16Offset(index);
        return char.IsHighSurrogate(Value[o]) && o + 1 < Value.Length && char.IsLowSurrogate(Value[o + 1])
            ? char.ConvertToUtf32(Value[o], Value[o + 1])
            : Value[o];
    }

    /// <summary>Code points [start, end).</summary>
    public PyStr Substring(int start, int end)
    {
        if (start >= end) return Empty;
        // the whole string is itself, unless it is a subclass instance (results are exact str)
        if (start == 0 && end == Length) return type == PyTypes.Str ? this : FromString(Value);
        return Slice16(Utf16Offset(start), Utf16Offset(end));
    }

    /// <summary>The text between UTF-16 offsets [a, b) (code point boundaries) as an exact str. The
    /// metadata comes from this string where it can: pieces of an ASCII string are ASCII, pieces of a
    /// string without astral characters have none, so split/partition/strip never rescan their output.</summary>
    internal PyStr Slice16(int a, int b)
    {
        int n = b - a;
        if (n <= 0) return Empty;
        if (n == Value.Length && type == PyTypes.Str) return this;
        if (n == 1) return FromCodePoint(Value[a]);
        var text = Value.Substring(a, n);
        if (MaxCodePoint < 128) return new PyStr(text, n, MaxCodePoint, false);
        if (!HasAstral) return new PyStr(text, n, ScanMax(Value, a, b), false);
        return FromString(text);
    }

    /// <summary>Code points [start, end) in reverse order (s[::-1] and other step -1 slices); a surrogate
    /// pair (one astral code point) keeps its two units in order.</summary>
    private PyStr Reversed(int start, int end)
    {
        int a = Utf16Offset(start), b = Utf16Offset(end);
        var text = string.Create(b - a, (Value, a, HasAstral), static (dst, st) =>
        {
            var (src, a, astral) = st;
            int n = dst.Length;
            if (!astral)
            {
                for (int i = 0; i < n; i++) dst[i] = src[a + n - 1 - i];
                return;
            }
            int j = 0;
            for (int i = a + n - 1; i >= a; i--)
            {
                if (char.IsLowSurrogate(src[i]) && i > a && char.IsHighSurrogate(src[i - 1]))
                {
                    dst[j++] = src[i - 1];
                    dst[j++] = src[i];
                    i--;
                }
                else dst[j++] = src[i];
            }
        });
        // Without surrogates the whole string's reversal has its metadata; otherwise a lone low
        // surrogate before a lone high one would pair up, so rescan (as for any part of the string).
        return end - start == Length && MaxCodePoint < 0xD800 ? FromTrusted(text, Length, MaxCodePoint, false) : FromString(text);
    }

    private static int ScanMax(string s, int a, int b)
    {
        int max = 0;
        for (int i = a; i < b; i++) if (s[i] > max) max = s[i];
        return max;
    }

    /// <summary>Code point order (not UTF-16 order, which differs for astral vs U+E000..U+FFFF).</summary>
    public static int Compare(PyStr a, PyStr b)
    {
        if (!a.HasAstral && !b.HasAstral) return string.CompareOrdinal(a.Value, b.Value);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = a.CodePointAt(i).CompareTo(b.CodePointAt(i));
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    // \t \n \v \f \r, \x1c-\x1f and ' ': one bit test for the characters of most text (split()/strip() loops)
    private const ulong AsciiWhitespaceBits = 0x1F0003E00UL;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPythonWhitespace(char c) =>
        c <= ' ' ? ((AsciiWhitespaceBits >> c) & 1) != 0 : c >= '\x85' && IsWideWhitespace(c);

    private static bool IsWideWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0' => true,
        '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>Py_UNICODE_ISPRINTABLE, from CPython 3.11's own Unicode 14 data (shared with the tokenizer).</summary>
    public static bool IsPrintable(int cp) => Taipan.Compiler.Lexing.UnicodeTables.IsPrintable(cp);

    /// <summary>repr(str): quote choice and escapes as CPython's unicode_repr.</summary>
    public static string ReprOf(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp));
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public override bool Equals(object? obj) => obj is PyStr o && o.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();

    // --- slots -----------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self => FromString(ReprOf(((PyStr)self).Value));
        t.Str = static self => self.type == PyTypes.Str ? self : FromString(((PyStr)self).Value);
        t.Hash = static self => ((PyStr)self).Hash();
        t.Length = static self => ((PyStr)self).Length;
        t.RichCompare = static (a, b, op) =>
            a is PyStr x && b is PyStr y
                ? PyBool.FromBool(op == CompareOp.Eq ? x.Value == y.Value : op == CompareOp.Ne ? x.Value != y.Value : IntArithmetic.CompareResult(Compare(x, y), op))
                : PyNotImplemented.Instance;
        t.Contains = static (self, item) => item is PyStr s
            ? ((PyStr)self).Value.Contains(s.Value, StringComparison.Ordinal)
            : throw PyErrors.TypeError($"'in <string>' requires string as left operand, not {item.type.Name}");
        t.GetItem = static (self, key) => ((PyStr)self).GetItem(key);
        t.Iter = static self => new StrIterator((PyStr)self);
        t.NumberSlots[(int)BinaryOp.Remainder] = PercentFormat.RemainderSlot;
        t.SequenceConcat = static (a, b) => b is PyStr y
            ? a.type == PyTypes.Str && y.type == PyTypes.Str ? Concat((PyStr)a, y) : FromString(((PyStr)a).Value + y.Value)
            : throw PyErrors.TypeError($"can only concatenate str (not \"{b.type.Name}\") to str");
        t.SequenceRepeat = static (a, n) =>
        {
            var s = (PyStr)a;
            if (n <= 0 || s.Value.Length == 0) return Empty;
            if (n == 1) return s.type == PyTypes.Str ? s : FromString(s.Value); // unicode_result_unchanged
            if (n > long.MaxValue / s.Value.Length) throw PyErrors.OverflowError("repeated string is too long");
            if (n > Array.MaxLength / s.Value.Length) throw PyErrors.MemoryError();
            var text = string.Create(s.Value.Length * (int)n, s.Value, static (dst, unit) =>
            {
                // copy the unit once, then double what is already there
                unit.AsSpan().CopyTo(dst);
                for (int done = unit.Length; done < dst.Length; done *= 2)
                    dst.Slice(0, Math.Min(done, dst.Length - done)).CopyTo(dst.Slice(done));
            });
            // The copies share the unit's metadata unless a surrogate pair forms where they meet.
            if (char.IsHighSurrogate(s.Value[^1]) && char.IsLowSurrogate(s.Value[0])) return FromString(text);
            return FromTrusted(text, (int)(s.Length * n), s.MaxCodePoint, s.HasAstral);
        };
        t.New = static (callable, args, kwnames) => NewStr((PyType)callable, args, kwnames);
        InstallPyBindings(t);
        InstallExtraMethods(t);
    }

    private PyObject GetItem(PyObject key)
    {
        if (key is PyInt)
        {
            long i = PyOps.AsIndex(key, PyTypes.IndexError);
            if (i < 0) i += Length;
            if (i < 0 || i >= Length) throw PyErrors.IndexError("string index out of range");
            return FromCodePoint(CodePointAt((int)i));
        }
        if (key is PySlice slice)
        {
            slice.Indices(Length, out long start, out long stop, out long step, out long count);
            if (step == 1) return Substring((int)start, (int)stop);
            if (step == -1 && count > 1) return Reversed((int)(start - count + 1), (int)start + 1);
            var sb = new StringBuilder();
            for (long k = 0, i = start; k < count; k++, i += step) TextCodecs.AppendCodePoint(sb, CodePointAt((int)i));
            return FromString(sb.ToString());
        }
        if (key.type.Index is not null) return GetItem(PyOps.Index(key));
        throw PyErrors.TypeError($"string indices must be integers, not '{key.type.Name}'");
    }
}
