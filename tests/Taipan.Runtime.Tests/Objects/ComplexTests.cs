using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

public class ComplexTests
{
    private static PyComplex C(double re, double im) => new(re, im);

    [Theory] // repr(complex(re, im)) in python3.11
    [InlineData(1.0, 2.0, "(1+2j)")]
    [InlineData(0.0, 1.0, "1j")]
    [InlineData(-0.0, 0.0, "(-0+0j)")]
    [InlineData(0.0, -0.0, "-0j")]
    [InlineData(-0.0, -0.0, "(-0-0j)")]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity, "(inf-infj)")]
    [InlineData(1.0, double.NaN, "(1+nanj)")]
    [InlineData(1e16, 1.5, "(1e+16+1.5j)")]
    public void Repr_matches_cpython(double re, double im, string expected) => Assert.Equal(expected, Repr(C(re, im)));

    [Theory] // abs(complex(x, y)) in python3.11 (glibc hypot, correctly rounded)
    [InlineData(3.0, 4.0, 5.0)]
    [InlineData(1e300, 1e300, 1.4142135623730952e+300)]
    [InlineData(3e-310, 4e-310, 5e-310)]
    [InlineData(0.1, 0.2, 0.223606797749979)]
    [InlineData(1e154, 1e154, 1.414213562373095e+154)]
    public void Abs_is_correctly_rounded_hypot(double re, double im, double expected) =>
        Assert.Equal(expected, ComplexArithmetic.Abs(C(re, im)));

    [Fact]
    public void Arithmetic_follows_complexobject_c()
    {
        Assert.Equal("(-6.960664459571901+2.7296244647840084j)", Repr(PyOps.Power(C(1, 2), F(2.5))));
        Assert.Equal("(-0.020937642239417388+0.004096495220755576j)", Repr(PyOps.Power(C(2, -3), I(-3))));
        Assert.Equal("(0.44+0.08j)", Repr(PyOps.TrueDivide(C(1, 2), C(3, 4))));
        Assert.Equal("complex division by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.TrueDivide(C(1, 1), I(0)))));
        Assert.Equal("0.0 to a negative or complex power", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.Power(C(0, 0), I(-1)))));
        Assert.Equal("complex exponentiation", Message(Raises(PyTypes.OverflowError, () => PyOps.Power(C(1e300, 0), I(2)))));
    }

    [Theory] // complex(text) in python3.11
    [InlineData(" ( 1-2J ) ", 1.0, -2.0)]
    [InlineData("j", 0.0, 1.0)]
    [InlineData("-j", 0.0, -1.0)]
    [InlineData("1+j", 1.0, 1.0)]
    [InlineData("1_0j", 0.0, 10.0)]
    [InlineData("-inf+nanj", double.NegativeInfinity, double.NaN)]
    [InlineData("1e500j", 0.0, double.PositiveInfinity)]
    public void Parses_complex_strings(string text, double re, double im)
    {
        var (r, i) = ComplexText.Parse(text);
        Assert.Equal(re, r);
        Assert.Equal(im, i);
    }

    [Theory]
    [InlineData("1e")]
    [InlineData("1 +2j")]
    [InlineData("()")]
    [InlineData(".j")]
    public void Rejects_malformed_strings(string text) =>
        Assert.Equal("complex() arg is a malformed string", Message(Raises(PyTypes.ValueError, () => ComplexText.Parse(text))));
}
