using System.Numerics;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Correctly rounded decimal digits of a double, as David Gay's dtoa (which CPython uses) returns
/// them: a digit string without trailing zeros and the decimal point position
/// (|v| = 0.DIGITS × 10**decpt). Modes: shortest round-trip (0), N significant digits (2),
/// N digits after the point (3). Rounding is half-even on the exact binary value, done with exact
/// integer arithmetic, so every precision is right (not only the first 17 digits).
/// Zero (or a mode-3 result that rounds to zero) is "0" with decpt 1.
/// </summary>
internal static class FloatDigits
{
    private static readonly BigInteger[] SmallPowers = BuildPowers();

    private static BigInteger[] BuildPowers()
    {
        var p = new BigInteger[64];
        p[0] = BigInteger.One;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    private static BigInteger Pow10(int n) => n < SmallPowers.Length ? SmallPowers[n] : BigInteger.Pow(10, n);

    public static string Shortest(double v, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        Taipan.Compiler.Text.FloatRepr.ShortestDigits(v, out _, out var digits, out decpt);
        return digits;
    }

    /// <summary>Mode 3: |v| rounded to <paramref name="ndigits"/> places after the point.</summary>
    public static string Fixed(double v, int ndigits, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        Decompose(v, out var num, out int shift);
        var r = RoundScaled(num, shift, ndigits);
        if (r.IsZero) { decpt = 1; return "0"; }
        var s = r.ToString(System.Globalization.CultureInfo.InvariantCulture);
        decpt = s.Length - ndigits;
        return StripZeros(s);
    }

    /// <summary>Mode 2: |v| rounded to <paramref name="ndigits"/> (≥ 1) significant digits.</summary>
    public static string Significant(double v, int ndigits, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        if (ndigits < 1) ndigits = 1;
        Decompose(v, out var num, out int shift);
        int k = DecimalExponent(Math.Abs(v), num, shift);
        var r = RoundScaled(num, shift, ndigits - 1 - k);
        if (r == Pow10(ndigits)) { r = Pow10(ndigits - 1); k++; }
        decpt = k + 1;
        return StripZeros(r.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>|v| = num × 2**shift exactly.</summary>
    private static void Decompose(double v, out BigInteger num, out int shift)
    {
        long bits = BitConverter.DoubleToInt64Bits(v) & long.MaxValue;
        int rawExp = (int)(bits >> 52);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (rawExp == 0) rawExp = 1; else mantissa |= 1L << 52;
        shift = rawExp - 1075;
        int tz = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= tz;
        shift += tz;
        num = new BigInteger(mantissa);
    }

    /// <summary>round_half_even(num × 2**shift × 10**scale).</summary>
    private static BigInteger RoundScaled(BigInteger num, int shift, int scale)
    {
        BigInteger n = num, d = BigInteger.One;
        if (scale >= 0) n *= Pow10(scale); else d = Pow10(-scale);
        if (shift >= 0) n <<= shift; else d <<= -shift;
        var q = BigInteger.DivRem(n, d, out var rem);
        int c = (rem << 1).CompareTo(d);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>floor(log10(|v|)) exactly: an estimate from Math.Log10, corrected by exact comparisons.</summary>
    private static int DecimalExponent(double a, BigInteger num, int shift)
    {
        int k = (int)Math.Floor(Math.Log10(a));
        while (CompareWithPow10(num, shift, k) < 0) k--;
        while (CompareWithPow10(num, shift, k + 1) >= 0) k++;
        return k;
    }

    private static int CompareWithPow10(BigInteger num, int shift, int k)
    {
        BigInteger left = num, right = BigInteger.One;
        if (shift >= 0) left <<= shift; else right <<= -shift;
        if (k >= 0) right *= Pow10(k); else left *= Pow10(-k);
        return left.CompareTo(right);
    }

    private static string StripZeros(string s)
    {
        int end = s.Length;
        while (end > 1 && s[end - 1] == '0') end--;
        return end == s.Length ? s : s.Substring(0, end);
    }
}
