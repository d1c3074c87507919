using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// str case operations with CPython 3.11's full case mappings (Unicode 14 data, taken from CPython
/// itself into CaseTables.g.cs / UnicodeProps.g.cs), so 'ß'.upper() == 'SS', 'ΑΣ'.lower() == 'ας'
/// (Final_Sigma) and results do not depend on the Unicode version of the .NET runtime.
/// </summary>
internal static class CaseMapping
{
    private static readonly Table UpperTable = new(CaseTables.UpperKeys, CaseTables.UpperValues, true);
    private static readonly Table LowerTable = new(CaseTables.LowerKeys, CaseTables.LowerValues, false);
    private static readonly Table TitleTable = new(CaseTables.TitleKeys, CaseTables.TitleValues, true);
    private static readonly Table CasefoldTable = new(CaseTables.CasefoldKeys, CaseTables.CasefoldValues, false);

    /// <summary>One full case mapping: the generated sorted keys and their replacement texts, plus (built
    /// on first use) a direct index by BMP character, so mapping non-ASCII text costs no binary search.</summary>
    private sealed class Table
    {
        private readonly int[] keys;
        private readonly string[] values;
        private string?[]? bmp;
        /// <summary>Maps ASCII to upper case (upper, title) rather than lower case (lower, casefold).</summary>
        public readonly bool AsciiUp;

        public Table(int[] keys, string packedValues, bool asciiUp)
        {
            this.keys = keys;
            values = packedValues.Split('\0');
            AsciiUp = asciiUp;
        }

        /// <summary>The mapping of <paramref name="cp"/>, or null when it maps to itself.</summary>
        public string? Get(int cp)
        {
            if (cp < 0x10000) return (bmp ??= BuildBmp())[cp];
            int k = Array.BinarySearch(keys, cp);
            return k >= 0 ? values[k] : null;
        }

        private string?[] BuildBmp()
        {
            var t = new string?[0x10000];
            for (int i = 0; i < keys.Length && keys[i] < 0x10000; i++) t[keys[i]] = values[i];
            return t;
        }

        private char[]? simple;

        /// <summary>By BMP character: 0 when it maps to itself, the one BMP character it maps to, or
        /// <see cref="Multi"/> when its mapping is longer (read it with <see cref="Get"/>).</summary>
        public char[] Simple => simple ??= BuildSimple();

        private char[] BuildSimple()
        {
            var t = new char[0x10000];
            for (int i = 0; i < keys.Length && keys[i] < 0x10000; i++)
                t[keys[i]] = values[i].Length == 1 && !char.IsSurrogate(values[i][0]) ? values[i][0] : Multi;
            return t;
        }
    }

    /// <summary>Never a one-character mapping (U+FFFF is a noncharacter and maps to nothing).</summary>
    private const char Multi = '\uFFFF';

    private const int CapitalSigma = 0x3A3;

