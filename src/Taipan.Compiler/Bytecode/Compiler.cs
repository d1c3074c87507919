using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Symbols;

namespace Taipan.Compiler.Bytecode;

/// <summary>
/// Compiles an AST (with its symbol table) to Taipan code objects. Code shapes follow
/// CPython 3.11's compiler.c where the semantics are observable (evaluation order, exception
/// table depths, what is a nested code object, qualnames, compile-time SyntaxErrors); the
/// instruction set is Taipan's (see <see cref="OpCode"/>). Split by concern into partial files:
/// statements, expressions, patterns.
/// </summary>
public sealed partial class Compiler
{
    private readonly CompileErrors _errors;
    private readonly SymbolTable _st;
    private readonly int _optimize;
    private readonly int _future;
    private readonly int _futureLastLine;
    private readonly bool _interactive;
    private readonly List<CompilerUnit> _stack = new();
    private CompilerUnit _u = null!;
    /// <summary>A finally body is compiled twice (normal and exceptional path); its nested code
    /// objects are compiled once and shared, as CPython's constant merging makes them.</summary>
    private readonly Dictionary<Node, CodeObject> _codeCache = new(ReferenceEqualityComparer.Instance);

    private readonly List<CompileWarning>? _warnings;

    private Compiler(SymbolTable st, CompileErrors errors, int optimize, int futureLastLine, bool interactive, List<CompileWarning>? warnings)
    {
        _st = st; _errors = errors; _optimize = optimize; _future = st.FutureFlags;
        _futureLastLine = futureLastLine; _interactive = interactive; _warnings = warnings;
    }

    /// <summary>Compiles a module, expression or interactive tree. Throws <see cref="PythonSyntaxError"/>.
    /// SyntaxWarnings go to <paramref name="warnings"/> when given (the caller issues them).</summary>
    public static CodeObject Compile(Mod mod, string filename, string? source = null, int optimize = 0, List<CompileWarning>? warnings = null)
    {
        var errors = new CompileErrors(filename, source);
        int futureLast = CheckFuture(mod, errors);
        var st = SymbolTable.Build(mod, errors);
        var c = new Compiler(st, errors, optimize, futureLast, mod is Interactive, warnings);
        return c.CompileMod(mod);
    }

    /// <summary>future.c: validates the leading __future__ imports, returns the line of the last one.</summary>
    private static int CheckFuture(Mod mod, CompileErrors errors)
    {
        List<Stmt>? body = mod switch { Module m => m.Body, Interactive i => i.Body, _ => null };
        if (body is null) return 0;
        int last = 0, prevLine = 0;
        bool done = false;
        for (int i = 0; i < body.Count; i++)
        {
            var s = body[i];
            // Statements sharing a line with the last candidate are still examined (future.c).
            if (done && s.Lineno > prevLine) break;
            prevLine = s.Lineno;
            if (i == 0 && s is ExprStmt { Value: Constant { Value: string or SurrogateStr } }) continue;
            if (s is not ImportFrom { Module: "__future__" } f) { done = true; continue; }
            if (done) throw FutureError(errors, "from __future__ imports must occur at the beginning of the file", s);
            foreach (var a in f.Names)
            {
                switch (a.Name)
                {
                    case "nested_scopes": case "generators": case "division": case "absolute_import":
                    case "with_statement": case "print_function": case "unicode_literals": case "barry_as_FLUFL":
                    case "generator_stop": case "annotations":
                        break;
                    case "braces":
                        throw FutureError(errors, "not a chance", s);
                    default:
                        throw FutureError(errors, $"future feature {a.Name} is not defined", s);
                }
            }
            last = s.Lineno;
        }
        return last;
    }

    /// <summary>future.c reports the statement's 0-based column as the 1-based offset (at least 1).</summary>
    private static PythonSyntaxError FutureError(CompileErrors errors, string msg, Stmt s)
    {
        int col = Math.Max(s.ColOffset - 1, 0);
        return errors.At(msg, s.Lineno, col, s.Lineno, col);
    }

