namespace Taipan.Runtime.Objects;

/// <summary>
/// Character classes of the 128 ASCII code points, so the str predicates (isalnum, isdigit, isupper ...)
/// answer an ASCII string with one table load per character instead of binary searches of the Unicode
/// range tables (text is mostly ASCII; str_methods' character scan spent its time there).
/// </summary>
internal static class AsciiClass
{
    public const byte Alpha = 1, Digit = 2, Upper = 4, Lower = 8;
    public const byte Alnum = Alpha | Digit;

    private static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var t = new byte[128];
        for (int c = '0'; c <= '9'; c++) t[c] = Digit;
        for (int c = 'A'; c <= 'Z'; c++) t[c] = Alpha | Upper;
        for (int c = 'a'; c <= 'z'; c++) t[c] = Alpha | Lower;
        return t;
    }

    /// <summary>Every character of the (ASCII, non-empty) string has one of <paramref name="mask"/>'s classes.</summary>
    public static bool All(string s, byte mask)
    {
        foreach (char c in s) if ((Table[c] & mask) == 0) return false;
        return true;
    }

    /// <summary>islower/isupper for an ASCII string: no character of class <paramref name="forbidden"/> and at
    /// least one of class <paramref name="wanted"/>.</summary>
    public static bool Cased(string s, byte wanted, byte forbidden)
    {
        bool cased = false;
        foreach (char c in s)
        {
            byte k = Table[c];
            if ((k & forbidden) != 0) return false;
            if ((k & wanted) != 0) cased = true;
        }
        return cased;
    }
}
