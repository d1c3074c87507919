using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>The match statement and its patterns (PEP 634).</summary>
internal sealed partial class Parser
{
    private Stmt MatchStmt()
    {
        int s = _p;
        Advance(); // match
        int ss = _p;
        Expr subject;
        var first = StarNamedExpression();
        if (Kind == TokenKind.Comma)
        {
            var t = new Tuple();
            t.Elts.Add(first);
            while (Accept(TokenKind.Comma))
            {
                if (!StartsStarExpression()) break;
                t.Elts.Add(StarNamedExpression());
            }
            subject = Fin(t, ss);
        }
        else
        {
            if (first is Starred) throw ParseFailed.Instance;
            subject = first;
        }
        if (Kind != TokenKind.Colon) throw ParseFailed.Instance;
        Advance();
        if (Kind != TokenKind.Newline) throw ParseFailed.Instance;
        Advance();
        if (Kind != TokenKind.Indent)
        {
            if (_invalid)
                throw ErrorAtLastToken($"expected an indented block after 'match' statement on line {_t[s].Line}",
                    Diagnostics.SyntaxErrorKind.IndentationError);
            throw ParseFailed.Instance;
        }
        Advance();
        var m = new Match { Subject = subject };
        while (IsKw(Kw.Case))
        {
            int c = _p;
            Advance();
            var pat = Patterns();
            var mc = new MatchCase { Pattern = pat };
            if (AcceptKw(Kw.If)) mc.Guard = NamedExpression();
            ColonOrFail();
            mc.Body = Block("'case' statement", c);
            m.Cases.Add(mc);
        }
        if (m.Cases.Count == 0) throw ParseFailed.Instance;
        Expect(TokenKind.Dedent);
        return Fin(m, s);
    }

