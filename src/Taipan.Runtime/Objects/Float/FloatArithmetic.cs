using System.Numerics;

namespace Taipan.Runtime.Objects;

/// <summary>float arithmetic with CPython's rules: int operands convert exactly or raise
/// OverflowError, // and % round toward negative infinity with the divisor's sign, and
/// int/float comparisons are exact (no rounding of the int).</summary>
internal static class FloatArithmetic
{
    /// <summary>The float value of a float or int operand; false for other types (→ NotImplemented).</summary>
    private static bool TryOperand(PyObject o, out double value)
    {
        if (o is PyFloat f) { value = f.Value; return true; }
        if (o is PyInt i)
        {
            value = i.IsSmall ? i.Small : i.ToDouble();
            return true;
        }
        value = 0;
        return false;
    }

    public static PyObject AddSlot(PyObject a, PyObject b) =>
        TryOperand(a, out var x) && TryOperand(b, out var y) ? new PyFloat(x + y) : PyNotImplemented.Instance;

    public static PyObject SubtractSlot(PyObject a, PyObject b) =>
        TryOperand(a, out var x) && TryOperand(b, out var y) ? new PyFloat(x - y) : PyNotImplemented.Instance;

    public static PyObject MultiplySlot(PyObject a, PyObject b) =>
        TryOperand(a, out var x) && TryOperand(b, out var y) ? new PyFloat(x * y) : PyNotImplemented.Instance;

    public static PyObject TrueDivideSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var x) || !TryOperand(b, out var y)) return PyNotImplemented.Instance;
        if (y == 0.0) throw PyErrors.ZeroDivisionError("float division by zero");
        return new PyFloat(x / y);
    }

    public static PyObject FloorDivideSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var x) || !TryOperand(b, out var y)) return PyNotImplemented.Instance;
        if (y == 0.0) throw PyErrors.ZeroDivisionError("float floor division by zero");
        return new PyFloat(DivMod(x, y, out _));
    }

    public static PyObject RemainderSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var x) || !TryOperand(b, out var y)) return PyNotImplemented.Instance;
        if (y == 0.0) throw PyErrors.ZeroDivisionError("float modulo");
        return new PyFloat(Mod(x, y));
    }

    public static PyObject DivModSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var x) || !TryOperand(b, out var y)) return PyNotImplemented.Instance;
        if (y == 0.0) throw PyErrors.ZeroDivisionError("float divmod()");
        double q = DivMod(x, y, out double r);
        return PyTuple.Of(new PyFloat(q), new PyFloat(r));
    }

    public static PyObject PowerSlot(PyObject a, PyObject b)
    {
        if (!TryOperand(a, out var x) || !TryOperand(b, out var y)) return PyNotImplemented.Instance;
        // A negative number to a fractional power is complex (float_pow hands it to complex_pow).
        if (x < 0.0 && double.IsFinite(x) && double.IsFinite(y) && y != Math.Floor(y)) return ComplexArithmetic.Power(x, 0.0, y, 0.0);
        return new PyFloat(Power(x, y));
    }

    /// <summary>x % y for y != 0: the result has the sign of y; a zero result is ±0.0 like y.</summary>
    public static double Mod(double x, double y)
    {
        double mod = x % y; // C# % on doubles is C's fmod
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }

    /// <summary>Floor quotient and remainder as CPython's float_divmod computes them.</summary>
    public static double DivMod(double x, double y, out double mod)
    {
        mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, x / y);
        }
        return floordiv;
    }

    /// <summary>float ** float with C99 pow's special cases as CPython's float_pow applies them.</summary>
    public static double Power(double x, double y)
    {
        if (y == 0) return 1.0;
        if (double.IsNaN(x)) return x == 1.0 ? 1.0 : x;
        if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
        if (double.IsInfinity(y))
        {
            x = Math.Abs(x);
            if (x == 1.0) return 1.0;
            return (y > 0.0) == (x > 1.0) ? double.PositiveInfinity : 0.0;
        }
        if (double.IsInfinity(x))
        {
            bool yOdd = IsOddInteger(y);
            if (y > 0.0) return yOdd ? x : Math.Abs(x);
            return yOdd ? Math.CopySign(0.0, x) : 0.0;
        }
        if (x == 0.0)
        {
            if (y < 0.0) throw PyErrors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return IsOddInteger(y) ? x : 0.0;
        }
        bool negateResult = false;
        if (x < 0.0)
        {
            x = -x;
            negateResult = IsOddInteger(y);
        }
        if (x == 1.0) return negateResult ? -1.0 : 1.0;
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r))
            throw new PyException(new PyBaseException(PyTypes.OverflowError,
                PyTuple.Of(PyInt.FromLong(34), PyStr.FromAscii("Numerical result out of range"))));
        return negateResult ? -r : r;
    }

    private static bool IsOddInteger(double y) => Math.Floor(y) == y && Math.Abs(y % 2.0) == 1.0;

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat f) return PyNotImplemented.Instance;
        double x = f.Value;
        if (b is PyFloat g) return PyBool.FromBool(CompareDoubles(x, g.Value, op));
        if (b is PyInt i)
        {
            if (double.IsNaN(x)) return PyBool.FromBool(op == CompareOp.Ne);
            if (i.IsSmall && Math.Abs(i.Small) <= (1L << 53)) return PyBool.FromBool(CompareDoubles(x, i.Small, op));
            return PyBool.FromBool(IntArithmetic.CompareResult(CompareWithInt(x, i), op));
        }
        return PyNotImplemented.Instance;
    }

    private static bool CompareDoubles(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Exact sign of (x - i) for a non-NaN double and any int.</summary>
    internal static int CompareWithInt(double x, PyInt i)
    {
        if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
        double fl = Math.Floor(x);
        var whole = new BigInteger(fl);
        int c = whole.CompareTo(i.Big);
        if (c != 0) return c;
        return fl == x ? 0 : 1; // x has a fractional part above floor(x) == i
    }
}
