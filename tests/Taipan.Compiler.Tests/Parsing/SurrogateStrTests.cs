using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Parsing;
using Assert = Xunit.Assert;

namespace Taipan.Compiler.Tests.Parsing;

/// <summary>
/// Escaped surrogates stay lone code points (<see cref="SurrogateStr"/>), distinct from astral
/// characters; expected dumps are CPython 3.11's ast.dump(include_attributes=True).
/// </summary>
public sealed class SurrogateStrTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "\"\\ud800\"\n", "Module(body=[Expr(value=Constant(value='\\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
        { "\"\\ud800\\udc00\"\n", "Module(body=[Expr(value=Constant(value='\\ud800\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])" },
        { "\"\\ud800\" \"\\udc00\"\n", "Module(body=[Expr(value=Constant(value='\\ud800\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])" },
        { "f\"\\ud800{x}\\udc00\"\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value='\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])" },
        { "\"\\U0001F600\"\n", "Module(body=[Expr(value=Constant(value='\U0001f600', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])" },
        { "b\"\\ud800\"\n", "Module(body=[Expr(value=Constant(value=b'\\\\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
        { "u\"\\udfff\\ud800\"\n", "Module(body=[Expr(value=Constant(value='\\udfff\\ud800', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
        { "\"\\ud800\" \"\U0001f600\" \"\\udc00\"\n", "Module(body=[Expr(value=Constant(value='\\ud800\U0001f600\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])" },
        { "\"\\udc00\\ud800'\"\n", "Module(body=[Expr(value=Constant(value=\"\\udc00\\ud800'\", lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
        { "\"\\ud800\" \"\\udc00\"\n\"\"\"\\udbff\\udfff\"\"\"\n", "Module(body=[Expr(value=Constant(value='\\ud800\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Expr(value=Constant(value='\\udbff\\udfff', lineno=2, col_offset=0, end_lineno=2, end_col_offset=18), lineno=2, col_offset=0, end_lineno=2, end_col_offset=18)], type_ignores=[])" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dump_matches_CPython(string source, string expected)
    {
        var mod = PythonParser.ParseFile(Encoding.UTF8.GetBytes(source), "case.py");
        Assert.Equal(expected, AstDumper.Dump(mod));
    }

    [Fact]
    public void Escaped_pair_is_two_code_points_and_astral_escape_is_a_string()
    {
        var pair = PythonParser.ParseModule("'\\ud800\\udc00'\n", "t.py");
        var v = Assert.IsType<SurrogateStr>(((Constant)((ExprStmt)pair.Body[0]).Value).Value);
        Assert.Equal(new[] { 0xD800, 0xDC00 }, v.CodePoints.ToArray());
        var astral = PythonParser.ParseModule("'\\U00010000'\n", "t.py");
        Assert.Equal("\U00010000", ((Constant)((ExprStmt)astral.Body[0]).Value).Value);
    }

    [Fact]
    public void Constant_table_dedupes_surrogate_strs_and_keeps_them_apart_from_astral()
    {
        var code = Taipan.Compiler.Tests.Bytecode.CompilerTests.Compile(
            "x = '\\ud800\\udc00'\ny = '\\ud800' '\\udc00'\nz = '\\U00010000'\n");
        var reprs = new List<string>();
        foreach (var c in code.Consts) reprs.Add(Taipan.Compiler.Bytecode.ConstantRepr.Repr(c));
        Assert.Equal(new[] { "'\\ud800\\udc00'", "'\U00010000'", "None" }, reprs);
    }
}
