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
        string s;
        if (TryScaled((ulong)num, shift, ndigits, out _, out var fast))
        {
            if (fast == 0) { decpt = 1; return "0"; }
            s = fast.ToString(System.Globalization.CultureInfo.InvariantCulture);
            decpt = s.Length - ndigits;
            return StripZeros(s);
        }
        var r = RoundScaled(num, shift, ndigits);
        if (r.IsZero) { decpt = 1; return "0"; }
        s = r.ToString(System.Globalization.CultureInfo.InvariantCulture);
        decpt = s.Length - ndigits;
        return StripZeros(s);
    }

    /// <summary>Mode 2: |v| rounded to <paramref name="ndigits"/> (≥ 1) significant digits.</summary>
    public static string Significant(double v, int ndigits, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        if (ndigits < 1) ndigits = 1;
        Decompose(v, out var num, out int shift);
        if (ndigits <= 19 && TrySignificantFast((ulong)num, shift, Math.Abs(v), ndigits, out var fastDigits, out decpt)) return fastDigits;
        int k = DecimalExponent(Math.Abs(v), num, shift);
        var r = RoundScaled(num, shift, ndigits - 1 - k);
        if (r == Pow10(ndigits)) { r = Pow10(ndigits - 1); k++; }
        decpt = k + 1;
        return StripZeros(r.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static readonly ulong[] Pow10U64 = BuildPow10U64();

    private static ulong[] BuildPow10U64()
    {
        var p = new ulong[20];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    /// <summary>The common case without BigInteger: m × 2**shift × 10**scale in 128 bits (m &lt; 2**53,
    /// 0 ≤ scale ≤ 19, shift ≤ 10), giving its floor and its half-even rounding. Measured: formatting
    /// with 'f'/'e'/'g' spends most of its time here; BigInteger made it ~4 µs per call.</summary>
    private static bool TryScaled(ulong m, int shift, int scale, out UInt128 floor, out UInt128 rounded)
    {
        floor = rounded = 0;
        if (scale < 0) return TryScaledDown(m, shift, -scale, out floor, out rounded);
        if (scale > 19 || shift > 10) return false;
        UInt128 n = (UInt128)m * Pow10U64[scale];  // < 2**117
        if (shift >= 0)
        {
            floor = rounded = n << shift;
            return true;
        }
        int s = -shift;
        if (s >= 128) return true; // n < 2**117 < half of 2**s: rounds to 0
        floor = n >> s;
        UInt128 rem = n & ((UInt128.One << s) - 1);
        UInt128 half = UInt128.One << (s - 1);
        rounded = rem > half || (rem == half && (floor & 1) == 1) ? floor + 1 : floor;
        return true;
    }

    /// <summary><see cref="TryScaled"/> for a negative scale (large values with few digits, such as
    /// '.3e' of 146678.04): m × 2**shift / 10**d as a 128-bit quotient, rounded half-even on the remainder.</summary>
    private static bool TryScaledDown(ulong m, int shift, int d, out UInt128 floor, out UInt128 rounded)
    {
        floor = rounded = 0;
        if (d > 19) return false;
        UInt128 num, den = Pow10U64[d]; // den < 2**64
        if (shift >= 0)
        {
            if (shift > 74) return false; // m < 2**53: the numerator stays below 2**127
            num = (UInt128)m << shift;
        }
        else
        {
            if (-shift > 63) return false; // the denominator stays below 2**127
            num = m;
            den <<= -shift;
        }
        floor = num / den;
        UInt128 rem = num - floor * den;
        // 2 × rem < 2**128 because rem < den < 2**127
        UInt128 twice = rem << 1;
        rounded = twice > den || (twice == den && (floor & 1) == 1) ? floor + 1 : floor;
        return true;
    }

    /// <summary>Mode 2 through <see cref="TryScaled"/>: the exponent estimate is checked on the floor of the
    /// scaled value (10**(n-1) ≤ floor &lt; 10**n means the estimate is exact), never on the rounded one.</summary>
    private static bool TrySignificantFast(ulong m, int shift, double a, int ndigits, out string digits, out int decpt)
    {
        digits = "";
        decpt = 0;
        int k = (int)Math.Floor(Math.Log10(a));
        UInt128 low = Pow10U64[ndigits - 1], high = (UInt128)Pow10U64[ndigits - 1] * 10;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (!TryScaled(m, shift, ndigits - 1 - k, out var floor, out var rounded)) return false;
            if (floor < low) { k--; continue; }
            if (floor >= high) { k++; continue; }
            if (rounded == high) { rounded = low; k++; }
            decpt = k + 1;
            digits = StripZeros(rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
        return false;
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
