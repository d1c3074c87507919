using Taipan.Compiler.Ast;
using Taipan.Compiler.Bytecode;
using Taipan.Compiler.Parsing;
using Assert = Xunit.Assert;
using BytecodeCompiler = Taipan.Compiler.Bytecode.Compiler;

namespace Taipan.Compiler.Tests.Bytecode;

public class AstUnparserTests
{
    // Expected strings are what CPython 3.11 stores for `from __future__ import annotations`.
    [Theory]
    [InlineData("a.b[c, d]", "a.b[c, d]")]
    [InlineData("(a + b) * c", "(a + b) * c")]
    [InlineData("a ** -b ** c", "a ** (-b ** c)")]
    [InlineData("lambda x, *, y=1: x", "lambda x, *, y=1: x")]
    [InlineData("not a or b and c", "not a or b and c")]
    [InlineData("x if y else z", "x if y else z")]
    [InlineData("[i for i in range(3) if i]", "[i for i in range(3) if i]")]
    [InlineData("{'a': 1, **d}", "{'a': 1, **d}")]
    [InlineData("f(*a, k=1, **kw)", "f(*a, k=1, **kw)")]
    [InlineData("1e400", "1e309")]
    [InlineData("a[1:2, ::3]", "a[1:2, ::3]")]
    [InlineData("(1,)", "(1,)")]
    [InlineData("1 .real", "1 .real")]
    [InlineData("a < b <= c is not d", "a < b <= c is not d")]
    public void Unparses_like_cpython(string src, string expected)
    {
        var e = PythonParser.ParseExpression(src, "<test>").Body;
        Assert.Equal(expected, AstUnparser.Unparse(e));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123.0, "123.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.5e300, "1.5e+300")]
    public void Float_repr_matches_python(double d, string expected)
    {
        Assert.Equal(expected, Taipan.Compiler.Ast.PyRepr.Repr(d));
    }
}
