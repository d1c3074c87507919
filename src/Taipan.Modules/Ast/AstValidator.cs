using Taipan.Compiler.Ast;
using Taipan.Runtime.Objects;
using Expr = Taipan.Compiler.Ast.Expr;
using List = Taipan.Compiler.Ast.List;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;

namespace Taipan.Modules.Ast;

/// <summary>
/// The structural checks CPython's ast.c (PyAST_Validate) makes on a tree built by hand before it is
/// compiled: contexts, empty bodies, matching list lengths, names that cannot be identifiers. The
/// parser never produces what this rejects, so it only runs on trees that came from Python objects.
/// </summary>
internal static class AstValidator
{
    public static void Validate(Mod mod)
    {
        switch (mod)
        {
            case Module m: Stmts(m.Body); break;
            case Interactive i: Stmts(i.Body); break;
            case Expression e: Exp(e.Body, ExprContext.Load); break;
            case FunctionType f: Exprs(f.Argtypes, ExprContext.Load, false); Exp(f.Returns, ExprContext.Load); break;
        }
    }

    private static PyException Error(string message) => PyErrors.ValueError(message);

    /// <summary>What CPython's compiler (not its validator) says of a target kind it cannot assign to;
    /// the number is the node's kind in CPython's expr enum (BoolOp = 1, ..., Tuple = 26).</summary>
    private static PyException InvalidNodeType(Expr target, string what)
    {
        int kind = Array.IndexOf(AstClassNames.All, target.PythonName) - AstClassIds.C_expr;
        return PyErrors.SystemError($"invalid node type ({kind}) for {what}");
    }

    private static void Stmts(List<Stmt> body)
    {
        foreach (var s in body)
        {
            if (s is null) throw Error("None disallowed in statement list");
            Stmt(s);
        }
    }

    private static void Body(List<Stmt> body, string owner)
    {
        if (body.Count == 0) throw Error($"empty body on {owner}");
        Stmts(body);
    }

    private static void NonEmpty<T>(List<T> seq, string what, string owner)
    {
        if (seq.Count == 0) throw Error($"empty {what} on {owner}");
    }

    private static void Exprs<T>(List<T> exprs, ExprContext ctx, bool nullOk) where T : Expr?
    {
        foreach (var e in exprs)
        {
            if (e is not null) Exp(e, ctx);
            else if (!nullOk) throw Error("None disallowed in expression list");
        }
    }

    private static void Opt(Expr? e, ExprContext ctx)
    {
        if (e is not null) Exp(e, ctx);
    }

    private static void CheckName(string name)
    {
        if (name is "None" or "True" or "False") throw Error($"identifier field can't represent '{name}' constant");
    }

    /// <summary>VALIDATE_POSITIONS: the range must not run backwards; negative positions mean "none"
    /// and must be negative at both ends.</summary>
    private static void Positions(Node n)
    {
        if (n.Lineno > n.EndLineno)
            throw Error($"AST node line range ({n.Lineno}, {n.EndLineno}) is not valid");
        if ((n.Lineno < 0 && n.EndLineno != n.Lineno) || (n.ColOffset < 0 && n.ColOffset != n.EndColOffset))
            throw Error($"AST node column range ({n.ColOffset}, {n.EndColOffset}) for line range ({n.Lineno}, {n.EndLineno}) is not valid");
        if (n.Lineno == n.EndLineno && n.ColOffset > n.EndColOffset)
            throw Error($"line {n.Lineno}, column {n.ColOffset}-{n.EndColOffset} is not a valid range");
    }

