using Taipan.Compiler.Ast;
using Taipan.Compiler.Symbols;
using Attribute = Taipan.Compiler.Ast.Attribute;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Bytecode;

public sealed partial class Compiler
{
    /// <summary>CPython's STACK_USE_GUIDELINE: beyond this many items, build collections incrementally.</summary>
    private const int StackUseGuideline = 30;

    private void VisitExpr(Expr e)
    {
        var saved = _u.B.Position;
        SetLoc(e);
        VisitExprInner(e);
        _u.B.Position = saved;
    }

    private void VisitExprInner(Expr e)
    {
        switch (e)
        {
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(OpCode.COPY, 1);
                VisitExpr(ne.Target);
                break;
            case BoolOp b:
            {
                int end = NewLabel();
                var op = b.Op == BoolOpKind.And ? OpCode.JUMP_IF_FALSE_OR_POP : OpCode.JUMP_IF_TRUE_OR_POP;
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    VisitExpr(b.Values[i]);
                    EmitJump(op, end);
                }
                VisitExpr(b.Values[^1]);
                Mark(end);
                break;
            }
            case BinOp b:
                if (TryFold(b) is { } folded) { LoadConst(folded); break; }
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(OpCode.BINARY_OP, (int)MapOperator(b.Op));
                break;
            case UnaryOp u:
                if (TryFold(u) is { } ufolded) { LoadConst(ufolded); break; }
                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOpKind.Invert => OpCode.UNARY_INVERT,
                    UnaryOpKind.Not => OpCode.UNARY_NOT,
                    UnaryOpKind.UAdd => OpCode.UNARY_POSITIVE,
                    _ => OpCode.UNARY_NEGATIVE,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i:
            {
                int end = NewLabel(), next = NewLabel();
                JumpIf(i.Test, next, false);
                VisitExpr(i.Body);
                JumpTo(end);
                Mark(next);
                VisitExpr(i.Orelse);
                Mark(end);
                break;
            }
            case Dict d: CompileDict(d); break;
            case Set s: StarUnpack(s.Elts, 0, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, false); break;
            case GeneratorExp g: CompileComprehension(g, "<genexpr>", g.Generators, g.Elt, null); break;
            case ListComp l: CompileComprehension(l, "<listcomp>", l.Generators, l.Elt, null); break;
            case SetComp s: CompileComprehension(s, "<setcomp>", s.Generators, s.Elt, null); break;
            case DictComp d: CompileComprehension(d, "<dictcomp>", d.Generators, d.Key, d.Value); break;
            case Yield y:
                if (_u.Ste.Kind != ScopeKind.Function) throw Error("'yield' outside function");
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(NoneConstant.Instance);
                EmitYield();
                break;
            case YieldFrom yf:
                if (_u.Ste.Kind != ScopeKind.Function) throw Error("'yield' outside function");
                if (_u.Kind == UnitKind.AsyncFunction) throw Error("'yield from' inside async function");
                VisitExpr(yf.Value);
                Emit(OpCode.GET_YIELD_FROM_ITER);
                LoadConst(NoneConstant.Instance);
                YieldFromLoop();
                break;
            case Await aw:
                if (_u.Ste.Kind != ScopeKind.Function) throw Error("'await' outside function");
                if (_u.Kind != UnitKind.AsyncFunction && _u.Kind != UnitKind.Comprehension)
                    throw Error("'await' outside async function");
                VisitExpr(aw.Value);
                Emit(OpCode.GET_AWAITABLE, 0);
                LoadConst(NoneConstant.Instance);
                YieldFromLoop();
                break;
            case Compare c: CompileCompare(c); break;
            case Call c: CompileCall(c); break;
            case FormattedValue fv:
            {
                VisitExpr(fv.Value);
                int flags = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (fv.FormatSpec is not null) { VisitExpr(fv.FormatSpec); flags |= 4; }
                Emit(OpCode.FORMAT_VALUE, flags);
                break;
            }
            case JoinedStr js:
                foreach (var v in js.Values) VisitExpr(v);
                if (js.Values.Count != 1) Emit(OpCode.BUILD_STRING, js.Values.Count);
                break;
            case Constant k: LoadConst(k.Value); break;
            case Attribute a:
                switch (a.Ctx)
                {
                    case ExprContext.Load:
                        VisitExpr(a.Value);
                        SetLoc(a);
                        Emit(OpCode.LOAD_ATTR, _u.AddName(Mangle(a.Attr)));
                        break;
                    case ExprContext.Store:
                        VisitExpr(a.Value);
                        SetLoc(a);
                        Emit(OpCode.STORE_ATTR, _u.AddName(Mangle(a.Attr)));
                        break;
                    default:
                        VisitExpr(a.Value);
                        SetLoc(a);
                        Emit(OpCode.DELETE_ATTR, _u.AddName(Mangle(a.Attr)));
                        break;
                }
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                SetLoc(s);
                Emit(s.Ctx switch
                {
                    ExprContext.Load => OpCode.BINARY_SUBSCR,
                    ExprContext.Store => OpCode.STORE_SUBSCR,
                    _ => OpCode.DELETE_SUBSCR,
                });
                break;
            case Starred st:
                if (st.Ctx == ExprContext.Store) throw Error("starred assignment target must be in a list or tuple");
                throw Error("can't use starred expression here");
            case Name n:
                if (n.Ctx == ExprContext.Load && n.Id == "__debug__") { LoadConst(_optimize == 0); break; }
                NameOp(n.Id, n.Ctx);
                break;
            case List l:
                if (l.Ctx == ExprContext.Store) AssignSequence(l.Elts);
                else if (l.Ctx == ExprContext.Load) StarUnpack(l.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, false);
                else foreach (var x in l.Elts) VisitExpr(x);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignSequence(t.Elts);
                else if (t.Ctx == ExprContext.Load)
                {
                    if (TryConstantTuple(t.Elts) is { } ct) LoadConst(ct);
                    else StarUnpack(t.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
                }
                else foreach (var x in t.Elts) VisitExpr(x);
                break;
            case Slice sl:
            {
                int n = 2;
                if (sl.Lower is not null) VisitExpr(sl.Lower); else LoadConst(NoneConstant.Instance);
                if (sl.Upper is not null) VisitExpr(sl.Upper); else LoadConst(NoneConstant.Instance);
                if (sl.Step is not null) { VisitExpr(sl.Step); n = 3; }
                Emit(OpCode.BUILD_SLICE, n);
                break;
            }
            default:
                throw new InvalidOperationException("SystemError: unknown expression " + e.PythonName);
        }
    }

