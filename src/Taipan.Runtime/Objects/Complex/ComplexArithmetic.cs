namespace Taipan.Runtime.Objects;

/// <summary>complex arithmetic as CPython's complexobject.c: int and float operands convert to
/// (x, 0.0); anything else gives NotImplemented so the other operand's slot can try.</summary>
internal static class ComplexArithmetic
{
    /// <summary>TO_COMPLEX: complex, float or int (OverflowError for ints too big for a double).</summary>
    private static bool TryOperand(PyObject o, out double re, out double im)
    {
        im = 0.0;
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; return true;
            case PyInt i: re = i.ToDouble(); return true;
            default: re = 0.0; return false;
        }
    }

    public static PyObject AddSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        return new PyComplex(ar + br, ai + bi);
    }

    public static PyObject SubtractSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        return new PyComplex(ar - br, ai - bi);
    }

    public static PyObject MultiplySlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        Product(ar, ai, br, bi, out var r, out var i);
        return new PyComplex(r, i);
    }

    public static PyObject TrueDivideSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        if (!Quotient(ar, ai, br, bi, out var r, out var i)) throw PyErrors.ZeroDivisionError("complex division by zero");
        return new PyComplex(r, i);
    }

    public static PyObject PowerSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        return Power(ar, ai, br, bi);
    }

    public static PyObject TernaryPowerSlot(PyObject a, PyObject b, PyObject m)
    {
        if (!TryOperand(a, out var ar, out var ai) || !TryOperand(b, out var br, out var bi)) return PyNotImplemented.Instance;
        if (m != PyNone.Instance) throw PyErrors.ValueError("complex modulo");
        return Power(ar, ai, br, bi);
    }

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || a is not PyComplex c) return PyNotImplemented.Instance;
        bool equal;
        switch (b)
        {
            case PyInt:
                // An int equals a complex only through the exact int/float comparison of the real part.
                if (c.Imag == 0.0) return PyOps.RichCompare(new PyFloat(c.Real), b, op);
                equal = false;
                break;
            case PyFloat f: equal = c.Real == f.Value && c.Imag == 0.0; break;
            case PyComplex d: equal = c.Real == d.Real && c.Imag == d.Imag; break;
            default: return PyNotImplemented.Instance;
        }
        return PyBool.FromBool(op == CompareOp.Eq ? equal : !equal);
    }

    public static void Product(double ar, double ai, double br, double bi, out double r, out double i)
    {
        r = ar * br - ai * bi;
        i = ar * bi + ai * br;
    }

    /// <summary>_Py_c_quot: Smith's method; false when dividing by zero.</summary>
    public static bool Quotient(double ar, double ai, double br, double bi, out double r, out double i)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                r = i = 0.0;
                return false;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            r = (ar + ai * ratio) / denom;
            i = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            r = (ar * ratio + ai) / denom;
            i = (ai * ratio - ar) / denom;
        }
        else
        {
            r = i = PyFloat.NaN; // a NaN in the divisor
        }
        return true;
    }

    /// <summary>complex_pow: small integral exponents by repeated squaring, others in polar form.
    /// An infinite component is an OverflowError; 0 to a negative or complex power a ZeroDivisionError.</summary>
    public static PyComplex Power(double ar, double ai, double br, double bi)
    {
        double r, i;
        bool domainError;
        if (bi == 0.0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
            domainError = !PowInt(ar, ai, (long)br, out r, out i);
        else
            domainError = !PowGeneral(ar, ai, br, bi, out r, out i);
        if (domainError) throw PyErrors.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(r) || double.IsInfinity(i)) throw PyErrors.OverflowError("complex exponentiation");
        return new PyComplex(r, i);
    }

    private static bool PowGeneral(double ar, double ai, double br, double bi, out double r, out double i)
    {
        if (br == 0.0 && bi == 0.0)
        {
            r = 1.0;
            i = 0.0;
            return true;
        }
        if (ar == 0.0 && ai == 0.0)
        {
            r = i = 0.0;
            return !(bi != 0.0 || br < 0.0);
        }
        double vabs = Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        r = len * Math.Cos(phase);
        i = len * Math.Sin(phase);
        // C's cos/sin of an infinite phase set errno = EDOM, which complex_pow reports as this same error.
        return !double.IsInfinity(phase);
    }

    private static bool PowInt(double ar, double ai, long n, out double r, out double i)
    {
        if (n > 0)
        {
            PowUnsigned(ar, ai, n, out r, out i);
            return true;
        }
        PowUnsigned(ar, ai, -n, out var pr, out var pi);
        return Quotient(1.0, 0.0, pr, pi, out r, out i);
    }

    private static void PowUnsigned(double xr, double xi, long n, out double r, out double i)
    {
        r = 1.0;
        i = 0.0;
        double pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) Product(r, i, pr, pi, out r, out i);
            mask <<= 1;
            Product(pr, pi, pr, pi, out pr, out pi);
        }
    }

    /// <summary>abs(complex): C99 hypot rules (an infinite part wins over NaN); overflow is an error.</summary>
    public static double Abs(PyComplex c)
    {
        double re = c.Real, im = c.Imag;
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re)) return Math.Abs(re);
            if (double.IsInfinity(im)) return Math.Abs(im);
            return PyFloat.NaN;
        }
        double result = Hypot(re, im);
        if (double.IsInfinity(result)) throw PyErrors.OverflowError("absolute value too large");
        return result;
    }

    /// <summary>hypot without intermediate overflow or underflow (scales by the larger magnitude).</summary>
    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return PyFloat.NaN;
        if (x < y) (x, y) = (y, x);
        if (x == 0.0) return 0.0;
        // Scale by a power of two (exact), square in double-double and correct the root once:
        // glibc's hypot is correctly rounded in practice, and complex reprs show every bit.
        int e = Math.ILogB(x);
        double xs = Math.ScaleB(x, -e), ys = Math.ScaleB(y, -e);
        double ax = xs * xs, axl = Math.FusedMultiplyAdd(xs, xs, -ax);
        double ay = ys * ys, ayl = Math.FusedMultiplyAdd(ys, ys, -ay);
        double s = ax + ay;
        double lo = ((ax - s) + ay) + axl + ayl;
        double h = Math.Sqrt(s + lo);
        double residual = Math.FusedMultiplyAdd(-h, h, s) + lo;
        h += residual / (2 * h);
        return Math.ScaleB(h, e);
    }
}
