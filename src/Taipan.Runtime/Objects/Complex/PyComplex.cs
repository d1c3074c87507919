using Taipan.Compiler.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>Python complex: two doubles. Arithmetic follows CPython's complexobject.c (Smith's
/// division, integer powers by repeated squaring, polar form otherwise) so results agree bit for bit.</summary>
[PyType("complex")]
internal sealed partial class PyComplex : PyObject
{
    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(PyTypes.Complex)
    {
        Real = real;
        Imag = imag;
    }

    /// <summary>Instances of complex subclasses (attribute storage comes from the instance-dict side table).</summary>
    public PyComplex(PyType type, double real, double imag) : base(type)
    {
        Real = real;
        Imag = imag;
    }

    [PyGetter]
    internal PyFloat real => new(Real);

    [PyGetter]
    internal PyFloat imag => new(Imag);

    [PyMethod]
    internal PyComplex conjugate() => new(Real, -Imag);

    [PyMethod]
    internal PyTuple __getnewargs__() => PyTuple.Of(new PyFloat(Real), new PyFloat(Imag));

    [PyMethod]
    internal PyComplex __complex__() => type == PyTypes.Complex ? this : new PyComplex(Real, Imag);

    /// <summary>repr(complex): "(1+2j)", or "2j" when the real part is +0.0 (CPython's complex_repr, 'r' format).</summary>
    public static string Repr(double re, double im)
    {
        if (re == 0.0 && !double.IsNegative(re)) return FloatRepr.Repr(im, addDotZero: false) + "j";
        var r = FloatRepr.Repr(re, addDotZero: false);
        var i = FloatRepr.Repr(im, addDotZero: false);
        if (i[0] != '-') i = "+" + i;
        return "(" + r + i + "j)";
    }

    /// <summary>hash(complex) = hash(real) + 1000003 * hash(imag) in unsigned machine arithmetic.</summary>
    public static long HashOf(PyComplex c)
    {
        ulong hr = (ulong)PyHash.HashDouble(c, c.Real);
        ulong hi = (ulong)PyHash.HashDouble(c, c.Imag);
        long h = unchecked((long)(hr + 1000003UL * hi));
        return h == -1 ? -2 : h;
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromAscii(Repr(((PyComplex)self).Real, ((PyComplex)self).Imag));
        // No tp_str: str() is object.__str__, which calls repr (so a subclass __repr__ shows in str()).
        t.Hash = static self => HashOf((PyComplex)self);
        t.Bool = static self => ((PyComplex)self).Real != 0.0 || ((PyComplex)self).Imag != 0.0;
        t.RichCompare = ComplexArithmetic.RichCompare;
        t.Negative = static self => new PyComplex(-((PyComplex)self).Real, -((PyComplex)self).Imag);
        t.Positive = static self => self.type == PyTypes.Complex ? self : new PyComplex(((PyComplex)self).Real, ((PyComplex)self).Imag);
        t.Absolute = static self => new PyFloat(ComplexArithmetic.Abs((PyComplex)self));
        t.NumberSlots[(int)BinaryOp.Add] = ComplexArithmetic.AddSlot;
        t.NumberSlots[(int)BinaryOp.Subtract] = ComplexArithmetic.SubtractSlot;
        t.NumberSlots[(int)BinaryOp.Multiply] = ComplexArithmetic.MultiplySlot;
        t.NumberSlots[(int)BinaryOp.TrueDivide] = ComplexArithmetic.TrueDivideSlot;
        t.NumberSlots[(int)BinaryOp.Power] = ComplexArithmetic.PowerSlot;
        t.TernaryPower = ComplexArithmetic.TernaryPowerSlot;
        t.New = static (callable, args, kwnames) => ComplexText.ComplexNew((PyType)callable, args, kwnames);
        InstallPyBindings(t);
    }
}
