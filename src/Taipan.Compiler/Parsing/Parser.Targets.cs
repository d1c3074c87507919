using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>Assignment/deletion targets: context setting, validation and CPython's invalid-target messages.</summary>
internal sealed partial class Parser
{
    /// <summary>star_targets as in `for` and comprehensions: comma-separated, each '*'? target; a Tuple when a comma occurs.</summary>
    private Expr StarTargets()
    {
        int s = _p;
        var first = StarTargetElement();
        if (Kind != TokenKind.Comma)
        {
            SetStore(first, ExprContext.Store);
            return first;
        }
        var t = new Tuple { Ctx = ExprContext.Store };
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (!StartsStarExpression() || IsKw(Kw.In)) break;
            t.Elts.Add(StarTargetElement());
        }
        Fin(t, s);
        SetStore(t, ExprContext.Store);
        return t;
    }

    private Expr StarTargetElement()
    {
        if (Kind == TokenKind.Star)
        {
            int s = _p;
            Advance();
            var v = BitwiseOr();
            return Fin(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        return BitwiseOr();
    }

    /// <summary>Sets Store/Del context through tuples, lists and starred; invalid targets fail (or raise CPython's message in the error pass).</summary>
    private void SetStore(Expr e, ExprContext ctx)
    {
        var bad = InvalidTarget(e, ctx);
        if (bad != null)
        {
            if (_invalid)
            {
                string verb = ctx == ExprContext.Del ? "delete" : "assign to";
                throw ErrorAtNode(bad, $"cannot {verb} {TargetDescription(bad)}");
            }
            throw ParseFailed.Instance;
        }
        ApplyContext(e, ctx);
    }

    private static void ApplyContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript sb: sb.Ctx = ctx; break;
            case Starred st: st.Ctx = ctx; ApplyContext(st.Value, ctx); break;
            case List l: l.Ctx = ctx; foreach (var x in l.Elts) ApplyContext(x, ctx); break;
            case Tuple t: t.Ctx = ctx; foreach (var x in t.Elts) ApplyContext(x, ctx); break;
        }
    }

    /// <summary>The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target), or null.</summary>
    private static Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name: case Attribute: case Subscript:
                return null;
            case Starred st:
                if (ctx == ExprContext.Del) return e;
                return InvalidTarget(st.Value, ctx);
            case List l:
                foreach (var x in l.Elts) { var b = InvalidTarget(x, ctx); if (b != null) return b; }
                return null;
            case Tuple t:
                foreach (var x in t.Elts) { var b = InvalidTarget(x, ctx); if (b != null) return b; }
                return null;
            case Compare c when ctx == ExprContext.Store && c.Ops.Count > 0 && c.Ops[0] == CmpOpKind.In:
                // `for x in y` style targets parsed too far: CPython reports the left side.
                return InvalidTarget(c.Left, ctx);
            default:
                return e;
        }
    }

    internal static string TargetDescription(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        LambdaNode => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            NoneConstant => "None",
            true => "True",
            false => "False",
            EllipsisConstant => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>invalid_for_target: 'for' star_expressions, parsed with the error rules on (so a missing comma is reported).</summary>
    private void InvalidForTargetAt(int targetStart)
    {
        int save = _p;
        _p = targetStart;
        Expr e;
        try { e = StarExpressions(); }
        catch (ParseFailed) { _p = save; return; }
        _p = save;
        InvalidForTarget(e);
    }

    private void InvalidForTarget(Expr target)
    {
        var bad = InvalidTarget(target, ExprContext.Store);
        if (bad != null) throw ErrorAtNode(bad, $"cannot assign to {TargetDescription(bad)}");
    }

    // ---- invalid_* rules of expressions ----------------------------------------------

    /// <summary>invalid_expression and invalid_legacy_expression, tried before an expression in the error pass.</summary>
    private void InvalidExpressionPre()
    {
        PythonSyntaxError? err = null;
        int s = _p;
        bool nameString = IsName && KindAt(1) == TokenKind.String;
        bool soft = Kind == TokenKind.Name && CurKw is Kw.Match or Kw.Case or Kw.Underscore;
        _invalid = false;
        try
        {
            if (!nameString && !soft && StartsExpression() && !IsKw(Kw.Lambda))
            {
                try
                {
                    var a = Disjunction();
                    if (StartsExpression() && !(IsKw(Kw.Lambda) && false))
                    {
                        var b = Expression();
                        if (_level[_p - 1] != 0 && !IsLegacyName(a))
                            err = ErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
                catch (ParseFailed) { }
            }
            _p = s;
            if (err == null && StartsExpression())
            {
                try
                {
                    var a = Disjunction();
                    if (IsKw(Kw.If))
                    {
                        Advance();
                        var b = Disjunction();
                        if (!IsKw(Kw.Else) && Kind != TokenKind.Colon)
                            err = ErrorRange(a, b, "expected 'else' after 'if' expression");
                    }
                }
                catch (ParseFailed) { }
            }
            _p = s;
        }
        catch (PythonSyntaxError) when (!_tokErrorRaised) { }
        finally
        {
            _invalid = true;
            _p = s;
        }
        if (err != null) throw err;
        // invalid_legacy_expression: NAME !'(' star_expressions, parsed (with the error rules on)
        // after any name; only print and exec make it an error of its own.
        if (IsName && KindAt(1) != TokenKind.LPar)
        {
            string id = TokText(_p);
            var a = AtTok(new Name { Id = id }, _p);
            Advance();
            try
            {
                if (StartsStarExpression())
                {
                    var b = StarExpressions();
                    if (id == "print" || id == "exec")
                        err = ErrorRange(a, b, $"Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                }
            }
            catch (ParseFailed) { }
            finally { _p = s; }
            if (err != null) throw err;
        }
    }

    private static bool IsLegacyName(Expr e) => e is Name n && (n.Id == "print" || n.Id == "exec");

    /// <summary>invalid_named_expression's '=' alternatives.</summary>
    private void InvalidNamedExpressionEquals(Expr a, int startTok)
    {
        int save = _p;
        _invalid = false;
        PythonSyntaxError? err = null;
        try
        {
            Advance(); // '='
            var b = BitwiseOr();
            if (Kind != TokenKind.Equal && Kind != TokenKind.ColonEqual)
            {
                bool startsWithName = _t[startTok].Kind == TokenKind.Name && a is Name && _kw[startTok] == Kw.None;
                if (startsWithName || (a is Name && _t[startTok].Kind == TokenKind.Name))
                    err = ErrorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                else if (!StartsWithDisplay(a, startTok))
                    err = ErrorAtNode(a, $"cannot assign to {TargetDescription(a)} here. Maybe you meant '==' instead of '='?");
            }
        }
        catch (ParseFailed) { }
        finally
        {
            _invalid = true;
            _p = save;
        }
        if (err != null) throw err;
    }

    /// <summary>The lookahead !(list|tuple|genexp|'True'|'None'|'False') at the expression's first token.</summary>
    private bool StartsWithDisplay(Expr a, int startTok)
    {
        var k = _t[startTok].Kind;
        if (k == TokenKind.LSqb) return a is List;
        if (k == TokenKind.LPar) return a is Tuple or GeneratorExp && a.ColOffset == _t[startTok].Col && a.Lineno == _t[startTok].Line;
        if (k == TokenKind.Name) return _kw[startTok] is Kw.True or Kw.False or Kw.NoneKw;
        return false;
    }

    /// <summary>Statement-level `targets = value` whose targets are not assignable (invalid_assignment).</summary>
    private PythonSyntaxError InvalidAssignment(List<Expr> targetsAndValue, List<int> starts)
    {
        var t1 = targetsAndValue[0];
        {
            // invalid_named_expression, reached through star_named_expression(s): the element
            // just before '=' must be a bitwise_or and the value a bitwise_or not followed by '='.
            Expr x = t1;
            int xs = starts[0];
            if (t1 is Tuple tt && tt.Elts.Count > 0 && !IsParenthesizedAt(t1, starts[0]))
            {
                x = tt.Elts[^1];
                xs = FindTokenAt(x);
                while (xs > 0 && _t[xs - 1].Kind == TokenKind.LPar && IsParenthesizedAt(x, xs - 1)) xs--;
            }
            Expr? b = BitwiseOrThenNoAssign(starts[1]);
            if (b != null && IsBitwiseOrLevel(x, xs))
            {
                if (x is Name && _t[xs].Kind == TokenKind.Name)
                    return ErrorRange(x, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                else if (!StartsWithDisplay(x, xs))
                    return ErrorAtNode(x, $"cannot assign to {TargetDescription(x)} here. Maybe you meant '==' instead of '='?");
            }
        }
        for (int i = 0; i < targetsAndValue.Count - 1; i++)
        {
            var t = targetsAndValue[i];
            if (t is Yield or YieldFrom && _kw[starts[i]] == Kw.Yield)
                return ErrorAtNode(t, "assignment to yield expression not possible");
            var bad = InvalidTarget(t, ExprContext.Store);
            if (bad != null) return ErrorAtNode(bad, $"cannot assign to {TargetDescription(bad)}");
        }
        return ErrorAtToken(_p, "invalid syntax");
    }

    /// <summary>Whether the expression at token <paramref name="tok"/> is wrapped in parentheses that start there.</summary>
    private bool IsParenthesizedAt(Expr e, int tok) =>
        _t[tok].Kind == TokenKind.LPar && !(e.Lineno == _t[tok].Line && e.ColOffset == _t[tok].Col);

    private bool IsBitwiseOrLevel(Expr x, int xs)
    {
        if (IsParenthesizedAt(x, xs)) return true;
        return x is not (BoolOp or Compare or IfExp or LambdaNode or NamedExpr or Starred or Yield or YieldFrom)
            && !(x is UnaryOp u && u.Op == UnaryOpKind.Not);
    }

    /// <summary>Parses a bitwise_or at token <paramref name="at"/>; returns it when not followed by '=' or ':='.</summary>
    private Expr? BitwiseOrThenNoAssign(int at)
    {
        int save = _p;
        bool inv = _invalid;
        _invalid = false;
        try
        {
            _p = at;
            var b = BitwiseOr();
            return Kind is TokenKind.Equal or TokenKind.ColonEqual ? null : b;
        }
        catch (ParseFailed) { return null; }
        catch (PythonSyntaxError) when (!_tokErrorRaised) { return null; }
        finally { _p = save; _invalid = inv; }
    }

    private int FindTokenAt(Node n)
    {
        // Linear scan back is fine: only used on the error path.
        for (int i = _p; i >= 0; i--)
            if (_t[i].Line == n.Lineno && _t[i].Col == n.ColOffset) return i;
        return 0;
    }
}
