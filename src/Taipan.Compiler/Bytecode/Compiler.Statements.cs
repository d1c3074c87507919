using Taipan.Compiler.Ast;
using Taipan.Compiler.Symbols;
using Attribute = Taipan.Compiler.Ast.Attribute;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Bytecode;

public sealed partial class Compiler
{
    private void VisitStmts(List<Stmt> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, false); break;
            case AsyncFunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, true); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(OpCode.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign au: CompileAugAssign(au); break;
            case AnnAssign aa: CompileAnnAssign(aa); break;
            case For f: CompileFor(f); break;
            case AsyncFor f: CompileAsyncFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w: CompileWith(w.Items, w.Body, 0, s); break;
            case AsyncWith w:
                if (_u.Kind != UnitKind.AsyncFunction) throw Error("'async with' outside async function");
                CompileAsyncWith(w.Items, w.Body, 0, s);
                break;
            case Match m: CompileMatch(m); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc); n++;
                    if (r.Cause is not null) { VisitExpr(r.Cause); n++; }
                }
                SetLoc(s);
                Emit(OpCode.RAISE_VARARGS, n);
                break;
            }
            case Try t:
                // the `try:` line has an instruction of its own (CPython's SETUP_FINALLY becomes a NOP): line tracing shows it
                if (t.Body.Count > 0 && t.Body[0].Lineno != t.Lineno) Emit(OpCode.NOP);
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, false);
                else CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Body.Count > 0 && t.Body[0].Lineno != t.Lineno) Emit(OpCode.NOP);
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, true);
                else CompileTryStar(t.Body, t.Handlers, t.Orelse);
                break;
            case Assert a: CompileAssert(a); break;
            case Import im: CompileImport(im); break;
            case ImportFrom im: CompileImportFrom(im); break;
            case Global: case Nonlocal: break;
            case ExprStmt e:
                if (_interactive && _stack.Count == 1)
                {
                    VisitExpr(e.Value);
                    Emit(OpCode.PRINT_EXPR);
                }
                else if (e.Value is Constant) Emit(OpCode.NOP);
                else
                {
                    VisitExpr(e.Value);
                    SetLoc(s);
                    Emit(OpCode.POP_TOP);
                }
                break;
            case Pass: Emit(OpCode.NOP); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            default: throw new InvalidOperationException("SystemError: unknown statement " + s.PythonName);
        }
    }

    // ------------------------------------------------------------------ functions and classes

    private void CompileDecorators(List<Expr> decorators)
    {
        foreach (var d in decorators) VisitExpr(d);
    }

    private void ApplyDecorators(List<Expr> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            SetLoc(decorators[i]);
            Emit(OpCode.CALL, 1);
        }
    }

    /// <summary>Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags.</summary>
    private int CompileDefaults(Arguments a)
    {
        int flags = 0;
        if (a.Defaults.Count > 0)
        {
            foreach (var d in a.Defaults) VisitExpr(d);
            Emit(OpCode.BUILD_TUPLE, a.Defaults.Count);
            flags |= 1;
        }
        int n = 0;
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            var d = a.KwDefaults[i];
            if (d is null) continue;
            LoadConst(Mangle(a.Kwonlyargs[i].Name));
            VisitExpr(d);
            n++;
        }
        if (n > 0)
        {
            Emit(OpCode.BUILD_MAP, n);
            flags |= 2;
        }
        return flags;
    }

    private bool FutureAnnotations => (_future & FutureFeatures.Annotations) != 0;

    private void CompileAnnotationValue(Expr annotation)
    {
        if (FutureAnnotations) LoadConst(AstUnparser.Unparse(annotation));
        else VisitExpr(annotation);
    }

    private void ArgAnnotation(string name, Expr? annotation, ref int n)
    {
        if (annotation is null) return;
        LoadConst(Mangle(name));
        if (annotation is Starred st && !FutureAnnotations)
        {
            VisitExpr(st.Value);
            Emit(OpCode.UNPACK_SEQUENCE, 1);
        }
        else CompileAnnotationValue(annotation);
        n += 2;
    }

    /// <summary>Pushes the flat (name, annotation, ...) tuple; returns the MAKE_FUNCTION flag.</summary>
    private int CompileAnnotations(Arguments a, Expr? returns)
    {
        int n = 0;
        foreach (var p in a.Args) ArgAnnotation(p.Name, p.Annotation, ref n);
        foreach (var p in a.Posonlyargs) ArgAnnotation(p.Name, p.Annotation, ref n);
        if (a.Vararg is not null) ArgAnnotation(a.Vararg.Name, a.Vararg.Annotation, ref n);
        foreach (var p in a.Kwonlyargs) ArgAnnotation(p.Name, p.Annotation, ref n);
        if (a.Kwarg is not null) ArgAnnotation(a.Kwarg.Name, a.Kwarg.Annotation, ref n);
        ArgAnnotation("return", returns, ref n);
        if (n == 0) return 0;
        Emit(OpCode.BUILD_TUPLE, n);
        return 4;
    }

    private void CompileFunction(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        CheckDebugArgs(args);
        CompileDecorators(decorators);
        int firstLine = decorators.Count > 0 ? decorators[0].Lineno : s.Lineno;
        SetLoc(s);
        int flags = CompileDefaults(args);
        flags |= CompileAnnotations(args, returns);
        if (!_codeCache.TryGetValue(s, out var code))
        {
            EnterScope(name, isAsync ? UnitKind.AsyncFunction : UnitKind.Function, s, firstLine);
            object? doc = _optimize < 2 ? GetDocString(body) : null;
            _u.AddConst(doc is null ? NoneConstant.Instance : doc);
            _u.ArgCount = args.Posonlyargs.Count + args.Args.Count;
            _u.PosOnlyArgCount = args.Posonlyargs.Count;
            _u.KwOnlyArgCount = args.Kwonlyargs.Count;
            for (int i = doc is null ? 0 : 1; i < body.Count; i++) VisitStmt(body[i]);
            code = ExitScope(addReturn: true);
            _codeCache[s] = code;
        }
        SetLoc(s);
        MakeClosure(code, flags);
        ApplyDecorators(decorators);
        SetLoc(s);
        NameOp(name, ExprContext.Store);
    }

    private void CompileClass(ClassDef c)
    {
        CompileDecorators(c.DecoratorList);
        int firstLine = c.DecoratorList.Count > 0 ? c.DecoratorList[0].Lineno : c.Lineno;
        SetLoc(c);
        if (!_codeCache.TryGetValue(c, out var code))
        {
            EnterScope(c.Name, UnitKind.Class, c, firstLine);
            SetLoc(c);
            NameOp("__name__", ExprContext.Load);
            NameOp("__module__", ExprContext.Store);
            LoadConst(_u.QualName);
            NameOp("__qualname__", ExprContext.Store);
            CompileBody(c.Body);
            UnsetLoc();
            if (_u.Ste.NeedsClassClosure)
            {
                Emit(OpCode.LOAD_CLOSURE, _u.DerefSlot("__class__"));
                Emit(OpCode.COPY, 1);
                NameOp("__classcell__", ExprContext.Store);
            }
            else LoadConst(NoneConstant.Instance);
            Emit(OpCode.RETURN_VALUE);
            code = ExitScope(addReturn: false);
            _codeCache[c] = code;
        }
        SetLoc(c);
        Emit(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0);
        LoadConst(c.Name);
        CompileCallHelper(2, c.Bases, c.Keywords);
        ApplyDecorators(c.DecoratorList);
        SetLoc(c);
        NameOp(c.Name, ExprContext.Store);
    }

    // ------------------------------------------------------------------ control flow

    private void CompileReturn(Return r)
    {
        bool preserveTos = r.Value is not null && r.Value is not Constant;
        if (_u.Ste.Kind != ScopeKind.Function) throw Error("'return' outside function");
        if (r.Value is not null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
            throw Error("'return' with value in async generator");
        // NOPs keep the return's line events before any unwinding code (CPython's compiler_return)
        if (preserveTos) VisitExpr(r.Value!);
        else if (r.Value is not null)
        {
            SetLoc(r.Value);
            Emit(OpCode.NOP);
        }
        if (r.Value is null || r.Value.Lineno != r.Lineno)
        {
            SetLoc(r);
            Emit(OpCode.NOP);
        }
        var saved = _u.B.SaveHandlers();
        UnwindFBlockStack(preserveTos, loopOnly: false, out _);
        if (r.Value is null) LoadConst(NoneConstant.Instance);
        else if (!preserveTos) LoadConst(((Constant)r.Value).Value);
        Emit(OpCode.RETURN_VALUE);
        _u.B.SetHandlers(saved);
    }

    private void CompileBreak()
    {
        Emit(OpCode.NOP);
        var saved = _u.B.SaveHandlers();
        UnwindFBlockStack(false, loopOnly: true, out var loop);
        if (loop is null) throw Error("'break' outside loop");
        UnwindFBlock(loop, false);
        JumpTo(loop.Exit);
        _u.B.SetHandlers(saved);
    }

    private void CompileContinue()
    {
        Emit(OpCode.NOP);
        var saved = _u.B.SaveHandlers();
        UnwindFBlockStack(false, loopOnly: true, out var loop);
        if (loop is null) throw Error("'continue' not properly in loop");
        JumpTo(loop.Block);
        _u.B.SetHandlers(saved);
    }

    /// <summary>Emits the cleanup of every frame block out to the innermost loop (or all of them).</summary>
    private void UnwindFBlockStack(bool preserveTos, bool loopOnly, out FBlock? loop)
    {
        loop = null;
        var fblocks = _u.FBlocks;
        int count = fblocks.Count;
        int i = count - 1;
        var removed = new List<FBlock>();
        try
        {
            for (; i >= 0; i--)
            {
                var top = fblocks[i];
                if (top.Kind == FBlockKind.ExceptionGroupHandler)
                    throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
                if (loopOnly && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
                {
                    loop = top;
                    break;
                }
                fblocks.RemoveAt(i);
                removed.Add(top);
                UnwindFBlock(top, preserveTos);
            }
        }
        finally
        {
            for (int k = removed.Count - 1; k >= 0; k--) fblocks.Add(removed[k]);
        }
        // The handlers stay popped until the jump or return is emitted; callers restore them.
    }

    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Kind)
        {
            case FBlockKind.WhileLoop: case FBlockKind.ExceptionHandler: case FBlockKind.ExceptionGroupHandler:
            case FBlockKind.AsyncComprehensionGenerator:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                _u.B.PopHandler();
                return;
            case FBlockKind.FinallyTry:
                _u.B.PopHandler();
                if (preserveTos) PushFBlock(FBlockKind.PopValue);
                VisitStmts((List<Stmt>)info.Datum!);
                if (preserveTos) PopFBlock();
                // the finally body seems to run after the statement that unwinds: the rest is artificial
                UnsetLoc();
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                if (preserveTos) Emit(OpCode.SWAP, 2);
                _u.B.PopHandler();
                Emit(OpCode.POP_EXCEPT);
                return;
            case FBlockKind.With:
            case FBlockKind.AsyncWith:
                // __exit__ runs on the with statement's line; what follows (the jump or return) is artificial
                if (info.Datum is Node withStmt) SetLoc(withStmt);
                _u.B.PopHandler();
                if (preserveTos) Emit(OpCode.SWAP, 2);
                CallExitWithNones();
                if (info.Kind == FBlockKind.AsyncWith)
                {
                    Emit(OpCode.GET_AWAITABLE, 2);
                    LoadConst(NoneConstant.Instance);
                    YieldFromLoop();
                }
                Emit(OpCode.POP_TOP);
                UnsetLoc();
                return;
            case FBlockKind.HandlerCleanup:
                if (info.Datum is not null) _u.B.PopHandler();
                if (preserveTos) Emit(OpCode.SWAP, 2);
                _u.B.PopHandler();
                Emit(OpCode.POP_EXCEPT);
                if (info.Datum is string name)
                {
                    LoadConst(NoneConstant.Instance);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            case FBlockKind.PopValue:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
        }
    }

    private void CallExitWithNones()
    {
        LoadConst(NoneConstant.Instance);
        LoadConst(NoneConstant.Instance);
        LoadConst(NoneConstant.Instance);
        Emit(OpCode.CALL, 3);
    }

    private void CompileIf(If s)
    {
        int end = NewLabel();
        int next = s.Orelse.Count > 0 ? NewLabel() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            UnsetLoc();
            JumpTo(end);
            Mark(next);
            VisitStmts(s.Orelse);
        }
        Mark(end);
    }

    private void CompileWhile(While s)
    {
        int loop = NewLabel(), orelse = NewLabel(), end = NewLabel();
        Mark(loop);
        PushFBlock(FBlockKind.WhileLoop, loop, end);
        if (!IsConstantTrue(s.Test))
        {
            JumpIf(s.Test, orelse, false);
            VisitStmts(s.Body);
            // the back edge is artificial (its line is the body's): the test it jumps to has the event
            UnsetLoc();
            JumpTo(loop);
        }
        else
        {
            // `while True:` as CPython 3.11 lays it out: a NOP on the while line where the loop (and a
            // `continue`) starts; the back edge carries the while line itself and skips the NOP
            int body = NewLabel();
            SetLoc(s);
            Emit(OpCode.NOP);
            Mark(body);
            VisitStmts(s.Body);
            SetLoc(s);
            JumpTo(body);
        }
        PopFBlock();
        Mark(orelse);
        VisitStmts(s.Orelse);
        Mark(end);
    }

    private static bool IsConstantTrue(Expr e) => e is Constant c && c.Value switch
    {
        bool b => b,
        long l => l != 0,
        string str => str.Length > 0,
        _ => false,
    };

    private void CompileFor(For s)
    {
        int start = NewLabel(), cleanup = NewLabel(), end = NewLabel();
        VisitExpr(s.Iter);
        SetLoc(s);
        Emit(OpCode.GET_ITER);
        Mark(start);
        PushFBlock(FBlockKind.ForLoop, start, end);
        // FOR_ITER carries the whole statement's position, as in CPython 3.11 (a traceback through it
        // shows no carets: the statement spans lines).
        SetLoc(s);
        EmitJump(OpCode.FOR_ITER, cleanup);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        JumpTo(start);
        PopFBlock();
        Mark(cleanup);
        VisitStmts(s.Orelse);
        Mark(end);
    }

    private void CompileAsyncFor(AsyncFor s)
    {
        if (_u.Kind != UnitKind.AsyncFunction) throw Error("'async for' outside async function");
        int start = NewLabel(), except = NewLabel(), end = NewLabel();
        VisitExpr(s.Iter);
        SetLoc(s);
        Emit(OpCode.GET_AITER);
        Mark(start);
        PushFBlock(FBlockKind.ForLoop, start, end);
        _u.B.PushHandler(except, false);
        Emit(OpCode.GET_ANEXT);
        LoadConst(NoneConstant.Instance);
        YieldFromLoop();
        _u.B.PopHandler();
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        JumpTo(start);
        PopFBlock();
        Mark(except);
        Emit(OpCode.END_ASYNC_FOR);
        VisitStmts(s.Orelse);
        Mark(end);
    }

    // ------------------------------------------------------------------ try

    private void PopExceptAndReraise()
    {
        Emit(OpCode.COPY, 3);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.RERAISE, 1);
    }

    private void CompileTryFinally(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool star)
    {
        int end = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        _u.B.PushHandler(end, false);
        PushFBlock(FBlockKind.FinallyTry, datum: finalbody);
        if (handlers.Count > 0)
        {
            if (star) CompileTryStar(body, handlers, orelse);
            else CompileTryExcept(body, handlers, orelse);
        }
        else VisitStmts(body);
        _u.B.PopHandler();
        PopFBlock();
        VisitStmts(finalbody);
        UnsetLoc();
        JumpTo(exit);
        Mark(end);
        UnsetLoc();
        _u.B.PushHandler(cleanup, true);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.FinallyEnd);
        VisitStmts(finalbody);
        PopFBlock();
        Emit(OpCode.RERAISE, 0);
        _u.B.PopHandler();
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(exit);
    }

    private void CompileTryExcept(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse)
    {
        int except = NewLabel(), end = NewLabel(), cleanup = NewLabel();
        _u.B.PushHandler(except, false);
        PushFBlock(FBlockKind.TryExcept);
        VisitStmts(body);
        PopFBlock();
        _u.B.PopHandler();
        VisitStmts(orelse);
        UnsetLoc();
        JumpTo(end);
        Mark(except);
        _u.B.PushHandler(cleanup, true);
        var inHandler = _u.B.SaveHandlers();
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionHandler);
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = (ExceptHandler)handlers[i];
            SetLoc(h);
            if (h.Type is null && i < handlers.Count - 1) throw Error("default 'except:' must be last");
            int next = NewLabel();
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                SetLoc(h);
                Emit(OpCode.CHECK_EXC_MATCH);
                EmitJump(OpCode.POP_JUMP_IF_FALSE, next);
            }
            if (h.Name is not null)
            {
                int cleanupEnd = NewLabel();
                NameOp(h.Name, ExprContext.Store);
                _u.B.PushHandler(cleanupEnd, true);
                PushFBlock(FBlockKind.HandlerCleanup, datum: h.Name);
                VisitStmts(h.Body);
                PopFBlock();
                UnsetLoc();
                _u.B.PopHandler();
                _u.B.PopHandler();
                Emit(OpCode.POP_EXCEPT);
                LoadConst(NoneConstant.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                JumpTo(end);
                // Restore the outer cleanup handler for the code after this handler.
                _u.B.SetHandlers(inHandler);
                Mark(cleanupEnd);
                UnsetLoc();
                LoadConst(NoneConstant.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                Emit(OpCode.RERAISE, 1);
            }
            else
            {
                Emit(OpCode.POP_TOP);
                PushFBlock(FBlockKind.HandlerCleanup);
                VisitStmts(h.Body);
                PopFBlock();
                UnsetLoc();
                _u.B.PopHandler();
                Emit(OpCode.POP_EXCEPT);
                JumpTo(end);
                _u.B.SetHandlers(inHandler);
            }
            Mark(next);
        }
        UnsetLoc();
        PopFBlock();
        Emit(OpCode.RERAISE, 0);
        _u.B.PopHandler();
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(end);
    }

    private void CompileTryStar(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse)
    {
        int except = NewLabel(), end = NewLabel(), cleanup = NewLabel(), reraiseStar = NewLabel();
        _u.B.PushHandler(except, false);
        PushFBlock(FBlockKind.TryExcept);
        VisitStmts(body);
        PopFBlock();
        _u.B.PopHandler();
        VisitStmts(orelse);
        UnsetLoc();
        JumpTo(end);
        Mark(except);
        _u.B.PushHandler(cleanup, true);
        var inHandler = _u.B.SaveHandlers();
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionGroupHandler);
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = (ExceptHandler)handlers[i];
            SetLoc(h);
            int next = NewLabel(), exceptWithError = NewLabel(), noMatch = NewLabel();
            if (i == 0)
            {
                Emit(OpCode.COPY, 1);
                Emit(OpCode.BUILD_LIST, 0);
                Emit(OpCode.SWAP, 2);
            }
            if (h.Type is null) throw Error("except* must specify an exception type");
            VisitExpr(h.Type);
            SetLoc(h);
            Emit(OpCode.CHECK_EG_MATCH);
            Emit(OpCode.COPY, 1);
            EmitJump(OpCode.POP_JUMP_IF_NONE, noMatch);
            int cleanupEnd = NewLabel();
            if (h.Name is not null) NameOp(h.Name, ExprContext.Store);
            else Emit(OpCode.POP_TOP);
            _u.B.PushHandler(cleanupEnd, true);
            PushFBlock(FBlockKind.HandlerCleanup, datum: h.Name);
            VisitStmts(h.Body);
            PopFBlock();
            _u.B.PopHandler();
            UnsetLoc();
            if (h.Name is not null)
            {
                LoadConst(NoneConstant.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
            }
            JumpTo(next);
            Mark(cleanupEnd);
            if (h.Name is not null)
            {
                LoadConst(NoneConstant.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
            }
            Emit(OpCode.LIST_APPEND, 3);
            Emit(OpCode.POP_TOP);
            JumpTo(exceptWithError);
            Mark(noMatch);
            Emit(OpCode.POP_TOP);
            Mark(exceptWithError);
            Mark(next);
            if (i == handlers.Count - 1)
            {
                Emit(OpCode.LIST_APPEND, 1);
                JumpTo(reraiseStar);
            }
        }
        PopFBlock();
        int reraise = NewLabel();
        Mark(reraiseStar);
        Emit(OpCode.PREP_RERAISE_STAR);
        Emit(OpCode.COPY, 1);
        EmitJump(OpCode.POP_JUMP_IF_NOT_NONE, reraise);
        Emit(OpCode.POP_TOP);
        _u.B.PopHandler();
        Emit(OpCode.POP_EXCEPT);
        JumpTo(end);
        _u.B.SetHandlers(inHandler);
        Mark(reraise);
        _u.B.PopHandler();
        Emit(OpCode.SWAP, 2);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.RERAISE, 0);
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(end);
    }

    // ------------------------------------------------------------------ with

    private void CompileWith(List<WithItem> items, List<Stmt> body, int pos, Stmt s)
    {
        var item = items[pos];
        int final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        SetLoc(s);
        Emit(OpCode.BEFORE_WITH);
        _u.B.PushHandler(final, true, forWith: true);
        PushFBlock(FBlockKind.With, final, datum: s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP);
        if (pos + 1 == items.Count) VisitStmts(body);
        else CompileWith(items, body, pos + 1, s);
        PopFBlock();
        _u.B.PopHandler();
        SetLoc(s);
        CallExitWithNones();
        Emit(OpCode.POP_TOP);
        JumpTo(exit);
        Mark(final);
        _u.B.PushHandler(cleanup, true);
        Emit(OpCode.PUSH_EXC_INFO);
        Emit(OpCode.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        Mark(exit);
    }

    private void CompileAsyncWith(List<WithItem> items, List<Stmt> body, int pos, Stmt s)
    {
        var item = items[pos];
        int final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        SetLoc(s);
        Emit(OpCode.BEFORE_ASYNC_WITH);
        Emit(OpCode.GET_AWAITABLE, 1);
        LoadConst(NoneConstant.Instance);
        YieldFromLoop();
        _u.B.PushHandler(final, true, forWith: true);
        PushFBlock(FBlockKind.AsyncWith, final, datum: s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP);
        if (pos + 1 == items.Count) VisitStmts(body);
        else CompileAsyncWith(items, body, pos + 1, s);
        PopFBlock();
        _u.B.PopHandler();
        SetLoc(s);
        CallExitWithNones();
        Emit(OpCode.GET_AWAITABLE, 2);
        LoadConst(NoneConstant.Instance);
        YieldFromLoop();
        Emit(OpCode.POP_TOP);
        JumpTo(exit);
        Mark(final);
        _u.B.PushHandler(cleanup, true);
        Emit(OpCode.PUSH_EXC_INFO);
        Emit(OpCode.WITH_EXCEPT_START);
        Emit(OpCode.GET_AWAITABLE, 2);
        LoadConst(NoneConstant.Instance);
        YieldFromLoop();
        WithExceptFinish(cleanup);
        Mark(exit);
    }

    /// <summary>After __exit__ ran for an exception: swallow it if the result is true, else re-raise.</summary>
    private void WithExceptFinish(int cleanup)
    {
        UnsetLoc();
        int suppress = NewLabel(), after = NewLabel();
        EmitJump(OpCode.POP_JUMP_IF_TRUE, suppress);
        Emit(OpCode.RERAISE, 2);
        Mark(suppress);
        Emit(OpCode.POP_TOP);
        _u.B.PopHandler();
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.POP_TOP);
        Emit(OpCode.POP_TOP);
        JumpTo(after);
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(after);
    }

    // ------------------------------------------------------------------ simple statements

    private void CompileAugAssign(AugAssign s)
    {
        int op = (int)MapOperator(s.Op) + (int)BinaryOperator.InplaceOffset;
        switch (s.Target)
        {
            case Attribute a:
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(OpCode.COPY, 1);
                Emit(OpCode.LOAD_ATTR, _u.AddName(Mangle(a.Attr)));
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(a);
                Emit(OpCode.SWAP, 2);
                Emit(OpCode.STORE_ATTR, _u.AddName(Mangle(a.Attr)));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                SetLoc(sub);
                Emit(OpCode.COPY, 2);
                Emit(OpCode.COPY, 2);
                Emit(OpCode.BINARY_SUBSCR);
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(sub);
                Emit(OpCode.SWAP, 3);
                Emit(OpCode.SWAP, 2);
                Emit(OpCode.STORE_SUBSCR);
                break;
            case Name n:
                SetLoc(n);
                NameOp(n.Id, ExprContext.Load);
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(n);
                NameOp(n.Id, ExprContext.Store);
                break;
            default:
                throw new InvalidOperationException("SystemError: invalid augmented assignment target");
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(s.Target);
        }
        switch (s.Target)
        {
            case Name n:
                if (n.Id == "__debug__") { SetLoc(n); throw Error("cannot assign to __debug__"); }
                if (s.Simple != 0 && _u.Kind is UnitKind.Module or UnitKind.Class)
                {
                    CompileAnnotationValue(s.Annotation);
                    SetLoc(s);
                    NameOp("__annotations__", ExprContext.Load);
                    LoadConst(Mangle(n.Id));
                    Emit(OpCode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                if (s.Value is null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
        }
        if (s.Simple == 0 && !FutureAnnotations && _u.Kind is UnitKind.Module or UnitKind.Class)
            CheckAnnExpr(s.Annotation);
    }

    private void CheckAnnExpr(Expr e)
    {
        VisitExpr(e);
        Emit(OpCode.POP_TOP);
    }

    private void CheckAnnSubscr(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnExpr(sl.Step);
                break;
            case Tuple t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    private void CompileAssert(Assert s)
    {
        if (s.Test is Ast.Tuple { Elts.Count: > 0 }) Warn("assertion is always true, perhaps remove parentheses?", s);
        if (_optimize > 0) return;
        int end = NewLabel();
        JumpIf(s.Test, end, true);
        SetLoc(s);
        Emit(OpCode.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            SetLoc(s);
            Emit(OpCode.CALL, 1);
        }
        Emit(OpCode.RAISE_VARARGS, 1);
        Mark(end);
    }

    private void CompileImport(Import s)
    {
        foreach (var a in s.Names)
        {
            SetLoc(s);
            LoadConst(0L);
            LoadConst(NoneConstant.Instance);
            Emit(OpCode.IMPORT_NAME, _u.AddName(a.Name));
            if (a.Asname is not null)
            {
                int dot = a.Name.IndexOf('.');
                if (dot >= 0)
                {
                    while (true)
                    {
                        int pos = dot + 1;
                        dot = a.Name.IndexOf('.', pos);
                        string attr = dot < 0 ? a.Name.Substring(pos) : a.Name.Substring(pos, dot - pos);
                        Emit(OpCode.IMPORT_FROM, _u.AddName(attr));
                        if (dot < 0) break;
                        Emit(OpCode.SWAP, 2);
                        Emit(OpCode.POP_TOP);
                    }
                    NameOp(a.Asname, ExprContext.Store);
                    Emit(OpCode.POP_TOP);
                }
                else NameOp(a.Asname, ExprContext.Store);
            }
            else
            {
                int dot = a.Name.IndexOf('.');
                NameOp(dot < 0 ? a.Name : a.Name.Substring(0, dot), ExprContext.Store);
            }
        }
    }

    private void CompileImportFrom(ImportFrom s)
    {
        var names = new object[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        if (s.Lineno > _futureLastLine && s.Module == "__future__")
            throw Error("from __future__ imports must occur at the beginning of the file");
        LoadConst((long)(s.Level ?? 0));
        LoadConst(new ConstantTuple(names));
        Emit(OpCode.IMPORT_NAME, _u.AddName(s.Module ?? ""));
        if (s.Names.Count == 1 && s.Names[0].Name == "*")
        {
            Emit(OpCode.IMPORT_STAR);
            return;
        }
        foreach (var a in s.Names)
        {
            Emit(OpCode.IMPORT_FROM, _u.AddName(a.Name));
            NameOp(a.Asname ?? a.Name, ExprContext.Store);
        }
        Emit(OpCode.POP_TOP);
    }
}
