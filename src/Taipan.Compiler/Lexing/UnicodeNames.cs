using System.Globalization;
using System.Text;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// Character names as CPython 3.11's <c>\N{...}</c> and unicodedata know them: UnicodeData
/// names (case-insensitive), name aliases, and the algorithmic CJK unified ideograph and
/// Hangul syllable names (matched case-sensitively, as CPython does). Named sequences are
/// not characters and are not accepted.
/// </summary>
public static class UnicodeNames
{
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";
    private const string HangulPrefix = "HANGUL SYLLABLE ";
    private const int SBase = 0xAC00, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>Set by the runtime: true while the unicodedata module cannot be imported
    /// (sys.modules['unicodedata'] is None), when CPython refuses \N{...} escapes.</summary>
    public static Func<bool>? Unavailable;

    public const string UnavailableMessage = "\\N escapes not supported (can't load unicodedata module)";

    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
        {
            var hex = name[CjkPrefix.Length..];
            if (hex.Length is not (4 or 5)) return false;
            int v = 0;
            foreach (char c in hex)
            {
                if (c is >= '0' and <= '9') v = v * 16 + (c - '0');
                else if (c is >= 'A' and <= 'F') v = v * 16 + (c - 'A' + 10);
                else return false;
            }
            if (!IsUnifiedIdeograph(v)) return false;
            codePoint = v;
            return true;
        }
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal) && TryHangul(name[HangulPrefix.Length..], out codePoint))
            return true;
        if (name.Length > 100) return false;
        Span<char> upper = stackalloc char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 0x80) return false;
            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }
        var lookup = UnicodeData.Instance.CodeByName.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(upper, out codePoint);
    }

    /// <summary>unicodedata.name(chr(cp)), or null.</summary>
    public static string? NameOf(int cp)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return HangulPrefix + JamoL[s / NCount] + JamoV[s % NCount / TCount] + JamoT[s % TCount];
        }
        if (IsUnifiedIdeograph(cp)) return CjkPrefix + cp.ToString("X4", CultureInfo.InvariantCulture);
        return UnicodeData.Instance.NameByCode.TryGetValue(cp, out string? n) ? n : null;
    }

    private static bool IsUnifiedIdeograph(int cp)
    {
        foreach (var (first, last) in UnicodeData.Instance.CjkRanges)
            if (cp >= first && cp <= last) return true;
        return false;
    }

    private static bool TryHangul(ReadOnlySpan<char> rest, out int cp)
    {
        // Longest match for each jamo, as CPython's find_syllable.
        cp = 0;
        int l = Longest(rest, JamoL, out int nl); rest = rest[nl..];
        int v = Longest(rest, JamoV, out int nv); rest = rest[nv..];
        int t = Longest(rest, JamoT, out int nt); rest = rest[nt..];
        if (l < 0 || v < 0 || t < 0 || rest.Length != 0) return false;
        cp = SBase + (l * VCount + v) * TCount + t;
        return true;
    }

    private static int Longest(ReadOnlySpan<char> s, string[] table, out int len)
    {
        int best = -1;
        len = 0;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length >= len && s.StartsWith(j, StringComparison.Ordinal) && (best < 0 || j.Length > len))
            {
                best = i;
                len = j.Length;
            }
        }
        return best;
    }
}
