using System.Runtime.CompilerServices;

namespace Taipan.Modules.Sre;

/// <summary>Character predicates and case mappings of the engine: ASCII, locale (the C locale, which is
/// what Taipan runs under: ASCII rules below 256) and Unicode (CPython 3.11's tables, SreUnicode.g.cs).</summary>
internal static class SreChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLinebreak(int ch) => ch == '\n';

    public static bool IsAsciiDigit(int ch) => (uint)(ch - '0') <= 9;

    public static bool IsAsciiSpace(int ch) => ch == ' ' || (uint)(ch - '\t') <= 4;

    public static bool IsAsciiAlnum(int ch) => (uint)(ch - '0') <= 9 || (uint)((ch | 0x20) - 'a') <= 25;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWord(int ch) => ch < 128 && (IsAsciiAlnum(ch) || ch == '_');

    // The C locale classifies only ASCII letters and digits as alphanumeric.
    public static bool IsLocaleWord(int ch) => ch < 256 && (IsAsciiAlnum(ch) || ch == '_');

    public static bool IsUnicodeWord(int ch) =>
        ch < 128 ? IsAsciiAlnum(ch) || ch == '_' : InRanges(SreUnicode.AlnumRanges, ch);

    public static bool IsUnicodeDigit(int ch) => ch < 128 ? IsAsciiDigit(ch) : InRanges(SreUnicode.DecimalRanges, ch);

    public static bool IsUnicodeSpace(int ch) =>
        ch < 128 ? IsAsciiSpace(ch) || (uint)(ch - 0x1c) <= 3 : InRanges(SreUnicode.SpaceRanges, ch);

    public static bool IsUnicodeLinebreak(int ch) => ch switch
    {
        '\n' or '\x0b' or '\x0c' or '\r' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 25 ? ch + 32 : ch;

    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 25 ? ch - 32 : ch;

    public static int LowerLocale(int ch) => ch < 256 ? LowerAscii(ch) : ch;

    public static int UpperLocale(int ch) => ch < 256 ? UpperAscii(ch) : ch;

    public static int LowerUnicode(int ch)
    {
        if (ch < 128) return LowerAscii(ch);
        int k = Array.BinarySearch(SreUnicode.LowerKeys, ch);
        return k >= 0 ? SreUnicode.LowerValues[k] : ch;
    }

    public static int UpperUnicode(int ch)
    {
        if (ch < 128) return UpperAscii(ch);
        int k = Array.BinarySearch(SreUnicode.UpperKeys, ch);
        return k >= 0 ? SreUnicode.UpperValues[k] : ch;
    }

    public static bool AsciiIsCased(int ch) => ch < 128 && (uint)((ch | 0x20) - 'a') <= 25;

    public static bool UnicodeIsCased(int ch) => ch != LowerUnicode(ch) || ch != UpperUnicode(ch);

    /// <summary>LITERAL_LOC_IGNORE: the pattern character equals ch or one of its locale case forms.</summary>
    public static bool CharLocIgnore(uint pattern, int ch) =>
        ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    /// <summary>Flat inclusive ranges [s0, e0, s1, e1, ...], sorted.</summary>
    private static bool InRanges(int[] ranges, int ch)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (ch < ranges[2 * mid]) hi = mid - 1;
            else if (ch > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static bool Category(uint code, int ch) => code switch
    {
        SreOp.CATEGORY_DIGIT => IsAsciiDigit(ch),
        SreOp.CATEGORY_NOT_DIGIT => !IsAsciiDigit(ch),
        SreOp.CATEGORY_SPACE => IsAsciiSpace(ch),
        SreOp.CATEGORY_NOT_SPACE => !IsAsciiSpace(ch),
        SreOp.CATEGORY_WORD => IsAsciiWord(ch),
        SreOp.CATEGORY_NOT_WORD => !IsAsciiWord(ch),
        SreOp.CATEGORY_LINEBREAK => IsLinebreak(ch),
        SreOp.CATEGORY_NOT_LINEBREAK => !IsLinebreak(ch),
        SreOp.CATEGORY_LOC_WORD => IsLocaleWord(ch),
        SreOp.CATEGORY_LOC_NOT_WORD => !IsLocaleWord(ch),
        SreOp.CATEGORY_UNI_DIGIT => IsUnicodeDigit(ch),
        SreOp.CATEGORY_UNI_NOT_DIGIT => !IsUnicodeDigit(ch),
        SreOp.CATEGORY_UNI_SPACE => IsUnicodeSpace(ch),
        SreOp.CATEGORY_UNI_NOT_SPACE => !IsUnicodeSpace(ch),
        SreOp.CATEGORY_UNI_WORD => IsUnicodeWord(ch),
        SreOp.CATEGORY_UNI_NOT_WORD => !IsUnicodeWord(ch),
        SreOp.CATEGORY_UNI_LINEBREAK => IsUnicodeLinebreak(ch),
        SreOp.CATEGORY_UNI_NOT_LINEBREAK => !IsUnicodeLinebreak(ch),
        _ => false,
    };
}
