using System.Text;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Tests.Lexing;

public sealed class SourceDecoderTests
{
    private static byte[] B(string latin1) => Encoding.Latin1.GetBytes(latin1);

    private static string Error(string latin1, bool fileMode = true) =>
        Assert.Throws<PythonSyntaxError>(() => SourceDecoder.Decode(B(latin1), "x.py", fileMode)).Msg;

    [Fact]
    public void Utf8_is_the_default()
    {
        Assert.Equal("x = 'é'\n", SourceDecoder.Decode(Encoding.UTF8.GetBytes("x = 'é'\n"), "x.py"));
    }

    [Fact]
    public void Bom_is_removed()
    {
        Assert.Equal("x = 'é'\n", SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("x = 'é'\n")], "x.py"));
        Assert.Equal("# coding: utf-8\n", SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# coding: utf-8\n")], "x.py"));
    }

    [Fact]
    public void Cookie_selects_the_codec()
    {
        Assert.Equal("# -*- coding: latin-1 -*-\nx = 'é'\n", SourceDecoder.Decode(B("# -*- coding: latin-1 -*-\nx = '\xe9'\n"), "x.py"));
        Assert.Equal("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '€'\n",
            SourceDecoder.Decode(B("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n"), "x.py"));
        Assert.Equal("# coding: cp1252\nx = '€'\n", SourceDecoder.Decode(B("# coding: cp1252\nx = '\x80'\n"), "x.py"));
        Assert.Equal("# coding: koi8-r\nx = 'Ж'\n", SourceDecoder.Decode(B("# coding: koi8-r\nx = '\xf6'\n"), "x.py"));
    }

    [Fact]
    public void Cookie_on_line_two_only_after_a_comment_or_blank_line()
    {
        Assert.Equal("\n# coding: latin-1\n\xe9\n", SourceDecoder.Decode(B("\n# coding: latin-1\n\xe9\n"), "x.py"));
        Assert.StartsWith("Non-UTF-8 code starting with '\\xe9' in file x.py on line 3", Error("x = 1\n# coding: latin-1\n\xe9\n"));
        // Line three is too late.
        Assert.StartsWith("Non-UTF-8 code", Error("\n\n# coding: latin-1\n\xe9\n"));
    }

    [Fact]
    public void Undeclared_non_utf8_reports_the_first_bad_byte_and_line()
    {
        Assert.Equal("Non-UTF-8 code starting with '\\xe9' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            Error("x = '\xe9'\n"));
        Assert.StartsWith("Non-UTF-8 code starting with '\\xa9' in file x.py on line 2,", Error("x = 1\n\xc3\xa9\xa9\n"));
        Assert.StartsWith("Non-UTF-8 code starting with '\\xed' in file x.py on line 1,", Error("'\xed\xa0\x80'\n")); // a surrogate
    }

    [Fact]
    public void Bom_or_cookie_counts_as_a_declared_encoding()
    {
        SourceDecoder.Decode(B("x = 1\n"), "x.py", true, out bool declared);
        Assert.False(declared);
        SourceDecoder.Decode(B("# coding: utf-8\nx = 1\n"), "x.py", true, out declared);
        Assert.True(declared);
        SourceDecoder.Decode(B("\xef\xbb\xbfx = 1\n"), "x.py", true, out declared);
        Assert.True(declared);
    }

    [Fact]
    public void Encoding_problems()
    {
        Assert.Equal("encoding problem: iso-8859-1 with BOM", Error("\xef\xbb\xbf# coding: latin-1\nx=1\n"));
        Assert.Equal("encoding problem: foo", Error("# coding: foo\n"));
        Assert.Equal("unknown encoding: foo", Error("# coding: foo\n", fileMode: false));
        Assert.Equal("encoding problem: ascii", Error("# coding: ascii\nx = '\xe9'\n"));
        Assert.Equal("encoding problem: utf8", Error("# coding=utf8\nx='\xe9'\n"));
        Assert.Equal("encoding problem: utf-16", Error("# coding: utf-16\nx=1\n"));
    }
}
