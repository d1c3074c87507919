using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;

namespace Taipan.Compiler.Tests.Parsing;

/// <summary>Mutated programs either parse or raise PythonSyntaxError; nothing else escapes.</summary>
public sealed class ParserRobustnessTests
{
    private const string Program = """
        import os, sys as system
        from .pkg import (a, b as c)

        @decorator(arg=1)
        class Point(Base, metaclass=Meta):
            '''Doc.'''
            x: int = 0

            async def move(self, dx=1, /, *args, dy: float = 2.0, **kw) -> "Point":
                async with lock as held, other:
                    result = [i * dx async for i in self.items if i > 0]
                return f"{self.x!r:>{width}} {dy=}"

        def gen():
            try:
                yield from range(10)
            except* (ValueError, TypeError) as group:
                raise RuntimeError("x") from group
            finally:
                del a[1:2, ::3], b.c

        match command.split():
            case [Point(x=0, y=y) as p, *rest] if y > 0:
                pass
            case {"k": 1 | 2, **others}:
                pass
            case _:
                value = lambda a, *b, **c: (a, b, c) if a else {**c, 1: 2}
        """;

    [Fact]
    public void Every_single_character_deletion_and_insertion_is_handled()
    {
        const string inserts = "()[]{}:,.=*'\"\\\n\t #@!$";
        int parsed = 0, rejected = 0;
        for (int i = 0; i < Program.Length; i += 3)
        {
            Check(Program.Remove(i, 1), ref parsed, ref rejected);
            Check(Program.Insert(i, inserts[i % inserts.Length].ToString()), ref parsed, ref rejected);
        }
        Assert.True(parsed > 0 && rejected > 0);
    }

    private static void Check(string source, ref int parsed, ref int rejected)
    {
        try
        {
            PythonParser.ParseModule(source, "mutant.py");
            parsed++;
        }
        catch (PythonSyntaxError e)
        {
            Assert.False(string.IsNullOrEmpty(e.Msg));
            SyntaxErrorReport.Format(e);
            rejected++;
        }
    }

    /// <summary>
    /// Found by `-X fuzz-parser 100000 1` (input 9151, test_genericalias.py cut short): the
    /// error pass re-parsed every nested expression without a memo, 3^depth work; 40 such list
    /// items would run for hours without it.
    /// </summary>
    [Fact]
    public void Error_pass_over_many_nested_subscripts_is_not_exponential()
    {
        var sb = new System.Text.StringBuilder("x = [\n");
        for (int i = 0; i < 40; i++) sb.Append("    tuple[*tuple[Unpack[tuple[int, ...]]]],\n");
        sb.Append("]\ndef g():\n");
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(sb.ToString(), "<test>"));
        // python3.11 reports: IndentationError: expected an indented block after function definition on line 43
        Assert.Equal(SyntaxErrorKind.IndentationError, e.Kind);
        Assert.Equal("expected an indented block after function definition on line 43", e.Msg);
    }
}
