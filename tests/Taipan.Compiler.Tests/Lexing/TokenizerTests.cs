using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Tests.Lexing;

public sealed class TokenizerTests
{
    private static List<string> Dump(string source, bool all = false)
    {
        var tok = new Tokenizer(source, "f.py", emitNonLogical: all);
        var list = new List<string>();
        while (true)
        {
            var t = tok.Next();
            list.Add($"{t.Kind} {t.Text(tok.Source)} {t.Line},{t.Col}-{t.EndLine},{t.EndCol}");
            if (t.Kind == TokenKind.EndMarker) return list;
        }
    }

    private static List<string> DumpTokenizeView(string source) => Dump(source, all: true);

    private static List<TokenKind> Kinds(string source)
    {
        var tok = new Tokenizer(source, "f.py");
        var list = new List<TokenKind>();
        TokenKind k;
        do list.Add(k = tok.Next().Kind); while (k != TokenKind.EndMarker);
        return list;
    }

    [Fact]
    public void Simple_statement_with_positions()
    {
        Assert.Equal(["Name x 1,0-1,1", "Equal = 1,2-1,3", "Number 1 1,4-1,5", "Newline \n 1,5-1,6", "EndMarker  2,0-2,0"],
            DumpTokenizeView("x = 1\n"));
        // CPython's parser view: NEWLINE is empty at the newline, ENDMARKER past the last line's newline.
        Assert.Equal(["Name x 1,0-1,1", "Equal = 1,2-1,3", "Number 1 1,4-1,5", "Newline  1,5-1,5", "EndMarker  1,6-1,6"],
            Dump("x = 1\n"));
    }

    [Fact]
    public void File_without_final_newline_gets_newline_then_dedents_at_cpython_positions()
    {
        Assert.Equal([
            "Name if 1,0-1,2", "Name x 1,3-1,4", "Colon : 1,4-1,5", "Newline \n 1,5-1,6",
            "Indent    2,0-2,2", "Name y 2,2-2,3", "Newline \n 2,3-2,4", "Dedent  3,0-3,0", "EndMarker  3,0-3,0"],
            DumpTokenizeView("if x:\n  y"));
        Assert.Equal(["Newline  2,3-2,3", "Dedent  2,4-2,4", "EndMarker  2,4-2,4"], Dump("if x:\n  y")[^3..]);
    }

    [Fact]
    public void Columns_are_utf8_bytes()
    {
        Assert.Equal(["String 'é' 1,0-1,4", "Plus + 1,5-1,6", "Name 𝔘x 1,7-1,12", "Newline  1,12-1,12", "EndMarker  1,13-1,13"],
            Dump("'é' + 𝔘x\n"));
    }

    [Fact]
    public void Multi_line_string_ends_on_its_last_line()
    {
        Assert.Equal("String \"\"\"a\nbé\"\"\" 1,4-2,6", Dump("x = \"\"\"a\nbé\"\"\"\n")[2]);
    }

