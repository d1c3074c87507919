using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

internal sealed partial class Parser
{
    private void Statements(List<Stmt> body)
    {
        while (Kind != TokenKind.EndMarker && Kind != TokenKind.Dedent)
        {
            if (Kind == TokenKind.ErrorToken) throw TokenizerError();
            Statement(body);
        }
    }

    private void Statement(List<Stmt> body)
    {
        if (IsCompoundStart()) body.Add(CompoundStmt());
        else SimpleStmts(body);
    }

    private bool IsCompoundStart()
    {
        switch (Kind)
        {
            case TokenKind.At: return true;
            case TokenKind.Name:
                switch (CurKw)
                {
                    case Kw.Def: case Kw.If: case Kw.Class: case Kw.With: case Kw.For: case Kw.Try: case Kw.While:
                        return true;
                    case Kw.Async:
                        {
                            Kw n = KwAt(1);
                            return n is Kw.Def or Kw.With or Kw.For;
                        }
                    case Kw.Match:
                        return LooksLikeMatch();
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>`match` is a soft keyword: a match statement's first line ends with ':' at bracket depth 0.</summary>
    private bool LooksLikeMatch()
    {
        var next = KindAt(1);
        if (next is TokenKind.Newline or TokenKind.Equal or TokenKind.Dot or TokenKind.Colon or TokenKind.Comma
            or TokenKind.RPar or TokenKind.EndMarker) return false;
        if (next >= TokenKind.PlusEqual && next <= TokenKind.DoubleStarEqual && next != TokenKind.DoubleSlash && next != TokenKind.At) return false;
        int depth = 0;
        for (int i = _p + 1; i < _t.Length; i++)
        {
            var k = _t[i].Kind;
            if (k is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace) depth++;
            else if (k is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace) depth--;
            else if (k == TokenKind.Newline || k == TokenKind.EndMarker || k == TokenKind.ErrorToken)
                return i > 0 && _t[i - 1].Kind == TokenKind.Colon;
        }
        return false;
    }

    private Stmt CompoundStmt()
    {
        switch (Kind)
        {
            case TokenKind.At: return Decorated();
            default:
                switch (CurKw)
                {
                    case Kw.Def: return FunctionDef(_p, null, false);
                    case Kw.If: return IfStmt();
                    case Kw.Class: return ClassDef(_p, null);
                    case Kw.With: return WithStmt(_p, false);
                    case Kw.For: return ForStmt(_p, false);
                    case Kw.Try: return TryStmt();
                    case Kw.While: return WhileStmt();
                    case Kw.Async:
                        {
                            int s = _p;
                            Advance();
                            switch (CurKw)
                            {
                                case Kw.Def: return FunctionDef(s, null, true);
                                case Kw.With: return WithStmt(s, true);
                                case Kw.For: return ForStmt(s, true);
                            }
                            throw ParseFailed.Instance;
                        }
                    case Kw.Match:
                        {
                            int s = _p;
                            try
                            {
                                return MatchStmt();
                            }
                            catch (ParseFailed)
                            {
                                if (_invalid) throw;
                                _p = s;
                                var list = new List<Stmt>();
                                SimpleStmts(list);
                                if (list.Count != 1) throw ParseFailed.Instance;
                                return list[0];
                            }
                        }
                }
                throw ParseFailed.Instance;
        }
    }

    // ---- simple statements --------------------------------------------------------------

    private void SimpleStmts(List<Stmt> body)
    {
        while (true)
        {
            body.Add(SimpleStmt());
            if (Accept(TokenKind.Semi))
            {
                if (Kind == TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline)
        {
            throw ParseFailed.Instance;
        }
        Advance();
    }

    private Stmt SimpleStmt()
    {
        int s = _p;
        if (Kind == TokenKind.Name)
        {
            switch (CurKw)
            {
                case Kw.Pass: Advance(); return Fin(new Pass(), s);
                case Kw.Break: Advance(); return Fin(new Break(), s);
                case Kw.Continue: Advance(); return Fin(new Continue(), s);
                case Kw.Return:
                    {
                        Advance();
                        Expr? v = StartsStarExpression() ? StarExpressions() : null;
                        return Fin(new Return { Value = v }, s);
                    }
                case Kw.Import: return ImportName();
                case Kw.From: return ImportFrom();
                case Kw.Raise:
                    {
                        Advance();
                        var r = new Raise();
                        if (StartsExpression())
                        {
                            r.Exc = Expression();
                            if (AcceptKw(Kw.From)) r.Cause = Expression();
                        }
                        return Fin(r, s);
                    }
                case Kw.Global:
                case Kw.Nonlocal:
                    {
                        bool g = CurKw == Kw.Global;
                        Advance();
                        var names = new List<string>();
                        names.Add(ExpectName());
                        while (Accept(TokenKind.Comma)) names.Add(ExpectName());
                        return g ? Fin(new Global { Names = names }, s) : Fin(new Nonlocal { Names = names }, s);
                    }
                case Kw.Del: return DelStmt();
                case Kw.Assert:
                    {
                        Advance();
                        var a = new Assert { Test = Expression() };
                        if (Accept(TokenKind.Comma)) a.Msg = Expression();
                        return Fin(a, s);
                    }
            }
        }
        return ExprOrAssignment();
    }

    private Stmt DelStmt()
    {
        int s = _p;
        Advance();
        var d = new Delete();
        do
        {
            if (Kind is TokenKind.Newline or TokenKind.Semi) break;
            var t = BitwiseOr();
            var bad = InvalidTarget(t, ExprContext.Del);
            if (bad != null)
            {
                if (_invalid) throw ErrorAtNode(bad, $"cannot delete {TargetDescription(bad)}");
                throw ParseFailed.Instance;
            }
            ApplyContext(t, ExprContext.Del);
            d.Targets.Add(t);
        } while (Accept(TokenKind.Comma));
        if (d.Targets.Count == 0) throw ParseFailed.Instance;
        if (Kind is not (TokenKind.Newline or TokenKind.Semi)) throw ParseFailed.Instance;
        return Fin(d, s);
    }

    private Stmt ExprOrAssignment()
    {
        int s = _p;
        // NAME ':' annotation: a simple annotated name
        if (IsName && KindAt(1) == TokenKind.Colon)
        {
            var target = AtTok(new Name { Id = NameText(_p), Ctx = ExprContext.Store }, _p);
            Advance(); Advance();
            return AnnAssignRest(s, target, 1);
        }
        Expr first = IsKw(Kw.Yield) ? YieldExpr() : StarExpressions();
        if (_invalid && Kind == TokenKind.ColonEqual && first is not Tuple && !(first is Name && _t[s].Kind == TokenKind.Name))
            throw ErrorAtNode(first, $"cannot use assignment expressions with {TargetDescription(first)}");
        switch (Kind)
        {
            case TokenKind.Equal:
                {
                    var items = new List<Expr> { first };
                    var starts = new List<int> { s };
                    while (Accept(TokenKind.Equal))
                    {
                        starts.Add(_p);
                        Expr v;
                        try { v = IsKw(Kw.Yield) ? YieldExpr() : StarExpressions(); }
                        catch (ParseFailed) when (_invalid)
                        {
                            // invalid_assignment needs only `targets '='`, not a value
                            foreach (var t in items)
                                if (InvalidTarget(t, ExprContext.Store) != null || t is Yield or YieldFrom)
                                {
                                    items.Add(items[^1]);
                                    throw InvalidAssignment(items, starts);
                                }
                            throw;
                        }
                        items.Add(v);
                    }
                    var a = new Assign { Value = items[^1] };
                    for (int i = 0; i < items.Count - 1; i++)
                    {
                        var t = items[i];
                        if (InvalidTarget(t, ExprContext.Store) != null || t is Yield or YieldFrom)
                        {
                            if (_invalid) throw InvalidAssignment(items, starts);
                            throw ParseFailed.Instance;
                        }
                        ApplyContext(t, ExprContext.Store);
                        a.Targets.Add(t);
                    }
                    // The node's end includes its type comment (CPython's position of the last token).
                    a.TypeComment = OptionalTypeComment();
                    return Fin(a, s);
                }
            case TokenKind.Colon:
                {
                    // single_target: '(' single_target ')' | attribute | subscript
                    if (_invalid && first is not (Name or Attribute or Subscript))
                    {
                        // the invalid_assignment alternatives all need `':' expression`
                        int save = _p;
                        Advance();
                        bool annotated;
                        try { Expression(); annotated = true; }
                        catch (ParseFailed) { annotated = false; }
                        _p = save;
                        if (!annotated) throw ParseFailed.Instance;
                    }
                    if (first is Tuple or List && _invalid)
                    {
                        bool paren = _t[s].Kind is TokenKind.LPar or TokenKind.LSqb;
                        throw ErrorAtNode(first, paren
                            ? $"only single target (not {TargetDescription(first)}) can be annotated"
                            : "only single target (not tuple) can be annotated");
                    }
                    if (first is not (Name or Attribute or Subscript))
                    {
                        if (_invalid) throw ErrorAtNode(first, "illegal target for annotation");
                        throw ParseFailed.Instance;
                    }
                    Advance();
                    ApplyContext(first, ExprContext.Store);
                    return AnnAssignRest(s, first, 0);
                }
            case TokenKind.PlusEqual: case TokenKind.MinEqual: case TokenKind.StarEqual: case TokenKind.AtEqual:
            case TokenKind.SlashEqual: case TokenKind.PercentEqual: case TokenKind.AmperEqual: case TokenKind.VBarEqual:
            case TokenKind.CircumflexEqual: case TokenKind.LeftShiftEqual: case TokenKind.RightShiftEqual:
            case TokenKind.DoubleStarEqual: case TokenKind.DoubleSlashEqual:
                {
                    OperatorKind op = AugOp(Kind);
                    if (first is not (Name or Attribute or Subscript))
                    {
                        if (_invalid)
                            throw ErrorAtNode(first, $"'{TargetDescription(first)}' is an illegal expression for augmented assignment");
                        throw ParseFailed.Instance;
                    }
                    Advance();
                    ApplyContext(first, ExprContext.Store);
                    var v = IsKw(Kw.Yield) ? YieldExpr() : StarExpressions();
                    return Fin(new AugAssign { Target = first, Op = op, Value = v }, s);
                }
            default:
                return Fin(new ExprStmt { Value = first }, s);
        }
    }

    private Stmt AnnAssignRest(int s, Expr target, int simple)
    {
        var ann = Expression();
        Expr? value = null;
        if (Accept(TokenKind.Equal))
            value = IsKw(Kw.Yield) ? YieldExpr() : StarExpressions();
        return Fin(new AnnAssign { Target = target, Annotation = ann, Value = value, Simple = simple }, s);
    }

    private static OperatorKind AugOp(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => OperatorKind.Add,
        TokenKind.MinEqual => OperatorKind.Sub,
        TokenKind.StarEqual => OperatorKind.Mult,
        TokenKind.AtEqual => OperatorKind.MatMult,
        TokenKind.SlashEqual => OperatorKind.Div,
        TokenKind.PercentEqual => OperatorKind.Mod,
        TokenKind.AmperEqual => OperatorKind.BitAnd,
        TokenKind.VBarEqual => OperatorKind.BitOr,
        TokenKind.CircumflexEqual => OperatorKind.BitXor,
        TokenKind.LeftShiftEqual => OperatorKind.LShift,
        TokenKind.RightShiftEqual => OperatorKind.RShift,
        TokenKind.DoubleStarEqual => OperatorKind.Pow,
        _ => OperatorKind.FloorDiv,
    };

    private Stmt ImportName()
    {
        int s = _p;
        Advance();
        var imp = new Import();
        do
        {
            imp.Names.Add(DottedAlias());
        } while (Accept(TokenKind.Comma));
        return Fin(imp, s);
    }

    private Alias DottedAlias()
    {
        int s = _p;
        string name = DottedName();
        string? asname = null;
        if (AcceptKw(Kw.As)) asname = ExpectName();
        return Fin(new Alias { Name = name, Asname = asname }, s);
    }

    private string DottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.Dot) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot))
        {
            sb.Append('.');
            sb.Append(ExpectName());
        }
        return sb.ToString();
    }

    private Stmt ImportFrom()
    {
        int s = _p;
        Advance(); // from
        int level = 0;
        while (true)
        {
            if (Kind == TokenKind.Dot) { level++; Advance(); }
            else if (Kind == TokenKind.Ellipsis) { level += 3; Advance(); }
            else break;
        }
        string? module = null;
        if (!IsKw(Kw.Import)) module = DottedName();
        else if (level == 0) throw ParseFailed.Instance;
        ExpectKw(Kw.Import);
        var imp = new ImportFrom { Module = module, Level = level };
        if (Kind == TokenKind.Star)
        {
            imp.Names.Add(AtTok(new Alias { Name = "*" }, _p));
            Advance();
            return Fin(imp, s);
        }
        bool paren = Accept(TokenKind.LPar);
        do
        {
            if (paren && Kind == TokenKind.RPar) break;
            if (!paren && Kind == TokenKind.Newline && _invalid && imp.Names.Count > 0) break;
            int a = _p;
            string name = ExpectName();
            string? asname = null;
            if (AcceptKw(Kw.As)) asname = ExpectName();
            imp.Names.Add(Fin(new Alias { Name = name, Asname = asname }, a));
        } while (Accept(TokenKind.Comma));
        if (paren) Expect(TokenKind.RPar);
        else if (_t[_p - 1].Kind == TokenKind.Comma)
        {
            if (_invalid && Kind == TokenKind.Newline) throw ErrorAtLastToken("trailing comma not allowed without surrounding parentheses");
            throw ParseFailed.Instance;
        }
        return Fin(imp, s);
    }

    // ---- blocks -------------------------------------------------------------------------

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement for the IndentationError.</summary>
    private List<Stmt> Block(string what, int headerTok)
    {
        var body = new List<Stmt>();
        if (Kind == TokenKind.Newline)
        {
            Advance();
            if (Kind != TokenKind.Indent)
            {
                if (_invalid)
                    throw ErrorAtLastToken($"expected an indented block after {what} on line {_t[headerTok].Line}",
                        SyntaxErrorKind.IndentationError);
                throw ParseFailed.Instance;
            }
            Advance();
            Statements(body);
            Expect(TokenKind.Dedent);
            return body;
        }
        SimpleStmts(body);
        return body;
    }

    /// <summary>The invalid_*_stmt rules: a header ending in NEWLINE instead of ':' (reported at the last token).</summary>
    private void ColonOrFail()
    {
        if (Kind == TokenKind.Colon) { Advance(); return; }
        if (_invalid && Kind == TokenKind.Newline) throw ErrorAtLastToken("expected ':'");
        throw ParseFailed.Instance;
    }

    /// <summary>A forced token (&amp;&amp;':' in the grammar): its absence is an error even in the first pass.</summary>
    private void ForcedToken(TokenKind k, string text)
    {
        if (Kind == k) { Advance(); return; }
        throw ErrorAtToken(_p, $"expected '{text}'");
    }

    private Stmt IfStmt()
    {
        int s = _p;
        Advance(); // if / elif
        var test = NamedExpression();
        ColonOrFail();
        var node = new If { Test = test };
        node.Body = Block(_kw[s] == Kw.Elif ? "'elif' statement" : "'if' statement", s);
        if (IsKw(Kw.Elif))
        {
            node.Orelse.Add(IfStmt());
        }
        else if (IsKw(Kw.Else))
        {
            int e = _p;
            Advance();
            ExpectColonAfterKeyword();
            node.Orelse = Block("'else' statement", e);
        }
        return FinBlock(node, s);
    }

    private void ExpectColonAfterKeyword() => ForcedToken(TokenKind.Colon, ":");

    /// <summary>A compound statement ends where its last nested statement ends.</summary>
    private T FinBlock<T>(T node, int startTok) where T : Node
    {
        Fin(node, startTok);
        return node;
    }

    private Stmt WhileStmt()
    {
        int s = _p;
        Advance();
        var test = NamedExpression();
        ColonOrFail();
        var w = new While { Test = test };
        w.Body = Block("'while' statement", s);
        if (IsKw(Kw.Else))
        {
            int e = _p;
            Advance();
            ExpectColonAfterKeyword();
            w.Orelse = Block("'else' statement", e);
        }
        return FinBlock(w, s);
    }

    private Stmt ForStmt(int s, bool isAsync)
    {
        int f = _p;
        Advance(); // for
        int ts = _p;
        var target = StarTargets();
        if (!IsKw(Kw.In))
        {
            if (_invalid) InvalidForTargetAt(ts);
            throw ParseFailed.Instance;
        }
        Advance();
        var iter = StarExpressions();
        ColonOrFail();
        var typeComment = OptionalTypeComment();
        var body = Block(isAsync ? "'for' statement" : "'for' statement", f);
        List<Stmt> orelse = new();
        if (IsKw(Kw.Else))
        {
            int e = _p;
            Advance();
            ExpectColonAfterKeyword();
            orelse = Block("'else' statement", e);
        }
        if (isAsync) return FinBlock(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, s);
        return FinBlock(new For { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, s);
    }

    private Stmt WithStmt(int s, bool isAsync)
    {
        int w = _p;
        Advance(); // with
        var items = new List<WithItem>();
        bool done = false;
        if (Kind == TokenKind.LPar)
        {
            int save = _p;
            bool inv = _invalid;
            try
            {
                _invalid = false;
                Advance();
                do
                {
                    if (Kind == TokenKind.RPar) break;
                    items.Add(WithItem());
                } while (Accept(TokenKind.Comma));
                Expect(TokenKind.RPar);
                if (Kind != TokenKind.Colon) throw ParseFailed.Instance;
                done = true;
            }
            catch (ParseFailed)
            {
                _p = save;
                items.Clear();
            }
            finally { _invalid = inv; }
        }
        if (!done)
        {
            do
            {
                items.Add(WithItem());
            } while (Accept(TokenKind.Comma));
        }
        ColonOrFail();
        // Only the unparenthesized form takes a type comment.
        var typeComment = done ? null : OptionalTypeComment();
        var body = Block("'with' statement", w);
        if (isAsync) return FinBlock(new AsyncWith { Items = items, Body = body, TypeComment = typeComment }, s);
        return FinBlock(new With { Items = items, Body = body, TypeComment = typeComment }, s);
    }

    private WithItem WithItem()
    {
        var e = Expression();
        var item = new WithItem { ContextExpr = e };
        if (IsKw(Kw.As))
        {
            Advance();
            var t = StarTargetElement();
            if (Kind is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
                && !(_invalid && Kind == TokenKind.Newline)) throw ParseFailed.Instance;
            SetStore(t, ExprContext.Store);
            item.OptionalVars = t;
        }
        return item;
    }

    private Stmt TryStmt()
    {
        int s = _p;
        Advance();
        ExpectColonAfterKeyword();
        var body = Block("'try' statement", s);
        var handlers = new List<ExceptHandlerBase>();
        List<Stmt> orelse = new(), finalbody = new();
        bool star = false;
        while (IsKw(Kw.Except))
        {
            int h = _p;
            Advance();
            bool thisStar = false;
            if (Kind == TokenKind.Star) { Advance(); thisStar = true; }
            if (handlers.Count == 0) star = thisStar;
            else if (star != thisStar)
            {
                if (_invalid)
                {
                    const string both = "cannot have both 'except' and 'except*' on the same 'try'";
                    if (thisStar) throw MakeError(SyntaxErrorKind.SyntaxError, both, _t[h].Line, _t[h].Col, _t[h + 1].EndLine, _t[h + 1].EndCol);
                    throw ErrorAtToken(h, both);
                }
                throw ParseFailed.Instance;
            }
            var eh = new ExceptHandler();
            if (Kind != TokenKind.Colon)
            {
                eh.Type = Expression();
                if (Kind == TokenKind.Comma && _invalid)
                {
                    Advance();
                    Expressions();
                    if (AcceptKw(Kw.As)) ExpectName();
                    if (Kind == TokenKind.Colon)
                        throw ErrorStartingFrom(eh.Type, "multiple exception types must be parenthesized");
                    throw ParseFailed.Instance;
                }
                if (AcceptKw(Kw.As)) eh.Name = ExpectName();
            }
            else if (thisStar)
            {
                if (_invalid) throw ErrorAtLastToken("expected one or more exception types");
                throw ParseFailed.Instance;
            }
            ColonOrFail();
            eh.Body = Block(thisStar ? "'except*' statement" : "'except' statement", h);
            handlers.Add(FinBlock(eh, h));
        }
        if (handlers.Count > 0 && IsKw(Kw.Else))
        {
            int e = _p;
            Advance();
            ExpectColonAfterKeyword();
            orelse = Block("'else' statement", e);
        }
        if (IsKw(Kw.Finally))
        {
            int f = _p;
            Advance();
            ExpectColonAfterKeyword();
            finalbody = Block("'finally' statement", f);
        }
        else if (handlers.Count == 0)
        {
            if (_invalid) throw ErrorAtLastToken("expected 'except' or 'finally' block");
            throw ParseFailed.Instance;
        }
        if (star) return FinBlock(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, s);
        return FinBlock(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, s);
    }

    // ---- definitions --------------------------------------------------------------------

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(NamedExpression());
            Expect(TokenKind.Newline);
        }
        int s = _p;
        if (IsKw(Kw.Def)) return FunctionDef(s, decorators, false);
        if (IsKw(Kw.Class)) return ClassDef(s, decorators);
        if (IsKw(Kw.Async) && KwAt(1) == Kw.Def)
        {
            Advance();
            return FunctionDef(s, decorators, true);
        }
        throw ParseFailed.Instance;
    }

