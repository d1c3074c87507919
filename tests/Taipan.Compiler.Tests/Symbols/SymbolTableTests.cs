using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;
using Taipan.Compiler.Symbols;

namespace Taipan.Compiler.Tests.Symbols;

public class SymbolTableTests
{
    private static SymbolTable Build(string src) =>
        SymbolTable.Build(PythonParser.ParseModule(src, "<test>"), "<test>", src);

    private static Scope Child(Scope s, string name)
    {
        foreach (var c in s.Children) if (c.Name == name) return c;
        throw new InvalidOperationException("no child " + name);
    }

    private static PythonSyntaxError Error(string src) =>
        Assert.Throws<PythonSyntaxError>(() => Build(src));

    [Fact]
    public void Function_locals_globals_free_and_cells_are_classified()
    {
        var st = Build("g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g + len\n    return h\n");
        var f = Child(st.Top, "f");
        Assert.Equal(SymbolScope.Local, f.GetScope("a"));
        Assert.Equal(SymbolScope.Cell, f.GetScope("b"));
        var h = Child(f, "h");
        Assert.Equal(SymbolScope.Free, h.GetScope("b"));
        Assert.Equal(SymbolScope.GlobalImplicit, h.GetScope("g"));
        Assert.Equal(SymbolScope.GlobalImplicit, h.GetScope("len"));
        Assert.True(h.IsNested);
        Assert.False(f.IsNested);
    }

