using System.Numerics;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

[PyType("float")]
internal sealed partial class PyFloat : PyObject
{
    public readonly double Value;

    /// <summary>CPython's Py_NAN: a quiet NaN with the sign bit clear (.NET's double.NaN has it set,
    /// which math.copysign and struct.pack would show).</summary>
    public static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    // inlined into the eval loop's float fast paths (a call there otherwise: the loop exhausts RyuJIT's inlining budget)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PyFloat(double value) : base(PyTypes.Float) => Value = value;

    /// <summary>For JIT traces (see PyInt's parameterless constructor).</summary>
    private PyFloat() : base(PyTypes.Float) { }

    /// <summary>An instance of a float subclass (attribute storage is the instance-dict side table).</summary>
    public PyFloat(PyType type, double value) : base(type) => Value = value;

    [PyMethod]
    internal bool is_integer() => double.IsFinite(Value) && Math.Floor(Value) == Value;

    [PyMethod]
    internal PyFloat conjugate() => type == PyTypes.Float ? this : new PyFloat(Value);

    [PyMethod]
    internal PyTuple as_integer_ratio()
    {
        if (double.IsInfinity(Value)) throw PyErrors.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(Value)) throw PyErrors.ValueError("cannot convert NaN to integer ratio");
        // value = mantissa * 2**exponent with an odd (or zero) mantissa.
        long bits = BitConverter.DoubleToInt64Bits(Value);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (rawExp == 0) rawExp = 1; else mantissa |= 1L << 52;
        int exponent = rawExp - 1075;
        if (mantissa == 0) return PyTuple.Of(PyInt.Zero, PyInt.One);
        int tz = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= tz;
        exponent += tz;
        var num = new BigInteger(Value < 0 ? -mantissa : mantissa);
        var den = BigInteger.One;
        if (exponent > 0) num <<= exponent; else den <<= -exponent;
        return PyTuple.Of(PyInt.FromBig(num), PyInt.FromBig(den));
    }

    [PyGetter]
    internal PyFloat real => type == PyTypes.Float ? this : new PyFloat(Value);

    [PyGetter]
    internal PyFloat imag => new(0.0);

    [PyMethod]
    internal PyObject __round__(PyObject? ndigits = null) => FloatMethods.Round(this, ndigits);

    [PyMethod]
    internal PyInt __trunc__() => ToInt(Value);

    [PyMethod]
    internal PyInt __floor__() => ToInt(Math.Floor(Value));

    [PyMethod]
    internal PyInt __ceil__() => ToInt(Math.Ceiling(Value));

    [PyMethod]
    internal PyTuple __getnewargs__() => PyTuple.Of(new PyFloat(Value));

    [PyMethod]
    internal string hex() => FloatMethods.Hex(Value);

    [PyClassMethod]
    internal static PyObject fromhex(PyType cls, PyObject text) => FloatMethods.FromHex(cls, text);

    [PyClassMethod]
    internal static PyObject __getformat__(PyType cls, PyObject typestr) => FloatMethods.GetFormat(typestr);

    [PyMethod]
    internal PyObject __divmod__(PyObject other) => FloatArithmetic.DivModSlot(this, other);

    [PyMethod]
    internal PyObject __rdivmod__(PyObject other) => FloatArithmetic.DivModSlot(other, this);

    /// <summary>float → int truncating toward zero (int(x), math.trunc).</summary>
    public static PyInt ToInt(double v)
    {
        if (double.IsNaN(v)) throw PyErrors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyErrors.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(v);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) return PyInt.FromLong((long)t);
        return PyInt.FromBig(new BigInteger(t));
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromAscii(Taipan.Compiler.Text.FloatRepr.Repr(((PyFloat)self).Value));
        // No tp_str: str() is object.__str__, which calls repr (so a subclass __repr__ shows in str()).
        t.Hash = static self => PyHash.HashDouble(self, ((PyFloat)self).Value);
        t.Bool = static self => ((PyFloat)self).Value != 0.0;
        t.RichCompare = FloatArithmetic.RichCompare;
        t.Negative = static self => new PyFloat(-((PyFloat)self).Value);
        t.Positive = static self => ((PyFloat)self).conjugate();
        t.Absolute = static self => new PyFloat(Math.Abs(((PyFloat)self).Value));
        t.Int = static self => ToInt(((PyFloat)self).Value);
        t.Float = static self => ((PyFloat)self).conjugate();
        t.NumberSlots[(int)BinaryOp.Add] = FloatArithmetic.AddSlot;
        t.NumberSlots[(int)BinaryOp.Subtract] = FloatArithmetic.SubtractSlot;
        t.NumberSlots[(int)BinaryOp.Multiply] = FloatArithmetic.MultiplySlot;
        t.NumberSlots[(int)BinaryOp.TrueDivide] = FloatArithmetic.TrueDivideSlot;
        t.NumberSlots[(int)BinaryOp.FloorDivide] = FloatArithmetic.FloorDivideSlot;
        t.NumberSlots[(int)BinaryOp.Remainder] = FloatArithmetic.RemainderSlot;
        t.NumberSlots[(int)BinaryOp.Power] = FloatArithmetic.PowerSlot;
        t.TernaryPower = static (a, b, m) => m == PyNone.Instance
            ? FloatArithmetic.PowerSlot(a, b)
            : throw PyErrors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        t.New = static (callable, args, kwnames) => FloatText.FloatNew((PyType)callable, args, kwnames);
        InstallPyBindings(t);
    }
}
