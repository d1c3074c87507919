using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

public class FloatTests
{
    [Theory] // repr(x) in python3.11
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e22, "1e+22")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(2.5e-310, "2.5e-310")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100.0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(-2.5, "-2.5")]
    public void Repr_is_shortest_round_trip_in_python_layout(double v, string expected) => Assert.Equal(expected, Repr(F(v)));

    [Fact]
    public void Floor_division_and_modulo()
    {
        Assert.Equal("-3.0", Repr(PyOps.FloorDivide(I(-5), F(2.0))));  // (-5)//2.0
        Assert.Equal("-1.0", Repr(PyOps.Remainder(I(5), F(-3.0))));    // 5%-3.0
        Assert.Equal("0.0", Repr(PyOps.Remainder(F(-0.0), I(5))));     // -0.0%5
        Assert.Equal("(-4.0, -0.5)", Repr(PyOps.DivMod(F(7.5), I(-2)))); // divmod(7.5,-2)
        Assert.Equal("float modulo", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.Remainder(F(1), F(0)))));
        Assert.Equal("float divmod()", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.DivMod(F(1), F(0)))));
        Assert.Equal("float division by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.TrueDivide(F(1), I(0)))));
        Assert.Equal("float floor division by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.FloorDivide(F(1), F(0)))));
    }

    [Fact]
    public void Mixed_arithmetic_and_overflow()
    {
        Assert.Equal("9007199254740992.0", Repr(PyOps.Add(PyOps.Power(I(2), I(53)), F(1.0)))); // 2**53+1.0
        Assert.Equal("int too large to convert to float",
            Message(Raises(PyTypes.OverflowError, () => PyOps.Multiply(PyOps.Power(I(10), I(400)), F(1.0)))));
        var e = Raises(PyTypes.OverflowError, () => PyOps.Power(F(2.0), I(10000)));
        Assert.Equal("(34, 'Numerical result out of range')", Message(e)); // 2.0**10000
        Assert.Equal("0.0 cannot be raised to a negative power", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.Power(F(0.0), I(-1)))));
    }

    [Fact]
    public void Comparison_with_big_ints_is_exact()
    {
        var twoTo53Plus1 = PyOps.Add(PyOps.Power(I(2), I(53)), I(1));
        Assert.Same(PyBool.False, PyOps.RichCompare(F(9007199254740992.0), twoTo53Plus1, CompareOp.Eq)); // 2.0**53 == 2**53+1
        Assert.Same(PyBool.True, PyOps.RichCompare(F(9007199254740992.0), twoTo53Plus1, CompareOp.Lt));
        Assert.Same(PyBool.True, PyOps.RichCompare(twoTo53Plus1, F(9007199254740992.0), CompareOp.Gt)); // reflected
        Assert.Same(PyBool.True, PyOps.RichCompare(F(double.NaN), I(1), CompareOp.Ne));
    }

    [Fact]
    public void Float_to_int_errors()
    {
        Assert.Equal("cannot convert float infinity to integer", Message(Raises(PyTypes.OverflowError, () => PyFloat.ToInt(double.PositiveInfinity))));
        Assert.Equal("cannot convert float NaN to integer", Message(Raises(PyTypes.ValueError, () => PyFloat.ToInt(double.NaN))));
        Assert.Equal("100000000000000000000", Repr(PyFloat.ToInt(1e20)));
    }

    [Theory] // float(s) in python3.11
    [InlineData("1_0.5", "10.5")]
    [InlineData(" -inf ", "-inf")]
    [InlineData("InFiNiTy", "inf")]
    [InlineData("-nan", "nan")]
    [InlineData("1e5", "100000.0")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5.0")]
    [InlineData(" 1.5\n", "1.5")]
    [InlineData("1e-400", "0.0")]
    [InlineData("1e400", "inf")]
    [InlineData("+.5e-3", "0.0005")]
    [InlineData("\u0661.\u0665", "1.5")]
    public void Parses_like_float(string text, string expected) =>
        Assert.Equal(expected, Repr(PyOps.Call(PyTypes.Float, new PyObject[] { S(text) })));

    [Theory]
    [InlineData("1_")]
    [InlineData("_1")]
    [InlineData("1__0")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e")]
    [InlineData("0x10")]
    [InlineData("1,0")]
    [InlineData("\u0661\u066b\u0665")]
    [InlineData("infinit")]
    [InlineData("nan(1)")]
    [InlineData(".")]
    public void Rejects_like_float(string text) =>
        Assert.Equal("could not convert string to float: " + PyStr.ReprOf(text),
            Message(Raises(PyTypes.ValueError, () => PyOps.Call(PyTypes.Float, new PyObject[] { S(text) }))));

    [Fact]
    public void Float_of_other_objects()
    {
        Assert.Equal("float() argument must be a string or a real number, not 'list'",
            Message(Raises(PyTypes.TypeError, () => PyOps.Call(PyTypes.Float, new PyObject[] { L() }))));
        Assert.Equal("int too large to convert to float",
            Message(Raises(PyTypes.OverflowError, () => PyOps.Call(PyTypes.Float, new PyObject[] { PyOps.Power(I(10), I(400)) }))));
        Assert.Equal("3.0", Repr(PyOps.Call(PyTypes.Float, new PyObject[] { I(3) })));
        Assert.Equal("1.0", Repr(PyOps.Call(PyTypes.Float, new PyObject[] { PyBool.True })));
    }
}