    public static bool In(int[] ranges, int cp)
    {
        // ranges holds inclusive [first, last] pairs, sorted.
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static bool IsCased(int cp) => cp < 128 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : In(UnicodeProps.Cased, cp);
    public static bool IsLowerChar(int cp) => cp < 128 ? cp >= 'a' && cp <= 'z' : In(UnicodeProps.Lower, cp);
    public static bool IsUpperChar(int cp) => cp < 128 ? cp >= 'A' && cp <= 'Z' : In(UnicodeProps.Upper, cp);
    public static bool IsTitleChar(int cp) => cp >= 128 && In(UnicodeProps.Title, cp);
    private static bool IsCaseIgnorable(int cp) => In(UnicodeProps.CaseIgnorable, cp);

    public static PyStr Upper(PyStr s) =>
        s.IsAscii ? AsciiMapped(s, AsciiUpper) : Map(s, UpperTable);

    public static PyStr Lower(PyStr s)
    {
        if (s.IsAscii) return AsciiMapped(s, AsciiLower);
        // Only capital sigma depends on its context (Final_Sigma); without it, map character by character.
        int sigma = s.Value.IndexOf('\u03A3');
        if (sigma < 0) return Map(s, LowerTable);
        // Map the run before each capital sigma, then decide the sigma from its context.
        var text = s.Value;
        var buf = new char[text.Length + 16];
        int from = 0, w = 0;
        while (sigma >= 0)
        {
            w = MapInto(ref buf, w, text, from, sigma, LowerTable);
            if (w + 1 > buf.Length) Array.Resize(ref buf, buf.Length * 2 + 16);
            buf[w++] = FinalSigma(text, sigma) ? '\u03C2' : '\u03C3';
            from = sigma + 1;
            sigma = text.IndexOf('\u03A3', from);
        }
        w = MapInto(ref buf, w, text, from, text.Length, LowerTable);
        return PyStr.FromString(new string(buf, 0, w));
    }

    public static PyStr Casefold(PyStr s) =>
        s.IsAscii ? AsciiMapped(s, AsciiLower) : Map(s, CasefoldTable);

    public static PyStr Title(PyStr s)
    {
        if (s.IsAscii) return AsciiMapped(s, AsciiTitle);
        var cps = TextCodecs.CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (previousCased) AppendLower(sb, cps, i);
            else AppendMapped(sb, c, TitleTable);
            previousCased = IsCased(c);
        }
        return PyStr.FromString(sb.ToString());
    }

