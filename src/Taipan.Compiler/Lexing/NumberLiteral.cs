using System.Globalization;
using System.Numerics;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// The value of a NUMBER token, represented as <see cref="Ast.ConstantValues"/> describes:
/// <c>long</c>, <c>BigInteger</c> when it does not fit, <c>double</c> (correctly rounded),
/// <c>Complex(0, v)</c> for an imaginary literal. The token is assumed valid (the tokenizer
/// checked it).
/// </summary>
public static class NumberLiteral
{
    /// <summary>CPython 3.11's default sys.int_info.default_max_str_digits, applied to decimal literals.</summary>
    public const int MaxStrDigits = 4300;

    public static object Parse(ReadOnlySpan<char> text)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (c != '_') buf[n++] = c;
        ReadOnlySpan<char> s = buf[..n];

        char last = s[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0, ParseFloat(s[..^1]));

        if (s.Length > 1 && s[0] == '0')
        {
            char p = (char)(s[1] | 0x20);
            if (p == 'x') return ParseRadix(s[2..], 16);
            if (p == 'o') return ParseRadix(s[2..], 8);
            if (p == 'b') return ParseRadix(s[2..], 2);
        }
        foreach (char c in s)
            if (c == '.' || c == 'e' || c == 'E') return ParseFloat(s);
        if (s.Length <= 18) return ParseSmallDecimal(s);
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long v)) return v;
        if (s.Length > MaxStrDigits)
            throw new LiteralException(
                $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {s.Length} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static long ParseSmallDecimal(ReadOnlySpan<char> s)
    {
        long v = 0;
        foreach (char c in s) v = v * 10 + (c - '0');
        return v;
    }

    private static double ParseFloat(ReadOnlySpan<char> s) =>
        // .NET Core 3.0+ parses IEEE-correctly rounded; overflow gives infinity as CPython's literals do.
        double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        int i = 0;
        while (i < digits.Length - 1 && digits[i] == '0') i++;
        digits = digits[i..];
        if (digits.Length * bitsPerDigit <= 63)
        {
            long v = 0;
            foreach (char c in digits) v = (v << bitsPerDigit) | (long)DigitValue(c);
            return v;
        }
        var big = BigInteger.Zero;
        foreach (char c in digits) big = (big << bitsPerDigit) | DigitValue(c);
        if (big <= long.MaxValue) return (long)big;
        return big;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
