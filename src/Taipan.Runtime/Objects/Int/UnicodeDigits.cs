using System.Globalization;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>_PyUnicode_TransformDecimalAndSpaceToASCII for the number parsers: non-ASCII decimal
/// digits (astral ones too) become ASCII digits, non-ASCII whitespace a space, anything else
/// non-ASCII a '?' that no number grammar accepts.</summary>
internal static class UnicodeDigits
{
    public static string ToAscii(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 128) i++;
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        foreach (var rune in s.AsSpan(i).EnumerateRunes())
        {
            if (rune.Value < 128) sb.Append((char)rune.Value);
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                sb.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            else if (rune.IsBmp && PyStr.IsPythonWhitespace((char)rune.Value)) sb.Append(' ');
            else sb.Append('?');
        }
        return sb.ToString();
    }
}
