using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Tests.Lexing;

public sealed partial class TokenizerErrorTests
{
    internal static PythonSyntaxError TokenizeExpectingError(string source)
    {
        var tok = new Tokenizer(source, "f.py");
        return Assert.Throws<PythonSyntaxError>(() =>
        {
            while (tok.Next().Kind != TokenKind.EndMarker) { }
        });
    }

    [Theory]
    [MemberData(nameof(CPythonCases))]
    public void Tokenizer_error_matches_CPython(string source, string kind, string msg, int line, int offset, int endLine, int endOffset)
    {
        var e = TokenizeExpectingError(source);
        Assert.Equal((kind, msg, line, offset, endLine, endOffset),
            (e.Kind.ToString(), e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
        Assert.Equal("f.py", e.Filename);
    }

    [Theory]
    [InlineData("x = \"é\" + (\n", "'(' was never closed", 1, 11, 12)]
    [InlineData("é\\", "unexpected EOF while parsing", 1, 3, 4)]
    [InlineData("if x:\n  é\n é\n", "unindent does not match any outer indentation level", 3, 3, 4)]
    [InlineData("é = 1 \\ x\n", "unexpected character after line continuation character", 1, 8, 9)]
    [InlineData("s = '''é\nb''' \\ x\n", "unexpected character after line continuation character", 2, 16, 17)]
    [InlineData("é = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6)]
    public void Parser_raised_offsets_count_bytes_for_bytes_source_and_characters_for_str(string source, string msg, int line, int strOffset, int bytesOffset)
    {
        // CPython 3.11: compile(source) vs compile(source.encode()) / python3.11 FILE.
        foreach (bool bytes in new[] { false, true })
        {
            var tok = new Tokenizer(source, "f.py", sourceWasBytes: bytes);
            var e = Assert.Throws<PythonSyntaxError>(() => { while (tok.Next().Kind != TokenKind.EndMarker) { } });
            Assert.Equal((msg, line, bytes ? bytesOffset : strOffset), (e.Msg, e.Lineno, e.Offset));
        }
    }

    [Theory]
    // CPython 3.11: the parser fails with "invalid syntax" at the token after `stopAfter`, then scans the rest.
    [InlineData("from x import (A,\n  _ B,\n \\ C)\n", "_", 2, "'(' was never closed", 1, 15)]
    [InlineData("x = 1 2\ny = 'abc\n", "2", 1, "unterminated string literal (detected at line 2)", 2, 5)]
    [InlineData("x = 1 2\nif x:\n    a\n  b\n", "2", 1, null, 0, 0)]
    [InlineData("x = (1,\n2 3\n", "3", 2, "'(' was never closed", 1, 5)]
    [InlineData("x = (1 2)\n", "2", 1, null, 0, 0)]
    public void Scan_after_a_parser_error_finds_what_CPython_reports_instead(
        string source, string stopAfter, int errorLine, string? msg, int line, int offset)
    {
        var tok = new Tokenizer(source, "f.py");
        while (tok.Next().Text(tok.Source) != stopAfter) { }
        var e = tok.CheckRestForErrors(errorLine);
        if (msg == null) Assert.Null(e);
        else Assert.Equal((msg, line, offset), (e!.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void Error_text_is_the_offending_line()
    {
        var e = TokenizeExpectingError("x = 1\ny = 0777\n");
        Assert.Equal("y = 0777", e.Text);
        e = TokenizeExpectingError("if x:\n        a\n    b\n");
        Assert.Equal("    b\n", e.Text);
    }

    [Fact]
    public void Unterminated_triple_quoted_string_reports_its_first_line()
    {
        var e = TokenizeExpectingError("x = 1\ny = '''abc\n\n\n");
        Assert.Equal((2, 5, "y = '''abc"), (e.Lineno, e.Offset, e.Text));
        Assert.Equal("unterminated triple-quoted string literal (detected at line 4)", e.Msg);
    }

    [Fact]
    public void Crlf_source_reports_the_same_positions()
    {
        var e = TokenizeExpectingError("x = 1\r\ny = (]\r\n");
        Assert.Equal((2, 6), (e.Lineno, e.Offset));
    }
}
