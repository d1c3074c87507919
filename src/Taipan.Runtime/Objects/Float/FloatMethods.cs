using System.Globalization;
using System.Numerics;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>float methods with exact CPython results: round to ndigits (correctly rounded, ties
/// to even on the exact binary value), hex/fromhex, __getformat__.</summary>
internal static class FloatMethods
{
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the result is x itself or a signed zero.
    private const int NDigitsMax = 323, NDigitsMin = -308;

    public static PyObject Round(PyObject self, PyObject? ndigits)
    {
        // PyNumber_AsSsize_t(ndigits, NULL) clamps huge values instead of raising.
        double x = ((PyFloat)self).Value;
        if (ndigits is null || ndigits == PyNone.Instance) return PyFloat.ToInt(Math.Round(x, MidpointRounding.ToEven));
        var i = PyOps.Index(ndigits);
        long nd = i.IsSmall ? i.Small : i.IsNegative ? long.MinValue : long.MaxValue;
        return new PyFloat(RoundTo(x, nd));
    }

    /// <summary>x rounded to nd decimal places: the exact value scaled by 10**nd, rounded half to even,
    /// then converted back with one correct rounding (as CPython's dtoa-based double_round).</summary>
    public static double RoundTo(double x, long nd)
    {
        if (!double.IsFinite(x) || x == 0.0) return x;
        if (nd > NDigitsMax) return x;
        if (nd < NDigitsMin) return 0.0 * x;
        bool negative = x < 0;
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (rawExp == 0) rawExp = 1; else mantissa |= 1L << 52;
        int e = rawExp - 1075;
        if (nd >= 0 && e >= 0) return x; // already an integer
        if (nd >= 0 && nd < Pow10.Length && -e < 128 && RoundSmall((ulong)mantissa, -e, (int)nd) is double fast)
            return negative ? -fast : fast;
        BigInteger num = mantissa, den = BigInteger.One;
        if (e >= 0) num <<= e; else den <<= -e;
        if (nd >= 0) num *= BigInteger.Pow(10, (int)nd); else den *= BigInteger.Pow(10, (int)-nd);
        var q = BigInteger.DivRem(num, den, out var r);
        int c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        double result = q.IsZero
            ? 0.0
            : double.Parse(q.ToString(CultureInfo.InvariantCulture) + "e" + (-nd).ToString(CultureInfo.InvariantCulture),
                NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw PyErrors.OverflowError("rounded value too large to represent");
        return negative ? -result : result;
    }

    private static readonly double[] Pow10 =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>The common case of <see cref="RoundTo"/> in 128-bit arithmetic: mantissa * 2**-shift
    /// scaled by 10**nd (nd &lt;= 22, so the product fits), rounded half to even; when the rounded
    /// integer q is below 2**53, q / 10**nd is one correctly rounded IEEE division of two exact
    /// doubles, the same double the decimal string would parse to. Null: take the exact path.</summary>
    private static double? RoundSmall(ulong mantissa, int shift, int nd)
    {
        UInt128 p10 = 1;
        for (int k = 0; k < nd; k++) p10 *= 10;
        UInt128 num = mantissa * p10;
        UInt128 q = num >> shift;
        UInt128 r = num - (q << shift);
        UInt128 half = (UInt128)1 << (shift - 1);
        if (r > half || (r == half && (q & 1) != 0)) q += 1;
        if (q >= ((UInt128)1 << 53)) return null;
        return (double)(ulong)q / Pow10[nd];
    }

    /// <summary>float.hex(): "-0x1.8000000000000p+1"; subnormals keep a leading 0 digit.</summary>
    public static string Hex(double x)
    {
        if (!double.IsFinite(x)) return Taipan.Compiler.Text.FloatRepr.Repr(x);
        if (x == 0.0) return double.IsNegative(x) ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        int exp = rawExp - 1023;
        if (rawExp == 0)
        {
            lead = 0;
            exp = -1022;
        }
        var sb = new StringBuilder(24);
        if (x < 0) sb.Append('-');
        sb.Append("0x").Append((char)('0' + lead)).Append('.');
        sb.Append(frac.ToString("x13", CultureInfo.InvariantCulture));
        sb.Append('p').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>float.fromhex(s): optional sign, inf/nan words, "0x" optional, hex digits with a point,
    /// a binary exponent; rounded half to even.</summary>
    public static double FromHex(string s)
    {
        int pos = 0, n = s.Length;
        while (pos < n && PyStr.IsPythonWhitespace(s[pos])) pos++;
        bool negative = false;
        if (pos < n && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
        double value;
        int wordEnd = MatchSpecial(s, pos, out value);
        if (wordEnd > pos)
        {
            pos = wordEnd;
        }
        else
        {
            if (pos + 1 < n && s[pos] == '0' && (s[pos + 1] == 'x' || s[pos + 1] == 'X')) pos += 2;
            var mantissa = BigInteger.Zero;
            int digits = 0, fracDigits = 0;
            while (pos < n && HexDigit(s[pos]) >= 0) { mantissa = mantissa * 16 + HexDigit(s[pos++]); digits++; }
            if (pos < n && s[pos] == '.')
            {
                pos++;
                while (pos < n && HexDigit(s[pos]) >= 0) { mantissa = mantissa * 16 + HexDigit(s[pos++]); digits++; fracDigits++; }
            }
            if (digits == 0) throw Invalid();
            BigInteger exponent = BigInteger.Zero;
            if (pos < n && (s[pos] == 'p' || s[pos] == 'P'))
            {
                pos++;
                bool expNegative = false;
                if (pos < n && (s[pos] == '+' || s[pos] == '-')) expNegative = s[pos++] == '-';
                int start = pos;
                while (pos < n && s[pos] >= '0' && s[pos] <= '9') exponent = exponent * 10 + (s[pos++] - '0');
                if (pos == start) throw Invalid();
                if (expNegative) exponent = -exponent;
            }
            value = Scale(mantissa, exponent - 4 * fracDigits);
        }
        while (pos < n && PyStr.IsPythonWhitespace(s[pos])) pos++;
        if (pos != n) throw Invalid();
        return negative ? -value : value;
    }

    private static double Scale(BigInteger mantissa, BigInteger exp2)
    {
        if (mantissa.IsZero) return 0.0;
        var top = exp2 + (long)mantissa.GetBitLength(); // value < 2**top
        if (top > 1024) throw TooLarge();
        if (top < -1075) return 0.0; // below half the smallest subnormal
        return IntArithmetic.BigToDouble(mantissa, sticky: false, exp2: (long)exp2) ?? throw TooLarge();
    }

    private static readonly (string Word, double Value)[] SpecialWords =
        { ("infinity", double.PositiveInfinity), ("inf", double.PositiveInfinity), ("nan", PyFloat.NaN) };

    private static int MatchSpecial(string s, int pos, out double value)
    {
        value = 0;
        foreach (var (word, v) in SpecialWords)
        {
            if (pos + word.Length <= s.Length && string.Compare(s, pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                value = v;
                return pos + word.Length;
            }
        }
        return pos;
    }

    private static int HexDigit(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static PyException Invalid() => PyErrors.ValueError("invalid hexadecimal floating-point string");

    private static PyException TooLarge() => PyErrors.OverflowError("hexadecimal value too large to represent as a float");

    public static PyObject FromHex(PyType cls, PyObject text)
    {
        if (text is not PyStr s) throw PyErrors.TypeError("bad argument type for built-in operation");
        PyObject result = new PyFloat(FromHex(s.Value));
        return cls == PyTypes.Float ? result : PyOps.Call(cls, new[] { result });
    }

    public static PyObject GetFormat(PyObject typestr)
    {
        if (typestr is not PyStr s) throw PyErrors.TypeError($"__getformat__() argument must be str, not {typestr.type.Name}");
        if (s.Value != "double" && s.Value != "float")
            throw PyErrors.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
        return PyStr.FromAscii("IEEE, little-endian");
    }
}