    private void EmitYield()
    {
        if (_u.Ste.IsCoroutine && _u.Ste.IsGenerator) Emit(OpCode.ASYNC_GEN_WRAP);
        Emit(OpCode.YIELD_VALUE, 0);
    }

    /// <summary>The delegation loop of yield from / await: [iter, value] → [result].</summary>
    private void YieldFromLoop()
    {
        int start = NewLabel(), exit = NewLabel();
        Mark(start);
        EmitJump(OpCode.SEND, exit);
        Emit(OpCode.YIELD_VALUE, 1);
        EmitJump(OpCode.JUMP_BACKWARD_NO_INTERRUPT, start);
        Mark(exit);
    }

    internal static BinaryOperator MapOperator(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOperator.Add,
        OperatorKind.Sub => BinaryOperator.Subtract,
        OperatorKind.Mult => BinaryOperator.Multiply,
        OperatorKind.MatMult => BinaryOperator.MatrixMultiply,
        OperatorKind.Div => BinaryOperator.TrueDivide,
        OperatorKind.Mod => BinaryOperator.Remainder,
        OperatorKind.Pow => BinaryOperator.Power,
        OperatorKind.LShift => BinaryOperator.LShift,
        OperatorKind.RShift => BinaryOperator.RShift,
        OperatorKind.BitOr => BinaryOperator.Or,
        OperatorKind.BitXor => BinaryOperator.Xor,
        OperatorKind.BitAnd => BinaryOperator.And,
        _ => BinaryOperator.FloorDivide,
    };

    // ------------------------------------------------------------------ assignment targets

