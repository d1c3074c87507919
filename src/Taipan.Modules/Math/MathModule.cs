using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.MathLib;

/// <summary>The math module: float functions with CPython's error rules (math_1/math_2: a NaN from a
/// non-NaN argument is "math domain error", an infinity from finite arguments is "math range error"
/// where the function can overflow), and the integer functions in MathIntegers.cs.</summary>
[PyModule("math")]
internal static partial class MathModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("math", InstallPyBindings);
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("pi"), new PyFloat(System.Math.PI));
        d.SetItem(PyStr.FromAscii("e"), new PyFloat(System.Math.E));
        d.SetItem(PyStr.FromAscii("tau"), new PyFloat(2 * System.Math.PI));
        d.SetItem(PyStr.FromAscii("inf"), new PyFloat(double.PositiveInfinity));
        d.SetItem(PyStr.FromAscii("nan"), new PyFloat(PositiveNaN));
        return m;
    }

    /// <summary>C's NAN: .NET's double.NaN has the sign bit set, visible through copysign.</summary>
    internal static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000L);

    internal static PyException DomainError() => PyErrors.ValueError("math domain error");
    internal static PyException RangeError() => PyErrors.OverflowError("math range error");

    /// <summary>math_1: the result check of one-argument libm functions.</summary>
    private static double Check1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    /// <summary>math_2: the result check of two-argument functions.</summary>
    private static double Check2(double x, double y, double r)
    {
        if (double.IsNaN(r))
        {
            if (!double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        }
        else if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
        return r;
    }

    // glibc's functions, which CPython calls too: same bits on the same machine.
    [DllImport("libm.so.6", EntryPoint = "erf")] private static extern double CErf(double x);
    [DllImport("libm.so.6", EntryPoint = "erfc")] private static extern double CErfc(double x);
    [DllImport("libm.so.6", EntryPoint = "expm1")] private static extern double CExpm1(double x);
    [DllImport("libm.so.6", EntryPoint = "log1p")] private static extern double CLog1p(double x);
    [DllImport("libm.so.6", EntryPoint = "exp2")] private static extern double CExp2(double x);
    [DllImport("libm.so.6", EntryPoint = "cbrt")] private static extern double CCbrt(double x);
    [DllImport("libm.so.6", EntryPoint = "acosh")] private static extern double CAcosh(double x);
    [DllImport("libm.so.6", EntryPoint = "asinh")] private static extern double CAsinh(double x);
    [DllImport("libm.so.6", EntryPoint = "atanh")] private static extern double CAtanh(double x);

    [PyFunction] public static double acos(double x) => Check1(x, System.Math.Acos(x), false);
    [PyFunction] public static double acosh(double x) => Check1(x, CAcosh(x), false);
    [PyFunction] public static double asin(double x) => Check1(x, System.Math.Asin(x), false);
    [PyFunction] public static double asinh(double x) => Check1(x, CAsinh(x), false);
    [PyFunction] public static double atan(double x) => Check1(x, System.Math.Atan(x), false);
    [PyFunction] public static double atanh(double x) => Check1(x, CAtanh(x), false);
    [PyFunction] public static double cbrt(double x) => Check1(x, CCbrt(x), false);
    [PyFunction] public static double cos(double x) => Check1(x, System.Math.Cos(x), false);
    [PyFunction] public static double cosh(double x) => Check1(x, System.Math.Cosh(x), true);
    [PyFunction] public static double erf(double x) => Check1(x, CErf(x), false);
    [PyFunction] public static double erfc(double x) => Check1(x, CErfc(x), false);
    [PyFunction] public static double exp(double x) => Check1(x, System.Math.Exp(x), true);
    [PyFunction] public static double exp2(double x) => Check1(x, CExp2(x), true);
    [PyFunction] public static double expm1(double x) => Check1(x, CExpm1(x), true);
    [PyFunction] public static double fabs(double x) => System.Math.Abs(x);
    [PyFunction] public static double log1p(double x) => Check1(x, CLog1p(x), false);
    [PyFunction] public static double sin(double x) => Check1(x, System.Math.Sin(x), false);
    [PyFunction] public static double sinh(double x) => Check1(x, System.Math.Sinh(x), true);
    [PyFunction] public static double sqrt(double x) => Check1(x, System.Math.Sqrt(x), false);
    [PyFunction] public static double tan(double x) => Check1(x, System.Math.Tan(x), false);
    [PyFunction] public static double tanh(double x) => Check1(x, System.Math.Tanh(x), false);

    private const double DegToRad = System.Math.PI / 180.0, RadToDeg = 180.0 / System.Math.PI;
    [PyFunction] public static double degrees(double x) => x * RadToDeg;
    [PyFunction] public static double radians(double x) => x * DegToRad;

    [PyFunction] public static bool isfinite(double x) => double.IsFinite(x);
    [PyFunction] public static bool isinf(double x) => double.IsInfinity(x);
    [PyFunction] public static bool isnan(double x) => double.IsNaN(x);

    [PyFunction] public static double atan2(double y, double x) => Check2(y, x, System.Math.Atan2(y, x));
    [PyFunction] public static double copysign(double x, double y) => System.Math.CopySign(x, y);

    [PyFunction]
    public static double fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return r;
    }

    [PyFunction]
    public static double remainder(double x, double y) => Check2(x, y, Remainder(x, y));

    /// <summary>IEEE 754 remainder, exact: the nearest multiple of y, ties to the even multiple.</summary>
    private static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return double.NaN;
            double absx = System.Math.Abs(x), absy = System.Math.Abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return System.Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return double.NaN;
        return x;
    }

    [PyFunction]
    public static double pow(double x, double y)
    {
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && System.Math.Abs(y) % 2.0 == 1.0;
                if (y > 0) r = oddY ? x : System.Math.Abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? System.Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (System.Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0 && System.Math.Abs(x) > 1.0) r = y;
                else if (y < 0 && System.Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return r;
        }
        r = System.Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0.0 ? DomainError() : RangeError();
        return r;
    }

    [PyFunction]
    public static PyTuple frexp(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0.0) return PyTuple.Of(new PyFloat(x), PyInt.Zero);
        double m = Frexp(x, out int e);
        return PyTuple.Of(new PyFloat(m), PyInt.FromLong(e));
    }

    /// <summary>C frexp for finite non-zero x: m in [0.5, 1), x = m * 2**e.</summary>
    internal static double Frexp(double x, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int raw = (int)((bits >> 52) & 0x7FF);
        if (raw == 0)
        {
            // subnormal: scale into the normal range first
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            raw = (int)((bits >> 52) & 0x7FF);
            e = raw - 1022 - 54;
        }
        else e = raw - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    [PyFunction]
    public static double ldexp(double x, PyObject i)
    {
        if (i is not PyInt n) throw PyErrors.TypeError("Expected an int as second argument to ldexp.");
        if (x == 0.0 || !double.IsFinite(x)) return x;
        double r;
        if (!n.IsSmall || n.Small > int.MaxValue || n.Small < int.MinValue)
        {
            if (n.IsNegative) r = System.Math.CopySign(0.0, x);
            else throw RangeError();
        }
        else
        {
            long e = n.Small;
            r = System.Math.ScaleB(x, (int)System.Math.Clamp(e, -2200, 2200));
            if (double.IsInfinity(r)) throw RangeError();
        }
        return r;
    }

    [PyFunction]
    public static PyTuple modf(double x)
    {
        if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(System.Math.CopySign(0.0, x)), new PyFloat(x));
        if (double.IsNaN(x)) return PyTuple.Of(new PyFloat(x), new PyFloat(x));
        double ip = System.Math.Truncate(x);
        return PyTuple.Of(new PyFloat(System.Math.CopySign(x - ip, x)), new PyFloat(ip));
    }

    [PyFunction]
    public static PyObject nextafter(double x, double y)
    {
        double r;
        if (double.IsNaN(x)) r = x;
        else if (double.IsNaN(y)) r = y;
        else if (x == y) r = y;
        else r = x < y ? System.Math.BitIncrement(x) : System.Math.BitDecrement(x);
        return new PyFloat(r);
    }

    [PyFunction]
    public static double ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = System.Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        if (x == double.MaxValue) return x - System.Math.BitDecrement(x);
        return System.Math.BitIncrement(x) - x;
    }

    private static readonly string[] IsCloseNames = { "a", "b", "rel_tol", "abs_tol" };

    [PyFunction]
    public static bool isclose(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = ArgParser.Positional(args, kwnames);
        if (npos > 2) throw PyErrors.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var s = ArgParser.Unpack(args, kwnames, "isclose", IsCloseNames, 0, 2);
        double a = PyOps.AsDouble(s[0]!), b = PyOps.AsDouble(s[1]!);
        double relTol = s[2] is null ? 1e-09 : PyOps.AsDouble(s[2]!);
        double absTol = s[3] is null ? 0.0 : PyOps.AsDouble(s[3]!);
        if (relTol < 0.0 || absTol < 0.0) throw PyErrors.ValueError("tolerances must be non-negative");
        if (a == b) return true;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = System.Math.Abs(b - a);
        return diff <= System.Math.Abs(relTol * b) || diff <= System.Math.Abs(relTol * a) || diff <= absTol;
    }

    // --- rounding to int ------------------------------------------------------------------

    private static PyObject? CallSpecial(PyObject x, string name)
    {
        var f = x.type.Lookup(name);
        if (f is null) return null;
        var bound = f.type.DescrGet is { } get ? get(f, x, x.type) : f;
        return PyOps.Call(bound, ReadOnlySpan<PyObject>.Empty);
    }

    [PyFunction]
    public static PyObject trunc(PyObject x)
    {
        if (x.type == PyTypes.Float) return PyFloat.ToInt(((PyFloat)x).Value);
        if (x.type == PyTypes.Int) return x;
        return CallSpecial(x, "__trunc__") ?? throw PyErrors.TypeError($"type {x.type.Name} doesn't define __trunc__ method");
    }

    [PyFunction]
    public static PyObject floor(PyObject x)
    {
        if (x.type == PyTypes.Float) return PyFloat.ToInt(System.Math.Floor(((PyFloat)x).Value));
        if (x.type == PyTypes.Int) return x;
        if (x is PyInt i && x.type.Lookup("__floor__") is null) return PyInt.Exact(i);
        return CallSpecial(x, "__floor__") ?? PyFloat.ToInt(System.Math.Floor(PyOps.AsDouble(x)));
    }

    [PyFunction]
    public static PyObject ceil(PyObject x)
    {
        if (x.type == PyTypes.Float) return PyFloat.ToInt(System.Math.Ceiling(((PyFloat)x).Value));
        if (x.type == PyTypes.Int) return x;
        if (x is PyInt i && x.type.Lookup("__ceil__") is null) return PyInt.Exact(i);
        return CallSpecial(x, "__ceil__") ?? PyFloat.ToInt(System.Math.Ceiling(PyOps.AsDouble(x)));
    }

    // --- logarithms -------------------------------------------------------------------------

    /// <summary>loghelper: ints too large for a double are split as m * 2**e first.</summary>
    private static double LogHelper(PyObject x, Func<double, double> f)
    {
        if (x is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            double? d = i.IsSmall ? i.Small : IntArithmetic.BigToDouble(i.Big, sticky: false, exp2: 0);
            if (d is null)
            {
                double m = BigFrexp(i.Big, out long e);
                return f(m) + f(2.0) * e;
            }
            return Check1(d.Value, f(d.Value), false);
        }
        double v = PyOps.AsDouble(x);
        return Check1(v, f(v), false);
    }

    /// <summary>_PyLong_Frexp: n = m * 2**e, m in [0.5, 1) correctly rounded.</summary>
    private static double BigFrexp(System.Numerics.BigInteger n, out long e)
    {
        n = System.Numerics.BigInteger.Abs(n);
        long bits = (long)n.GetBitLength();
        int shift = (int)System.Math.Max(0, bits - 55);
        var top = n >> shift;
        ulong t = (ulong)top;
        if (shift > 0 && !(top << shift).Equals(n)) t |= 1; // sticky bit
        double m = (double)t; // correctly rounded to 53 bits
        m = System.Math.ScaleB(m, -(int)(bits - shift));
        e = bits;
        if (m == 1.0) { m = 0.5; e++; }
        return m;
    }

    private static double Ln(double x) => x > 0 || double.IsNaN(x) || double.IsPositiveInfinity(x) ? System.Math.Log(x) : x == 0 ? double.NegativeInfinity : double.NaN;
    private static double Log2(double x) => x > 0 || double.IsNaN(x) || double.IsPositiveInfinity(x) ? System.Math.Log2(x) : x == 0 ? double.NegativeInfinity : double.NaN;
    private static double Log10(double x) => x > 0 || double.IsNaN(x) || double.IsPositiveInfinity(x) ? System.Math.Log10(x) : x == 0 ? double.NegativeInfinity : double.NaN;

    [PyFunction]
    public static double log(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "log");
        if (args.Length < 1 || args.Length > 2) throw PyErrors.TypeError("math.log requires 1 to 2 arguments");
        double num = LogHelper(args[0], Ln);
        if (args.Length == 1) return num;
        double den = LogHelper(args[1], Ln);
        if (den == 0.0) throw PyErrors.ZeroDivisionError("float division by zero");
        return num / den;
    }

    [PyFunction] public static double log2(PyObject x) => LogHelper(x, Log2);
    [PyFunction] public static double log10(PyObject x) => LogHelper(x, Log10);
}