    private CodeObject CompileMod(Mod mod)
    {
        EnterScope("<module>", UnitKind.Module, mod, 1);
        switch (mod)
        {
            case Module m:
                CompileBody(m.Body);
                break;
            case Interactive i:
                if (FindAnnotations(i.Body)) Emit(OpCode.SETUP_ANNOTATIONS);
                foreach (var s in i.Body) VisitStmt(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                Emit(OpCode.RETURN_VALUE);
                return ExitScope(addReturn: false);
            default:
                throw new InvalidOperationException("SystemError: cannot compile " + mod.PythonName);
        }
        return ExitScope(addReturn: true);
    }

    // ------------------------------------------------------------------ units

    private void EnterScope(string name, UnitKind kind, Node key, int firstLine)
    {
        var ste = _st.Lookup(key);
        var u = new CompilerUnit(ste, kind, name, firstLine);
        u.Private = _stack.Count > 0 ? _u.Private : null;
        if (kind == UnitKind.Class) u.Private = name;
        _stack.Add(u);
        _u = u;
        SetQualName(u);
        if (kind == UnitKind.Module) u.B.Position = new SourcePosition(1, 1, 0, 0);
        else u.B.Position = new SourcePosition(firstLine, firstLine, -1, -1);
        // Prologue without positions, as CPython's MAKE_CELL/COPY_FREE_VARS.
        var keep = u.B.Position;
        u.B.Position = new SourcePosition(-1, -1, -1, -1);
        for (int i = 0; i < u.CellVars.Count; i++)
        {
            string cell = u.CellVars[i];
            int slot = CompilerUnit.DerefBase + i;
            Emit(OpCode.MAKE_CELL, slot);
            if (u.TryVarIndex(cell, out int arg))
            {
                Emit(OpCode.LOAD_FAST, arg);
                Emit(OpCode.STORE_DEREF, slot);
            }
        }
        if (u.FreeVars.Count > 0) Emit(OpCode.COPY_FREE_VARS, u.FreeVars.Count);
        u.B.Position = keep;
    }

    private void SetQualName(CompilerUnit u)
    {
        string? baseName = null;
        // The module is not a qualname prefix: only units nested inside a def or class are.
        if (_stack.Count > 2)
        {
            var parent = _stack[^2];
            bool forceGlobal = false;
            if (u.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Class)
            {
                string mangled = SymbolTable.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
            {
                baseName = parent.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Lambda
                    ? parent.QualName + ".<locals>"
                    : parent.QualName;
            }
        }
        u.QualName = baseName is null ? u.Name : baseName + "." + u.Name;
    }

    private CodeObject ExitScope(bool addReturn)
    {
        var u = _u;
        if (addReturn && (!OpInfo.IsTerminator(u.B.LastOp) || u.B.LabelAtEnd() || u.B.Count == 0))
        {
            UnsetLoc();
            LoadConst(NoneConstant.Instance);
            Emit(OpCode.RETURN_VALUE);
        }
        int nlocals = u.VarNames.Count;
        var instrs = u.B.Instructions;
        for (int i = 0; i < instrs.Count; i++)
        {
            var ins = instrs[i];
            if (ins.Op is OpCode.LOAD_DEREF or OpCode.STORE_DEREF or OpCode.DELETE_DEREF or OpCode.LOAD_CLASSDEREF
                or OpCode.LOAD_CLOSURE or OpCode.MAKE_CELL)
            {
                ins.Arg = ins.Arg - CompilerUnit.DerefBase + nlocals;
                instrs[i] = ins;
            }
        }
        var info = new CodeUnitInfo
        {
            ArgCount = u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            FirstLineNo = u.FirstLineNo,
            Flags = ComputeFlags(u),
            Consts = u.Consts.ToArray(),
            Names = u.Names.ToArray(),
            VarNames = u.VarNames.ToArray(),
            CellVars = u.CellVars.ToArray(),
            FreeVars = u.FreeVars.ToArray(),
            Filename = _errors.Filename,
            Name = u.Name,
            QualName = u.QualName,
        };
        var code = u.B.Assemble(info);
        _stack.RemoveAt(_stack.Count - 1);
        _u = _stack.Count > 0 ? _stack[^1] : null!;
        return code;
    }

    private CodeFlags ComputeFlags(CompilerUnit u)
    {
        var f = CodeFlags.None;
        var ste = u.Ste;
        if (ste.Kind == ScopeKind.Function)
        {
            f |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) f |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) f |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) f |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) f |= CodeFlags.AsyncGenerator;
            if (ste.HasVarargs) f |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) f |= CodeFlags.VarKeywords;
        }
        f |= (CodeFlags)_future;
        return f;
    }

    // ------------------------------------------------------------------ emission helpers

    private void Emit(OpCode op, int arg = 0) => _u.B.Emit(op, arg);

    private void EmitJump(OpCode op, int label) => _u.B.EmitJump(op, label);

    /// <summary>An unconditional jump, backward (a loop edge the JIT counts) when the label is already placed.</summary>
    private void JumpTo(int label) =>
        _u.B.EmitJump(_u.B.IsMarked(label) ? OpCode.JUMP_BACKWARD : OpCode.JUMP_FORWARD, label);

    private int NewLabel() => _u.B.NewLabel();

    private void Mark(int label) => _u.B.Mark(label);

    private void LoadConst(object value) => Emit(OpCode.LOAD_CONST, _u.AddConst(value));

    /// <summary>What follows is artificial (CPython's UNSET_LOC): it takes its line from the code around it
    /// when the code object is assembled (CodeBuilder.Cfg.cs).</summary>
    private void UnsetLoc() => _u.B.Position = new SourcePosition(-1, -1, -1, -1);

    private void SetLoc(Node n)
    {
        if (n.HasPosition) _u.B.Position = new SourcePosition(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);
    }

    private PythonSyntaxError Error(string msg)
    {
        var p = _u.B.Position;
        return _errors.At(msg, p.Line, Math.Max(p.Column, 0), p.EndLine, Math.Max(p.EndColumn, 0));
    }

    private PythonSyntaxError ErrorAt(string msg, Node n) => _errors.At(msg, n);

    private string Mangle(string name) => SymbolTable.Mangle(_u.Private, name);

    private void PushFBlock(FBlockKind kind, int block = -1, int exit = -1, object? datum = null)
    {
        if (_u.FBlocks.Count >= 20) throw Error("too many statically nested blocks");
        _u.FBlocks.Add(new FBlock { Kind = kind, Block = block, Exit = exit, Datum = datum });
    }

    private void PopFBlock() => _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);

    // ------------------------------------------------------------------ names

    private void NameOp(string name, ExprContext ctx)
    {
        if (ctx == ExprContext.Store && name == "__debug__") throw Error("cannot assign to __debug__");
        if (ctx == ExprContext.Del && name == "__debug__") throw Error("cannot delete __debug__");
        string mangled = Mangle(name);
        var scope = _u.Ste.GetScope(mangled);
        bool fn = _u.Ste.Kind == ScopeKind.Function;
        switch (scope)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
            {
                int slot = _u.DerefSlot(mangled);
                Emit(ctx switch
                {
                    ExprContext.Load => _u.Ste.Kind == ScopeKind.Class ? OpCode.LOAD_CLASSDEREF : OpCode.LOAD_DEREF,
                    ExprContext.Store => OpCode.STORE_DEREF,
                    _ => OpCode.DELETE_DEREF,
                }, slot);
                return;
            }
            case SymbolScope.Local when fn:
            {
                int i = _u.AddVarName(mangled);
                Emit(ctx switch { ExprContext.Load => OpCode.LOAD_FAST, ExprContext.Store => OpCode.STORE_FAST, _ => OpCode.DELETE_FAST }, i);
                return;
            }
            case SymbolScope.GlobalImplicit when fn:
            case SymbolScope.GlobalExplicit:
            {
                int i = _u.AddName(mangled);
                Emit(ctx switch { ExprContext.Load => OpCode.LOAD_GLOBAL, ExprContext.Store => OpCode.STORE_GLOBAL, _ => OpCode.DELETE_GLOBAL }, i);
                return;
            }
            default:
            {
                int i = _u.AddName(mangled);
                Emit(ctx switch { ExprContext.Load => OpCode.LOAD_NAME, ExprContext.Store => OpCode.STORE_NAME, _ => OpCode.DELETE_NAME }, i);
                return;
            }
        }
    }

    /// <summary>Pushes the closure tuple for <paramref name="code"/> if it has free variables; returns the MAKE_FUNCTION flag.</summary>
    private int MakeClosure(CodeObject code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                // A class's __class__ cell and names free in the child come from this unit's cells or frees.
                string n = name;
                int slot;
                int ci = _u.CellVars.IndexOf(n);
                if (ci >= 0) slot = CompilerUnit.DerefBase + ci;
                else
                {
                    int fi = _u.FreeVars.IndexOf(n);
                    if (fi < 0) throw new InvalidOperationException($"SystemError: closure variable '{n}' of {code.QualName} not found in {_u.QualName}");
                    slot = CompilerUnit.DerefBase + _u.CellVars.Count + fi;
                }
                Emit(OpCode.LOAD_CLOSURE, slot);
            }
            Emit(OpCode.BUILD_TUPLE, code.FreeVars.Length);
            flags |= 8;
        }
        LoadConst(code);
        Emit(OpCode.MAKE_FUNCTION, flags);
        return flags;
    }

    /// <summary>The docstring: a <c>string</c> or a <see cref="SurrogateStr"/>, or null.</summary>
    private static object? GetDocString(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: (string or SurrogateStr) and var s } } ? s : null;

    /// <summary>Whether a block has a simple annotation at its own level (CPython's find_ann).</summary>
    private static bool FindAnnotations(List<Stmt> stmts)
    {
        foreach (var s in stmts)
        {
            bool res = s switch
            {
                AnnAssign => true,
                For f => FindAnnotations(f.Body) || FindAnnotations(f.Orelse),
                AsyncFor f => FindAnnotations(f.Body) || FindAnnotations(f.Orelse),
                While w => FindAnnotations(w.Body) || FindAnnotations(w.Orelse),
                If i => FindAnnotations(i.Body) || FindAnnotations(i.Orelse),
                With w => FindAnnotations(w.Body),
                AsyncWith w => FindAnnotations(w.Body),
                Try t => FindAnnotationsInTry(t.Body, t.Handlers, t.Orelse, t.Finalbody),
                TryStar t => FindAnnotationsInTry(t.Body, t.Handlers, t.Orelse, t.Finalbody),
                Match m => FindAnnotationsInMatch(m),
                _ => false,
            };
            if (res) return true;
        }
        return false;
    }

    private static bool FindAnnotationsInTry(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> final)
    {
        foreach (var h in handlers) if (FindAnnotations(((ExceptHandler)h).Body)) return true;
        return FindAnnotations(body) || FindAnnotations(final) || FindAnnotations(orelse);
    }

    private static bool FindAnnotationsInMatch(Match m)
    {
        foreach (var c in m.Cases) if (FindAnnotations(c.Body)) return true;
        return false;
    }

    /// <summary>compiler_body: SETUP_ANNOTATIONS, the docstring as __doc__, the statements.</summary>
    private void CompileBody(List<Stmt> stmts)
    {
        if (FindAnnotations(stmts)) Emit(OpCode.SETUP_ANNOTATIONS);
        if (stmts.Count == 0) return;
        int i = 0;
        if (_optimize < 2 && GetDocString(stmts) is { } doc)
        {
            i = 1;
            SetLoc(stmts[0]);
            SetLoc(((ExprStmt)stmts[0]).Value);
            LoadConst(doc);
            NameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.Count; i++) VisitStmt(stmts[i]);
    }
}