    [Fact]
    public void Brackets_join_lines_and_suppress_indentation()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.LSqb, TokenKind.Number, TokenKind.Comma,
            TokenKind.Number, TokenKind.RSqb, TokenKind.Newline, TokenKind.EndMarker], Kinds("x = [1,\n        2\n]\n"));
    }

    [Fact]
    public void Backslash_joins_lines()
    {
        Assert.Equal(["Name x 1,0-1,1", "Equal = 1,2-1,3", "Number 1 1,4-1,5", "Plus + 2,4-2,5", "Number 2 2,6-2,7",
            "Newline \n 2,7-2,8", "EndMarker  3,0-3,0"], DumpTokenizeView("x = 1 \\\n    + 2\n"));
    }

    [Fact]
    public void Blank_and_comment_lines_are_not_logical()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Newline, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("a\n\n   # c\n\t\nb\n"));
        Assert.Equal(["Comment # c 1,0-1,3", "NonLogicalNewline \n 1,3-1,4", "Name a 2,0-2,1", "Newline \n 2,1-2,2",
            "NonLogicalNewline \n 3,0-3,1", "EndMarker  4,0-4,0"], Dump("# c\na\n\n", all: true));
    }

    [Fact]
    public void Indent_and_dedents()
    {
        Assert.Equal([
            TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.Name, TokenKind.Newline,
            TokenKind.Dedent, TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("a:\n\tb:\n\t\tc\nd\n"));
    }

    [Fact]
    public void Tab_advances_to_multiple_of_eight()
    {
        // "\t " is column 9 (and 2 in the size-1 check): deeper than "\t" in both, so an indent.
        Assert.Equal(2, Kinds("if a:\n\tb\n\t c\n").Count(k => k == TokenKind.Indent));
        // "    \t" and "\t" are both column 8: the same level for the size-8 rule but not the size-1 one.
        Assert.Throws<Taipan.Compiler.Diagnostics.PythonSyntaxError>(() => Kinds("if a:\n\tb\n    \tc\n"));
        Assert.Single(Kinds("if a:\n    \tb\n    \tc\n"), k => k == TokenKind.Indent);
    }

    [Fact]
    public void Form_feed_resets_the_indentation_column()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Newline, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("a\n    \fb\n"));
    }

    [Fact]
    public void Number_followed_by_keyword_is_two_tokens()
    {
        Assert.Equal(["Number 1 1,0-1,1", "Name if 1,1-1,3", "Name x 1,4-1,5", "Name else 1,6-1,10", "Number 2 1,11-1,12"],
            Dump("1if x else 2\n")[..5]);
        Assert.Equal(["Number 0x1f 1,0-1,4", "Name or 1,4-1,6"], Dump("0x1for\n")[..2]);
        Assert.Equal(["Number 1 1,0-1,1", "Name else 1,1-1,5"], Dump("1else\n")[..2]);
        Assert.Equal(["Number 1.5j 1,0-1,4", "Name and 1,4-1,7"], Dump("1.5jand\n")[..2]);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("0.5")]
    [InlineData("09.5")]
    [InlineData("09e1")]
    [InlineData("09j")]
    [InlineData("1_000.000_1e-1_0j")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("0xdead_BEEF")]
    [InlineData("0o7_7")]
    [InlineData("0b1_0")]
    [InlineData("1E+5")]
    public void Valid_numbers_are_one_token(string number)
    {
        Assert.Equal($"Number {number} 1,0-1,{number.Length}", Dump(number + "\n")[0]);
    }

    [Fact]
    public void Operators_take_the_longest_match()
    {
        Assert.Equal([TokenKind.DoubleStarEqual, TokenKind.DoubleSlashEqual, TokenKind.RightShiftEqual, TokenKind.LeftShiftEqual,
            TokenKind.Ellipsis, TokenKind.Dot, TokenKind.Dot, TokenKind.RArrow, TokenKind.ColonEqual, TokenKind.NotEqual,
            TokenKind.NotEqual, TokenKind.AtEqual, TokenKind.Tilde, TokenKind.ErrorToken, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("**= //= >>= <<= ... .. -> := != <> @= ~ !\n"));
    }

    [Fact]
    public void String_prefixes_in_any_case_and_order()
    {
        foreach (string p in new[] { "r", "u", "R", "b", "B", "br", "Br", "rb", "rB", "f", "F", "fr", "rf", "Rf", "fR", "U" })
            Assert.Equal($"String {p}'x' 1,0-1,{p.Length + 3}", Dump(p + "'x'\n")[0]);
        // Not prefixes: the name then a string.
        Assert.Equal(["Name ur 1,0-1,2", "String 'x' 1,2-1,5"], Dump("ur'x'\n")[..2]);
        Assert.Equal(["Name bf 1,0-1,2", "String 'x' 1,2-1,5"], Dump("bf'x'\n")[..2]);
    }

    [Fact]
    public void Escaped_quotes_and_line_continuation_inside_strings()
    {
        Assert.Equal(@"String 'a\'b' 1,0-1,6", Dump(@"'a\'b'" + "\n")[0]);
        Assert.Equal("String 'a\\\nb' 1,0-2,2", Dump("'a\\\nb'\n")[0]);
        Assert.Equal("String '''a''b''' 1,0-1,10", Dump("'''a''b'''\n")[0]);
    }

    [Fact]
    public void Empty_strings()
    {
        Assert.Equal(["String '' 1,0-1,2", "String \"\"\"\"\"\" 1,3-1,9"], Dump("'' \"\"\"\"\"\"\n")[..2]);
    }

    [Fact]
    public void Non_ascii_identifiers_are_names()
    {
        Assert.Equal(["Name café 1,0-1,5", "Equal = 1,6-1,7"], Dump("café = 1\n")[..2]);
        Assert.Equal("Name ℘ 1,0-1,3", Dump("℘\n")[0]);
        var tok = new Tokenizer("ﬁx = 1\n", "f.py");
        Assert.Equal("fix", tok.NameText(tok.Next()));
    }

    [Fact]
    public void Crlf_and_cr_are_newlines()
    {
        var tok = new Tokenizer("a\r\nb\rc", "f.py");
        Assert.Equal("a\nb\nc\n", tok.Source);
        Assert.Equal(["Name a 1,0-1,1", "Newline \n 1,1-1,2", "Name b 2,0-2,1", "Newline \n 2,1-2,2",
            "Name c 3,0-3,1", "Newline \n 3,1-3,2", "EndMarker  4,0-4,0"], DumpTokenizeView("a\r\nb\rc"));
    }

    [Fact]
    public void Backslash_in_indentation_uses_the_first_column()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent, TokenKind.Name,
            TokenKind.Newline, TokenKind.Dedent, TokenKind.EndMarker], Kinds("if x:\n    \\\n  y\n"));
    }

    [Fact]
    public void Empty_source_is_just_an_end_marker()
    {
        Assert.Equal(["EndMarker  1,0-1,0"], Dump(""));
        Assert.Equal(["EndMarker  1,0-1,0"], DumpTokenizeView(""));
    }

    [Fact]
    public void Newline_after_a_comment_starts_at_the_comment_in_the_parser_view()
    {
        Assert.Equal("Newline # c 1,8-1,11", Dump("x = 1 + # c\n")[4]);
    }

    [Theory]
    [InlineData("if x:\n", 4, 1, 6, 1, -1)]                        // ENDMARKER after "if x:"
    [InlineData("if x:\n  pass\nelse:  # c\n\n\n", 11, 5, 1, 5, -1)]
    [InlineData("if é:\n", 4, 1, 7, 1, -1)]
    [InlineData("x = 1 +\n", 4, 1, 8, 1, 8)]                      // NEWLINE
    [InlineData("x = 1 +  # c\n", 4, 1, 10, 1, 13)]
    [InlineData("x = 1\n  y = 2\n", 4, 2, 2, 2, -1)]              // INDENT
    [InlineData("class A:\n\tpass\n\t\tx\n", 7, 3, 2, 3, -1)]
    public void Error_locations_match_CPython_parser_errors(string source, int tokenIndex, int line, int offset, int endLine, int endOffset)
    {
        // Expected values: compile(source.encode()) in CPython 3.11 (invalid syntax / expected an indented block / unexpected indent).
        var tok = new Tokenizer(source, "f.py");
        var tokens = new List<Token>();
        while (tokens.Count == 0 || tokens[^1].Kind != TokenKind.EndMarker) tokens.Add(tok.Next());
        Assert.Equal((line, offset, endLine, endOffset), tok.ErrorLocation(tokens[tokenIndex]));
    }

    [Fact]
    public void Error_location_at_end_of_input_is_the_same_in_both_views()
    {
        foreach (bool all in new[] { false, true })
        {
            var tok = new Tokenizer("if x:\n  y\n", "f.py", emitNonLogical: all);
            Token t;
            do t = tok.Next(); while (t.Kind != TokenKind.Dedent);
            Assert.Equal((2, 4, 2, -1), tok.ErrorLocation(t)); // "  y\n" is 4 long
            Assert.Equal((2, 4, 2, -1), tok.ErrorLocation(tok.Next()));
        }
    }

    [Fact]
    public void Error_location_in_characters_when_the_source_was_a_str()
    {
        // compile('if é:\n', ...) reports offset 6; compile(b'if \xc3\xa9:\n', ...) 7.
        var tok = new Tokenizer("if é:\n", "f.py", sourceWasBytes: false);
        Token t;
        do t = tok.Next(); while (t.Kind != TokenKind.EndMarker);
        Assert.Equal((1, 6, 1, -1), tok.ErrorLocation(t));
    }

    [Fact]
    public void Line_text_for_error_reports()
    {
        var tok = new Tokenizer("a = 1\nbé = 2", "f.py");
        Assert.Equal("bé = 2", tok.GetLineText(2));
        Assert.Equal("bé = 2\n", tok.GetLineTextWithNewline(2));
        Assert.Equal(2, tok.LineCount);
        Assert.Equal(5, tok.ByteColToOffset(2, 4)); // source from bytes: CPython's parser reports byte offsets
        Assert.Equal(4, tok.ByteColToCharOffset(2, 4)); // byte 4 is after "bé " → character offset 4
        Assert.Equal(4, new Tokenizer("a = 1\nbé = 2", "f.py", sourceWasBytes: false).ByteColToOffset(2, 4));
    }

    [Fact]
    public void Ninety_nine_indentation_levels_are_allowed()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 99; i++) sb.Append(' ', i).Append("if 1:\n");
        sb.Append(' ', 99).Append("x\n");
        Assert.Equal(99, Kinds(sb.ToString()).Count(k => k == TokenKind.Indent));
    }
}