    private Pattern Patterns()
    {
        int s = _p;
        var first = MaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar) throw ParseFailed.Instance;
            return first;
        }
        var seq = new MatchSequence();
        seq.Patterns.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind is TokenKind.Colon || IsKw(Kw.If)) break;
            seq.Patterns.Add(MaybeStarPattern());
        }
        return Fin(seq, s);
    }

    private Pattern MaybeStarPattern()
    {
        if (Kind == TokenKind.Star)
        {
            int s = _p;
            Advance();
            string? name = null;
            if (IsKw(Kw.Underscore)) Advance();
            else name = CaptureTarget();
            return Fin(new MatchStar { Name = name }, s);
        }
        return Pattern();
    }

    private string CaptureTarget()
    {
        if (!IsName || CurKw == Kw.Underscore) throw ParseFailed.Instance;
        var next = KindAt(1);
        if (next is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal) throw ParseFailed.Instance;
        string n = NameText(_p);
        Advance();
        return n;
    }

    private Pattern Pattern()
    {
        int s = _p;
        var p = OrPattern();
        if (IsKw(Kw.As))
        {
            Advance();
            if (IsKw(Kw.Underscore))
            {
                if (_invalid) throw ErrorAtToken(_p, "cannot use '_' as a target");
                throw ParseFailed.Instance;
            }
            string name = CaptureTarget();
            return Fin(new MatchAs { Pattern = p, Name = name }, s);
        }
        return p;
    }

    private Pattern OrPattern()
    {
        int s = _p;
        var first = ClosedPattern();
        if (Kind != TokenKind.VBar) return first;
        var or = new MatchOr();
        or.Patterns.Add(first);
        while (Accept(TokenKind.VBar)) or.Patterns.Add(ClosedPattern());
        return Fin(or, s);
    }

    private Pattern ClosedPattern()
    {
        int s = _p;
        switch (Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            case TokenKind.String:
                return Fin(new MatchValue { Value = LiteralExpr() }, s);
            case TokenKind.LPar:
                {
                    Advance();
                    if (Kind == TokenKind.RPar)
                    {
                        Advance();
                        return Fin(new MatchSequence(), s);
                    }
                    var first = MaybeStarPattern();
                    if (Kind == TokenKind.RPar && first is not MatchStar)
                    {
                        Advance();
                        return first; // group pattern
                    }
                    var seq = new MatchSequence();
                    seq.Patterns.Add(first);
                    Expect(TokenKind.Comma);
                    while (Kind != TokenKind.RPar)
                    {
                        seq.Patterns.Add(MaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.RPar);
                    return Fin(seq, s);
                }
            case TokenKind.LSqb:
                {
                    Advance();
                    var seq = new MatchSequence();
                    while (Kind != TokenKind.RSqb)
                    {
                        seq.Patterns.Add(MaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.RSqb);
                    return Fin(seq, s);
                }
            case TokenKind.LBrace:
                return MappingPattern();
            case TokenKind.Name:
                {
                    Kw k = CurKw;
                    if (k == Kw.NoneKw) { Advance(); return Fin(new MatchSingleton { Value = NoneConstant.Instance }, s); }
                    if (k == Kw.True) { Advance(); return Fin(new MatchSingleton { Value = true }, s); }
                    if (k == Kw.False) { Advance(); return Fin(new MatchSingleton { Value = false }, s); }
                    if (Keywords.IsHard(k)) throw ParseFailed.Instance;
                    var next = KindAt(1);
                    if (next is not (TokenKind.Dot or TokenKind.LPar))
                    {
                        if (next == TokenKind.Equal) throw ParseFailed.Instance;
                        if (k == Kw.Underscore) { Advance(); return Fin(new MatchAs(), s); }
                        string n = NameText(_p);
                        Advance();
                        return Fin(new MatchAs { Name = n }, s);
                    }
                    Expr cls = NameOrAttr();
                    if (Kind == TokenKind.LPar) return ClassPattern(s, cls);
                    if (Kind == TokenKind.Equal) throw ParseFailed.Instance;
                    return Fin(new MatchValue { Value = cls }, s);
                }
            default:
                throw ParseFailed.Instance;
        }
    }

    private Expr NameOrAttr()
    {
        int s = _p;
        Expr e = AtTok(new Name { Id = ExpectNameAndReturn(), Ctx = ExprContext.Load }, _p - 1);
        while (Kind == TokenKind.Dot)
        {
            Advance();
            string attr = ExpectName();
            e = Fin(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, s);
        }
        return e;
    }

    private string ExpectNameAndReturn() => ExpectName();

    private Pattern ClassPattern(int s, Expr cls)
    {
        Advance(); // (
        var cp = new MatchClass { Cls = cls };
        while (Kind != TokenKind.RPar)
        {
            if (IsName && KindAt(1) == TokenKind.Equal)
            {
                cp.KwdAttrs.Add(NameText(_p));
                Advance(); Advance();
                cp.KwdPatterns.Add(Pattern());
            }
            else
            {
                int ps = _p;
                var p = Pattern();
                if (cp.KwdAttrs.Count > 0)
                {
                    if (_invalid) throw ErrorAtNode(p, "positional patterns follow keyword patterns");
                    throw ParseFailed.Instance;
                }
                _ = ps;
                cp.Patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Fin(cp, s);
    }

    private Pattern MappingPattern()
    {
        int s = _p;
        Advance(); // {
        var mp = new MatchMapping();
        while (Kind != TokenKind.RBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                mp.Rest = CaptureTarget();
                Accept(TokenKind.Comma);
                break;
            }
            Expr key;
            if (Kind == TokenKind.Name && !(CurKw is Kw.NoneKw or Kw.True or Kw.False))
            {
                int ks = _p;
                key = NameOrAttr();
                if (key is Name) { _p = ks; throw ParseFailed.Instance; }
            }
            else key = LiteralExpr();
            Expect(TokenKind.Colon);
            mp.Keys.Add(key);
            mp.Patterns.Add(Pattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(mp, s);
    }

    /// <summary>literal_expr: signed numbers, complex literals, strings, None/True/False.</summary>
    private Expr LiteralExpr()
    {
        int s = _p;
        if (Kind == TokenKind.String) return Strings();
        if (Kind == TokenKind.Name)
        {
            object? v = CurKw switch { Kw.NoneKw => NoneConstant.Instance, Kw.True => true, Kw.False => false, _ => null };
            if (v == null) throw ParseFailed.Instance;
            Advance();
            return Fin(new Constant { Value = v }, s);
        }
        Expr real = SignedNumber();
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            Advance();
            if (Kind != TokenKind.Number) throw ParseFailed.Instance;
            int ns = _p;
            object iv = NumberAt(_p);
            if (iv is not System.Numerics.Complex)
            {
                if (_invalid) throw ErrorAtToken(_p, "imaginary number required in complex literal");
                throw ParseFailed.Instance;
            }
            Advance();
            var imag = Fin(new Constant { Value = iv }, ns);
            if (real is Constant rc && rc.Value is System.Numerics.Complex || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
            {
                if (_invalid) throw ErrorAtNode(real, "real number required in complex literal");
                throw ParseFailed.Instance;
            }
            return Fin(new BinOp { Left = real, Op = op, Right = imag }, s);
        }
        return real;
    }

    private Expr SignedNumber()
    {
        int s = _p;
        if (Kind == TokenKind.Minus)
        {
            Advance();
            if (Kind != TokenKind.Number) throw ParseFailed.Instance;
            int ns = _p;
            object v = NumberAt(_p);
            Advance();
            var c = Fin(new Constant { Value = v }, ns);
            return Fin(new UnaryOp { Op = UnaryOpKind.USub, Operand = c }, s);
        }
        if (Kind != TokenKind.Number) throw ParseFailed.Instance;
        object nv = NumberAt(_p);
        Advance();
        return Fin(new Constant { Value = nv }, s);
    }
}
