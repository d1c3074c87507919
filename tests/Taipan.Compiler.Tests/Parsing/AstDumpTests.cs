using System.Text;
using Taipan.Compiler.Ast;
using Assert = Xunit.Assert;
using Taipan.Compiler.Parsing;

namespace Taipan.Compiler.Tests.Parsing;

/// <summary>Dumps equal CPython 3.11's ast.dump(include_attributes=True); cases in AstCases.g.cs (tools/gen_parser_tests.py).</summary>
public sealed partial class AstDumpTests
{
    [Theory]
    [MemberData(nameof(CPythonCases))]
    public void Dump_matches_CPython(string source, string expected)
    {
        var mod = PythonParser.ParseFile(Encoding.UTF8.GetBytes(source), "case.py");
        Assert.Equal(expected, AstDumper.Dump(mod));
    }

    [Fact]
    public void Parenthesized_expression_keeps_inner_position_but_statement_spans_parens()
    {
        var mod = PythonParser.ParseModule("x = (a)\n", "t.py");
        var assign = Assert.IsType<Assign>(mod.Body[0]);
        Assert.Equal((5, 6), (assign.Value.ColOffset, assign.Value.EndColOffset));
        Assert.Equal(7, assign.EndColOffset);
    }

    [Fact]
    public void Decorated_function_starts_at_def()
    {
        var mod = PythonParser.ParseModule("@d\n@e\ndef f():\n    pass\n", "t.py");
        var f = Assert.IsType<FunctionDef>(mod.Body[0]);
        Assert.Equal((3, 0, 4, 8), (f.Lineno, f.ColOffset, f.EndLineno, f.EndColOffset));
        Assert.Equal(2, f.DecoratorList.Count);
    }

    [Fact]
    public void Columns_count_utf8_bytes()
    {
        var mod = PythonParser.ParseModule("é = 'ü'\n", "t.py");
        var assign = Assert.IsType<Assign>(mod.Body[0]);
        Assert.Equal((0, 2), (assign.Targets[0].ColOffset, assign.Targets[0].EndColOffset));
        Assert.Equal((5, 9), (assign.Value.ColOffset, assign.Value.EndColOffset));
    }

    [Fact]
    public void Match_soft_keyword_is_a_name_outside_match_statements()
    {
        var mod = PythonParser.ParseModule("match = 1\nmatch.x\nmatch(a)\n", "t.py");
        Assert.IsType<Assign>(mod.Body[0]);
        Assert.IsType<ExprStmt>(mod.Body[1]);
        Assert.IsType<Call>(Assert.IsType<ExprStmt>(mod.Body[2]).Value);
    }

    [Fact]
    public void Eval_and_single_modes()
    {
        var e = PythonParser.ParseExpression("a + 1\n", "<string>");
        Assert.Equal("Expression(body=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))",
            AstDumper.Dump(e));
        var i = PythonParser.ParseInteractive("x = 1; y = 2\n", "<stdin>");
        Assert.Equal(2, i.Body.Count);
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(123456789.0, "123456789.0")]
    public void Float_repr_is_Pythons(double value, string expected) =>
        Assert.Equal(expected, PyRepr.Repr(value));

    [Theory]
    [InlineData("a'b", "\"a'b\"")]
    [InlineData("a'b\"", "'a\\'b\"'")]
    [InlineData("\u2028\u00a0\u00e9\t\x7f", "'\\u2028\\xa0\u00e9\\t\\x7f'")]
    public void Str_repr_quotes_and_escapes_like_Python(string value, string expected) =>
        Assert.Equal(expected, PyRepr.Repr(value));

    [Fact]
    public void Complex_and_bytes_repr()
    {
        Assert.Equal("1j", PyRepr.Repr(new System.Numerics.Complex(0, 1)));
        Assert.Equal("1.5j", PyRepr.Repr(new System.Numerics.Complex(0, 1.5)));
        Assert.Equal("b'\\x00\"\\''", PyRepr.Repr(new byte[] { 0, (byte)'"', (byte)'\'' }));
    }
}
