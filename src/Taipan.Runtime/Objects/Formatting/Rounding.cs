using System.Globalization;
using System.Numerics;

namespace Taipan.Runtime.Objects;

/// <summary>round() for int and float: float_round/double_round (correctly rounded through the
/// decimal digits, as CPython's short-repr build) and long_round (round half to even).</summary>
internal static class Rounding
{
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them x rounds to itself / to a signed zero.
    private const int NDigitsMax = (int)((53 - (-1021)) * 0.30103);
    private const int NDigitsMin = -(int)((1024 + 1) * 0.30103);

    public static PyObject RoundFloat(double x, PyObject? ndigitsArg)
    {
        if (ndigitsArg is null || ndigitsArg == PyNone.Instance)
        {
            double rounded = Math.Round(x, MidpointRounding.AwayFromZero);
            if (Math.Abs(x - rounded) == 0.5) rounded = 2.0 * Math.Round(x / 2.0, MidpointRounding.AwayFromZero);
            return PyFloat.ToInt(rounded);
        }
        long ndigits = ClippedIndex(ndigitsArg);
        if (!double.IsFinite(x)) return new PyFloat(x);
        if (ndigits > NDigitsMax) return new PyFloat(x);
        if (ndigits < NDigitsMin) return new PyFloat(0.0 * x);
        string digits = FloatDigits.Fixed(x, (int)ndigits, out int decpt);
        var text = (double.IsNegative(x) ? "-" : "") + "0" + digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) throw PyErrors.OverflowError("rounded value too large to represent");
        return new PyFloat(r);
    }

    public static PyObject RoundInt(PyInt self, PyObject? ndigitsArg)
    {
        var exact = PyInt.Exact(self);
        if (ndigitsArg is null || ndigitsArg == PyNone.Instance) return exact;
        var nd = PyOps.Index(ndigitsArg);
        if (!nd.IsNegative) return exact;
        var value = exact.Big;
        // 10**k with more digits than the value (plus one) rounds everything to 0.
        long valueDigits = (long)(BigInteger.Abs(value).GetBitLength() * 0.30103) + 2;
        if (BigInteger.Negate(nd.Big) > valueDigits) return PyInt.Zero;
        var pow = BigInteger.Pow(10, (int)BigInteger.Negate(nd.Big));
        var q = BigInteger.DivRem(value, pow, out var rem);
        // floor division semantics first (CPython's divmod), then round half to even.
        if (rem.Sign != 0 && (rem.Sign < 0) != (pow.Sign < 0)) { q -= 1; rem += pow; }
        int c = (rem * 2).CompareTo(pow);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return PyInt.FromBig(q * pow);
    }

    /// <summary>PyNumber_AsSsize_t(o, NULL): an index, clipped to the long range on overflow.</summary>
    private static long ClippedIndex(PyObject o)
    {
        var i = PyOps.Index(o);
        if (i.TryGetLong(out long v)) return v;
        return i.IsNegative ? long.MinValue : long.MaxValue;
    }
}
