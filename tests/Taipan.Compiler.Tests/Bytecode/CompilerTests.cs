using Taipan.Compiler.Ast;
using Taipan.Compiler.Bytecode;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;
using Assert = Xunit.Assert;
using BytecodeCompiler = Taipan.Compiler.Bytecode.Compiler;

namespace Taipan.Compiler.Tests.Bytecode;

public class CompilerTests
{
    internal static CodeObject Compile(string src, int optimize = 0) =>
        BytecodeCompiler.Compile(PythonParser.ParseModule(src, "<test>"), "<test>", src, optimize);

    internal static CodeObject Nested(CodeObject code, string name)
    {
        foreach (var c in code.Consts)
            if (c is CodeObject co && co.Name == name) return co;
        throw new InvalidOperationException("no nested code " + name);
    }

    internal static List<OpCode> Ops(CodeObject code)
    {
        var ops = new List<OpCode>();
        for (int pc = 0; pc < code.Code.Length; pc += OpInfo.Width(code.OpAt(pc))) ops.Add(code.OpAt(pc));
        return ops;
    }

    private static PythonSyntaxError Error(string src) => Assert.Throws<PythonSyntaxError>(() => Compile(src));

    [Fact]
    public void Function_code_exposes_cpython_co_data()
    {
        var f = Nested(Compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    'doc'\n    x = a\n    return x\n"), "f");
        Assert.Equal(3, f.ArgCount);
        Assert.Equal(2, f.PosOnlyArgCount);
        Assert.Equal(2, f.KwOnlyArgCount);
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "args", "kw", "x" }, f.VarNames);
        Assert.Equal(8, f.NLocals);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.VarArgs | CodeFlags.VarKeywords, f.Flags);
        Assert.Equal(0xf, (int)f.Flags);
        Assert.Equal("doc", f.Consts[0]);
        Assert.Equal(1, f.FirstLineNo);
    }

    [Fact]
    public void Generator_coroutine_and_async_generator_flags_are_cpythons()
    {
        var m = Compile("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\ndef o():\n    def i(): pass\n");
        Assert.Equal(0x23, (int)Nested(m, "g").Flags);
        Assert.Equal(0x83, (int)Nested(m, "c").Flags);
        Assert.Equal(0x203, (int)Nested(m, "ag").Flags);
        Assert.Equal(0x13, (int)Nested(Nested(m, "o"), "i").Flags);
        Assert.Equal(0, (int)m.Flags);
    }

    [Fact]
    public void Qualnames_follow_cpython_rules()
    {
        var m = Compile("def f():\n    def g():\n        return lambda: [x for x in ()]\nclass C:\n    def m(self): pass\n    class D: pass\ndef h():\n    global k\n    def k(): pass\n");
        var g = Nested(Nested(m, "f"), "g");
        Assert.Equal("f.<locals>.g", g.QualName);
        var lam = Nested(g, "<lambda>");
        Assert.Equal("f.<locals>.g.<locals>.<lambda>", lam.QualName);
        Assert.Equal("f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>", Nested(lam, "<listcomp>").QualName);
        var c = Nested(m, "C");
        Assert.Equal("C.m", Nested(c, "m").QualName);
        Assert.Equal("C.D", Nested(c, "D").QualName);
        Assert.Equal("k", Nested(Nested(m, "h"), "k").QualName);
    }

    [Fact]
    public void Cells_list_parameters_first_and_argument_cells_are_copied()
    {
        var f = Nested(Compile("def f(b, a):\n    def g():\n        return a, b, z, y\n    z = y = 1\n    return g\n"), "f");
        Assert.Equal(new[] { "b", "a", "y", "z" }, f.CellVars);
        var ops = Ops(f);
        Assert.Equal(OpCode.MAKE_CELL, ops[0]);
        Assert.Equal(OpCode.LOAD_FAST, ops[1]);
        Assert.Equal(OpCode.STORE_DEREF, ops[2]);
        var g = Nested(f, "g");
        Assert.Equal(new[] { "a", "b", "y", "z" }, g.FreeVars);
        Assert.Equal(OpCode.COPY_FREE_VARS, g.OpAt(0));
        // Deref operands index locals-plus: varnames, then cells, then frees.
        Assert.Equal(g.NLocals, g.ArgAt(1));
    }

    [Fact]
    public void Class_body_sets_module_qualname_and_classcell()
    {
        var c = Nested(Compile("class C:\n    'doc'\n    def m(self):\n        return super().m()\n"), "C");
        Assert.Equal(new[] { "__class__" }, c.CellVars);
        Assert.Contains("__module__", c.Names);
        Assert.Contains("__qualname__", c.Names);
        Assert.Contains("__doc__", c.Names);
        Assert.Contains("__classcell__", c.Names);
        Assert.Equal(new[] { "__class__" }, Nested(c, "m").FreeVars);
    }

    [Fact]
    public void Class_annotations_set_up_the_dict_and_store_by_subscript()
    {
        var c = Nested(Compile("class C:\n    x: int = 1\n"), "C");
        var ops = Ops(c);
        Assert.Contains(OpCode.SETUP_ANNOTATIONS, ops);
        Assert.Contains("__annotations__", c.Names);
        Assert.Contains(OpCode.STORE_SUBSCR, ops);
    }

    [Fact]
    public void Future_annotations_become_strings()
    {
        var m = Compile("from __future__ import annotations\ndef f(a: list[int], *b: 'x') -> dict[str, int | None]: pass\n");
        Assert.Equal(0x1000000, (int)m.Flags);
        Assert.Contains("list[int]", m.Consts);
        Assert.Contains("'x'", m.Consts);
        Assert.Contains("dict[str, int | None]", m.Consts);
        Assert.Equal(0x1000007, (int)Nested(m, "f").Flags);
    }

    [Theory]
    [InlineData("return 1\n", "'return' outside function", 1, 1)]
    [InlineData("class C:\n    return\n", "'return' outside function", 2, 5)]
    [InlineData("break\n", "'break' outside loop", 1, 1)]
    [InlineData("while x:\n    def f():\n        continue\n", "'continue' not properly in loop", 3, 9)]
    [InlineData("yield 1\n", "'yield' outside function", 1, 1)]
    [InlineData("class C:\n    x = yield\n", "'yield' outside function", 2, 9)]
    [InlineData("await x\n", "'await' outside function", 1, 1)]
    [InlineData("def f():\n    await x\n", "'await' outside async function", 2, 5)]
    [InlineData("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5)]
    [InlineData("async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5)]
    [InlineData("def f():\n    async with x: pass\n", "'async with' outside async function", 2, 5)]
    [InlineData("def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 5)]
    [InlineData("def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12)]
    [InlineData("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3, 1)]
    [InlineData("for x in y:\n    try:\n        pass\n    except* E:\n        break\n", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9)]
    [InlineData("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8)]
    [InlineData("import os\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 2, 1)]
    [InlineData("from __future__ import blah\n", "future feature blah is not defined", 1, 1)]
    public void Compile_time_syntax_errors_match_cpython(string src, string msg, int line, int offset)
    {
        var e = Error(src);
        Assert.Equal(msg, e.Msg);
        Assert.Equal(line, e.Lineno);
        Assert.Equal(offset, e.Offset);
    }

    [Theory]
    [InlineData("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "name capture 'y' makes remaining patterns unreachable")]
    [InlineData("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable")]
    [InlineData("match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern")]
    [InlineData("match x:\n    case [a] | (b, 1):\n        pass\n", "alternative patterns bind different names")]
    [InlineData("match x:\n    case {1: a, 1: b}:\n        pass\n", "mapping pattern checks duplicate key (1)")]
    [InlineData("match x:\n    case C(a=1, a=2):\n        pass\n", "attribute name repeated in class pattern: a")]
    public void Pattern_errors_match_cpython(string src, string msg)
    {
        Assert.Equal(msg, Error(src).Msg);
    }

    [Fact]
    public void For_loop_has_a_backward_jump_to_its_header()
    {
        var m = Compile("for i in x:\n    f(i)\n");
        int header = -1;
        for (int pc = 0; pc < m.Code.Length; pc += OpInfo.Width(m.OpAt(pc)))
        {
            if (m.OpAt(pc) == OpCode.FOR_ITER) header = pc;
            if (m.OpAt(pc) == OpCode.JUMP_BACKWARD) Assert.Equal(header, m.ArgAt(pc));
        }
        Assert.Contains(OpCode.JUMP_BACKWARD, Ops(m));
    }

    [Fact]
    public void While_test_fuses_compare_and_branch()
    {
        var f = Nested(Compile("def f(n):\n    i = 0\n    while i < n:\n        i += 1\n"), "f");
        var ops = Ops(f);
        Assert.Contains(OpCode.COMPARE_JUMP_IF_FALSE, ops);
        Assert.DoesNotContain(OpCode.COMPARE_OP, ops);
        Assert.Contains(OpCode.JUMP_BACKWARD, ops);
    }

    [Fact]
    public void Method_calls_use_load_method()
    {
        var ops = Ops(Compile("o.m(1, k=2)\n"));
        Assert.Contains(OpCode.LOAD_METHOD, ops);
        Assert.Contains(OpCode.CALL_METHOD_KW, ops);
    }

    [Fact]
    public void Constants_are_folded_where_cpython_folds_them()
    {
        var m = Compile("a = -1\nb = 2 ** 10\nc = (1, 2, (3, 'x'))\nd = __debug__\n");
        Assert.Contains(-1L, m.Consts);
        Assert.Contains(1024L, m.Consts);
        Assert.Contains(m.Consts, c => c is ConstantTuple t && t.Items.Length == 3 && t.Items[2] is ConstantTuple);
        Assert.Contains(true, m.Consts);
        Assert.DoesNotContain(OpCode.BINARY_OP, Ops(m));
        Assert.DoesNotContain(OpCode.UNARY_NEGATIVE, Ops(m));
    }

    [Fact]
    public void Constants_stay_distinct_by_type()
    {
        var m = Compile("a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\n");
        Assert.Contains(1L, m.Consts);
        Assert.Contains(1.0, m.Consts);
        Assert.Contains(true, m.Consts);
        Assert.Equal(2, m.Consts.Count(c => c is double d && d == 0.0));
    }

    [Fact]
    public void Assert_is_dropped_with_optimize()
    {
        Assert.Contains(OpCode.LOAD_ASSERTION_ERROR, Ops(Compile("assert x, 'm'\n")));
        Assert.DoesNotContain(OpCode.LOAD_ASSERTION_ERROR, Ops(Compile("assert x, 'm'\n", optimize: 1)));
        Assert.Contains(false, Compile("d = __debug__\n", optimize: 1).Consts);
    }

    [Fact]
    public void Docstrings_are_dropped_with_OO()
    {
        var m = Compile("'mod'\ndef f():\n    'doc'\n", optimize: 2);
        Assert.DoesNotContain("mod", m.Consts);
        Assert.DoesNotContain("__doc__", m.Names);
        Assert.IsType<NoneConstant>(Nested(m, "f").Consts[0]);
    }

    [Fact]
    public void Try_except_builds_a_zero_cost_exception_table()
    {
        var f = Nested(Compile("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n"), "f");
        Assert.NotEmpty(f.ExceptionTable);
        var body = f.ExceptionTable[0];
        Assert.Equal(0, body.Depth);
        Assert.False(body.PushLasti);
        Assert.Equal(OpCode.PUSH_EXC_INFO, f.OpAt(body.Handler));
        Assert.DoesNotContain(OpCode.SETUP_HANDLER, Ops(f));
        // Entries are sorted and disjoint.
        for (int i = 1; i < f.ExceptionTable.Length; i++)
            Assert.True(f.ExceptionTable[i].Start >= f.ExceptionTable[i - 1].End);
    }

    [Fact]
    public void With_handler_depth_excludes_the_enter_result()
    {
        var f = Nested(Compile("def f(m):\n    with m as x:\n        g(x)\n"), "f");
        Assert.Contains(f.ExceptionTable, e => e.Depth == 1 && e.PushLasti);
    }

    [Fact]
    public void Stack_size_is_the_maximum_depth()
    {
        Assert.Equal(4, Compile("x = (a, b, c, d)\n").StackSize);
        Assert.Equal(1, Nested(Compile("def f(): return 1\n"), "f").StackSize);
    }

    [Fact]
    public void Positions_round_trip_through_the_line_table()
    {
        var m = Compile("x = 1\n\n\ny = (2 +\n     x)\n");
        var pos = m.Positions;
        Assert.Equal(1, pos[0].Line);
        bool sawMultiLine = false;
        foreach (var p in pos) if (p.Line == 4 && p.EndLine == 5) sawMultiLine = true;
        Assert.True(sawMultiLine);
        var lines = m.Lines();
        Assert.Equal(0, lines[0].Start);
        Assert.Equal(m.Code.Length, lines[^1].End);
    }

    [Fact]
    public void Star_unpacking_assignment_uses_unpack_ex()
    {
        var m = Compile("a, *b, c = x\n");
        int pc = 0;
        while (m.OpAt(pc) != OpCode.UNPACK_EX) pc += OpInfo.Width(m.OpAt(pc));
        Assert.Equal(1 | (1 << 8), m.ArgAt(pc));
        Assert.Equal("multiple starred expressions in assignment", Error("*a, *b = x\n").Msg);
        Assert.Equal("starred assignment target must be in a list or tuple", Error("*a = x\n").Msg);
    }

    [Fact]
    public void Comprehension_is_a_nested_function_called_with_the_iterator()
    {
        var m = Compile("r = [x * 2 for x in y if x]\n");
        var lc = Nested(m, "<listcomp>");
        Assert.Equal(1, lc.ArgCount);
        Assert.Equal(".0", lc.VarNames[0]);
        Assert.Contains(OpCode.LIST_APPEND, Ops(lc));
        var g = Nested(Compile("r = (x for x in y)\n"), "<genexpr>");
        Assert.Equal(0x23, (int)g.Flags);
    }

    [Fact]
    public void Fstrings_format_and_join()
    {
        var ops = Ops(Compile("s = f'{a!r:>{w}} and {b}'\n"));
        Assert.Contains(OpCode.FORMAT_VALUE, ops);
        Assert.Contains(OpCode.BUILD_STRING, ops);
    }

    [Fact]
    public void Unreachable_code_and_its_constants_are_dropped()
    {
        var f = Nested(Compile("def f():\n    return 1\n    x = 'dead'\n    def g(): pass\n"), "f");
        Assert.DoesNotContain("dead", f.Consts);
        Assert.DoesNotContain(f.Consts, c => c is CodeObject);
        Assert.Equal(new[] { OpCode.LOAD_CONST, OpCode.RETURN_VALUE }, Ops(f));
    }

    [Fact]
    public void Finally_bodies_share_nested_code_objects()
    {
        var f = Nested(Compile("def f():\n    try:\n        pass\n    finally:\n        g = lambda: 1\n"), "f");
        Assert.Single(f.Consts, c => c is CodeObject);
        Assert.Equal(2, Ops(f).Count(o => o == OpCode.MAKE_FUNCTION));
    }

    [Fact]
    public void Only_jump_backward_goes_backward()
    {
        var m = Compile("def f(n):\n    while n:\n        for i in range(n):\n            if i > 2 and i:\n                continue\n            n -= 1\n    return [x for x in range(n) if x]\n");
        void Check(CodeObject code)
        {
            for (int pc = 0; pc < code.Code.Length; pc += OpInfo.Width(code.OpAt(pc)))
            {
                var op = code.OpAt(pc);
                if (!OpInfo.IsJump(op)) continue;
                bool backward = code.ArgAt(pc) <= pc;
                Assert.Equal(op is OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT, backward);
            }
            foreach (var c in code.Consts) if (c is CodeObject n) Check(n);
        }
        Check(m);
    }

    [Fact]
    public void Interactive_and_eval_modes()
    {
        var single = BytecodeCompiler.Compile(PythonParser.ParseInteractive("1 + x\n", "<stdin>"), "<stdin>");
        Assert.Contains(OpCode.PRINT_EXPR, Ops(single));
        var eval = BytecodeCompiler.Compile(PythonParser.ParseExpression("x * 2", "<string>"), "<string>");
        Assert.Equal(OpCode.RETURN_VALUE, Ops(eval)[^1]);
        Assert.Equal(3, Ops(eval).Count - 1);
    }

    [Fact]
    public void Generators_yield_and_delegate_with_send()
    {
        var g = Nested(Compile("def g(x):\n    y = yield 1\n    yield from x\n"), "g");
        var ops = Ops(g);
        Assert.Contains(OpCode.YIELD_VALUE, ops);
        Assert.Contains(OpCode.GET_YIELD_FROM_ITER, ops);
        Assert.Contains(OpCode.SEND, ops);
        var ag = Nested(Compile("async def ag():\n    yield 1\n"), "ag");
        Assert.Contains(OpCode.ASYNC_GEN_WRAP, Ops(ag));
    }

    [Fact]
    public void Star_and_double_star_calls_use_call_function_ex()
    {
        var single = Ops(Compile("f(*a)\n"));
        Assert.Contains(OpCode.CALL_FUNCTION_EX, single);
        Assert.DoesNotContain(OpCode.LIST_TO_TUPLE, single);
        var mixed = Ops(Compile("f(1, *a, k=2, **kw)\n"));
        Assert.Contains(OpCode.LIST_EXTEND, mixed);
        Assert.Contains(OpCode.LIST_TO_TUPLE, mixed);
        Assert.Contains(OpCode.DICT_MERGE, mixed);
    }

    [Fact]
    public void Match_compiles_every_pattern_kind()
    {
        var m = Compile("match s:\n    case 1 | 2: pass\n    case None: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case P(x, y=z) as q: pass\n    case _: pass\n");
        var ops = Ops(m);
        Assert.Contains(OpCode.MATCH_SEQUENCE, ops);
        Assert.Contains(OpCode.MATCH_MAPPING, ops);
        Assert.Contains(OpCode.MATCH_KEYS, ops);
        Assert.Contains(OpCode.MATCH_CLASS, ops);
        Assert.Contains(OpCode.COPY_DICT_WITHOUT_KEYS, ops);
        Assert.Contains("rest", m.Names);
        Assert.Contains("q", m.Names);
    }
}

public class LineTableTests
{
    [Fact]
    public void Encode_decode_round_trips_every_form()
    {
        var positions = new[]
        {
            new SourcePosition(1, 1, 0, 5), new SourcePosition(1, 1, 0, 5),
            new SourcePosition(2, 4, 3, 1), new SourcePosition(-1, -1, -1, -1),
            new SourcePosition(40, 40, 300, 900), new SourcePosition(3, 3, 2, 2),
            new SourcePosition(3, 3, -1, -1),
        };
        var words = new List<SourcePosition>();
        foreach (var p in positions) words.Add(p);
        for (int i = 0; i < 20; i++) words.Add(new SourcePosition(7, 7, 1, 2));
        var table = LineTable.Encode(words.ToArray());
        Assert.Equal(words.ToArray(), LineTable.Decode(table, words.Count));
    }
}
