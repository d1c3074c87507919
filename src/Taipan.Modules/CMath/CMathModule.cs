using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.CMath;

/// <summary>cmath: CPython's algorithms (cmathmodule.c) on libm's real functions, so results agree bit
/// for bit; arguments with an infinite or NaN part come from the C99 special-value tables
/// (CMathSpecialValues.g.cs, read from CPython 3.11). Errors follow its errno convention: a domain
/// error is ValueError("math domain error"), an overflow OverflowError("math range error").</summary>
[PyModule("cmath")]
internal static partial class CMathModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("cmath", InstallPyBindings);
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("pi"), new PyFloat(Math.PI));
        d.SetItem(PyStr.FromAscii("e"), new PyFloat(Math.E));
        d.SetItem(PyStr.FromAscii("tau"), new PyFloat(2 * Math.PI));
        d.SetItem(PyStr.FromAscii("inf"), new PyFloat(double.PositiveInfinity));
        d.SetItem(PyStr.FromAscii("infj"), new PyComplex(0.0, double.PositiveInfinity));
        d.SetItem(PyStr.FromAscii("nan"), new PyFloat(PyFloat.NaN));
        d.SetItem(PyStr.FromAscii("nanj"), new PyComplex(0.0, PyFloat.NaN));
        return m;
    }

    private enum Errno { None, Dom, Range }

    private readonly record struct C(double Re, double Im);

    private const double LargeDouble = double.MaxValue / 4.0;      // CM_LARGE_DOUBLE
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(2.2250738585072014e-308);
    private const double DblMin = 2.2250738585072014e-308;
    private const int MantDig = 53;
    private const int ScaleUp = 2 * (MantDig / 2) + 1;            // CM_SCALE_UP
    private const int ScaleDown = -(ScaleUp + 1) / 2;             // CM_SCALE_DOWN
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;

    // glibc's functions, which CPython calls too.
    [DllImport("libm.so.6", EntryPoint = "hypot")] private static extern double Hypot(double x, double y);
    [DllImport("libm.so.6", EntryPoint = "log")] private static extern double Log(double x);
    [DllImport("libm.so.6", EntryPoint = "log1p")] private static extern double CLog1p(double x);
    [DllImport("libm.so.6", EntryPoint = "atan2")] private static extern double Atan2(double y, double x);
    // phase() is the one place where libm's errno shows: CPython checks it after atan2 (an underflow is ERANGE).
    [DllImport("libm.so.6", EntryPoint = "atan2", SetLastError = true)] private static extern double Atan2WithErrno(double y, double x);
    [DllImport("libm.so.6", EntryPoint = "asinh")] private static extern double Asinh(double x);
    [DllImport("libm.so.6", EntryPoint = "exp")] private static extern double Exp(double x);
    [DllImport("libm.so.6", EntryPoint = "cos")] private static extern double Cos(double x);
    [DllImport("libm.so.6", EntryPoint = "sin")] private static extern double Sin(double x);
    [DllImport("libm.so.6", EntryPoint = "tan")] private static extern double Tan(double x);
    [DllImport("libm.so.6", EntryPoint = "cosh")] private static extern double Cosh(double x);
    [DllImport("libm.so.6", EntryPoint = "sinh")] private static extern double Sinh(double x);
    [DllImport("libm.so.6", EntryPoint = "tanh")] private static extern double Tanh(double x);
    [DllImport("libm.so.6", EntryPoint = "ldexp")] private static extern double Ldexp(double x, int e);

    /// <summary>m_log1p: log1p keeping the sign of a zero.</summary>
    private static double Log1p(double x) => x == 0.0 ? x : CLog1p(x);

    // --- arguments and results -------------------------------------------------------------

    /// <summary>PyComplex_AsCComplex: a complex (subclasses as they are), __complex__, else a float.</summary>
    private static C ToComplex(PyObject o)
    {
        if (o is PyComplex c) return new C(c.Real, c.Imag);
        var viaMethod = ComplexText.TryComplexSpecialMethod(o);
        if (viaMethod is not null) return new C(viaMethod.Real, viaMethod.Imag);
        return new C(PyOps.AsDouble(o), 0.0);
    }

    private static PyException MathError(Errno e) =>
        e == Errno.Range ? PyErrors.OverflowError("math range error") : PyErrors.ValueError("math domain error");

    private static PyObject Result(C r, Errno e) => e == Errno.None ? new PyComplex(r.Re, r.Im) : throw MathError(e);

    // --- special values ----------------------------------------------------------------------

    /// <summary>special_type: the table row/column of a double.</summary>
    private static int Class(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return double.IsNegative(d) ? 1 : 4;
            return double.IsNegative(d) ? 2 : 3;
        }
        if (double.IsNaN(d)) return 6;
        return double.IsNegative(d) ? 0 : 5;
    }

    private static C Special(ulong[] table, C z)
    {
        int i = (Class(z.Re) * 7 + Class(z.Im)) * 2;
        return new C(BitConverter.UInt64BitsToDouble(table[i]), BitConverter.UInt64BitsToDouble(table[i + 1]));
    }

    private static bool NonFinite(C z) => !double.IsFinite(z.Re) || !double.IsFinite(z.Im);

    // --- the functions, as cmathmodule.c computes them -------------------------------------

    private static C Sqrt(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Sqrt, z);
        if (z.Re == 0.0 && z.Im == 0.0) return new C(0.0, z.Im);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin)
        {
            // hypot(ax, ay) would be subnormal: scale up first
            ax = Ldexp(ax, ScaleUp);
            s = Ldexp(Math.Sqrt(ax + Hypot(ax, Ldexp(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.Re >= 0.0 ? new C(s, Math.CopySign(d, z.Im)) : new C(d, Math.CopySign(s, z.Im));
    }

    private static C Acos(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Acos, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            // avoid unnecessary overflow for large arguments
            double re = Atan2(Math.Abs(z.Im), z.Re);
            double l = Log(Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            double im = z.Re < 0.0 ? -Math.CopySign(l, z.Im) : Math.CopySign(l, -z.Im);
            return new C(re, im);
        }
        var s1 = Sqrt(new C(1.0 - z.Re, -z.Im), out _);
        var s2 = Sqrt(new C(1.0 + z.Re, z.Im), out _);
        return new C(2.0 * Atan2(s1.Re, s2.Re), Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    private static C Acosh(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Acosh, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
            return new C(Log(Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0, Atan2(z.Im, z.Re));
        var s1 = Sqrt(new C(z.Re - 1.0, z.Im), out _);
        var s2 = Sqrt(new C(z.Re + 1.0, z.Im), out _);
        return new C(Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2.0 * Atan2(s1.Im, s2.Re));
    }

    private static C Asinh(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Asinh, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double l = Log(Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            double re = z.Im >= 0.0 ? Math.CopySign(l, z.Re) : -Math.CopySign(l, -z.Re);
            return new C(re, Atan2(z.Im, Math.Abs(z.Re)));
        }
        var s1 = Sqrt(new C(1.0 + z.Im, -z.Re), out _);
        var s2 = Sqrt(new C(1.0 - z.Im, z.Re), out _);
        return new C(Asinh(s1.Re * s2.Im - s2.Re * s1.Im), Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    /// <summary>asin(z) = -i asinh(iz).</summary>
    private static C Asin(C z, out Errno e)
    {
        var s = Asinh(new C(-z.Im, z.Re), out e);
        return new C(s.Im, -s.Re);
    }

    private static C Atanh(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Atanh, z);
        if (z.Re < 0.0)
        {
            // atanh(z) = -atanh(-z)
            var n = Atanh(new C(-z.Re, -z.Im), out e);
            return new C(-n.Re, -n.Im);
        }
        double ay = Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // |z| large: atanh(z) ~ 1/z ± i pi/2
            double h = Hypot(z.Re / 2.0, z.Im / 2.0);
            return new C(z.Re / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -z.Im));
        }
        if (z.Re == 1.0 && ay < SqrtDblMin)
        {
            // C99: atanh(1 ± 0i) is inf ± 0i, a domain error
            if (ay == 0.0)
            {
                e = Errno.Dom;
                return new C(double.PositiveInfinity, z.Im);
            }
            return new C(-Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2.0))), Math.CopySign(Atan2(2.0, -ay) / 2, z.Im));
        }
        return new C(Log1p(4.0 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4.0,
            -Atan2(-2.0 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2.0);
    }

    /// <summary>atan(z) = -i atanh(iz).</summary>
    private static C Atan(C z, out Errno e)
    {
        var s = Atanh(new C(-z.Im, z.Re), out e);
        return new C(s.Im, -s.Re);
    }

    private static C Cosh(C z, out Errno e)
    {
        C r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                double re = Math.CopySign(double.PositiveInfinity, Cos(z.Im));
                double im = Math.CopySign(double.PositiveInfinity, Sin(z.Im));
                r = z.Re > 0 ? new C(re, im) : new C(re, -im);
            }
            else r = Special(CMathSpecialValues.Cosh, z);
            e = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? Errno.Dom : Errno.None;
            return r;
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            // cosh(x) overflows where cosh(z) need not
            double xm1 = z.Re - Math.CopySign(1.0, z.Re);
            r = new C(Cos(z.Im) * Cosh(xm1) * Math.E, Sin(z.Im) * Sinh(xm1) * Math.E);
        }
        else r = new C(Cos(z.Im) * Cosh(z.Re), Sin(z.Im) * Sinh(z.Re));
        e = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? Errno.Range : Errno.None;
        return r;
    }

    private static C Sinh(C z, out Errno e)
    {
        C r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                double re = Math.CopySign(double.PositiveInfinity, Cos(z.Im));
                double im = Math.CopySign(double.PositiveInfinity, Sin(z.Im));
                r = z.Re > 0 ? new C(re, im) : new C(-re, im);
            }
            else r = Special(CMathSpecialValues.Sinh, z);
            e = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? Errno.Dom : Errno.None;
            return r;
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xm1 = z.Re - Math.CopySign(1.0, z.Re);
            r = new C(Cos(z.Im) * Sinh(xm1) * Math.E, Sin(z.Im) * Cosh(xm1) * Math.E);
        }
        else r = new C(Cos(z.Im) * Sinh(z.Re), Sin(z.Im) * Cosh(z.Re));
        e = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? Errno.Range : Errno.None;
        return r;
    }

    private static C Tanh(C z, out Errno e)
    {
        C r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = new C(z.Re > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Sin(z.Im) * Cos(z.Im)));
            else r = Special(CMathSpecialValues.Tanh, z);
            e = double.IsInfinity(z.Im) && double.IsFinite(z.Re) ? Errno.Dom : Errno.None;
            return r;
        }
        e = Errno.None;
        if (Math.Abs(z.Re) > LogLargeDouble)
            return new C(Math.CopySign(1.0, z.Re), 4.0 * Sin(z.Im) * Cos(z.Im) * Exp(-2.0 * Math.Abs(z.Re)));
        double tx = Tanh(z.Re), ty = Tan(z.Im), cx = 1.0 / Cosh(z.Re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new C(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /// <summary>cos(z) = cosh(iz).</summary>
    private static C Cos(C z, out Errno e) => Cosh(new C(-z.Im, z.Re), out e);

    /// <summary>sin(z) = -i sinh(iz).</summary>
    private static C Sin(C z, out Errno e)
    {
        var s = Sinh(new C(-z.Im, z.Re), out e);
        return new C(s.Im, -s.Re);
    }

    /// <summary>tan(z) = -i tanh(iz).</summary>
    private static C Tan(C z, out Errno e)
    {
        var s = Tanh(new C(-z.Im, z.Re), out e);
        return new C(s.Im, -s.Re);
    }

    private static C ExpC(C z, out Errno e)
    {
        C r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                r = z.Re > 0
                    ? new C(Math.CopySign(double.PositiveInfinity, Cos(z.Im)), Math.CopySign(double.PositiveInfinity, Sin(z.Im)))
                    : new C(Math.CopySign(0.0, Cos(z.Im)), Math.CopySign(0.0, Sin(z.Im)));
            }
            else r = Special(CMathSpecialValues.Exp, z);
            e = double.IsInfinity(z.Im) && (double.IsFinite(z.Re) || double.IsPositiveInfinity(z.Re)) ? Errno.Dom : Errno.None;
            return r;
        }
        double l;
        if (z.Re > LogLargeDouble)
        {
            l = Exp(z.Re - 1.0);
            r = new C(l * Cos(z.Im) * Math.E, l * Sin(z.Im) * Math.E);
        }
        else
        {
            l = Exp(z.Re);
            r = new C(l * Cos(z.Im), l * Sin(z.Im));
        }
        e = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? Errno.Range : Errno.None;
        return r;
    }

    /// <summary>c_log.</summary>
    private static C LogC(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z)) return Special(CMathSpecialValues.Log, z);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Log(Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Log(Hypot(Ldexp(ax, MantDig), Ldexp(ay, MantDig))) - MantDig * Ln2; // hypot would be subnormal
            else
            {
                e = Errno.Dom; // log(±0 ± 0i)
                return new C(double.NegativeInfinity, Atan2(z.Im, z.Re));
            }
        }
        else
        {
            double h = Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Log(h);
        }
        return new C(re, Atan2(z.Im, z.Re));
    }

    /// <summary>c_atan2: the phase, with C99's answers for infinities and zeros.</summary>
    private static double Phase(C z) => Phase(z, out _);

    private static double Phase(C z, out Errno e)
    {
        e = Errno.None;
        if (double.IsNaN(z.Re) || double.IsNaN(z.Im)) return PyFloat.NaN;
        if (double.IsInfinity(z.Im))
        {
            if (double.IsInfinity(z.Re))
                return Math.CopySign(double.IsNegative(z.Re) ? 0.75 * Math.PI : 0.25 * Math.PI, z.Im);
            return Math.CopySign(0.5 * Math.PI, z.Im);
        }
        if (double.IsInfinity(z.Re) || z.Im == 0.0)
            return double.IsNegative(z.Re) ? Math.CopySign(Math.PI, z.Im) : Math.CopySign(0.0, z.Im);
        double r = Atan2WithErrno(z.Im, z.Re);
        int errno = Marshal.GetLastPInvokeError();
        e = errno == 34 ? Errno.Range : errno == 33 ? Errno.Dom : Errno.None; // ERANGE, EDOM
        return r;
    }

    /// <summary>_Py_c_abs.</summary>
    private static double Abs(C z, out Errno e)
    {
        e = Errno.None;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re)) return Math.Abs(z.Re);
            if (double.IsInfinity(z.Im)) return Math.Abs(z.Im);
            return PyFloat.NaN;
        }
        double r = Hypot(z.Re, z.Im);
        if (!double.IsFinite(r)) e = Errno.Range;
        return r;
    }

    // --- Python functions ------------------------------------------------------------------

    [PyFunction] public static PyObject sqrt(PyObject z) => Result(Sqrt(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject acos(PyObject z) => Result(Acos(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject acosh(PyObject z) => Result(Acosh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject asin(PyObject z) => Result(Asin(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject asinh(PyObject z) => Result(Asinh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject atan(PyObject z) => Result(Atan(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject atanh(PyObject z) => Result(Atanh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject cos(PyObject z) => Result(Cos(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject cosh(PyObject z) => Result(Cosh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject sin(PyObject z) => Result(Sin(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject sinh(PyObject z) => Result(Sinh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject tan(PyObject z) => Result(Tan(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject tanh(PyObject z) => Result(Tanh(ToComplex(z), out var e), e);
    [PyFunction] public static PyObject exp(PyObject z) => Result(ExpC(ToComplex(z), out var e), e);

    [PyFunction]
    public static PyObject log10(PyObject z)
    {
        var r = LogC(ToComplex(z), out var e);
        return Result(new C(r.Re / Ln10, r.Im / Ln10), e);
    }

    /// <summary>log(z[, base]): errno is what the base's log left, or a division by zero (CPython's order).</summary>
    [PyFunction]
    public static PyObject log(PyObject x, PyObject? @base = null)
    {
        var r = LogC(ToComplex(x), out var e);
        if (@base is not null)
        {
            var b = LogC(ToComplex(@base), out e);
            if (!ComplexArithmetic.Quotient(r.Re, r.Im, b.Re, b.Im, out double qr, out double qi)) e = Errno.Dom;
            r = new C(qr, qi);
        }
        return Result(r, e);
    }

    [PyFunction]
    public static double phase(PyObject z)
    {
        double r = Phase(ToComplex(z), out var e);
        return e == Errno.None ? r : throw MathError(e);
    }

    [PyFunction]
    public static PyObject polar(PyObject z)
    {
        var c = ToComplex(z);
        double phi = Phase(c);
        double r = Abs(c, out var e);
        if (e != Errno.None) throw MathError(e);
        return PyTuple.Of(new PyFloat(r), new PyFloat(phi));
    }

    [PyFunction]
    public static PyObject rect(double r, double phi)
    {
        C z;
        var e = Errno.None;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                double re = Math.CopySign(double.PositiveInfinity, Cos(phi));
                double im = Math.CopySign(double.PositiveInfinity, Sin(phi));
                z = r > 0 ? new C(re, im) : new C(-re, -im);
            }
            else z = Special(CMathSpecialValues.Rect, new C(r, phi));
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) e = Errno.Dom;
        }
        else if (phi == 0.0) z = new C(r, r * phi); // keeps the sign of a zero phi
        else z = new C(r * Cos(phi), r * Sin(phi));
        return Result(z, e);
    }

    [PyFunction]
    public static bool isfinite(PyObject z)
    {
        var c = ToComplex(z);
        return double.IsFinite(c.Re) && double.IsFinite(c.Im);
    }

    [PyFunction]
    public static bool isnan(PyObject z)
    {
        var c = ToComplex(z);
        return double.IsNaN(c.Re) || double.IsNaN(c.Im);
    }

    [PyFunction]
    public static bool isinf(PyObject z)
    {
        var c = ToComplex(z);
        return double.IsInfinity(c.Re) || double.IsInfinity(c.Im);
    }

    private static readonly string[] IsCloseNames = { "a", "b", "rel_tol", "abs_tol" };

    [PyFunction]
    public static bool isclose(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = ArgParser.Positional(args, kwnames);
        if (npos > 2) throw PyErrors.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var s = ArgParser.Unpack(args, kwnames, "isclose", IsCloseNames, 0, 2);
        var a = ToComplex(s[0]!);
        var b = ToComplex(s[1]!);
        double relTol = s[2] is null ? 1e-09 : PyOps.AsDouble(s[2]!);
        double absTol = s[3] is null ? 0.0 : PyOps.AsDouble(s[3]!);
        if (relTol < 0.0 || absTol < 0.0) throw PyErrors.ValueError("tolerances must be non-negative");
        if (a.Re == b.Re && a.Im == b.Im) return true;
        // two infinities of opposite sign, or an infinity and a finite number
        if (double.IsInfinity(a.Re) || double.IsInfinity(a.Im) || double.IsInfinity(b.Re) || double.IsInfinity(b.Im)) return false;
        double diff = Abs(new C(a.Re - b.Re, a.Im - b.Im), out _);
        return diff <= relTol * Abs(b, out _) || diff <= relTol * Abs(a, out _) || diff <= absTol;
    }
}
