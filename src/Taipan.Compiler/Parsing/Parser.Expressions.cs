using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

internal sealed partial class Parser
{
    private bool StartsExpression()
    {
        switch (Kind)
        {
            case TokenKind.Name:
                {
                    Kw k = CurKw;
                    return !Keywords.IsHard(k) || k is Kw.Lambda or Kw.Not or Kw.Await or Kw.NoneKw or Kw.True or Kw.False;
                }
            case TokenKind.Number: case TokenKind.String: case TokenKind.LPar: case TokenKind.LSqb:
            case TokenKind.LBrace: case TokenKind.Minus: case TokenKind.Plus: case TokenKind.Tilde:
            case TokenKind.Ellipsis:
                return true;
            default:
                return false;
        }
    }

    /// <summary>star_expressions: star_expression (',' star_expression)* [','] — a Tuple when a comma is present.</summary>
    private Expr StarExpressions()
    {
        int s = _p;
        Expr first = StarExpression();
        if (Kind != TokenKind.Comma) return first;
        var t = new Tuple();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (!StartsStarExpression()) break;
            t.Elts.Add(StarExpression());
        }
        return Fin(t, s);
    }

    private bool StartsStarExpression() => Kind == TokenKind.Star || StartsExpression();

    private Expr StarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            int s = _p;
            Advance();
            var v = BitwiseOr();
            return Fin(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        return Expression();
    }

    /// <summary>expressions: expression (',' expression)* [','].</summary>
    private Expr Expressions()
    {
        int s = _p;
        Expr first = Expression();
        if (Kind != TokenKind.Comma) return first;
        var t = new Tuple();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression()) break;
            t.Elts.Add(Expression());
        }
        return Fin(t, s);
    }

    private Expr StarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            int s = _p;
            Advance();
            var v = BitwiseOr();
            return Fin(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        return NamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='.</summary>
    private Expr NamedExpression(bool checkEquals = true)
    {
        if (Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual && IsName)
        {
            int s = _p;
            var target = AtTok(new Name { Id = NameText(_p), Ctx = ExprContext.Store }, _p);
            Advance();
            Advance();
            var value = Expression();
            return Fin(new NamedExpr { Target = target, Value = value }, s);
        }
        int es = _p;
        var e = Expression();
        if (Kind == TokenKind.ColonEqual)
        {
            if (_invalid) throw ErrorAtNode(e, $"cannot use assignment expressions with {TargetDescription(e)}");
            throw ParseFailed.Instance;
        }
        if (_invalid && checkEquals && Kind == TokenKind.Equal) InvalidNamedExpressionEquals(e, es);
        return e;
    }

    /// <summary>
    /// expression, memoised by start token in the error pass: there every expression first
    /// runs the invalid_expression checks (two extra parses), so without the memo nested
    /// expressions cost 3^depth and a fuzzed file with nested subscripts took 18 s (CPython: 0.1 s).
    /// </summary>
    private Expr Expression()
    {
        if (!_invalid) return ExpressionUnmemoised();
        _expressionMemo ??= new Dictionary<int, (Expr? Node, int End)>();
        int start = _p;
        if (_expressionMemo.TryGetValue(start, out var hit))
        {
            if (hit.Node == null) throw ParseFailed.Instance;
            _p = hit.End;
            return hit.Node;
        }
        try
        {
            var e = ExpressionUnmemoised();
            _expressionMemo[start] = (e, _p);
            return e;
        }
        catch (ParseFailed)
        {
            _expressionMemo[start] = (null, start);
            throw;
        }
    }

    /// <summary>expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef.</summary>
    private Expr ExpressionUnmemoised()
    {
        if (_invalid) InvalidExpressionPre();
        if (IsKw(Kw.Lambda)) return Lambda();
        int s = _p;
        var body = Disjunction();
        if (IsKw(Kw.If))
        {
            int save = _p;
            Advance();
            if (!StartsExpression()) { _p = save; return body; }
            var test = Disjunction();
            if (!IsKw(Kw.Else))
            {
                _p = save;
                return body;
            }
            Advance();
            var orelse = Expression();
            return Fin(new IfExp { Test = test, Body = body, Orelse = orelse }, s);
        }
        return body;
    }

    private Expr Disjunction()
    {
        int s = _p;
        var first = Conjunction();
        if (!IsKw(Kw.Or)) return first;
        var b = new BoolOp { Op = BoolOpKind.Or };
        b.Values.Add(first);
        while (AcceptKw(Kw.Or)) b.Values.Add(Conjunction());
        return Fin(b, s);
    }

    private Expr Conjunction()
    {
        int s = _p;
        var first = Inversion();
        if (!IsKw(Kw.And)) return first;
        var b = new BoolOp { Op = BoolOpKind.And };
        b.Values.Add(first);
        while (AcceptKw(Kw.And)) b.Values.Add(Inversion());
        return Fin(b, s);
    }

    private Expr Inversion()
    {
        if (IsKw(Kw.Not))
        {
            int s = _p;
            Advance();
            var operand = Inversion();
            return Fin(new UnaryOp { Op = UnaryOpKind.Not, Operand = operand }, s);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        int s = _p;
        var left = BitwiseOr();
        Compare? cmp = null;
        while (true)
        {
            CmpOpKind op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOpKind.Eq; Advance(); break;
                case TokenKind.NotEqual:
                    op = CmpOpKind.NotEq;
                    if (_src[_t[_p].Start] == '<') throw ParseFailed.Instance; // '<>' only with barry_as_FLUFL
                    Advance(); break;
                case TokenKind.Less: op = CmpOpKind.Lt; Advance(); break;
                case TokenKind.LessEqual: op = CmpOpKind.LtE; Advance(); break;
                case TokenKind.Greater: op = CmpOpKind.Gt; Advance(); break;
                case TokenKind.GreaterEqual: op = CmpOpKind.GtE; Advance(); break;
                case TokenKind.Name:
                    {
                        Kw k = CurKw;
                        if (k == Kw.In) { op = CmpOpKind.In; Advance(); break; }
                        if (k == Kw.Is)
                        {
                            Advance();
                            if (AcceptKw(Kw.Not)) op = CmpOpKind.IsNot; else op = CmpOpKind.Is;
                            break;
                        }
                        if (k == Kw.Not && KwAt(1) == Kw.In && KindAt(1) == TokenKind.Name)
                        {
                            Advance(); Advance(); op = CmpOpKind.NotIn; break;
                        }
                        goto done;
                    }
                default:
                    goto done;
            }
            cmp ??= new Compare { Left = left };
            cmp.Ops.Add(op);
            cmp.Comparators.Add(BitwiseOr());
        }
    done:
        return cmp == null ? left : Fin(cmp, s);
    }

    private Expr BitwiseOr()
    {
        int s = _p;
        var left = BitwiseXor();
        while (Kind == TokenKind.VBar)
        {
            Advance();
            var right = BitwiseXor();
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitOr, Right = right }, s);
        }
        return left;
    }

    private Expr BitwiseXor()
    {
        int s = _p;
        var left = BitwiseAnd();
        while (Kind == TokenKind.Circumflex)
        {
            Advance();
            var right = BitwiseAnd();
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitXor, Right = right }, s);
        }
        return left;
    }

    private Expr BitwiseAnd()
    {
        int s = _p;
        var left = ShiftExpr();
        while (Kind == TokenKind.Amper)
        {
            Advance();
            var right = ShiftExpr();
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitAnd, Right = right }, s);
        }
        return left;
    }

    private Expr ShiftExpr()
    {
        int s = _p;
        var left = Sum();
        while (true)
        {
            OperatorKind op;
            if (Kind == TokenKind.LeftShift) op = OperatorKind.LShift;
            else if (Kind == TokenKind.RightShift) op = OperatorKind.RShift;
            else return left;
            Advance();
            var right = Sum();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, s);
        }
    }

    private Expr Sum()
    {
        int s = _p;
        var left = Term();
        while (true)
        {
            OperatorKind op;
            if (Kind == TokenKind.Plus) op = OperatorKind.Add;
            else if (Kind == TokenKind.Minus) op = OperatorKind.Sub;
            else return left;
            Advance();
            var right = Term();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, s);
        }
    }

    private Expr Term()
    {
        int s = _p;
        var left = Factor();
        while (true)
        {
            OperatorKind op;
            switch (Kind)
            {
                case TokenKind.Star: op = OperatorKind.Mult; break;
                case TokenKind.Slash: op = OperatorKind.Div; break;
                case TokenKind.DoubleSlash: op = OperatorKind.FloorDiv; break;
                case TokenKind.Percent: op = OperatorKind.Mod; break;
                case TokenKind.At: op = OperatorKind.MatMult; break;
                default: return left;
            }
            Advance();
            var right = Factor();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, s);
        }
    }

    private Expr Factor()
    {
        UnaryOpKind op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOpKind.UAdd; break;
            case TokenKind.Minus: op = UnaryOpKind.USub; break;
            case TokenKind.Tilde: op = UnaryOpKind.Invert; break;
            default: return Power();
        }
        int s = _p;
        Advance();
        var operand = Factor();
        return Fin(new UnaryOp { Op = op, Operand = operand }, s);
    }

    private Expr Power()
    {
        int s = _p;
        var left = AwaitPrimary();
        if (Kind == TokenKind.DoubleStar)
        {
            Advance();
            var right = Factor();
            return Fin(new BinOp { Left = left, Op = OperatorKind.Pow, Right = right }, s);
        }
        return left;
    }

    private Expr AwaitPrimary()
    {
        if (IsKw(Kw.Await))
        {
            int s = _p;
            Advance();
            var v = Primary();
            return Fin(new Await { Value = v }, s);
        }
        return Primary();
    }

    private Expr Primary()
    {
        int s = _p;
        var e = Atom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    {
                        Advance();
                        string attr = ExpectName();
                        e = Fin(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, s);
                        break;
                    }
                case TokenKind.LPar:
                    {
                        // PEG: a trailer that fails to parse leaves the primary as it was.
                        int save = _p;
                        try { e = CallTail(e, s); }
                        catch (ParseFailed) { _p = save; return e; }
                        break;
                    }
                case TokenKind.LSqb:
                    {
                        int save = _p;
                        try
                        {
                            Advance();
                            var slice = Slices();
                            Expect(TokenKind.RSqb);
                            e = Fin(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, s);
                        }
                        catch (ParseFailed) { _p = save; return e; }
                        break;
                    }
                default:
                    return e;
            }
        }
    }

    private Expr CallTail(Expr func, int s)
    {
        int open = _p;
        Advance(); // (
        var call = new Call { Func = func };
        if (Kind == TokenKind.RPar)
        {
            Advance();
            return Fin(call, s);
        }
        // primary genexp: a sole generator argument takes the call's parentheses.
        if (Kind != TokenKind.Star && Kind != TokenKind.DoubleStar && !(IsName && KindAt(1) == TokenKind.Equal))
        {
            int save = _p;
            var first = NamedExpression(checkEquals: false);
            if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
            {
                var g = new GeneratorExp { Elt = first };
                ForIfClauses(g.Generators);
                if (Kind == TokenKind.RPar)
                {
                    Advance();
                    call.Args.Add(Fin(g, open));
                    return Fin(call, s);
                }
                if (_invalid && Kind == TokenKind.Comma)
                {
                    Fin(g, save);
                    throw ErrorAtNode(g, "Generator expression must be parenthesized");
                }
                throw ParseFailed.Instance;
            }
            _p = save;
        }
        Arguments(call.Args, call.Keywords, TokenKind.RPar);
        Expect(TokenKind.RPar);
        return Fin(call, s);
    }

    /// <summary>args: positional (incl. *x) then keyword (incl. **x); a trailing comma is allowed.</summary>
    private void Arguments(List<Expr> args, List<Keyword> keywords, TokenKind close)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        while (Kind != close)
        {
            int s = _p;
            if (Kind == TokenKind.Star)
            {
                Advance();
                var v = Expression();
                var st = Fin(new Starred { Value = v, Ctx = ExprContext.Load }, s);
                if (_invalid && args.Count + keywords.Count == 0 && (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For)))
                    throw ErrorAtNode(st, "iterable unpacking cannot be used in comprehension");
                if (sawDoubleStar)
                {
                    if (_invalid) throw ErrorAtToken(s, "iterable argument unpacking follows keyword argument unpacking");
                    throw ParseFailed.Instance;
                }
                args.Add(st);
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                var v = Expression();
                keywords.Add(Fin(new Keyword { Arg = null, Value = v }, s));
                sawKeyword = sawDoubleStar = true;
            }
            else if (IsName && KindAt(1) == TokenKind.Equal)
            {
                string name = NameText(_p);
                Advance(); Advance();
                var v = Expression();
                if (_invalid && (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For)))
                    throw MakeError(Diagnostics.SyntaxErrorKind.SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        _t[s].Line, _t[s].Col, _t[s + 1].EndLine, _t[s + 1].EndCol);
                keywords.Add(Fin(new Keyword { Arg = name, Value = v }, s));
                sawKeyword = true;
            }
            else
            {
                var e = NamedExpression(checkEquals: false);
                if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
                {
                    // An unparenthesized generator is an error after other arguments or before a comma;
                    // alone (class bases) it is just invalid syntax at 'for'.
                    if (!_invalid) throw ParseFailed.Instance;
                    var g = new GeneratorExp { Elt = e };
                    ForIfClauses(g.Generators);
                    Fin(g, s);
                    if (args.Count + keywords.Count > 0 || Kind == TokenKind.Comma)
                        throw ErrorAtNode(g, "Generator expression must be parenthesized");
                    throw ParseFailed.Instance;
                }
                if (Kind == TokenKind.Equal)
                {
                    if (_invalid) InvalidKwarg(e);
                    throw ParseFailed.Instance;
                }
                if (sawKeyword)
                {
                    if (_invalid)
                    {
                        // _PyPegen_arguments_parsing_error: reported at the last token fetched
                        while (Accept(TokenKind.Comma) && Kind != close)
                        {
                            if (Kind is TokenKind.Star or TokenKind.DoubleStar) Advance();
                            else if (IsName && KindAt(1) == TokenKind.Equal) { Advance(); Advance(); }
                            Expression();
                        }
                        throw ErrorAtLastToken(sawDoubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                    }
                    throw ParseFailed.Instance;
                }
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
    }

    private void InvalidKwarg(Expr e)
    {
        // invalid_kwarg: a=('True'|'False'|'None') b='=' / !(NAME '=') a=expression b='='
        if (e is Constant c && (c.Value is bool || c.Value is NoneConstant) && _t[_p - 1].Kind == TokenKind.Name)
            throw MakeError(Diagnostics.SyntaxErrorKind.SyntaxError, $"cannot assign to {TokText(_p - 1)}",
                e.Lineno, e.ColOffset, _t[_p].EndLine, _t[_p].EndCol);
        throw MakeError(Diagnostics.SyntaxErrorKind.SyntaxError,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            e.Lineno, e.ColOffset, _t[_p].EndLine, _t[_p].EndCol);
    }

    /// <summary>slices: slice !',' | ','.(slice | starred_expression)+ [','].</summary>
    private Expr Slices()
    {
        int s = _p;
        var first = SliceOrStarred();
        if (Kind != TokenKind.Comma && first is not Starred) return first;
        var t = new Tuple();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb) break;
            t.Elts.Add(SliceOrStarred());
        }
        return Fin(t, s);
    }

    private Expr SliceOrStarred()
    {
        int s = _p;
        if (Kind == TokenKind.Star)
        {
            Advance();
            var v = BitwiseOr();
            return Fin(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = NamedExpressionOrExpr();
            if (Kind != TokenKind.Colon) return lower;
        }
        Advance(); // ':'
        var sl = new Slice { Lower = lower };
        if (StartsExpression()) sl.Upper = Expression();
        if (Accept(TokenKind.Colon))
        {
            if (StartsExpression()) sl.Step = Expression();
        }
        return Fin(sl, s);
    }

    /// <summary>In slices the lower bound is `expression` when a ':' follows, else named_expression.</summary>
    private Expr NamedExpressionOrExpr()
    {
        if (IsName && KindAt(1) == TokenKind.ColonEqual) return NamedExpression();
        return Expression();
    }

    private object NumberAt(int i)
    {
        try { return NumberLiteral.Parse(_src.AsSpan(_t[i].Start, _t[i].End - _t[i].Start)); }
        catch (LiteralException e) { throw ErrorAtToken(i, e.Msg); }
    }

    private Expr Atom()
    {
        int s = _p;
        switch (Kind)
        {
            case TokenKind.Name:
                {
                    Kw k = CurKw;
                    if (k == Kw.None || !Keywords.IsHard(k))
                    {
                        var n = new Name { Id = NameText(_p), Ctx = ExprContext.Load };
                        Advance();
                        return Fin(n, s);
                    }
                    object? v = k switch { Kw.True => true, Kw.False => false, Kw.NoneKw => NoneConstant.Instance, _ => null };
                    if (v == null)
                    {
                        throw ParseFailed.Instance;
                    }
                    Advance();
                    return Fin(new Constant { Value = v }, s);
                }
            case TokenKind.Number:
                {
                    object v = NumberAt(_p);
                    Advance();
                    return Fin(new Constant { Value = v }, s);
                }
            case TokenKind.String:
                return Strings();
            case TokenKind.Ellipsis:
                Advance();
                return Fin(new Constant { Value = EllipsisConstant.Instance }, s);
            case TokenKind.LPar:
                return ParenAtom();
            case TokenKind.LSqb:
                return ListAtom();
            case TokenKind.LBrace:
                return BraceAtom();
            default:
                throw ParseFailed.Instance;
        }
    }

    private Expr ParenAtom()
    {
        int s = _p;
        Advance();
        if (Kind == TokenKind.RPar)
        {
            Advance();
            return Fin(new Tuple { Ctx = ExprContext.Load }, s);
        }
        if (IsKw(Kw.Yield))
        {
            var y = YieldExpr();
            Expect(TokenKind.RPar);
            return y;
        }
        var first = StarNamedExpression();
        if (Kind == TokenKind.RPar)
        {
            if (first is Starred && _invalid) throw ErrorAtNode(first, "cannot use starred expression here");
            if (first is Starred) throw ParseFailed.Instance;
            Advance();
            return first; // group: keeps the inner node's own positions
        }
        if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
        {
            if (first is Starred) throw StarredInComprehension(first);
            var g = new GeneratorExp { Elt = first };
            ForIfClauses(g.Generators);
            Expect(TokenKind.RPar);
            return Fin(g, s);
        }
        if (Kind != TokenKind.Comma)
        {
            throw ParseFailed.Instance;
        }
        var t = new Tuple();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RPar) break;
            t.Elts.Add(StarNamedExpression());
        }
        Expect(TokenKind.RPar);
        return Fin(t, s);
    }

    private Expr ListAtom()
    {
        int s = _p;
        Advance();
        if (Kind == TokenKind.RSqb)
        {
            Advance();
            return Fin(new List(), s);
        }
        var first = StarNamedExpression();
        if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
        {
            if (first is Starred) throw StarredInComprehension(first);
            var lc = new ListComp { Elt = first };
            ForIfClauses(lc.Generators);
            Expect(TokenKind.RSqb);
            return Fin(lc, s);
        }
        var l = new List();
        l.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb) break;
            l.Elts.Add(StarNamedExpression());
        }
        Expect(TokenKind.RSqb);
        return Fin(l, s);
    }

    private Expr BraceAtom()
    {
        int s = _p;
        Advance();
        if (Kind == TokenKind.RBrace)
        {
            Advance();
            return Fin(new Dict(), s);
        }
        if (Kind == TokenKind.DoubleStar)
        {
            if (_invalid)
            {
                int save = _p;
                Advance();
                BitwiseOr();
                if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
                    throw ErrorAtToken(save, "dict unpacking cannot be used in dict comprehension");
                _p = save;
            }
            return DictRest(s, null, null);
        }
        var first = StarNamedExpression();
        if (Kind == TokenKind.Colon && first is not Starred)
        {
            Advance();
            if (_invalid) InvalidDictValue();
            var value = Expression();
            if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
            {
                var dc = new DictComp { Key = first, Value = value };
                ForIfClauses(dc.Generators);
                Expect(TokenKind.RBrace);
                return Fin(dc, s);
            }
            return DictRest(s, first, value);
        }
        if (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
        {
            if (first is Starred) throw StarredInComprehension(first);
            var sc = new SetComp { Elt = first };
            ForIfClauses(sc.Generators);
            Expect(TokenKind.RBrace);
            return Fin(sc, s);
        }
        var set = new Set();
        set.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RBrace) break;
            set.Elts.Add(StarNamedExpression());
        }
        Expect(TokenKind.RBrace);
        return Fin(set, s);
    }

    private Expr DictRest(int s, Expr? firstKey, Expr? firstValue)
    {
        var d = new Dict();
        if (firstValue != null)
        {
            d.Keys.Add(firstKey);
            d.Values.Add(firstValue);
            if (!Accept(TokenKind.Comma))
            {
                Expect(TokenKind.RBrace);
                return Fin(d, s);
            }
        }
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                d.Keys.Add(null);
                d.Values.Add(BitwiseOr());
            }
            else
            {
                var k = Expression();
                if (Kind != TokenKind.Colon && _invalid)
                    throw Raw(Diagnostics.SyntaxErrorKind.SyntaxError, "':' expected after dictionary key",
                        k.Lineno, k.EndColOffset, k.EndLineno, 0);
                Expect(TokenKind.Colon);
                d.Keys.Add(k);
                if (_invalid) InvalidDictValue();
                d.Values.Add(Expression());
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(d, s);
    }

    /// <summary>invalid_kvpair / invalid_double_starred_kvpairs, at the token after a key's ':'.</summary>
    private void InvalidDictValue()
    {
        if (Kind is TokenKind.RBrace or TokenKind.Comma)
            throw ErrorAtToken(_p - 1, "expression expected after dictionary key and ':'");
        if (Kind == TokenKind.Star)
        {
            int star = _p;
            Advance();
            try { BitwiseOr(); }
            catch (ParseFailed) { _p = star; return; }
            var at = AtTok(new Name { Id = "" }, star);
            throw ErrorStartingFrom(at, "cannot use a starred expression in a dictionary value");
        }
    }

    private void ForIfClauses(List<Comprehension> gens)
    {
        while (IsKw(Kw.For) || (IsKw(Kw.Async) && KwAt(1) == Kw.For))
        {
            int isAsync = 0;
            if (IsKw(Kw.Async)) { Advance(); isAsync = 1; }
            Advance(); // for
            int ts = _p;
            var target = StarTargets();
            if (!IsKw(Kw.In))
            {
                if (_invalid) InvalidForTargetAt(ts);
                throw ParseFailed.Instance;
            }
            Advance();
            var iter = Disjunction();
            var c = new Comprehension { Target = target, Iter = iter, IsAsync = isAsync };
            while (IsKw(Kw.If))
            {
                Advance();
                c.Ifs.Add(Disjunction());
            }
            gens.Add(c);
        }
    }

    private Exception StarredInComprehension(Expr starred) =>
        _invalid ? ErrorAtNode(starred, "iterable unpacking cannot be used in comprehension") : ParseFailed.Instance;

    private Expr YieldExpr()
    {
        int s = _p;
        Advance(); // yield
        if (AcceptKw(Kw.From))
        {
            var v = Expression();
            return Fin(new YieldFrom { Value = v }, s);
        }
        Expr? value = null;
        if (StartsStarExpression()) value = StarExpressions();
        return Fin(new Yield { Value = value }, s);
    }

    private Expr Lambda()
    {
        int s = _p;
        Advance(); // lambda
        var args = Parameters(TokenKind.Colon, allowAnnotations: false);
        Expect(TokenKind.Colon);
        var body = Expression();
        return Fin(new LambdaNode { Args = args, Body = body }, s);
    }
}