    private Stmt FunctionDef(int s, List<Expr>? decorators, bool isAsync)
    {
        int d = _p;
        Advance(); // def
        string name = ExpectName();
        ForcedToken(TokenKind.LPar, "(");
        var args = Parameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Kind == TokenKind.RArrow)
        {
            int save = _p;
            Advance();
            if (StartsExpression()) returns = Expression();
            else _p = save;
        }
        ForcedToken(TokenKind.Colon, ":");
        var typeComment = FuncTypeComment();
        var body = Block("function definition", d);
        if (isAsync)
            return FinBlock(new AsyncFunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators ?? new(), Returns = returns, TypeComment = typeComment }, s);
        return FinBlock(new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators ?? new(), Returns = returns, TypeComment = typeComment }, s);
    }

    private Stmt ClassDef(int s, List<Expr>? decorators)
    {
        Advance(); // class
        string name = ExpectName();
        var c = new ClassDef { Name = name, DecoratorList = decorators ?? new() };
        if (Accept(TokenKind.LPar))
        {
            Arguments(c.Bases, c.Keywords, TokenKind.RPar);
            Expect(TokenKind.RPar);
        }
        ColonOrFail();
        c.Body = Block("class definition", s);
        return FinBlock(c, s);
    }

    /// <summary>Function or lambda parameters up to (not including) <paramref name="close"/>.</summary>
    private Arguments Parameters(TokenKind close, bool allowAnnotations)
    {
        var a = new Arguments();
        bool sawDefault = false;
        bool inKwOnly = false;
        bool sawSlash = false;
        while (Kind != close)
        {
            Arg? last = null;
            if (_invalid && Kind == TokenKind.LPar) InvalidParenthesizedParameters(close);
            if (Kind == TokenKind.Slash)
            {
                if (sawSlash || inKwOnly || a.Args.Count == 0)
                {
                    if (_invalid)
                        throw ErrorAtToken(_p, sawSlash ? "/ may appear only once" : inKwOnly ? "/ must be ahead of *" : "at least one argument must precede /");
                    throw ParseFailed.Instance;
                }
                Advance();
                sawSlash = true;
                a.Posonlyargs.AddRange(a.Args);
                a.Args.Clear();
            }
            else if (Kind == TokenKind.Star)
            {
                if (inKwOnly)
                {
                    if (_invalid) throw ErrorAtToken(_p, "* argument may appear only once");
                    throw ParseFailed.Instance;
                }
                int star = _p;
                Advance();
                inKwOnly = true;
                if (Kind == close || (Kind == TokenKind.Comma && (KindAt(1) == close || KindAt(1) == TokenKind.DoubleStar)))
                {
                    if (_invalid)
                    {
                        if (close == TokenKind.Colon) throw ErrorAtLastToken("named arguments must follow bare *");
                        throw ErrorAtToken(star, "named arguments must follow bare *");
                    }
                    throw ParseFailed.Instance;
                }
                if (Kind == TokenKind.Comma) { }
                else
                {
                    a.Vararg = last = Param(allowAnnotations, starAnnotation: true);
                    if (Kind == TokenKind.Equal)
                    {
                        if (_invalid) throw ErrorAtToken(_p, "var-positional argument cannot have default value");
                        throw ParseFailed.Instance;
                    }
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                a.Kwarg = Param(allowAnnotations, starAnnotation: false);
                if (Kind == TokenKind.Equal)
                {
                    if (_invalid) throw ErrorAtToken(_p, "var-keyword argument cannot have default value");
                    throw ParseFailed.Instance;
                }
                ParamTypeComment(a.Kwarg, Accept(TokenKind.Comma), close);
                if (Kind != close)
                {
                    if (_invalid) throw ErrorAtToken(_p, "arguments cannot follow var-keyword argument");
                    throw ParseFailed.Instance;
                }
                break;
            }
            else
            {
                var p = last = Param(allowAnnotations, starAnnotation: false);
                Expr? def = null;
                if (Accept(TokenKind.Equal)) def = Expression();
                if (inKwOnly)
                {
                    a.Kwonlyargs.Add(p);
                    a.KwDefaults.Add(def);
                }
                else
                {
                    if (def != null) { a.Defaults.Add(def); sawDefault = true; }
                    else if (sawDefault)
                    {
                        if (_invalid) throw ErrorAtNode(p, "non-default argument follows default argument");
                        throw ParseFailed.Instance;
                    }
                    a.Args.Add(p);
                }
            }
            bool comma = Accept(TokenKind.Comma);
            ParamTypeComment(last, comma, close);
            if (!comma) break;
        }
        return a;
    }

    /// <summary>invalid_parameters: '(' NAME (',' NAME)* ','? ')' among parameters.</summary>
    private void InvalidParenthesizedParameters(TokenKind close)
    {
        int open = _p;
        int i = _p + 1;
        if (_t[i].Kind != TokenKind.Name) return;
        while (_t[i].Kind == TokenKind.Name)
        {
            i++;
            if (close == TokenKind.RPar && _t[i].Kind == TokenKind.Colon) return; // annotations are not this rule
            if (_t[i].Kind != TokenKind.Comma) break;
            i++;
        }
        if (_t[i].Kind != TokenKind.RPar) return;
        if (i > _max) _max = i;
        throw MakeError(SyntaxErrorKind.SyntaxError,
            close == TokenKind.RPar ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized",
            _t[open].Line, _t[open].Col, _t[i].EndLine, _t[i].EndCol);
    }

    private Arg Param(bool allowAnnotations, bool starAnnotation)
    {
        int s = _p;
        string name = ExpectName();
        var arg = new Arg { Name = name };
        if (allowAnnotations && Accept(TokenKind.Colon))
        {
            arg.Annotation = starAnnotation && Kind == TokenKind.Star ? StarExpression() : Expression();
        }
        return Fin(arg, s);
    }
}
