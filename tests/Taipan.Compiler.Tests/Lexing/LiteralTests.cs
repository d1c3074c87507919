using System.Globalization;
using System.Numerics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Tests.Lexing;

public sealed partial class LiteralTests
{
    [Theory]
    [MemberData(nameof(StringCases))]
    public void String_literal_matches_CPython(string literal, string kind, string expected, string firstWarning)
    {
        var warnings = new List<string>();
        if (kind == "error")
        {
            var e = Assert.Throws<LiteralException>(() => StringLiteral.Decode(literal, warnings));
            Assert.Equal(expected, e.Msg);
            return;
        }
        object value = StringLiteral.Decode(literal, warnings);
        if (kind == "bytes") Assert.Equal(expected, Convert.ToHexString((byte[])value).ToLowerInvariant());
        else Assert.Equal(expected, (string)value);
        Assert.Equal(firstWarning, warnings.Count > 0 ? warnings[0] : "");
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Number_literal_matches_CPython(string literal, string kind, string expected)
    {
        object value = NumberLiteral.Parse(literal);
        switch (kind)
        {
            case "int":
                Assert.True(value is long || value is BigInteger, value.GetType().Name);
                Assert.Equal(expected, Convert.ToString(value, CultureInfo.InvariantCulture));
                if (value is BigInteger b) Assert.True(b > long.MaxValue || b < long.MinValue, "a BigInteger that fits a long");
                break;
            case "float":
                Assert.Equal(BitConverter.DoubleToInt64Bits(PyFloat(expected)), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(value)));
                break;
            case "complex":
                var c = Assert.IsType<Complex>(value);
                Assert.Equal(0.0, c.Real);
                Assert.Equal(PyFloat(expected), c.Imaginary);
                break;
        }
    }

    private static double PyFloat(string repr) =>
        repr == "inf" ? double.PositiveInfinity : double.Parse(repr, CultureInfo.InvariantCulture);

    [Fact]
    public void Huge_decimal_literal_exceeds_the_int_max_str_digits_limit()
    {
        var e = Assert.Throws<LiteralException>(() => NumberLiteral.Parse("1" + new string('0', 5000)));
        Assert.StartsWith("Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits", e.Msg);
        Assert.IsType<BigInteger>(NumberLiteral.Parse("0x1" + new string('0', 5000)));
    }

    [Fact]
    public void Prefix_flags_and_quotes()
    {
        var p = StringLiteral.ParsePrefix("Rb'''x'''");
        Assert.Equal((true, true, false, false, 2, 3, '\''), (p.Raw, p.Bytes, p.Unicode, p.Format, p.PrefixLength, p.QuoteLength, p.Quote));
        p = StringLiteral.ParsePrefix("F\"x\"");
        Assert.Equal((false, false, false, true, 1, 1, '"'), (p.Raw, p.Bytes, p.Unicode, p.Format, p.PrefixLength, p.QuoteLength, p.Quote));
        Assert.Equal("x", StringLiteral.Body("F\"x\"", p).ToString());
        // '' is an empty single-quoted string, not the start of a triple quote.
        p = StringLiteral.ParsePrefix("u''");
        Assert.Equal((true, 1, 1), (p.Unicode, p.QuoteLength, p.BodyLength(3) + 1));
        Assert.Equal(3, StringLiteral.ParsePrefix("''''''").QuoteLength);
    }

    [Fact]
    public void Fstring_literal_parts_undouble_braces_and_decode_escapes()
    {
        Assert.Equal("a{b}c—", StringLiteral.DecodeFStringPart("a{{b}}c\\N{EM DASH}", raw: false));
        Assert.Equal("\\n{", StringLiteral.DecodeFStringPart("\\n{{", raw: true));
        Assert.Equal("\n{x}", StringLiteral.DecodeFStringPart("\\n{{x}}", raw: false));
        // f'\{6*7}': the part before the field is a lone backslash, kept with CPython's warning.
        var warnings = new List<string>();
        Assert.Equal("\\", StringLiteral.DecodeFStringPart("\\", raw: false, warnings));
        Assert.Equal(["invalid escape sequence '\\{'"], warnings);
        Assert.Equal(0, StringLiteral.FindFStringBrace("\\{6*7}", 0, raw: false) - 1);
    }

    [Fact]
    public void Fstring_brace_finder_skips_doubled_braces_and_named_escapes()
    {
        const string body = "a{{b\\N{EM DASH}}}{x}";
        int i = StringLiteral.FindFStringBrace(body, 0, raw: false);
        Assert.Equal(body.IndexOf("{x", StringComparison.Ordinal), i);
        // In a raw f-string \N{ is not an escape: the brace opens a field.
        Assert.Equal(3, StringLiteral.FindFStringBrace("\\N{x}", 0, raw: true) + 1);
        Assert.Equal(1, StringLiteral.FindFStringBrace("a}b", 0, raw: false));
        Assert.Equal(3, StringLiteral.FindFStringBrace("abc", 0, raw: false));
    }

    [Theory]
    [InlineData("ﬁ", "fi")]
    [InlineData("𝔘nicode", "Unicode")]
    [InlineData("ℌ", "H")]
    [InlineData("Å", "Å")] // U+212B ANGSTROM SIGN → U+00C5
    [InlineData("é", "é")] // e + combining acute composes
    [InlineData("각", "각")] // Hangul jamo compose to a syllable
    [InlineData("x²", "x2")]
    [InlineData("plain", "plain")]
    public void Identifiers_are_NFKC_normalised(string name, string expected)
    {
        Assert.Equal(expected, Nfkc.NormalizeIdentifier(name));
    }

    [Fact]
    public void Unicode_names_both_ways()
    {
        Assert.True(UnicodeNames.TryLookup("em dash", out int cp));
        Assert.Equal(0x2014, cp);
        Assert.Equal("EM DASH", UnicodeNames.NameOf(0x2014));
        Assert.Equal("HANGUL SYLLABLE GAG", UnicodeNames.NameOf(0xAC01));
        Assert.Equal("CJK UNIFIED IDEOGRAPH-20000", UnicodeNames.NameOf(0x20000));
        Assert.Null(UnicodeNames.NameOf(0x0378));
        Assert.False(UnicodeNames.TryLookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", out _)); // a named sequence
    }
}
