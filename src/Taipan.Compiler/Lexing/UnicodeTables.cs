namespace Taipan.Compiler.Lexing;

/// <summary>
/// The Unicode properties the tokenizer needs, from CPython 3.11's database (Unicode 14.0)
/// rather than .NET's, so identifiers and "invalid character" errors agree with CPython.
/// </summary>
internal static partial class UnicodeTables
{
    public static bool IsXidStart(int cp) =>
        cp < 128 ? (uint)((cp | 0x20) - 'a') <= 25 : InRanges(XidStartRanges, cp);

    public static bool IsXidContinue(int cp) =>
        cp < 128 ? (uint)((cp | 0x20) - 'a') <= 25 || (uint)(cp - '0') <= 9 || cp == '_' : InRanges(XidContinueRanges, cp);

    /// <summary>str.isprintable() for one character.</summary>
    public static bool IsPrintable(int cp) => cp < 128 ? cp >= 0x20 && cp < 0x7F : InRanges(PrintableRanges, cp);

    private static bool InRanges(int[] ranges, int cp)
    {
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
}
