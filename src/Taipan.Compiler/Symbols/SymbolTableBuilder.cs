using Taipan.Compiler.Ast;
using Attribute = Taipan.Compiler.Ast.Attribute;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// First pass of the symbol table: walks the tree, opens a block per scope and records
/// each name's definition flags. The rules and error messages follow CPython 3.11's
/// symtable.c; <see cref="ScopeAnalyzer"/> then resolves the scopes.
/// </summary>
internal sealed class SymbolTableBuilder
{
    private readonly CompileErrors _errors;
    private readonly List<Scope> _stack = new();
    private Scope _cur = null!;
    private Scope _top = null!;
    private string? _private;
    private int _future;
    private SymbolTable _table = null!;

    public SymbolTableBuilder(CompileErrors errors) => _errors = errors;

    public SymbolTable Build(Mod mod)
    {
        List<Stmt>? body = mod switch { Module m => m.Body, Interactive i => i.Body, _ => null };
        _future = body is null ? 0 : FutureFeatures.Scan(body);
        _top = new Scope("top", ScopeKind.Module, null, 0, 0);
        _table = new SymbolTable(_top, _future);
        _table.Register(mod, _top);
        _stack.Add(_top);
        _cur = _top;
        switch (mod)
        {
            case Module m: VisitStmts(m.Body); break;
            case Interactive i: VisitStmts(i.Body); break;
            case Expression e: VisitExpr(e.Body); break;
            case FunctionType ft: foreach (var a in ft.Argtypes) VisitExpr(a); VisitExpr(ft.Returns); break;
        }
        ScopeAnalyzer.Analyze(_top, _errors);
        return _table;
    }

    private void Enter(string name, ScopeKind kind, Node node)
    {
        var s = new Scope(name, kind, node, node.Lineno, node.ColOffset);
        s.CompIterExpr = _cur.CompIterExpr;
        if (_cur.IsNested || _cur.Kind == ScopeKind.Function) s.IsNested = true;
        _stack.Add(s);
        // Annotation blocks are invisible to the rest (CPython does not list them as children).
        if (kind != ScopeKind.Annotation)
        {
            _cur.Children.Add(s);
            _table.Register(node, s);
        }
        _cur = s;
    }

