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
}
