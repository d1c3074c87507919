using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;
using Assert = Xunit.Assert;
using BytecodeCompiler = Taipan.Compiler.Bytecode.Compiler;

namespace Taipan.Compiler.Tests.Bytecode;

/// <summary>Compile-time outcomes pinned to CPython 3.11 (cases in CompileErrorCases.g.cs).</summary>
public partial class CompileErrorCases
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_or_fails_like_cpython(string src, string msg, int line, int offset)
    {
        var tree = PythonParser.ParseModule(src, "<test>");
        if (msg == "OK")
        {
            BytecodeCompiler.Compile(tree, "<test>", src);
            return;
        }
        var e = Assert.Throws<PythonSyntaxError>(() => BytecodeCompiler.Compile(tree, "<test>", src));
        Assert.Equal((msg, line, offset), (e.Msg, e.Lineno, e.Offset));
    }
}
