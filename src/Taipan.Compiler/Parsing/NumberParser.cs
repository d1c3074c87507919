using System.Globalization;
using System.Numerics;

namespace Taipan.Compiler.Parsing;

/// <summary>Value of a NUMBER token: long, BigInteger, double or Complex (see Ast/ConstantValues.cs).</summary>
internal static class NumberParser
{
    public static object Parse(ReadOnlySpan<char> text)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text) if (c != '_') buf[n++] = c;
        var s = buf.Slice(0, n);
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(s.Slice(2), radix);
        }
        char last = s[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0, ParseFloat(s.Slice(0, s.Length - 1)));
        if (s.IndexOfAny('.', 'e', 'E') >= 0)
            return ParseFloat(s);
        if (s.Length <= 18) return long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return Normalize(big);
    }

    private static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length * (radix == 16 ? 4 : radix == 8 ? 3 : 1) <= 62)
        {
            long v = 0;
            foreach (char c in digits) v = v * radix + HexValue(c);
            return v;
        }
        BigInteger b = BigInteger.Zero;
        foreach (char c in digits) b = b * radix + HexValue(c);
        return Normalize(b);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static object Normalize(BigInteger b) =>
        b >= long.MinValue && b <= long.MaxValue ? (object)(long)b : b;
}
