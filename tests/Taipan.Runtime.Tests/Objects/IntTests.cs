using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

// Expected values come from /usr/bin/python3.11 (the expression is in each comment or case).
public class IntTests
{
    [Theory]
    [InlineData(7, -2, "-4")]   // 7//-2
    [InlineData(-7, 2, "-4")]   // -7//2
    [InlineData(-7, -2, "3")]   // -7//-2
    [InlineData(long.MinValue, -1, "9223372036854775808")] // -(2**63)//-1
    public void Floor_division_rounds_toward_negative_infinity(long a, long b, string expected) =>
        Assert.Equal(expected, Repr(PyOps.FloorDivide(I(a), I(b))));

    [Theory]
    [InlineData(-7, 3, "2")]  // -7%3
    [InlineData(7, -2, "-1")] // 7%-2
    [InlineData(-7, 2, "1")]  // -7%2
    [InlineData(long.MinValue, -1, "0")]
    public void Modulo_takes_the_sign_of_the_divisor(long a, long b, string expected) =>
        Assert.Equal(expected, Repr(PyOps.Remainder(I(a), I(b))));

    [Fact]
    public void Divmod_of_negatives() => Assert.Equal("(3, -1)", Repr(PyOps.DivMod(I(-7), I(-2)))); // divmod(-7,-2)

    [Fact]
    public void Overflowing_arithmetic_promotes_to_big()
    {
        Assert.Equal("9223372036854775808", Repr(PyOps.Add(I(long.MaxValue), I(1))));
        Assert.Equal("-9223372036854775809", Repr(PyOps.Subtract(I(long.MinValue), I(1))));
        Assert.Equal("85070591730234615847396907784232501249", Repr(PyOps.Multiply(I(long.MaxValue), I(long.MaxValue))));
        Assert.Equal("9223372036854775808", Repr(PyOps.Negative(I(long.MinValue))));
        Assert.True(((PyInt)PyOps.Subtract(PyOps.Add(I(long.MaxValue), I(1)), I(1))).IsSmall); // normalised back
    }

    [Fact]
    public void Powers()
    {
        Assert.Equal("0.25", Repr(PyOps.Power(I(2), I(-2))));                      // 2**-2
        Assert.Equal("-8", Repr(PyOps.Power(I(-2), I(3))));                        // (-2)**3
        Assert.Equal("-9223372036854775808", Repr(PyOps.Power(I(-2), I(63))));     // (-2)**63
        Assert.Equal("18446744073709551616", Repr(PyOps.Power(I(2), I(64))));      // 2**64
        Assert.Equal("12157665459056928801", Repr(PyOps.Power(I(3), I(40))));      // 3**40
        Assert.Equal("-36472996377170786403", Repr(PyOps.Power(I(-3), I(41))));    // (-3)**41
        var e = Raises(PyTypes.ZeroDivisionError, () => PyOps.Power(I(0), I(-1)));
        Assert.Equal("0.0 cannot be raised to a negative power", Message(e));
    }

    [Fact]
    public void Three_argument_pow()
    {
        Assert.Equal("5", Repr(PyOps.Power(I(3), I(-1), I(7))));   // pow(3,-1,7)
        Assert.Equal("-5", Repr(PyOps.Power(I(-3), I(5), I(-7)))); // pow(-3, 5, -7)
        Assert.Equal("-2", Repr(PyOps.Power(I(2), I(10), I(-3)))); // pow(2,10,-3)
        Assert.Equal("pow() 3rd argument cannot be 0", Message(Raises(PyTypes.ValueError, () => PyOps.Power(I(2), I(-1), I(0)))));
        Assert.Equal("base is not invertible for the given modulus", Message(Raises(PyTypes.ValueError, () => PyOps.Power(I(2), I(-1), I(4)))));
    }

    [Fact]
    public void Shifts_and_bit_operations()
    {
        Assert.Equal("-3", Repr(PyOps.BinaryOp(I(-5), I(1), BinaryOp.RShift)));                       // -5>>1
        Assert.Equal("-147573952589676412928", Repr(PyOps.BinaryOp(PyOps.Negative(PyOps.Power(I(2), I(70))), I(3), BinaryOp.RShift))); // -(2**70)>>3
        Assert.Equal("1267650600228229401496703205376", Repr(PyOps.BinaryOp(I(1), I(100), BinaryOp.LShift)));
        Assert.Equal("-6", Repr(PyOps.Invert(I(5))));
        Assert.Equal("36893488147419103232", Repr(PyOps.BinaryOp(I(-1), PyOps.Power(I(2), I(65)), BinaryOp.And)));  // -1 & 2**65
        Assert.Equal("-18446744073709551617", Repr(PyOps.BinaryOp(I(-1), PyOps.Power(I(2), I(64)), BinaryOp.Xor))); // (-1)^(2**64)
        Assert.Equal("negative shift count", Message(Raises(PyTypes.ValueError, () => PyOps.BinaryOp(I(1), I(-1), BinaryOp.LShift))));
        Assert.Equal("-1", Repr(PyOps.BinaryOp(I(-1), I(1000), BinaryOp.RShift)));
    }

