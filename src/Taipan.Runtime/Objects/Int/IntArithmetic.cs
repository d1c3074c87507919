using System.Numerics;

namespace Taipan.Runtime.Objects;

/// <summary>
/// int arithmetic with Python semantics: overflow-checked long fast paths that promote to
/// BigInteger, floor division and modulo rounding toward negative infinity, correctly
/// rounded true division, negative exponents giving floats.
/// </summary>
internal static class IntArithmetic
{
    // --- slot entry points: both operands must be ints, else NotImplemented ---------------

    public static PyObject AddSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Add(x, y) : PyNotImplemented.Instance;
    public static PyObject SubtractSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Subtract(x, y) : PyNotImplemented.Instance;
    public static PyObject MultiplySlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Multiply(x, y) : PyNotImplemented.Instance;
    public static PyObject FloorDivideSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? FloorDivide(x, y) : PyNotImplemented.Instance;
    public static PyObject RemainderSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Remainder(x, y) : PyNotImplemented.Instance;
    public static PyObject TrueDivideSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? new PyFloat(TrueDivide(x, y)) : PyNotImplemented.Instance;
    public static PyObject PowerSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Power(x, y) : PyNotImplemented.Instance;
    public static PyObject LShiftSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? LeftShift(x, y) : PyNotImplemented.Instance;
    public static PyObject RShiftSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? RightShift(x, y) : PyNotImplemented.Instance;
    public static PyObject AndSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? And(x, y) : PyNotImplemented.Instance;
    public static PyObject OrSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Or(x, y) : PyNotImplemented.Instance;
    public static PyObject XorSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? Xor(x, y) : PyNotImplemented.Instance;

