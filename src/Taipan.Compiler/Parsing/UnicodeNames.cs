namespace Taipan.Compiler.Parsing;

/// <summary>Unicode character names for "\N{...}" escapes.</summary>
internal static class UnicodeNames
{
    /// <summary>Code point for a name, or -1. Only the algorithmic names are known so far.</summary>
    public static int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(cjk.Length), System.Globalization.NumberStyles.HexNumber, null, out int cp))
            return cp;
        return -1;
    }
}
