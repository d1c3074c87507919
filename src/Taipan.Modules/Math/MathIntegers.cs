using System.Numerics;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.MathLib;

/// <summary>Integer functions of math: factorial, comb, perm, gcd, lcm, isqrt, prod.</summary>
internal static partial class MathModule
{
    [PyFunction]
    public static PyObject factorial(PyObject n)
    {
        var i = PyOps.Index(n);
        if (i.IsNegative) throw PyErrors.ValueError("factorial() not defined for negative values");
        if (!i.IsSmall) throw PyErrors.OverflowError("factorial() argument should not exceed 9223372036854775807");
        return PyInt.FromBig(ProductRange(1, i.Small));
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting (balanced operand sizes).</summary>
    private static BigInteger ProductRange(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (long k = lo + 1; k <= hi; k++) r *= k;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    [PyFunction]
    public static PyObject comb(PyObject n, PyObject k)
    {
        var ni = PyOps.Index(n);
        var ki = PyOps.Index(k);
        if (ni.IsNegative) throw PyErrors.ValueError("n must be a non-negative integer");
        if (ki.IsNegative) throw PyErrors.ValueError("k must be a non-negative integer");
        var nb = ni.Big;
        var kb = ki.Big;
        if (kb > nb) return PyInt.Zero;
        var m = BigInteger.Min(kb, nb - kb);
        if (m > long.MaxValue) throw PyErrors.OverflowError("min(n - k, k) must not exceed 9223372036854775807");
        long kk = (long)m;
        BigInteger r = BigInteger.One;
        for (long j = 1; j <= kk; j++) r = r * (nb - kk + j) / j;
        return PyInt.FromBig(r);
    }

    [PyFunction]
    public static PyObject perm(PyObject n, PyObject? k = null)
    {
        if (k is null || k == PyNone.Instance) return factorial(n);
        var ni = PyOps.Index(n);
        var ki = PyOps.Index(k);
        if (ni.IsNegative) throw PyErrors.ValueError("n must be a non-negative integer");
        if (ki.IsNegative) throw PyErrors.ValueError("k must be a non-negative integer");
        var nb = ni.Big;
        var kb = ki.Big;
        if (kb > nb) return PyInt.Zero;
        if (kb > long.MaxValue) throw PyErrors.OverflowError("k must not exceed 9223372036854775807");
        long kk = (long)kb;
        BigInteger r = BigInteger.One;
        for (long j = 0; j < kk; j++) r *= nb - j;
        return PyInt.FromBig(r);
    }

    [PyFunction]
    public static PyObject gcd(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErrors.TypeError("math.gcd() takes no keyword arguments");
        if (args.Length == 0) return PyInt.Zero;
        var first = PyOps.Index(args[0]);
        if (args.Length == 1) return first.IsNegative ? IntArithmetic.Negate(first) : PyInt.Exact(first);
        BigInteger g = BigInteger.Abs(first.Big);
        for (int i = 1; i < args.Length; i++)
        {
            var x = PyOps.Index(args[i]);
            if (g.IsOne) continue;
            g = BigInteger.GreatestCommonDivisor(g, x.Big);
        }
        return PyInt.FromBig(g);
    }

    [PyFunction]
    public static PyObject lcm(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErrors.TypeError("math.lcm() takes no keyword arguments");
        if (args.Length == 0) return PyInt.One;
        var first = PyOps.Index(args[0]);
        if (args.Length == 1) return first.IsNegative ? IntArithmetic.Negate(first) : PyInt.Exact(first);
        BigInteger l = BigInteger.Abs(first.Big);
        for (int i = 1; i < args.Length; i++)
        {
            var x = BigInteger.Abs(PyOps.Index(args[i]).Big);
            if (l.IsZero) continue;
            l = x.IsZero ? BigInteger.Zero : l / BigInteger.GreatestCommonDivisor(l, x) * x;
        }
        return PyInt.FromBig(l);
    }

    [PyFunction]
    public static PyObject isqrt(PyObject n)
    {
        var i = PyOps.Index(n);
        if (i.IsNegative) throw PyErrors.ValueError("isqrt() argument must be nonnegative");
        var v = i.Big;
        if (v.IsZero) return PyInt.Zero;
        // Newton from above: x_{k+1} = (x_k + v / x_k) / 2 decreases to floor(sqrt(v)).
        long bits = (long)v.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + v / x) >> 1;
            if (y >= x) break;
            x = y;
        }
        return PyInt.FromBig(x);
    }

    private static readonly string[] ProdNames = { "iterable", "start" };

    [PyFunction]
    public static PyObject prod(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = ArgParser.Positional(args, kwnames);
        if (npos != 1 && args.Length <= 2) throw PyErrors.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
        var s = ArgParser.Unpack(args, kwnames, "prod", ProdNames, 1, 1);
        PyObject result = s[1] ?? PyInt.One;
        var it = PyOps.GetIter(s[0]!);
        while (PyOps.Next(it) is { } item) result = PyOps.Multiply(result, item);
        return result;
    }

    [PyFunction]
    public static double fsum(PyObject seq)
    {
        var it = PyOps.GetIter(seq);
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        while (PyOps.Next(it) is { } item)
        {
            double x = PyOps.AsDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                double y = p[j];
                if (System.Math.Abs(x) < System.Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw PyErrors.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErrors.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            sum = p[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = sum;
                double y = p[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // half-even rounding across several partials
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }

    // --- hypot / dist ---------------------------------------------------------------------

    [PyFunction]
    public static double hypot(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErrors.TypeError("math.hypot() takes no keyword arguments");
        var v = new double[args.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < args.Length; i++)
        {
            double x = System.Math.Abs(PyOps.AsDouble(args[i]));
            v[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(v, max, foundNan);
    }

    [PyFunction]
    public static double dist(PyObject p, PyObject q)
    {
        var pt = p as PyTuple ?? PyTuple.Wrap(PyOps.ToList(p).ToArray());
        var qt = q as PyTuple ?? PyTuple.Wrap(PyOps.ToList(q).ToArray());
        if (pt.Count != qt.Count) throw PyErrors.ValueError("both points must have the same number of dimensions");
        var v = new double[pt.Count];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < v.Length; i++)
        {
            double x = System.Math.Abs(PyOps.AsDouble(pt[i]) - PyOps.AsDouble(qt[i]));
            v[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(v, max, foundNan);
    }

    /// <summary>CPython 3.11's vector_norm: lossless scaling and squaring with double-length
    /// accumulation, then one differential correction of the square root.</summary>
    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        if (double.IsInfinity(max)) return max;
        if (foundNan) return PositiveNaN;
        int n = vec.Length;
        if (max == 0.0 || n <= 1) return max;
        Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            for (int i = 0; i < n; i++) vec[i] /= double.Epsilon * 4503599627370496.0; // DBL_MIN
            return 2.2250738585072014e-308 * VectorNorm(vec, max / 2.2250738585072014e-308, foundNan);
        }
        double scale = System.Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            double prHi = x * x;
            double prLo = System.Math.FusedMultiplyAdd(x, x, -prHi);
            double smHi = csum + prHi;
            double smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = System.Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        {
            double prHi = -h * h;
            double prLo = System.Math.FusedMultiplyAdd(-h, h, -prHi);
            double smHi = csum + prHi;
            double smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }
}
