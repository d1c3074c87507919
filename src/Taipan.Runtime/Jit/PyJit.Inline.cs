using Taipan.Compiler.Bytecode;
using Taipan.Jit.IR;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using OpCode = Taipan.Compiler.Bytecode.OpCode;

namespace Taipan.Runtime.Jit;

/// <summary>
/// Inlining Python calls (DESIGN §6.2: the recorder follows calls). A CALL/CALL_METHOD of a plain function
/// is recorded through: the callee gets a shadow frame in the recorder (its locals are trace values, no
/// Frame is allocated in the compiled trace), its RETURN_VALUE continues in the caller. While recording, the
/// callee really runs in a frame of its own pushed as the interpreter pushes it (so an abort or an exception
/// hands the interpreter the exact frame chain). A guard failing in the callee resumes with every frame
/// rebuilt: the callee's at the failing instruction, each caller after its CALL waiting for the result
/// (LastI still on the CALL: its line in tracebacks, its exception handlers); the interpreter then
/// continues in the innermost one (the JUMP_BACKWARD hook in EvalLoop switches to ts.Frame).
///
/// Inlined: exact functions, positional arguments matching the parameters (missing ones from the
/// defaults), no *args/**kwargs/keyword-only parameters, no generators, no cells or free variables (a
/// closure's cells, `super()`'s __class__), no exception table, no loop, every instruction one the recorder
/// traces, at most <see cref="MaxInlineWords"/> words; never a function already being recorded (recursion
/// is a residual call), never deeper than JitParams.InlineDepth, never at a polymorphic call site. A callee whose recording aborts is not
/// inlined again (the toolkit's rule), and the loop is recorded again with a residual call.
/// </summary>
internal sealed partial class PyJit
{
    static readonly ClassDescr FunctionClass = ClassDescr.Of(typeof(PyFunction));
    static readonly FieldDescr FunctionCode = FunctionClass.Field(nameof(PyFunction.Code));
    static readonly FieldDescr FunctionDefaults = FunctionClass.Field(nameof(PyFunction.Defaults));
    static readonly CallDescr LoadGlobalOfD = D(nameof(EvalLoop.JitLoadGlobalOf));

    /// <summary>Largest callee inlined, in code words: a bigger body rarely runs whole in one iteration and
    /// mostly lengthens the trace (each of its guards snapshots every frame).</summary>
    const int MaxInlineWords = 400;

    readonly Dictionary<PyCode, bool> inlinable = new(ReferenceEqualityComparer.Instance);
    /// <summary>
    /// Call sites that called another function than the one a trace inlined there (a bridge was recorded from
    /// their guard): polymorphic (`node.ev(fr)` over AST classes), so they are called residually from then on.
    /// Inlining each target would compile one bridge per class, each with every inlined frame in its guards'
    /// resume data: measured slower than the residual call on the interp benchmark (4.95 s vs 4.18 s CPU).
    /// </summary>
    readonly HashSet<PyPos> polymorphicSites = new();
    /// <summary>The frame the recording step loop continues in after an inlined call or return.</summary>
    Frame? switchTo;
    /// <summary>The frame recording started in (the loop's); deeper frames are inlined calls.</summary>
    Frame recordRoot = null!;
    /// <summary>-X jit-stats: calls recorded inline, and frames of inlined calls rebuilt by guard failures.</summary>
    long inlinedCalls, framesRebuilt;

    bool Inlinable(PyCode code)
    {
        if (!inlinable.TryGetValue(code, out bool ok)) inlinable[code] = ok = ScanInlinable(code);
        return ok;
    }