    public static PyStr Capitalize(PyStr s)
    {
        if (s.IsAscii) return AsciiMapped(s, AsciiCapitalize);
        var cps = TextCodecs.CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (i == 0) AppendMapped(sb, cps[0], TitleTable);
            else AppendLower(sb, cps, i);
        }
        return PyStr.FromString(sb.ToString());
    }

    public static PyStr SwapCase(PyStr s)
    {
        if (s.IsAscii) return AsciiMapped(s, AsciiSwapCase);
        var cps = TextCodecs.CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (IsUpperChar(c)) AppendLower(sb, cps, i);
            else if (IsLowerChar(c)) AppendMapped(sb, c, UpperTable);
            else TextCodecs.AppendCodePoint(sb, c);
        }
        return PyStr.FromString(sb.ToString());
    }

    // ASCII strings map char by char into the new string: no code point array, no StringBuilder.
    private static PyStr AsciiMapped(PyStr s, System.Buffers.SpanAction<char, string> map) =>
        s.Value.Length == 0 ? PyStr.Empty : PyStr.FromAscii(string.Create(s.Value.Length, s.Value, map));

    // System.Text.Ascii's vectorised case conversion: string.ToUpperInvariant goes through the invariant-mode
    // casing tables char by char (measured 5x CPython on short strs).
    private static readonly System.Buffers.SpanAction<char, string> AsciiUpper = static (dst, src) => System.Text.Ascii.ToUpper(src, dst, out _);
    private static readonly System.Buffers.SpanAction<char, string> AsciiLower = static (dst, src) => System.Text.Ascii.ToLower(src, dst, out _);

    private static readonly System.Buffers.SpanAction<char, string> AsciiTitle = static (dst, src) =>
    {
        bool previousCased = false;
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            bool lower = c is >= 'a' and <= 'z', upper = c is >= 'A' and <= 'Z';
            dst[i] = previousCased ? (upper ? (char)(c + 32) : c) : (lower ? (char)(c - 32) : c);
            previousCased = lower || upper;
        }
    };

    private static readonly System.Buffers.SpanAction<char, string> AsciiCapitalize = static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            dst[i] = i == 0 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }
    };

    private static readonly System.Buffers.SpanAction<char, string> AsciiSwapCase = static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            dst[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
    };

    /// <summary>lower_ucs4: the lower mapping, with capital sigma at the end of a word as 'ς'.</summary>
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        int c = cps[i];
        if (c == CapitalSigma)
        {
            sb.Append(FinalSigma(cps, i) ? '\u03C2' : '\u03C3');
            return;
        }
        if (c < 128) sb.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : (char)c);
        else AppendMapped(sb, c, LowerTable);
    }

    /// <summary>Final_Sigma: preceded by a cased letter and not followed by one (case-ignorables skipped).</summary>
    private static bool FinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j])) j--;
        bool before = j >= 0 && IsCased(cps[j]);
        if (!before) return false;
        j = i + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j])) j++;
        return j == cps.Length || !IsCased(cps[j]);
    }

    private static void AppendMapped(StringBuilder sb, int cp, Table table)
    {
        if (cp < 128)
        {
            if (table.AsciiUp) sb.Append(cp >= 'a' && cp <= 'z' ? (char)(cp - 32) : (char)cp);
            else sb.Append(cp >= 'A' && cp <= 'Z' ? (char)(cp + 32) : (char)cp);
            return;
        }
        var m = table.Get(cp);
        if (m is not null) sb.Append(m);
        else TextCodecs.AppendCodePoint(sb, cp);
    }

    private static PyStr Map(PyStr s, Table table)
    {
        var text = s.Value;
        var buf = new char[text.Length + 16];
        int w = MapInto(ref buf, 0, text, 0, text.Length, table);
        return PyStr.FromString(new string(buf, 0, w));
    }

    /// <summary>The mapping of the UTF-16 range [start, end) (code point boundaries) written to buf at w
    /// (grown as needed); returns the new end. A char array and a per-character table instead of a
    /// StringBuilder fed one-character strings: upper()/lower() of non-ASCII text ran at 3x CPython.</summary>
    private static int MapInto(ref char[] buf, int w, string text, int start, int end, Table table)
    {
        var simple = table.Simple;
        bool up = table.AsciiUp;
        for (int i = start; i < end; i++)
        {
            // a full mapping is at most three characters, six UTF-16 units
            if (w + 8 > buf.Length) Array.Resize(ref buf, buf.Length * 2 + 16);
            char c = text[i];
            if (c < 128)
            {
                buf[w++] = up ? (c >= 'a' && c <= 'z' ? (char)(c - 32) : c) : (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
                continue;
            }
            if (!char.IsSurrogate(c))
            {
                char m = simple[c];
                if (m == 0) buf[w++] = c;
                else if (m != Multi) buf[w++] = m;
                else
                {
                    var full = table.Get(c)!;
                    full.CopyTo(buf.AsSpan(w));
                    w += full.Length;
                }
                continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            var mapped = table.Get(cp);
            if (mapped is not null)
            {
                mapped.CopyTo(buf.AsSpan(w));
                w += mapped.Length;
            }
            else if (cp < 0x10000) buf[w++] = c;
            else
            {
                buf[w++] = c;
                buf[w++] = text[i];
            }
        }
        return w;
    }

    /// <summary>Final_Sigma for the capital sigma at UTF-16 offset i of text.</summary>
    private static bool FinalSigma(string text, int i)
    {
        int j = i;
        int cp = 0;
        while (j > 0)
        {
            cp = PreviousCodePoint(text, ref j);
            if (!IsCaseIgnorable(cp)) break;
            cp = -1;
        }
        if (j == i || cp < 0 || !IsCased(cp)) return false;
        j = i + 1;
        while (j < text.Length)
        {
            cp = NextCodePoint(text, ref j);
            if (!IsCaseIgnorable(cp)) return !IsCased(cp);
        }
        return true;
    }

    private static int PreviousCodePoint(string text, ref int j)
    {
        j--;
        if (char.IsLowSurrogate(text[j]) && j > 0 && char.IsHighSurrogate(text[j - 1]))
        {
            j--;
            return char.ConvertToUtf32(text[j], text[j + 1]);
        }
        return text[j];
    }

    private static int NextCodePoint(string text, ref int j)
    {
        int cp = text[j];
        if (char.IsHighSurrogate(text[j]) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]))
        {
            cp = char.ConvertToUtf32(text[j], text[j + 1]);
            j++;
        }
        j++;
        return cp;
    }
}