    private static void Stmt(Stmt s)
    {
        const ExprContext L = ExprContext.Load;
        Positions(s);
        switch (s)
        {
            case FunctionDef f:
                Body(f.Body, "FunctionDef"); Arguments(f.Args); Exprs(f.DecoratorList, L, false); Opt(f.Returns, L); break;
            case AsyncFunctionDef f:
                Body(f.Body, "AsyncFunctionDef"); Arguments(f.Args); Exprs(f.DecoratorList, L, false); Opt(f.Returns, L); break;
            case ClassDef c:
                Body(c.Body, "ClassDef"); Exprs(c.Bases, L, false); Keywords(c.Keywords); Exprs(c.DecoratorList, L, false); break;
            case Return r: Opt(r.Value, L); break;
            case Delete d: NonEmpty(d.Targets, "targets", "Delete"); Exprs(d.Targets, ExprContext.Del, false); break;
            case Assign a: NonEmpty(a.Targets, "targets", "Assign"); Exprs(a.Targets, ExprContext.Store, false); Exp(a.Value, L); break;
            case AugAssign a:
                Exp(a.Target, ExprContext.Store); Exp(a.Value, L);
                if (a.Target is not (Name or Attribute or Subscript)) throw InvalidNodeType(a.Target, "augmented assignment");
                break;
            case AnnAssign a:
                if (a.Simple != 0 && a.Target is not Name)
                    throw PyErrors.TypeError("AnnAssign with simple non-Name target");
                Exp(a.Target, ExprContext.Store); Opt(a.Value, L); Exp(a.Annotation, L);
                if (a.Target is not (Name or Attribute or Subscript)) throw InvalidNodeType(a.Target, "annotated assignment");
                break;
            case For f: Exp(f.Target, ExprContext.Store); Exp(f.Iter, L); Body(f.Body, "For"); Stmts(f.Orelse); break;
            case AsyncFor f: Exp(f.Target, ExprContext.Store); Exp(f.Iter, L); Body(f.Body, "AsyncFor"); Stmts(f.Orelse); break;
            case While w: Exp(w.Test, L); Body(w.Body, "While"); Stmts(w.Orelse); break;
            case If i: Exp(i.Test, L); Body(i.Body, "If"); Stmts(i.Orelse); break;
            case With w: WithItems(w.Items, "With"); Body(w.Body, "With"); break;
            case AsyncWith w: WithItems(w.Items, "AsyncWith"); Body(w.Body, "AsyncWith"); break;
            case Match m:
                Exp(m.Subject, L);
                NonEmpty(m.Cases, "cases", "Match");
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern, false); Opt(c.Guard, L); Body(c.Body, "match_case");
                }
                break;
            case Raise r:
                if (r.Exc is not null) { Exp(r.Exc, L); Opt(r.Cause, L); }
                else if (r.Cause is not null) throw Error("Raise with cause but no exception");
                break;
            case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try"); break;
            case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar"); break;
            case Assert a: Exp(a.Test, L); Opt(a.Msg, L); break;
            case Import i: NonEmpty(i.Names, "names", "Import"); break;
            case ImportFrom i:
                if (i.Level < 0) throw Error("Negative ImportFrom level");
                NonEmpty(i.Names, "names", "ImportFrom"); break;
            case Global g: NonEmpty(g.Names, "names", "Global"); break;
            case Nonlocal n: NonEmpty(n.Names, "names", "Nonlocal"); break;
            case ExprStmt e: Exp(e.Value, L); break;
        }
    }

    private static void TryParts(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody, string owner)
    {
        Body(body, owner);
        if (handlers.Count == 0 && finalbody.Count == 0) throw Error($"{owner} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count != 0) throw Error($"{owner} has orelse but no except handlers");
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            Opt(eh.Type, ExprContext.Load);
            Body(eh.Body, "ExceptHandler");
        }
        Stmts(finalbody);
        Stmts(orelse);
    }

    private static void WithItems(List<WithItem> items, string owner)
    {
        NonEmpty(items, "items", owner);
        foreach (var item in items)
        {
            Exp(item.ContextExpr, ExprContext.Load);
            Opt(item.OptionalVars, ExprContext.Store);
        }
    }

    private static void Keywords(List<Keyword> keywords)
    {
        foreach (var k in keywords) Exp(k.Value, ExprContext.Load);
    }

    private static void Args(List<Arg> args)
    {
        foreach (var a in args) Opt(a.Annotation, ExprContext.Load);
    }

    private static void Arguments(Arguments a)
    {
        Args(a.Posonlyargs);
        Args(a.Args);
        if (a.Vararg is not null) Opt(a.Vararg.Annotation, ExprContext.Load);
        Args(a.Kwonlyargs);
        if (a.Kwarg is not null) Opt(a.Kwarg.Annotation, ExprContext.Load);
        if (a.Defaults.Count > a.Posonlyargs.Count + a.Args.Count)
            throw Error("more positional defaults than args on arguments");
        if (a.KwDefaults.Count != a.Kwonlyargs.Count)
            throw Error("length of kwonlyargs is not the same as kw_defaults on arguments");
        Exprs(a.Defaults, ExprContext.Load, false);
        Exprs(a.KwDefaults, ExprContext.Load, true);
    }

    private static void Comprehensions(List<Comprehension> gens)
    {
        if (gens.Count == 0) throw Error("comprehension with no generators");
        foreach (var g in gens)
        {
            Exp(g.Target, ExprContext.Store);
            Exp(g.Iter, ExprContext.Load);
            Exprs(g.Ifs, ExprContext.Load, false);
        }
    }

    private static void Exp(Expr e, ExprContext ctx)
    {
        const ExprContext L = ExprContext.Load;
        Positions(e);
        ExprContext? actual = e switch
        {
            Attribute a => a.Ctx,
            Subscript s => s.Ctx,
            Starred s => s.Ctx,
            Name n => n.Ctx,
            List l => l.Ctx,
            Tuple t => t.Ctx,
            _ => null,
        };
        if (actual is { } actualCtx)
        {
            if (actualCtx != ctx) throw Error($"expression must have {ctx} context but has {actualCtx} instead");
        }
        else if (ctx != L)
        {
            throw Error($"expression which can't be assigned to in {ctx} context");
        }
        switch (e)
        {
            case BoolOp b:
                if (b.Values.Count < 2) throw Error("BoolOp with less than 2 values");
                Exprs(b.Values, L, false); break;
            case BinOp b: Exp(b.Left, L); Exp(b.Right, L); break;
            case UnaryOp u: Exp(u.Operand, L); break;
            case Lambda l: Arguments(l.Args); Exp(l.Body, L); break;
            case IfExp i: Exp(i.Test, L); Exp(i.Body, L); Exp(i.Orelse, L); break;
            case Dict d:
                if (d.Keys.Count != d.Values.Count) throw Error("Dict doesn't have the same number of keys as values");
                Exprs(d.Keys, L, true); Exprs(d.Values, L, false); break;
            case Set s: Exprs(s.Elts, L, false); break;
            case ListComp c: Comprehensions(c.Generators); Exp(c.Elt, L); break;
            case SetComp c: Comprehensions(c.Generators); Exp(c.Elt, L); break;
            case GeneratorExp c: Comprehensions(c.Generators); Exp(c.Elt, L); break;
            case DictComp c: Comprehensions(c.Generators); Exp(c.Key, L); Exp(c.Value, L); break;
            case Yield y: Opt(y.Value, L); break;
            case YieldFrom y: Exp(y.Value, L); break;
            case Await a: Exp(a.Value, L); break;
            case Compare c:
                if (c.Comparators.Count == 0) throw Error("Compare with no comparators");
                if (c.Comparators.Count != c.Ops.Count) throw Error("Compare has a different number of comparators and operands");
                Exprs(c.Comparators, L, false); Exp(c.Left, L); break;
            case Call c: Exp(c.Func, L); Exprs(c.Args, L, false); Keywords(c.Keywords); break;
            case JoinedStr j: Exprs(j.Values, L, false); break;
            case FormattedValue f:
                Exp(f.Value, L); Opt(f.FormatSpec, L);
                if (f.Conversion is not (-1 or 's' or 'r' or 'a'))
                    throw PyErrors.SystemError($"Unrecognized conversion character {f.Conversion}");
                break;
            case Attribute a: Exp(a.Value, L); break;
            case Subscript s: Exp(s.Slice, L); Exp(s.Value, L); break;
            case Starred s: Exp(s.Value, ctx); break;
            case Slice s: Opt(s.Lower, L); Opt(s.Upper, L); Opt(s.Step, L); break;
            case List l: Exprs(l.Elts, ctx, false); break;
            case Tuple t: Exprs(t.Elts, ctx, false); break;
            case NamedExpr n: Exp(n.Value, L); break;
            case Name n: CheckName(n.Id); break;
        }
    }

    private static void Capture(string name)
    {
        if (name == "_") throw Error("can't capture name '_' in patterns");
        CheckName(name);
    }

    /// <summary>validate_pattern_match_value: literals (not True/False/None/..., which MatchSingleton
    /// holds), attribute lookups, and the negations and sums the compiler folds into numbers.</summary>
    private static void MatchValueExpr(Expr e)
    {
        Exp(e, ExprContext.Load);
        switch (e)
        {
            case Constant c:
                if (c.Value is long or System.Numerics.BigInteger or double or System.Numerics.Complex or byte[] or string or SurrogateStr)
                    return;
                throw Error("unexpected constant inside of a literal pattern");
            case Attribute:
            case JoinedStr:
                return;
            case UnaryOp { Op: UnaryOpKind.USub }:
            case BinOp { Op: OperatorKind.Add or OperatorKind.Sub }:
                return;
        }
        throw Error("patterns may only match literals and attribute lookups");
    }

    private static void Pattern(Pattern p, bool starOk)
    {
        Positions(p);
        switch (p)
        {
            case MatchValue v:
                MatchValueExpr(v.Value);
                break;
            case MatchSingleton s:
                if (s.Value is not (NoneConstant or bool))
                    throw Error("MatchSingleton can only contain True, False and None");
                break;
            case MatchSequence s:
                foreach (var sub in s.Patterns) Pattern(sub, true);
                break;
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count)
                    throw Error("MatchMapping doesn't have the same number of keys as patterns");
                if (m.Rest is not null) Capture(m.Rest);
                foreach (var k in m.Keys)
                {
                    // None, True and False are valid keys although not valid values.
                    if (k is Constant { Value: NoneConstant or bool }) continue;
                    MatchValueExpr(k);
                }
                foreach (var sub in m.Patterns) Pattern(sub, false);
                break;
            case MatchClass c:
                Exp(c.Cls, ExprContext.Load);
                for (Expr cls = c.Cls; ; cls = ((Attribute)cls).Value)
                {
                    if (cls is Name) break;
                    if (cls is not Attribute) throw Error("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                    throw Error("MatchClass doesn't have the same number of keyword attributes as patterns");
                foreach (var a in c.KwdAttrs) CheckName(a);
                foreach (var sub in c.Patterns) Pattern(sub, false);
                foreach (var sub in c.KwdPatterns) Pattern(sub, false);
                break;
            case MatchStar s:
                if (!starOk) throw Error("can't use MatchStar here");
                if (s.Name is not null) Capture(s.Name);
                break;
            case MatchAs a:
                if (a.Name is not null) Capture(a.Name);
                if (a.Pattern is not null)
                {
                    if (a.Name is null) throw Error("MatchAs must specify a target name if a pattern is given");
                    Pattern(a.Pattern, false);
                }
                break;
            case MatchOr o:
                if (o.Patterns.Count < 2) throw Error("MatchOr requires at least 2 patterns");
                foreach (var sub in o.Patterns) Pattern(sub, false);
                break;
        }
    }
}
