using System.Text;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;

namespace Taipan.Compiler.Tests.Parsing;

/// <summary>Rejected sources print what `python3.11 FILE` prints; cases in ErrorCases.g.cs (tools/gen_parser_tests.py).</summary>
public sealed partial class SyntaxErrorTests
{
    [Theory]
    [MemberData(nameof(CPythonCases))]
    public void Report_matches_CPython(string source, string expected)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseFile(Encoding.UTF8.GetBytes(source), CaseFile));
        Assert.Equal(expected, SyntaxErrorReport.Format(e));
    }

    [Fact]
    public void Generic_error_points_at_the_furthest_token()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("x = 1\ny = (1 +)\n", "t.py"));
        Assert.Equal(("invalid syntax", 2, 9), (e.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void Tokenizer_error_later_in_the_file_replaces_a_parser_error()
    {
        // CPython tokenizes the rest of the file after any parser-raised error.
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("a b\nx = 'unterminated\n", "t.py"));
        Assert.Equal("unterminated string literal (detected at line 2)", e.Msg);
        var e2 = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("f() = 1\nx = 'unterminated\n", "t.py"));
        Assert.Equal("unterminated string literal (detected at line 2)", e2.Msg);
        // ... but not "unexpected indent".
        var e3 = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("  a\nx = 'unterminated\n", "t.py"));
        Assert.Equal("unexpected indent", e3.Msg);
    }

    [Fact]
    public void Columns_are_bytes_without_coding_cookie_and_characters_with_one()
    {
        var noCookie = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseFile(Encoding.UTF8.GetBytes("é = (1 2)\n"), "t.py"));
        Assert.Equal(7, noCookie.Offset);
        var cookie = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseFile(Encoding.UTF8.GetBytes("# coding: utf-8\né = (1 2)\n"), "t.py"));
        Assert.Equal(6, cookie.Offset);
    }

    [Fact]
    public void Deep_nesting_does_not_crash()
    {
        string src = new string('(', 150) + "1" + new string(')', 150) + "\n";
        var mod = PythonParser.ParseModule(src, "t.py");
        Assert.Single(mod.Body);
    }
}