    static bool ScanInlinable(PyCode code)
    {
        if (code.IsGeneratorLike || code.NCells != 0 || code.KwOnlyArgCount > 0
            || (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0 || code.Code.ExceptionTable.Length > 0)
            return false;
        var w = code.Words;
        if (w.Length > MaxInlineWords) return false;
        for (int pc = 0; pc < w.Length; pc += Math.Max(1, OpInfo.Width((OpCode)(byte)w[pc])))
            if (!TracedInCallee((OpCode)(byte)w[pc])) return false;
        return true;
    }

    /// <summary>The instructions <see cref="Step"/> records that can appear in an inlined function (no loops).</summary>
    static bool TracedInCallee(OpCode op) => op is OpCode.NOP or OpCode.POP_TOP or OpCode.COPY or OpCode.SWAP
        or OpCode.LOAD_CONST or OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.LOAD_GLOBAL or OpCode.LOAD_ATTR
        or OpCode.STORE_ATTR or OpCode.LOAD_METHOD or OpCode.CALL or OpCode.CALL_METHOD or OpCode.BINARY_OP
        or OpCode.COMPARE_OP or OpCode.COMPARE_JUMP_IF_FALSE or OpCode.IS_OP or OpCode.CONTAINS_OP
        or OpCode.UNARY_NEGATIVE or OpCode.UNARY_POSITIVE or OpCode.UNARY_INVERT or OpCode.UNARY_NOT
        or OpCode.BINARY_SUBSCR or OpCode.STORE_SUBSCR or OpCode.GET_ITER or OpCode.JUMP_FORWARD
        or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
        or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
        or OpCode.BUILD_TUPLE or OpCode.BUILD_LIST or OpCode.BUILD_SLICE or OpCode.LIST_APPEND
        or OpCode.UNPACK_SEQUENCE or OpCode.RETURN_VALUE
        // closures (free variables only: a callee making cells of its own is called residually)
        or OpCode.COPY_FREE_VARS or OpCode.LOAD_DEREF or OpCode.STORE_DEREF;

    /// <summary>True if a frame of <paramref name="code"/> is being recorded (from the current frame up to the root).</summary>
    bool OnRecordedStack(Frame f, PyCode code)
    {
        for (var x = f; x is not null; x = x.Back)
        {
            if (ReferenceEquals(x.Code, code)) return true;
            if (x == recordRoot) break;
        }
        return false;
    }

    /// <summary>
    /// CALL/CALL_METHOD of <paramref name="callable"/> with the arguments at s[argStart..argStart+argc): records
    /// the callee inline and pushes its frame (the step loop continues there) when it can; false otherwise
    /// (nothing recorded or done: the caller records a residual call).
    /// </summary>
    bool TryInline(Frame f, PyCode code, FrameSlot[] s, PyObject callable, int instr, int bottom, int argStart, int argc, ref int pc, ref int sp)
    {
        if (callable.type != RuntimeTypes.Function) return false;
        var fn = (PyFunction)callable;
        var cc = fn.Code;
        if (!Inlinable(cc)) return false;
        int firstDefault = cc.ArgCount - (fn.Defaults?.Count ?? 0);
        if (argc > cc.ArgCount || argc < firstDefault) return false;
        var entry = new PyPos(cc, 0, cc.NLocalsPlus);
        if (!rec.CanInline(entry) || OnRecordedStack(f, cc) || polymorphicSites.Contains(new PyPos(code, instr, 0))) return false;
        var ts = ThreadState.Current;
        if (ts.Depth + 1 > ts.Interp.RecursionLimit) return false;

        // guards before anything happened: they resume at the CALL with the state before it
        var tfn = Ref(fn);
        rec.Promote(S(bottom), (object)fn);
        // `f.__code__ = ...` keeps the function object: its code is what the trace inlined
        rec.Promote(rec.GetField(tfn, FunctionCode), (object)cc);
        if (argc < cc.ArgCount) rec.Promote(rec.GetField(tfn, FunctionDefaults), (object?)fn.Defaults);

        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++) args[i] = s[argStart + i].V!;
        var nf = EvalLoop.NewFrame(fn, args, null);
        var slots = new Value[nf.Slots.Length + 1];
        for (int i = 0; i < slots.Length; i++) slots[i] = Const.Null;
        for (int i = 0; i < argc; i++) slots[i] = S(argStart + i);
        for (int i = argc; i < cc.ArgCount; i++) slots[i] = Ref(fn.Defaults!.Items[i - firstDefault]);
        // the extra slot of an inlined frame holds its function (NewFrame rebuilds the frame from it)
        slots[^1] = tfn;

        // the caller waits after its CALL, the callable and arguments popped, reporting the CALL as LastI
        for (int i = bottom; i < sp; i++) { Set(i, Const.Null); s[i].V = null; }
        rec.SetPosition(new PyPos(code, instr + 2, bottom, instr));
        if (!rec.EnterCall(entry, slots))
        {
            // cannot happen (CanInline said yes); the frame is dropped and the call made as the interpreter would
            throw new InvalidOperationException("inline refused after CanInline");
        }
        f.Sp = sp = bottom;
        f.Pc = pc = instr + 2;
        f.LastI = instr;
        nf.Back = f;
        nf.State = FrameState.Running;
        ts.Frame = nf;
        ts.Depth++;
        switchTo = nf;
        inlinedCalls++;
        return true;
    }

    /// <summary>RETURN_VALUE of an inlined callee: pops its frame and pushes the value on the caller's stack.</summary>
    void RecordReturn(Frame f, FrameSlot[] s, ref int sp)
    {
        var tv = S(sp - 1);
        var v = s[--sp].V!;
        s[sp].V = null;
        rec.LeaveCall(tv);
        var back = f.Back!;
        var ts = ThreadState.Current;
        f.State = FrameState.Returned;
        f.Sp = sp;
        ts.Frame = back;
        ts.Depth--;
        if (!f.Escaped && f.Generator is null && f.Locals is null) f.Code.ReturnFrame(f);
        Set(back.Sp, rec.ReturnValue);
        back.Slots[back.Sp++].V = v;
        switchTo = back;
    }

    /// <summary>A frame of an inlined call being resumed after a guard failed in it.</summary>
    internal static Frame NewInlinedFrame(PyCode code, PyFunction fn)
    {
        var fr = code.RentFrame();
        if (fr is null) fr = new Frame(code, fn.Globals, fn.Builtins, null) { Function = fn };
        else fr.Reinitialize(fn);
        fr.State = FrameState.Running;
        return fr;
    }

    /// <summary>Links the rebuilt frames of inlined calls (outermost first) under <paramref name="f"/>, as the
    /// interpreter's CALL would have pushed them; the interpreter continues in the innermost.</summary>
    void PushResumed(Frame f, Frame[] inner)
    {
        framesRebuilt += inner.Length;
        var ts = ThreadState.Current;
        var back = f;
        foreach (var fr in inner)
        {
            fr.Back = back;
            back = fr;
        }
        ts.Frame = back;
        ts.Depth += inner.Length;
    }
}
