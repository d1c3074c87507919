namespace Taipan.Runtime.Tests.Objects;

public class FloatMethodTests
{
    [Theory] // round(x, n) in python3.11: the exact binary value decides, ties go to even
    [InlineData(2.675, 2, 2.67)]
    [InlineData(0.125, 2, 0.12)]
    [InlineData(0.375, 2, 0.38)]
    [InlineData(1.005, 2, 1.0)]
    [InlineData(5e-324, 323, 0.0)]
    [InlineData(1e22, -21, 1e22)]
    [InlineData(123.456, -1, 120.0)]
    [InlineData(2.5, 0, 2.0)]
    public void Round_to_ndigits_is_correctly_rounded(double x, long n, double expected) =>
        Assert.Equal(expected, FloatMethods.RoundTo(x, n));

    [Fact]
    public void Round_keeps_the_sign_of_zero() => Assert.True(double.IsNegative(FloatMethods.RoundTo(-0.0049, 2)));

    [Theory] // x.hex() in python3.11
    [InlineData(1.5, "0x1.8000000000000p+0")]
    [InlineData(-0.0, "-0x0.0p+0")]
    [InlineData(5e-324, "0x0.0000000000001p-1022")]
    [InlineData(0.1, "0x1.999999999999ap-4")]
    [InlineData(1e300, "0x1.7e43c8800759cp+996")]
    [InlineData(2.2250738585072014e-308, "0x1.0000000000000p-1022")]
    public void Hex_matches_cpython_and_round_trips(double x, string expected)
    {
        Assert.Equal(expected, FloatMethods.Hex(x));
        Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(FloatMethods.FromHex(expected)));
    }

    [Theory] // float.fromhex ties: half to even at 53 bits, and at the subnormal boundary
    [InlineData("0x1.00000000000008p0", 1.0)]
    [InlineData("0x1.00000000000018p0", 1.0000000000000004)]
    [InlineData("0x3p-1076", 5e-324)]
    [InlineData("0x1p-1075", 0.0)]
    public void FromHex_rounds_half_to_even(string text, double expected) => Assert.Equal(expected, FloatMethods.FromHex(text));

    [Fact]
    public void Parsed_nan_has_cpython_sign() =>
        Assert.False(double.IsNegative(FloatText.Parse("nan")));
}