    private void AssignSequence(List<Expr> elts)
    {
        int starIndex = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred)
            {
                if (starIndex >= 0) throw Error("multiple starred expressions in assignment");
                starIndex = i;
            }
        }
        if (starIndex >= 0)
        {
            int before = starIndex, after = elts.Count - starIndex - 1;
            if (before >= 256 || after >= (1 << 16)) throw Error("too many expressions in star-unpacking assignment");
            Emit(OpCode.UNPACK_EX, before | (after << 8));
        }
        else Emit(OpCode.UNPACK_SEQUENCE, elts.Count);
        foreach (var elt in elts)
        {
            if (elt is Starred st) VisitExpr(st.Value);
            else VisitExpr(elt);
        }
    }

    // ------------------------------------------------------------------ collections

    private object? TryConstantTuple(List<Expr> elts)
    {
        if (elts.Count == 0) return new ConstantTuple([]);
        var items = new object[elts.Count];
        for (int i = 0; i < elts.Count; i++)
        {
            var folded = FoldConstant(elts[i]);
            if (folded is null) return null;
            items[i] = folded;
        }
        return new ConstantTuple(items);
    }

    /// <summary>Builds a list/set/tuple from elements that may contain *starred items (CPython's starunpack_helper).</summary>
    private void StarUnpack(List<Expr> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && pushed == 0 && TryConstantTuple(elts) is ConstantTuple ct)
        {
            if (build == OpCode.BUILD_SET)
            {
                Emit(OpCode.BUILD_SET, 0);
                LoadConst(new ConstantTuple(ct.Items, isFrozenSet: true));
            }
            else
            {
                Emit(build, 0);
                LoadConst(ct);
            }
            Emit(extend, 1);
            if (tuple) Emit(OpCode.LIST_TO_TUPLE);
            return;
        }
        bool seenStar = false;
        foreach (var e in elts) if (e is Starred) { seenStar = true; break; }
        bool big = n + pushed > StackUseGuideline;
        if (!seenStar && !big)
        {
            foreach (var e in elts) VisitExpr(e);
            Emit(tuple ? OpCode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        bool built = false;
        if (big)
        {
            Emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++)
        {
            var e = elts[i];
            if (e is Starred st)
            {
                if (!built) { Emit(build, i + pushed); built = true; }
                VisitExpr(st.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(e);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(OpCode.LIST_TO_TUPLE);
    }

    private void CompileDict(Dict d)
    {
        bool haveDict = false;
        int elements = 0;
        void Flush()
        {
            if (elements > 0)
            {
                Emit(OpCode.BUILD_MAP, elements);
                if (haveDict) Emit(OpCode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
        }
        for (int i = 0; i < d.Values.Count; i++)
        {
            var key = d.Keys[i];
            if (key is null)
            {
                Flush();
                if (!haveDict) { Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                Emit(OpCode.DICT_UPDATE, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline) Flush();
                VisitExpr(key);
                VisitExpr(d.Values[i]);
                elements++;
            }
        }
        Flush();
        if (!haveDict) Emit(OpCode.BUILD_MAP, 0);
    }

    // ------------------------------------------------------------------ comparisons and branches

    private static (OpCode Op, int Arg) CompareOp(CmpOpKind k) => k switch
    {
        CmpOpKind.Eq => (OpCode.COMPARE_OP, (int)ComparisonOperator.Eq),
        CmpOpKind.NotEq => (OpCode.COMPARE_OP, (int)ComparisonOperator.Ne),
        CmpOpKind.Lt => (OpCode.COMPARE_OP, (int)ComparisonOperator.Lt),
        CmpOpKind.LtE => (OpCode.COMPARE_OP, (int)ComparisonOperator.Le),
        CmpOpKind.Gt => (OpCode.COMPARE_OP, (int)ComparisonOperator.Gt),
        CmpOpKind.GtE => (OpCode.COMPARE_OP, (int)ComparisonOperator.Ge),
        CmpOpKind.Is => (OpCode.IS_OP, 0),
        CmpOpKind.IsNot => (OpCode.IS_OP, 1),
        CmpOpKind.In => (OpCode.CONTAINS_OP, 0),
        _ => (OpCode.CONTAINS_OP, 1),
    };

    private void EmitCompare(CmpOpKind k)
    {
        var (op, arg) = CompareOp(k);
        Emit(op, arg);
    }

    private void CompileCompare(Compare c)
    {
        VisitExpr(c.Left);
        int n = c.Ops.Count;
        if (n == 1)
        {
            VisitExpr(c.Comparators[0]);
            SetLoc(c);
            EmitCompare(c.Ops[0]);
            return;
        }
        int cleanup = NewLabel(), end = NewLabel();
        for (int i = 0; i < n - 1; i++)
        {
            VisitExpr(c.Comparators[i]);
            SetLoc(c);
            Emit(OpCode.SWAP, 2);
            Emit(OpCode.COPY, 2);
            EmitCompare(c.Ops[i]);
            EmitJump(OpCode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(c.Comparators[n - 1]);
        SetLoc(c);
        EmitCompare(c.Ops[n - 1]);
        JumpTo(end);
        Mark(cleanup);
        Emit(OpCode.SWAP, 2);
        Emit(OpCode.POP_TOP);
        Mark(end);
    }

    /// <summary>Jumps to <paramref name="label"/> when the truth of <paramref name="e"/> equals <paramref name="cond"/>.</summary>
    private void JumpIf(Expr e, int label, bool cond)
    {
        var saved = _u.B.Position;
        SetLoc(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(u.Operand, label, !cond);
                break;
            case BoolOp b:
            {
                bool isOr = b.Op == BoolOpKind.Or;
                int next = cond != isOr ? NewLabel() : label;
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next, isOr);
                JumpIf(b.Values[^1], label, cond);
                if (next != label) Mark(next);
                break;
            }
            case IfExp ie:
            {
                int end = NewLabel(), next2 = NewLabel();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, label, cond);
                JumpTo(end);
                Mark(next2);
                JumpIf(ie.Orelse, label, cond);
                Mark(end);
                break;
            }
            case Compare c when c.Ops.Count == 1:
            {
                VisitExpr(c.Left);
                var k = c.Ops[0];
                if (k is CmpOpKind.Is or CmpOpKind.IsNot && c.Comparators[0] is Constant { Value: NoneConstant })
                {
                    SetLoc(c);
                    bool jumpIfNone = (k == CmpOpKind.Is) == cond;
                    EmitJump(jumpIfNone ? OpCode.POP_JUMP_IF_NONE : OpCode.POP_JUMP_IF_NOT_NONE, label);
                    break;
                }
                VisitExpr(c.Comparators[0]);
                SetLoc(c);
                var (op, arg) = CompareOp(k);
                if (op == OpCode.COMPARE_OP && !cond)
                {
                    _u.B.EmitJump(OpCode.COMPARE_JUMP_IF_FALSE, label, arg);
                    break;
                }
                Emit(op, arg);
                EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, label);
                break;
            }
            case Compare c:
            {
                // Chained: jump straight out on the first false link.
                VisitExpr(c.Left);
                int cleanup = NewLabel(), end = NewLabel();
                int n = c.Ops.Count;
                for (int i = 0; i < n - 1; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    SetLoc(c);
                    Emit(OpCode.SWAP, 2);
                    Emit(OpCode.COPY, 2);
                    EmitCompare(c.Ops[i]);
                    EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup);
                }
                VisitExpr(c.Comparators[n - 1]);
                SetLoc(c);
                EmitCompare(c.Ops[n - 1]);
                EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, label);
                JumpTo(end);
                Mark(cleanup);
                Emit(OpCode.POP_TOP);
                if (!cond) JumpTo(label);
                Mark(end);
                break;
            }
            default:
                VisitExpr(e);
                SetLoc(e);
                EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, label);
                break;
        }
        _u.B.Position = saved;
    }

    // ------------------------------------------------------------------ calls

    private void CompileCall(Call c)
    {
        if (IsMethodCall(c, out var attr))
        {
            VisitExpr(attr.Value);
            SetLoc(attr);
            Emit(OpCode.LOAD_METHOD, _u.AddName(Mangle(attr.Attr)));
            foreach (var a in c.Args) VisitExpr(a);
            CheckKeywords(c.Keywords);
            if (c.Keywords.Count > 0)
            {
                var names = new object[c.Keywords.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    VisitExpr(c.Keywords[i].Value);
                    names[i] = c.Keywords[i].Arg!;
                }
                LoadConst(new ConstantTuple(names));
                SetLoc(c);
                Emit(OpCode.CALL_METHOD_KW, c.Args.Count + names.Length);
            }
            else
            {
                SetLoc(c);
                Emit(OpCode.CALL_METHOD, c.Args.Count);
            }
            return;
        }
        VisitExpr(c.Func);
        SetLoc(c);
        CompileCallHelper(0, c.Args, c.Keywords);
    }

    private static bool IsMethodCall(Call c, out Attribute attr)
    {
        attr = null!;
        if (c.Func is not Attribute { Ctx: ExprContext.Load } a) return false;
        if (c.Args.Count + c.Keywords.Count >= StackUseGuideline) return false;
        foreach (var x in c.Args) if (x is Starred) return false;
        foreach (var k in c.Keywords) if (k.Arg is null) return false;
        attr = a;
        return true;
    }

    private void CheckKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i];
            if (key.Arg is null) continue;
            if (key.Arg == "__debug__") throw Error("cannot assign to __debug__");
            for (int j = i + 1; j < keywords.Count; j++)
            {
                if (keywords[j].Arg == key.Arg)
                {
                    SetLoc(keywords[j]);
                    throw Error("keyword argument repeated: " + key.Arg);
                }
            }
        }
    }

    /// <summary>Calls the callable below <paramref name="n"/> already-pushed positional arguments.</summary>
    private void CompileCallHelper(int n, List<Expr> args, List<Keyword> keywords)
    {
        var callPos = _u.B.Position;
        CheckKeywords(keywords);
        bool ex = args.Count + n + keywords.Count > StackUseGuideline;
        foreach (var a in args) if (a is Starred) ex = true;
        foreach (var k in keywords) if (k.Arg is null) ex = true;
        if (!ex)
        {
            foreach (var a in args) VisitExpr(a);
            if (keywords.Count > 0)
            {
                var names = new object[keywords.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    VisitExpr(keywords[i].Value);
                    names[i] = keywords[i].Arg!;
                }
                LoadConst(new ConstantTuple(names));
                _u.B.Position = callPos;
                Emit(OpCode.CALL_KW, n + args.Count + keywords.Count);
            }
            else
            {
                _u.B.Position = callPos;
                Emit(OpCode.CALL, n + args.Count);
            }
            return;
        }
        // CALL_FUNCTION_EX: positional arguments as a tuple, keywords as a dict.
        // f(*x): x goes as is; CALL_FUNCTION_EX makes the tuple (and raises CPython's TypeError).
        if (n == 0 && args.Count == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpack(args, n, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
        bool haveDict = false;
        if (keywords.Count > 0)
        {
            int nseen = 0, start = 0;
            for (int i = 0; i < keywords.Count; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, start, i);
                        if (haveDict) Emit(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                    VisitExpr(kw.Value);
                    Emit(OpCode.DICT_MERGE, 1);
                    start = i + 1;
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, start, keywords.Count);
                if (haveDict) Emit(OpCode.DICT_MERGE, 1);
                haveDict = true;
            }
        }
        _u.B.Position = callPos;
        Emit(OpCode.CALL_FUNCTION_EX, haveDict ? 1 : 0);
    }

    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg!);
            VisitExpr(keywords[i].Value);
        }
        Emit(OpCode.BUILD_MAP, end - begin);
    }

    // ------------------------------------------------------------------ lambda and comprehensions

    private void CompileLambda(Lambda l)
    {
        CheckDebugArgs(l.Args);
        int flags = CompileDefaults(l.Args);
        if (!_codeCache.TryGetValue(l, out var code))
        {
            EnterScope("<lambda>", UnitKind.Lambda, l, l.Lineno);
            _u.AddConst(NoneConstant.Instance);
            _u.ArgCount = l.Args.Posonlyargs.Count + l.Args.Args.Count;
            _u.PosOnlyArgCount = l.Args.Posonlyargs.Count;
            _u.KwOnlyArgCount = l.Args.Kwonlyargs.Count;
            VisitExpr(l.Body);
            // A generator lambda returns its body's value too (bpo-23192): `lambda: (yield)` gives
            // the sent value as StopIteration.value, like `def g(): return (yield)`.
            Emit(OpCode.RETURN_VALUE);
            code = ExitScope(addReturn: false);
            _codeCache[l] = code;
        }
        SetLoc(l);
        MakeClosure(code, flags);
    }

    /// <summary>compiler_check_debug_args: no parameter may be named __debug__.</summary>
    private void CheckDebugArgs(Arguments a)
    {
        bool bad = a.Vararg?.Name == "__debug__" || a.Kwarg?.Name == "__debug__";
        foreach (var p in a.Posonlyargs) bad |= p.Name == "__debug__";
        foreach (var p in a.Args) bad |= p.Name == "__debug__";
        foreach (var p in a.Kwonlyargs) bad |= p.Name == "__debug__";
        if (bad) throw Error("cannot assign to __debug__");
    }

    private void CompileComprehension(Expr e, string name, List<Comprehension> generators, Expr elt, Expr? value)
    {
        var outerKind = _u.Kind;
        bool isGenExp = e is GeneratorExp;
        bool isAsyncGenerator = _st.Lookup(e).IsCoroutine;
        if (!_codeCache.TryGetValue(e, out var code))
        {
            EnterScope(name, UnitKind.Comprehension, e, e.Lineno);
            SetLoc(e);
            if (isAsyncGenerator && !isGenExp && outerKind != UnitKind.AsyncFunction && outerKind != UnitKind.Comprehension)
                throw Error("asynchronous comprehension outside of an asynchronous function");
            _u.ArgCount = 1;
            if (!isGenExp)
            {
                Emit(e switch { ListComp => OpCode.BUILD_LIST, SetComp => OpCode.BUILD_SET, _ => OpCode.BUILD_MAP }, 0);
            }
            ComprehensionGenerator(e, generators, 0, 0, elt, value);
            if (!isGenExp) Emit(OpCode.RETURN_VALUE);
            code = ExitScope(addReturn: isGenExp);
            _codeCache[e] = code;
        }
        SetLoc(e);
        MakeClosure(code, 0);
        VisitExpr(generators[0].Iter);
        SetLoc(e);
        Emit(generators[0].IsAsync != 0 ? OpCode.GET_AITER : OpCode.GET_ITER);
        Emit(OpCode.CALL, 1);
        if (isAsyncGenerator && !isGenExp)
        {
            Emit(OpCode.GET_AWAITABLE, 0);
            LoadConst(NoneConstant.Instance);
            YieldFromLoop();
        }
    }

    private void ComprehensionGenerator(Expr e, List<Comprehension> generators, int index, int depth, Expr elt, Expr? value)
    {
        var gen = generators[index];
        bool isAsync = gen.IsAsync != 0;
        int start = NewLabel(), ifCleanup = NewLabel(), anchor = NewLabel();
        if (index == 0) Emit(OpCode.LOAD_FAST, _u.AddVarName(".0"));
        else
        {
            VisitExpr(gen.Iter);
            SetLoc(e);
            Emit(isAsync ? OpCode.GET_AITER : OpCode.GET_ITER);
        }
        Mark(start);
        depth++;
        if (isAsync)
        {
            PushFBlock(FBlockKind.AsyncComprehensionGenerator, start);
            _u.B.PushHandler(anchor, false);
            Emit(OpCode.GET_ANEXT);
            LoadConst(NoneConstant.Instance);
            YieldFromLoop();
            _u.B.PopHandler();
        }
        else EmitJump(OpCode.FOR_ITER, anchor);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (index + 1 < generators.Count) ComprehensionGenerator(e, generators, index + 1, depth, elt, value);
        else
        {
            switch (e)
            {
                case GeneratorExp:
                    VisitExpr(elt);
                    EmitYield();
                    Emit(OpCode.POP_TOP);
                    break;
                case ListComp:
                    VisitExpr(elt);
                    Emit(OpCode.LIST_APPEND, depth + 1);
                    break;
                case SetComp:
                    VisitExpr(elt);
                    Emit(OpCode.SET_ADD, depth + 1);
                    break;
                default:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    Emit(OpCode.MAP_ADD, depth + 1);
                    break;
            }
        }
        Mark(ifCleanup);
        SetLoc(e);
        JumpTo(start);
        Mark(anchor);
        if (isAsync)
        {
            PopFBlock();
            Emit(OpCode.END_ASYNC_FOR);
        }
    }
}