    public static PyObject TernaryPowerSlot(PyObject a, PyObject b, PyObject m)
    {
        if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
        if (m == PyNone.Instance) return Power(x, y);
        if (m is not PyInt z) return PyNotImplemented.Instance;
        return ModPow(x, y, z);
    }

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
        return PyBool.FromBool(CompareResult(Compare(x, y), op));
    }

    internal static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    // --- operations ------------------------------------------------------------------

    public static int Compare(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall) return a.Small.CompareTo(b.Small);
        return a.Big.CompareTo(b.Big);
    }

    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.FromLong(r);
        }
        return PyInt.FromBig(a.Big + b.Big);
    }

    public static PyInt Subtract(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.FromLong(r);
        }
        return PyInt.FromBig(a.Big - b.Big);
    }

    public static PyInt Multiply(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long high = Math.BigMul(a.Small, b.Small, out long low);
            if (high == (low >> 63)) return PyInt.FromLong(low);
        }
        return PyInt.FromBig(a.Big * b.Big);
    }

    public static PyInt Negate(PyInt a)
    {
        if (a.IsSmall && a.Small != long.MinValue) return PyInt.FromLong(-a.Small);
        return PyInt.FromBig(-a.Big);
    }

    public static PyInt Invert(PyInt a)
    {
        if (a.IsSmall) return PyInt.FromLong(~a.Small);
        return PyInt.FromBig(-a.Big - BigInteger.One);
    }

    public static PyInt FloorDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
        if (a.IsSmall && b.IsSmall && !(a.Small == long.MinValue && b.Small == -1))
            return PyInt.FromLong(FloorDiv(a.Small, b.Small));
        return PyInt.FromBig(FloorDiv(a.Big, b.Big));
    }

    public static PyInt Remainder(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError("integer modulo by zero");
        if (a.IsSmall && b.IsSmall)
        {
            if (b.Small == -1) return PyInt.Zero;
            return PyInt.FromLong(FloorMod(a.Small, b.Small));
        }
        return PyInt.FromBig(FloorMod(a.Big, b.Big));
    }

    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
        return PyTuple.Of(FloorDivide(a, b), Remainder(a, b));
    }

    internal static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0)) q--;
        return q;
    }

    internal static long FloorMod(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r ^ y) < 0)) r += y;
        return r;
    }

    internal static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    internal static BigInteger FloorMod(BigInteger x, BigInteger y)
    {
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
        return r;
    }

    /// <summary>int / int, correctly rounded like CPython's long_true_divide.</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyErrors.ZeroDivisionError("division by zero");
        const long Exact = 1L << 53;
        if (a.IsSmall && b.IsSmall && a.Small >= -Exact && a.Small <= Exact && b.Small >= -Exact && b.Small <= Exact)
            return (double)a.Small / b.Small; // both exact as doubles, so IEEE division rounds once
        var n = a.Big;
        var d = b.Big;
        bool negative = (n.Sign < 0) != (d.Sign < 0);
        n = BigInteger.Abs(n);
        d = BigInteger.Abs(d);
        if (n.IsZero) return negative ? -0.0 : 0.0;
        // Scale so the quotient has at least 55 bits: 53 for the mantissa, one guard bit, plus a sticky remainder.
        long shift = 55 - ((long)n.GetBitLength() - (long)d.GetBitLength());
        if (shift > 0) n <<= (int)shift;
        else if (shift < 0) d <<= (int)-shift;
        var q = BigInteger.DivRem(n, d, out var r);
        var result = BigToDouble(q, sticky: !r.IsZero, exp2: -shift)
            ?? throw PyErrors.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    /// <summary>
    /// Rounds (q + a sticky fraction) * 2**exp2 to the nearest double, ties to even; q is
    /// treated by magnitude and the sign reapplied. Null when the result overflows.
    /// </summary>
    internal static double? BigToDouble(BigInteger q, bool sticky, long exp2)
    {
        bool negative = q.Sign < 0;
        q = BigInteger.Abs(q);
        if (q.IsZero) return negative ? -0.0 : 0.0;
        long bits = (long)q.GetBitLength();
        long top = bits + exp2; // value < 2**top
        if (top > 1024) return null;
        // Lowest bit position a double can keep: 53 significant bits, or fewer when subnormal.
        long keepFrom = Math.Max(top - 53, -1074);
        long drop = keepFrom - exp2;
        BigInteger m;
        if (drop <= 0)
        {
            m = q << (int)-drop; // exact
        }
        else
        {
            m = q >> (int)drop;
            var half = BigInteger.One << (int)(drop - 1);
            var rest = q - (m << (int)drop);
            int cmp = rest.CompareTo(half);
            // Round half to even; a nonzero sticky remainder breaks the tie upward.
            if (cmp > 0 || (cmp == 0 && (sticky || !m.IsEven))) m += 1;
        }
        double result = Math.ScaleB((double)m, (int)keepFrom);
        if (double.IsInfinity(result)) return null;
        return negative ? -result : result;
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.IsNegative)
        {
            double x = a.ToDouble(), y = b.ToDouble();
            return new PyFloat(FloatArithmetic.Power(x, y));
        }
        if (a.IsSmall)
        {
            long x = a.Small;
            if (x == 0) return b.IsZero ? PyInt.One : PyInt.Zero;
            if (x == 1) return PyInt.One;
            if (x == -1) return b.IsSmall ? ((b.Small & 1) == 0 ? PyInt.One : PyInt.MinusOne) : (b.Big.IsEven ? PyInt.One : PyInt.MinusOne);
        }
        if (!b.IsSmall || b.Small > int.MaxValue) throw PyErrors.MemoryError();
        long e = b.Small;
        if (a.IsSmall)
        {
            // Square-and-multiply on longs while nothing overflows.
            long result = 1, basev = a.Small;
            long rem = e;
            bool ok = true;
            while (true)
            {
                if ((rem & 1) != 0)
                {
                    long hi = Math.BigMul(result, basev, out long lo);
                    if (hi != (lo >> 63)) { ok = false; break; }
                    result = lo;
                }
                rem >>= 1;
                if (rem == 0) break;
                long h2 = Math.BigMul(basev, basev, out long l2);
                if (h2 != (l2 >> 63)) { ok = false; break; }
                basev = l2;
            }
            if (ok) return PyInt.FromLong(result);
        }
        return PyInt.FromBig(BigInteger.Pow(a.Big, (int)e));
    }

    public static PyInt ModPow(PyInt a, PyInt b, PyInt m)
    {
        if (m.IsZero) throw PyErrors.ValueError("pow() 3rd argument cannot be 0");
        var mod = m.Big;
        bool negativeMod = mod.Sign < 0;
        var absMod = BigInteger.Abs(mod);
        var basev = a.Big;
        var exp = b.Big;
        if (exp.Sign < 0)
        {
            basev = ModInverse(FloorMod(basev, absMod), absMod)
                ?? throw PyErrors.ValueError("base is not invertible for the given modulus");
            exp = -exp;
        }
        var r = BigInteger.ModPow(FloorMod(basev, absMod), exp, absMod);
        // Result takes the sign of the modulus, as Python's % does.
        if (negativeMod && !r.IsZero) r -= absMod;
        return PyInt.FromBig(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        if (m.IsOne) return BigInteger.Zero;
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne) return null;
        return FloorMod(oldS, m);
    }

    public static PyInt LeftShift(PyInt a, PyInt b)
    {
        if (b.IsNegative) throw PyErrors.ValueError("negative shift count");
        if (a.IsZero) return PyInt.Zero;
        if (!b.IsSmall) throw PyErrors.OverflowError("too many digits in integer");
        // CPython would try to allocate the result; a shift beyond BigInteger's reach cannot succeed here.
        if (b.Small > int.MaxValue) throw PyErrors.MemoryError();
        int n = (int)b.Small;
        if (a.IsSmall && n < 63)
        {
            long x = a.Small, r = x << n;
            if ((r >> n) == x) return PyInt.FromLong(r);
        }
        return PyInt.FromBig(a.Big << n);
    }

    public static PyInt RightShift(PyInt a, PyInt b)
    {
        if (b.IsNegative) throw PyErrors.ValueError("negative shift count");
        if (!b.IsSmall || b.Small >= int.MaxValue) return a.IsNegative ? PyInt.MinusOne : PyInt.Zero;
        int n = (int)b.Small;
        if (a.IsSmall) return PyInt.FromLong(n >= 64 ? (a.Small < 0 ? -1 : 0) : a.Small >> n);
        return PyInt.FromBig(FloorDiv(a.Big, BigInteger.One << n));
    }

    public static PyInt And(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? PyInt.FromLong(a.Small & b.Small) : PyInt.FromBig(a.Big & b.Big);

    public static PyInt Or(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? PyInt.FromLong(a.Small | b.Small) : PyInt.FromBig(a.Big | b.Big);

    public static PyInt Xor(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? PyInt.FromLong(a.Small ^ b.Small) : PyInt.FromBig(a.Big ^ b.Big);
}