    private void Exit()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack[^1];
    }

    private void AddDef(string name, SymbolFlags flag, Node loc) => AddDef(name, flag, _cur, loc);

    private void AddDef(string name, SymbolFlags flag, Scope ste, Node loc)
    {
        string mangled = SymbolTable.Mangle(_private, name);
        SymbolFlags val;
        if (ste.Flags.TryGetValue(mangled, out var old))
        {
            if ((flag & SymbolFlags.DefParam) != 0 && (old & SymbolFlags.DefParam) != 0)
                throw _errors.At($"duplicate argument '{name}' in function definition", loc);
            val = old | flag;
        }
        else val = flag;
        if (ste.CompIterTarget)
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw _errors.At($"comprehension inner loop cannot rebind assignment expression target '{name}'", loc);
            val |= SymbolFlags.DefCompIter;
        }
        ste.SetFlags(mangled, val);
        if ((flag & SymbolFlags.DefParam) != 0) ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // CPython also marks the name in the module's own table.
            var g = flag;
            if (_top.Flags.TryGetValue(mangled, out var gv)) g |= gv;
            _top.SetFlags(mangled, g);
        }
    }

    private SymbolFlags LookupCur(string name) => _cur.GetFlags(SymbolTable.Mangle(_private, name));

    private void VisitStmts(List<Stmt> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                Enter(c.Name, ScopeKind.Class, c);
                var saved = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = saved;
                Exit();
                break;
            }
            case Return r:
                if (r.Value is not null) { VisitExpr(r.Value); _cur.ReturnsValue = true; }
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a: VisitExprs(a.Targets); VisitExpr(a.Value); break;
            case AnnAssign aa:
                if (aa.Target is Name n)
                {
                    var cur = LookupCur(n.Id);
                    if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _top && aa.Simple != 0)
                        throw _errors.At((cur & SymbolFlags.DefGlobal) != 0
                            ? $"annotated name '{n.Id}' can't be global"
                            : $"annotated name '{n.Id}' can't be nonlocal", aa);
                    if (aa.Simple != 0) AddDef(n.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, n);
                    else if (aa.Value is not null) AddDef(n.Id, SymbolFlags.DefLocal, n);
                }
                else VisitExpr(aa.Target);
                VisitAnnotation(aa.Annotation);
                if (aa.Value is not null) VisitExpr(aa.Value);
                break;
            case AugAssign au: VisitExpr(au.Target); VisitExpr(au.Value); break;
            case For f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case AsyncFor f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case While w: VisitExpr(w.Test); VisitStmts(w.Body); VisitStmts(w.Orelse); break;
            case If i: VisitExpr(i.Test); VisitStmts(i.Body); VisitStmts(i.Orelse); break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) { VisitExpr(r.Exc); if (r.Cause is not null) VisitExpr(r.Cause); }
                break;
            case Try t: VisitStmts(t.Body); VisitStmts(t.Orelse); VisitHandlers(t.Handlers); VisitStmts(t.Finalbody); break;
            case TryStar t: VisitStmts(t.Body); VisitStmts(t.Orelse); VisitHandlers(t.Handlers); VisitStmts(t.Finalbody); break;
            case Assert a: VisitExpr(a.Test); if (a.Msg is not null) VisitExpr(a.Msg); break;
            case Import im: foreach (var a in im.Names) VisitAlias(a); break;
            case ImportFrom im: foreach (var a in im.Names) VisitAlias(a); break;
            case Global g:
                foreach (var name in g.Names)
                {
                    var cur = LookupCur(name);
                    if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
                    {
                        string msg = (cur & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and global"
                            : (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to global declaration"
                            : (cur & SymbolFlags.DefAnnot) != 0 ? $"annotated name '{name}' can't be global"
                            : $"name '{name}' is assigned to before global declaration";
                        throw _errors.At(msg, g);
                    }
                    AddDef(name, SymbolFlags.DefGlobal, g);
                    RecordDirective(name, g);
                }
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names)
                {
                    var cur = LookupCur(name);
                    if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
                    {
                        string msg = (cur & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and nonlocal"
                            : (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to nonlocal declaration"
                            : (cur & SymbolFlags.DefAnnot) != 0 ? $"annotated name '{name}' can't be nonlocal"
                            : $"name '{name}' is assigned to before nonlocal declaration";
                        throw _errors.At(msg, nl);
                    }
                    AddDef(name, SymbolFlags.DefNonlocal, nl);
                    RecordDirective(name, nl);
                }
                break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case With w:
                foreach (var it in w.Items) { VisitExpr(it.ContextExpr); if (it.OptionalVars is not null) VisitExpr(it.OptionalVars); }
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                foreach (var it in w.Items) { VisitExpr(it.ContextExpr); if (it.OptionalVars is not null) VisitExpr(it.OptionalVars); }
                VisitStmts(w.Body);
                break;
            default: break; // Pass, Break, Continue
        }
    }

    private void RecordDirective(string name, Node loc)
    {
        _cur.Directives.TryAdd(SymbolTable.Mangle(_private, name), loc);
    }

    private void VisitHandlers(List<ExceptHandlerBase> handlers)
    {
        foreach (var hb in handlers)
        {
            var h = (ExceptHandler)hb;
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h);
            VisitStmts(h.Body);
        }
    }

    private void VisitAlias(Alias a)
    {
        string store = a.Asname ?? a.Name;
        if (a.Asname is null)
        {
            int dot = store.IndexOf('.');
            if (dot >= 0) store = store.Substring(0, dot);
        }
        if (a.Name != "*") AddDef(store, SymbolFlags.DefImport, a);
        else if (_cur.Kind != ScopeKind.Module)
            throw _errors.At("import * only allowed at module level", a);
    }

    private void VisitFunction(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitDefaults(args);
        VisitAnnotations(s, args, returns);
        VisitExprs(decorators);
        Enter(name, ScopeKind.Function, s);
        if (isAsync) _cur.IsCoroutine = true;
        VisitParams(args);
        VisitStmts(body);
        Exit();
    }

    private void VisitDefaults(Arguments args)
    {
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults) if (d is not null) VisitExpr(d);
    }

    private void VisitParams(Arguments a)
    {
        foreach (var p in a.Posonlyargs) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.Args) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.Kwonlyargs) AddDef(p.Name, SymbolFlags.DefParam, p);
        if (a.Vararg is not null) { AddDef(a.Vararg.Name, SymbolFlags.DefParam, a.Vararg); _cur.HasVarargs = true; }
        if (a.Kwarg is not null) { AddDef(a.Kwarg.Name, SymbolFlags.DefParam, a.Kwarg); _cur.HasVarKeywords = true; }
    }

    private bool FutureAnnotations => (_future & FutureFeatures.Annotations) != 0;

    private void VisitAnnotation(Expr annotation)
    {
        if (FutureAnnotations) Enter("_annotation", ScopeKind.Annotation, annotation);
        VisitExpr(annotation);
        if (FutureAnnotations) Exit();
    }

    private void VisitAnnotations(Stmt s, Arguments a, Expr? returns)
    {
        if (FutureAnnotations) Enter("_annotation", ScopeKind.Annotation, s);
        foreach (var p in a.Posonlyargs) if (p.Annotation is not null) VisitExpr(p.Annotation);
        foreach (var p in a.Args) if (p.Annotation is not null) VisitExpr(p.Annotation);
        if (a.Vararg?.Annotation is not null) VisitExpr(a.Vararg.Annotation);
        if (a.Kwarg?.Annotation is not null) VisitExpr(a.Kwarg.Annotation);
        foreach (var p in a.Kwonlyargs) if (p.Annotation is not null) VisitExpr(p.Annotation);
        if (FutureAnnotations) Exit();
        if (returns is not null) VisitAnnotation(returns);
    }

    private void RaiseIfAnnotationBlock(string what, Expr e)
    {
        if (_cur.Kind == ScopeKind.Annotation)
            throw _errors.At($"'{what}' can not be used within an annotation", e);
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case NamedExpr ne:
                RaiseIfAnnotationBlock("named expression", ne);
                if (_cur.CompIterExpr > 0)
                    throw _errors.At("assignment expression cannot be used in a comprehension iterable expression", ne);
                if (_cur.Comprehension != ComprehensionKind.None) ExtendNamedExprScope((Name)ne.Target);
                VisitExpr(ne.Value);
                VisitExpr(ne.Target);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitDefaults(l.Args);
                Enter("lambda", ScopeKind.Function, l);
                VisitParams(l.Args);
                VisitExpr(l.Body);
                Exit();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) VisitExpr(k);
                    VisitExpr(d.Values[i]);
                }
                break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: VisitComprehension(g, "genexpr", g.Generators, g.Elt, null); break;
            case ListComp l: VisitComprehension(l, "listcomp", l.Generators, l.Elt, null); break;
            case SetComp s: VisitComprehension(s, "setcomp", s.Generators, s.Elt, null); break;
            case DictComp d: VisitComprehension(d, "dictcomp", d.Generators, d.Key, d.Value); break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", y);
                if (y.Value is not null) VisitExpr(y.Value);
                _cur.IsGenerator = true;
                if (_cur.Comprehension != ComprehensionKind.None) RaiseYieldInComprehension(y);
                break;
            case YieldFrom yf:
                RaiseIfAnnotationBlock("yield expression", yf);
                VisitExpr(yf.Value);
                _cur.IsGenerator = true;
                if (_cur.Comprehension != ComprehensionKind.None) RaiseYieldInComprehension(yf);
                break;
            case Await aw:
                RaiseIfAnnotationBlock("await expression", aw);
                VisitExpr(aw.Value);
                _cur.IsCoroutine = true;
                break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js: VisitExprs(js.Values); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                if (n.Ctx == ExprContext.Load && _cur.Kind == ScopeKind.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
        }
    }

    private void RaiseYieldInComprehension(Expr e)
    {
        string msg = _cur.Comprehension switch
        {
            ComprehensionKind.List => "'yield' inside list comprehension",
            ComprehensionKind.Set => "'yield' inside set comprehension",
            ComprehensionKind.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        throw _errors.At(msg, e);
    }

    private void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionKind.None)
            {
                if ((ste.GetFlags(name) & SymbolFlags.DefCompIter) != 0)
                    throw _errors.At($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Kind == ScopeKind.Function)
            {
                if ((ste.GetFlags(name) & SymbolFlags.DefGlobal) != 0) AddDef(name, SymbolFlags.DefGlobal, target);
                else AddDef(name, SymbolFlags.DefNonlocal, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefLocal, ste, target);
                return;
            }
            if (ste.Kind == ScopeKind.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefGlobal, ste, target);
                return;
            }
            if (ste.Kind == ScopeKind.Class)
                throw _errors.At("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void VisitComprehension(Expr e, string scopeName, List<Comprehension> generators, Expr elt, Expr? value)
    {
        bool isGenerator = e is GeneratorExp;
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        Enter(scopeName, ScopeKind.Function, e);
        _cur.Comprehension = e switch
        {
            ListComp => ComprehensionKind.List,
            SetComp => ComprehensionKind.Set,
            DictComp => ComprehensionKind.Dict,
            _ => ComprehensionKind.Generator,
        };
        if (outermost.IsAsync != 0) _cur.IsCoroutine = true;
        AddDef(".0", SymbolFlags.DefParam, e);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var lc = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(lc.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(lc.Iter);
            _cur.CompIterExpr--;
            VisitExprs(lc.Ifs);
            if (lc.IsAsync != 0) _cur.IsCoroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        _cur.IsGenerator = isGenerator;
        bool isAsync = _cur.IsCoroutine && !isGenerator;
        Exit();
        if (isAsync) _cur.IsCoroutine = true;
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence s: foreach (var q in s.Patterns) VisitPattern(q); break;
            case MatchStar st: if (st.Name is not null) AddDef(st.Name, SymbolFlags.DefLocal, st); break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var q in m.Patterns) VisitPattern(q);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var q in c.Patterns) VisitPattern(q);
                foreach (var q in c.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o: foreach (var q in o.Patterns) VisitPattern(q); break;
        }
    }
}