    [Fact]
    public void Class_scope_is_skipped_by_methods()
    {
        var st = Build("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
        var c = Child(Child(st.Top, "f"), "C");
        var m = Child(c, "m");
        Assert.Equal(SymbolScope.Free, m.GetScope("x"));
        // The class binds x itself and passes the function's x through: DEF_FREE_CLASS.
        Assert.True((c.GetFlags("x") & SymbolFlags.DefFreeClass) != 0);
        Assert.Equal(SymbolScope.Cell, Child(st.Top, "f").GetScope("x"));
    }

    [Fact]
    public void Zero_argument_super_creates_the_class_cell()
    {
        var st = Build("class C:\n    def m(self):\n        return super().m()\n");
        var c = Child(st.Top, "C");
        Assert.True(c.NeedsClassClosure);
        Assert.Equal(SymbolScope.Free, Child(c, "m").GetScope("__class__"));
    }

    [Fact]
    public void Comprehension_has_its_own_scope_and_walrus_binds_in_the_function()
    {
        var st = Build("def f(xs):\n    return [y for x in xs if (y := x)]\n");
        var f = Child(st.Top, "f");
        var comp = Child(f, "listcomp");
        Assert.Equal(SymbolScope.Local, comp.GetScope("x"));
        Assert.Equal(SymbolScope.Local, comp.GetScope(".0"));
        Assert.Equal(SymbolScope.Free, comp.GetScope("y"));
        Assert.True((comp.GetFlags("y") & SymbolFlags.DefNonlocal) != 0);
        Assert.Equal(SymbolScope.Cell, f.GetScope("y"));
        Assert.Equal(SymbolScope.Local, f.GetScope("xs"));
    }

    [Fact]
    public void Walrus_in_module_level_comprehension_is_global()
    {
        var st = Build("[z := i for i in range(3)]\n");
        var comp = Child(st.Top, "listcomp");
        Assert.Equal(SymbolScope.GlobalExplicit, comp.GetScope("z"));
        Assert.Equal(SymbolScope.GlobalExplicit, st.Top.GetScope("z"));
    }

    [Fact]
    public void Global_statement_in_a_function_marks_the_module_symbol()
    {
        var st = Build("def f():\n    global counter\n    counter = 1\n");
        Assert.Equal(SymbolScope.GlobalExplicit, Child(st.Top, "f").GetScope("counter"));
        Assert.True((st.Top.GetFlags("counter") & SymbolFlags.DefGlobal) != 0);
    }

    [Fact]
    public void Private_names_are_mangled_in_class_bodies_and_methods()
    {
        var st = Build("class _Foo:\n    __x = 1\n    def m(self):\n        __y = 2\n");
        var c = Child(st.Top, "_Foo");
        Assert.Contains("_Foo__x", c.Order);
        Assert.Contains("_Foo__y", Child(c, "m").Order);
        Assert.Equal("__x__", SymbolTable.Mangle("C", "__x__"));
        Assert.Equal("__x", SymbolTable.Mangle("___", "__x"));
    }

    [Fact]
    public void Parameter_and_global_is_an_error_at_the_global_statement()
    {
        var e = Error("def f(x):\n    global x\n");
        Assert.Equal("name 'x' is parameter and global", e.Msg);
        Assert.Equal(2, e.Lineno);
        Assert.Equal(5, e.Offset);
    }

    [Fact]
    public void Use_before_global_declaration_is_an_error()
    {
        Assert.Equal("name 'x' is used prior to global declaration", Error("def f():\n    print(x)\n    global x\n").Msg);
        Assert.Equal("name 'x' is assigned to before global declaration", Error("def f():\n    x = 1\n    global x\n").Msg);
        Assert.Equal("name 'x' is assigned to before nonlocal declaration",
            Error("def g():\n    x = 0\n    def f():\n        x = 1\n        nonlocal x\n").Msg);
    }

    [Fact]
    public void Nonlocal_errors_match_cpython()
    {
        var e = Error("nonlocal x\n");
        Assert.Equal("nonlocal declaration not allowed at module level", e.Msg);
        Assert.Equal(1, e.Lineno);
        Assert.Equal("no binding for nonlocal 'x' found", Error("def f():\n    nonlocal x\n").Msg);
        Assert.Equal("name 'x' is nonlocal and global", Error("def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n").Msg);
    }

    [Fact]
    public void Comprehension_walrus_errors_match_cpython()
    {
        var e = Error("def f():\n    [i := 0 for i in range(3)]\n");
        Assert.Equal("assignment expression cannot rebind comprehension iteration variable 'i'", e.Msg);
        Assert.Equal(2, e.Lineno);
        Assert.Equal(6, e.Offset);
        Assert.Equal("assignment expression within a comprehension cannot be used in a class body",
            Error("class C:\n    [(y := 1) for i in range(3)]\n").Msg);
        Assert.Equal("assignment expression cannot be used in a comprehension iterable expression",
            Error("[i for i in (j := [])]\n").Msg);
    }

    [Fact]
    public void Yield_in_comprehension_and_import_star_errors()
    {
        Assert.Equal("'yield' inside list comprehension", Error("def f():\n    [(yield x) for x in y]\n").Msg);
        Assert.Equal("'yield' inside generator expression", Error("def f():\n    ((yield x) for x in y)\n").Msg);
        Assert.Equal("import * only allowed at module level", Error("def f():\n    from os import *\n").Msg);
        Assert.Equal("duplicate argument 'a' in function definition", Error("def f(a, *, a=1): pass\n").Msg);
    }

    [Fact]
    public void Dump_lists_symbols_sorted_with_symtable_predicates()
    {
        string dump = SymbolTableDumper.Dump(Build("import os\ndef f(a):\n    return a + os.sep\n"));
        Assert.Equal(
            "module top 0\n" +
            "  f: local global assigned namespace scope=1\n" +
            "  os: local global imported scope=1\n" +
            "function f 2\n" +
            "  a: local parameter referenced scope=1\n" +
            "  os: global referenced scope=3\n", dump);
    }

    [Fact]
    public void Async_comprehension_makes_the_enclosing_function_a_coroutine()
    {
        var st = Build("async def f(xs):\n    return [x async for x in xs]\n");
        var f = Child(st.Top, "f");
        Assert.True(Child(f, "listcomp").IsCoroutine);
        Assert.True(f.IsCoroutine);
    }
}