    [Fact]
    public void Division_errors_have_cpython_messages()
    {
        Assert.Equal("division by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.TrueDivide(I(1), I(0)))));
        Assert.Equal("integer division or modulo by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.FloorDivide(I(1), I(0)))));
        Assert.Equal("integer modulo by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.Remainder(I(1), I(0)))));
        Assert.Equal("integer division or modulo by zero", Message(Raises(PyTypes.ZeroDivisionError, () => PyOps.DivMod(I(1), I(0)))));
    }

    [Fact]
    public void True_division_is_correctly_rounded()
    {
        Assert.Equal("1.4285714285714285e+29", Repr(PyOps.TrueDivide(PyOps.Power(I(10), I(30)), I(7)))); // (10**30)/7
        Assert.Equal("0.3333333333333333", Repr(PyOps.TrueDivide(I(1), I(3))));
        Assert.Equal("1125899906842624.0", Repr(PyOps.TrueDivide(PyOps.Add(PyOps.Power(I(2), I(200)), I(1)), PyOps.Power(I(2), I(150))))); // (2**200+1)/(2**150)
        Assert.Equal("-0.0", Repr(PyOps.TrueDivide(I(0), I(-5)))); // 0/-5 (small path)
    }

    [Fact]
    public void Int_to_float_rounds_half_to_even()
    {
        Assert.Equal(9007199254740992.0, PyOps.Power(I(2), I(53)) is PyInt p ? ((PyInt)PyOps.Add(p, I(1))).ToDouble() : 0); // float(2**53+1)
        Assert.Equal("1.8014398509481988e+16", Repr(new PyFloat(((PyInt)PyOps.Add(PyOps.Power(I(2), I(54)), I(3))).ToDouble()))); // float(2**54+3)
        Assert.Equal("1.348269851146737e+308", Repr(new PyFloat(((PyInt)PyOps.FloorDivide(PyOps.Multiply(PyOps.Power(I(2), I(1023)), I(3)), I(2))).ToDouble())));
        var e = Raises(PyTypes.OverflowError, () => ((PyInt)PyOps.Multiply(PyOps.Power(I(2), I(1023)), I(3))).ToDouble());
        Assert.Equal("int too large to convert to float", Message(e));
    }

    [Fact]
    public void Small_ints_are_cached() => Assert.Same(I(256), I(256));

    [Theory]
    [InlineData("0x_1f", 0, "31")]
    [InlineData(" \u0661\u0662 ", 10, "12")]
    [InlineData("-0b101", 0, "-5")]
    [InlineData("zz", 36, "1295")]
    [InlineData(" +12 ", 0, "12")]
    [InlineData("-1_000", 10, "-1000")]
    [InlineData("0o17", 8, "15")]
    [InlineData("0_0", 0, "0")]
    [InlineData("\t12\n", 10, "12")]
    [InlineData("123456789012345678901234567890", 10, "123456789012345678901234567890")]
    [InlineData("ffffffffffffffffffff", 16, "1208925819614629174706175")]
    public void Parses_like_int(string text, int radix, string expected) =>
        Assert.Equal(expected, Repr(IntText.Parse(text, radix, 4300)));

    [Theory]
    [InlineData("abc", 10, "invalid literal for int() with base 10: 'abc'")]
    [InlineData("  abc  ", 10, "invalid literal for int() with base 10: '  abc  '")]
    [InlineData("010", 0, "invalid literal for int() with base 0: '010'")]
    [InlineData("0x", 16, "invalid literal for int() with base 16: '0x'")]
    [InlineData("_1", 10, "invalid literal for int() with base 10: '_1'")]
    [InlineData("1_", 10, "invalid literal for int() with base 10: '1_'")]
    [InlineData("1__2", 10, "invalid literal for int() with base 10: '1__2'")]
    [InlineData("", 10, "invalid literal for int() with base 10: ''")]
    [InlineData("\u0661x", 10, "invalid literal for int() with base 10: '\u0661x'")]
    [InlineData("12", 37, "int() base must be >= 2 and <= 36, or 0")]
    public void Rejects_like_int(string text, int radix, string message) =>
        Assert.Equal(message, Message(Raises(PyTypes.ValueError, () => IntText.Parse(text, radix, 4300))));

    [Fact]
    public void Invalid_literal_repr_is_cut_at_200_characters()
    {
        var e = Raises(PyTypes.ValueError, () => IntText.Parse(new string('a', 300), 10, 4300));
        Assert.Equal(240, Message(e).Length); // len(str(e)) for int('a'*300)
    }

    [Fact]
    public void Digit_limit_of_3_11()
    {
        var e = Raises(PyTypes.ValueError, () => IntText.Parse(new string('1', 5000), 10, 4300));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit", Message(e));
        var big = (PyInt)PyOps.Power(I(10), I(5000));
        var e2 = Raises(PyTypes.ValueError, () => IntText.ToDecimalString(big, 4300));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", Message(e2));
        // Power-of-two bases are exempt: int('f'*2000, 16) works.
        Assert.Equal(2000 * 4, ((PyInt)IntText.Parse(new string('f', 2000), 16, 4300)).Big.GetBitLength());
        Assert.Equal(4300, IntText.ToDecimalString((PyInt)PyOps.Subtract(PyOps.Power(I(10), I(4300)), I(1)), 4300).Length);
    }

    [Fact]
    public void Prefixed_formats() 
    {
        Assert.Equal("-0xff", IntText.ToPrefixedString(I(-255), 16)); // hex(-255)
        Assert.Equal("0b1010", IntText.ToPrefixedString(I(10), 2));    // bin(10)
        Assert.Equal("-0o10", IntText.ToPrefixedString(I(-8), 8));     // oct(-8)
        Assert.Equal("0x0", IntText.ToPrefixedString(I(0), 16));
    }

    [Fact]
    public void Comparisons_and_errors()
    {
        Assert.Same(PyBool.True, PyOps.RichCompare(I(1), Big("100000000000000000000"), CompareOp.Lt));
        Assert.Same(PyBool.True, PyOps.RichCompare(I(1), PyBool.True, CompareOp.Eq));
        var e = Raises(PyTypes.TypeError, () => PyOps.Add(I(1), S("a")));
        Assert.Equal("unsupported operand type(s) for +: 'int' and 'str'", Message(e));
        Assert.Equal("bad operand type for unary -: 'str'", Message(Raises(PyTypes.TypeError, () => PyOps.Negative(S("a")))));
        Assert.Equal("'<' not supported between instances of 'list' and 'str'",
            Message(Raises(PyTypes.TypeError, () => PyOps.RichCompare(L(I(1)), S("a"), CompareOp.Lt))));
    }

    [Fact]
    public void Bool_is_an_int()
    {
        Assert.Equal("True", Repr(PyBool.True));
        Assert.Equal("2", Repr(PyOps.Add(PyBool.True, PyBool.True)));
        Assert.Same(PyBool.False, PyOps.BinaryOp(PyBool.True, PyBool.False, BinaryOp.And));
        Assert.Equal("1", Repr(PyOps.BinaryOp(PyBool.True, I(1), BinaryOp.And)));
        Assert.True(PyTypes.Bool.IsSubtypeOf(PyTypes.Int));
    }

    private static PyObject IntCall(PyObject[] args, params string[] kw)
    {
        var names = new PyObject[kw.Length];
        for (int i = 0; i < kw.Length; i++) names[i] = S(kw[i]);
        return PyOps.Call(PyTypes.Int, args, kw.Length == 0 ? null : T(names));
    }

    [Fact]
    public void Int_constructor_like_cpython()
    {
        Assert.Equal("0", Repr(IntCall(Array.Empty<PyObject>())));
        Assert.Equal("3", Repr(IntCall(new PyObject[] { F(3.9) })));
        Assert.Equal("-3", Repr(IntCall(new PyObject[] { F(-3.9) })));
        Assert.Equal("1", Repr(IntCall(new PyObject[] { PyBool.True })));
        Assert.Same(PyTypes.Int, IntCall(new PyObject[] { PyBool.True }).Type);
        Assert.Equal("255", Repr(IntCall(new PyObject[] { S("ff"), I(16) })));
        Assert.Equal("255", Repr(IntCall(new PyObject[] { S("0xff"), I(0) }, "base")));
        Assert.Equal("int() can't convert non-string with explicit base", Message(Raises(PyTypes.TypeError, () => IntCall(new PyObject[] { F(1.5), I(10) }))));
        Assert.Equal("int() argument must be a string, a bytes-like object or a real number, not 'list'", Message(Raises(PyTypes.TypeError, () => IntCall(new PyObject[] { L() }))));
        Assert.Equal("'float' object cannot be interpreted as an integer", Message(Raises(PyTypes.TypeError, () => IntCall(new PyObject[] { S("12"), F(3.5) }, "base"))));
        Assert.Equal("int() base must be >= 2 and <= 36, or 0", Message(Raises(PyTypes.ValueError, () => IntCall(new PyObject[] { S("12"), I(1) }))));
        Assert.Equal("cannot convert float infinity to integer", Message(Raises(PyTypes.OverflowError, () => IntCall(new PyObject[] { F(double.PositiveInfinity) }))));
    }
}
