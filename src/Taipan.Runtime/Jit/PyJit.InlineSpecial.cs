using Taipan.Jit.IR;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using JitOp = Taipan.Jit.IR.OpCode;

namespace Taipan.Runtime.Jit;

/// <summary>
/// Inlining the two calls the interpreter makes on a Python object's behalf (RPython follows them as any
/// call): `Class(...)` running a Python `__init__` (CallClass's fast path: object.__new__, no __new__ or
/// metaclass override), and `a + b` running the left operand's Python `__add__` (the other binary dunders
/// alike). They are recorded like PyJit.Inline.cs's calls, with guards on the class and its version tag,
/// plus one rule at the callee's RETURN_VALUE: `__init__` must return None (the caller gets the instance),
/// a dunder must not return NotImplemented (the caller gets what it returned). Both are guards recorded in
/// the callee, before its return, so a failure resumes there.
///
/// Such a "special" frame cannot simply be handed to the interpreter's stackless return (it would push
/// `__init__`'s None, or NotImplemented, on the caller's stack): when a guard fails or a recording stops
/// inside one, the frames from the innermost up to the outermost special one are finished here with nested
/// runs (as CallClass and the slot wrappers run them), their results post-processed as type_call and
/// binary_op1 do, and the interpreter continues in the caller with the result pushed (or the exception
/// raised at its instruction). Bridges are not recorded from guards inside special frames.
///
/// Binary dunders are inlined only where the protocol reduces to "the left operand's method, and its
/// result unless NotImplemented": left an instance of a Python class whose slot is the dunder wrapper (and,
/// for an inplace op, with no `__iXX__`), right of the same class (binary_op1 then tries nothing else) or
/// an exact int or float (never a subclass of the left's class, whose slots are native).
/// </summary>
internal sealed partial class PyJit
{
    static readonly ClassDescr InstanceClass = ClassDescr.Of(typeof(PyInstance));
    static readonly FieldDescr InstanceType = InstanceClass.Field("type");
    static readonly CallDescr TypeVersionD = D(nameof(EvalLoop.JitTypeVersion), canRaise: false);
    static readonly CallDescr NewInstanceD = D(nameof(EvalLoop.JitNewInstance), canRaise: false);

    /// <summary>A special frame's marker, in its extra slots (see <see cref="SpecialSlots"/>): -1 for __init__,
    /// else the BINARY_OP operator.</summary>
    sealed class SpecialReturn
    {
        public readonly int Op;
        SpecialReturn(int op) { Op = op; }
        public bool IsInit => Op < 0;
        public static readonly SpecialReturn Init = new(-1);
        static readonly SpecialReturn[] binary = new SpecialReturn[2 * (int)Compiler.Bytecode.BinaryOperator.InplaceOffset];
        public static SpecialReturn Binary(int op) => binary[op] ??= new SpecialReturn(op);
    }

    /// <summary>What a special frame's return becomes: the instance (X) for __init__, the operands (X, Y) for a dunder;
    /// the trace values are the recording's.</summary>
    sealed class SpecialFrame
    {
        public required SpecialReturn Marker;
        public required PyObject X;
        public PyObject? Y;
        public Value TX = Const.Null;
    }

    /// <summary>Special frames being recorded or being resumed (keyed by the real Frame).</summary>
    readonly Dictionary<Frame, SpecialFrame> specialFrames = new(ReferenceEqualityComparer.Instance);
    long specialInlined;

    /// <summary>Extra slots of a special frame after its Slots: X, Y, marker, function (the function last, as
    /// for every inlined frame: <see cref="NewFrame"/> reads it there).</summary>
    const int SpecialSlots = 4;

    /// <summary>The value <paramref name="t"/> is an instance of exactly the Python class <paramref name="ty"/>,
    /// and the class is as it was when recorded.</summary>
    void GuardInstanceOf(Value t, PyType ty, bool version)
    {
        NonNull(t);
        rec.GuardClass(t, typeof(PyInstance));
        rec.Promote(rec.GetField(t, InstanceType), (object)ty);
        if (version) GuardVersion(ty);
    }

    void GuardVersion(PyType ty) => rec.Promote(rec.Call(TypeVersionD, Ref(ty)), (long)ty.VersionTag);

    bool CanInlineSpecial(Frame f, PyCode code, int instr, PyFunction fn, out PyPos entry)
    {
        var cc = fn.Code;
        entry = new PyPos(cc, 0, cc.NLocalsPlus);
        if (fn.type != RuntimeTypes.Function || !Inlinable(cc)) return false;
        if (!rec.CanInline(entry) || OnRecordedStack(f, cc) || polymorphicSites.Contains(new PyPos(code, instr, 0))) return false;
        var ts = ThreadState.Current;
        return ts.Depth + 1 <= ts.Interp.RecursionLimit;
    }

    /// <summary>BINARY_OP <paramref name="op"/> on s[sp-2], s[sp-1]: inlines the left operand's Python dunder when
    /// the protocol allows (see the class comment); false: nothing recorded or done.</summary>
    bool TryInlineBinary(Frame f, PyCode code, FrameSlot[] s, int op, int instr, ref int pc, ref int sp)
    {
        PyObject a = s[sp - 2].V!, b = s[sp - 1].V!;
        if (a is not PyInstance) return false;
        var ty = a.type;
        bool inplace = op >= (int)Compiler.Bytecode.BinaryOperator.InplaceOffset;
        int o = inplace ? op - (int)Compiler.Bytecode.BinaryOperator.InplaceOffset : op;
        if (!ty.IsHeapType || ty.LayoutId != PyTypes.ObjectLayout || !SlotDefinitions.IsPythonBinarySlot(ty, o)) return false;
        if (ty.SequenceConcat is not null || ty.SequenceRepeat is not null) return false;
        var stem = SlotDefinitions.BinaryStem(o);
        if (inplace && ty.Lookup("__i" + stem + "__") is not null) return false;
        bool same = b.type == ty && b is PyInstance;
        bool number = (b.type == PyTypes.Float && b is PyFloat) || (b.type == PyTypes.Int && b is PyInt);
        if (!same && !number) return false;
        if (ty.Lookup("__" + stem + "__") is not PyFunction fn) return false;
        var cc = fn.Code;
        if (cc.ArgCount != 2 || !CanInlineSpecial(f, code, instr, fn, out var entry)) return false;

        // guards before anything ran: they resume at the BINARY_OP
        Value ta = S(sp - 2), tb = S(sp - 1);
        GuardInstanceOf(ta, ty, version: true);
        if (same) GuardInstanceOf(tb, ty, version: false);
        else if (b.type == PyTypes.Float) UnboxFloat(tb, b);
        else
        {
            NonNull(tb);
            rec.GuardClass(tb, typeof(PyInt));
            rec.Promote(rec.GetField(tb, IntType), (object)PyTypes.Int);
        }
        var tfn = Ref(fn);
        rec.Promote(rec.GetField(tfn, FunctionCode), (object)cc);

        var nf = EvalLoop.NewFrame(fn, new[] { a, b }, null);
        var slots = NewSpecialSlots(nf, tfn, SpecialReturn.Binary(op), ta, tb);
        slots[0] = ta;
        slots[1] = tb;
        EnterSpecial(f, code, s, nf, slots, entry, instr, sp - 2, ref pc, ref sp);
        specialFrames[nf] = new SpecialFrame { Marker = SpecialReturn.Binary(op), X = a, Y = b, TX = ta };
        return true;
    }

    /// <summary>CALL of the class <paramref name="ty"/> with the arguments at s[argStart..argStart+argc): allocates
    /// the instance and inlines `__init__` when CallClass would take its fast path; false: nothing recorded or done.</summary>
    bool TryInlineInit(Frame f, PyCode code, FrameSlot[] s, PyType ty, int instr, int bottom, int argStart, int argc, ref int pc, ref int sp)
    {
        if (ty.type != PyTypes.Type || !ReferenceEquals(ty.New, ObjectType.ObjectNew) || !ReferenceEquals(ty.Init, HeapTypeSlots.SlotInit)
            || (ty.Flags & TypeFlags.IsAbstract) != 0 || ty.LayoutId != PyTypes.ObjectLayout)
            return false;
        if (ty.Lookup("__init__") is not PyFunction init || init.Code.IsGeneratorLike) return false;
        var cc = init.Code;
        int firstDefault = cc.ArgCount - (init.Defaults?.Count ?? 0);
        if (argc + 1 > cc.ArgCount || argc + 1 < firstDefault) return false;
        if (!CanInlineSpecial(f, code, instr, init, out var entry)) return false;

        // guards before anything ran: they resume at the CALL
        rec.Promote(S(bottom), (object)ty);
        GuardVersion(ty);
        var tfn = Ref(init);
        rec.Promote(rec.GetField(tfn, FunctionCode), (object)cc);
        if (argc + 1 < cc.ArgCount) rec.Promote(rec.GetField(tfn, FunctionDefaults), (object?)init.Defaults);

        var tself = rec.Call(NewInstanceD, Ref(ty));
        nonNull.Add(tself);
        var self = EvalLoop.JitNewInstance(ty);
        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++) args[i] = s[argStart + i].V!;
        var nf = EvalLoop.NewFrameWithSelf(init, self, args, null);
        var slots = NewSpecialSlots(nf, tfn, SpecialReturn.Init, tself, Const.Null);
        slots[0] = tself;
        for (int i = 0; i < argc; i++) slots[1 + i] = S(argStart + i);
        for (int i = argc + 1; i < cc.ArgCount; i++) slots[i] = Ref(init.Defaults!.Items[i - firstDefault]);
        EnterSpecial(f, code, s, nf, slots, entry, instr, bottom, ref pc, ref sp);
        specialFrames[nf] = new SpecialFrame { Marker = SpecialReturn.Init, X = self, TX = tself };
        return true;
    }

    static Value[] NewSpecialSlots(Frame nf, Value tfn, SpecialReturn marker, Value tx, Value ty)
    {
        var slots = new Value[nf.Slots.Length + SpecialSlots];
        for (int i = 0; i < slots.Length; i++) slots[i] = Const.Null;
        slots[^4] = tx;
        slots[^3] = ty;
        slots[^2] = Ref(marker);
        slots[^1] = tfn;
        return slots;
    }

    /// <summary>The caller waits after its instruction (operands popped, LastI on it); the callee's frame is pushed.</summary>
    void EnterSpecial(Frame f, PyCode code, FrameSlot[] s, Frame nf, Value[] slots, PyPos entry, int instr, int bottom, ref int pc, ref int sp)
    {
        for (int i = bottom; i < sp; i++) { Set(i, Const.Null); s[i].V = null; }
        rec.SetPosition(new PyPos(code, instr + 2, bottom, instr));
        if (!rec.EnterCall(entry, slots)) throw new InvalidOperationException("inline refused after CanInline");
        var ts = ThreadState.Current;
        f.Sp = sp = bottom;
        f.Pc = pc = instr + 2;
        f.LastI = instr;
        nf.Back = f;
        nf.State = FrameState.Running;
        ts.Frame = nf;
        ts.Depth++;
        switchTo = nf;
        inlinedCalls++;
        specialInlined++;
    }

    /// <summary>RETURN_VALUE of a special frame being recorded: the guard on what it returns (in the callee, before
    /// the return), then the caller gets the instance or the dunder's result. A string: abort (the value is not
    /// the one the trace can continue with; FinishSpecialFrames does the rest).</summary>
    string? RecordSpecialReturn(Frame f, FrameSlot[] s, SpecialFrame sf, ref int sp)
    {
        var tv = S(sp - 1);
        var v = s[sp - 1].V!;
        if (sf.Marker.IsInit)
        {
            if (!ReferenceEquals(v, PyNone.Instance)) return "__init__ returned a value";
            rec.Promote(tv, (object)PyNone.Instance);
        }
        else
        {
            if (ReferenceEquals(v, PyNotImplemented.Instance)) return "dunder returned NotImplemented";
            if (tv is not Const) rec.GuardTrue(rec.Op(JitOp.PtrNe, tv, Ref(PyNotImplemented.Instance)), true);
        }
        specialFrames.Remove(f);
        var back = f.Back!;
        RecordReturn(f, s, ref sp);
        if (sf.Marker.IsInit)
        {
            Set(back.Sp - 1, sf.TX);
            back.Slots[back.Sp - 1].V = sf.X;
        }
        return null;
    }

    /// <summary>A frame of an inlined call rebuilt by a guard failure: a special one is remembered with what its
    /// return must become.</summary>
    void NoteResumedSpecial(Frame fr, ReadOnlySpan<object?> slots)
    {
        if (slots.Length == fr.Slots.Length + SpecialSlots && slots[^2] is SpecialReturn m)
            specialFrames[fr] = new SpecialFrame { Marker = m, X = (PyObject)slots[^4]!, Y = (PyObject?)slots[^3] };
    }

    bool AnySpecial(Frame[] frames)
    {
        foreach (var fr in frames) if (specialFrames.ContainsKey(fr)) return true;
        return false;
    }

    /// <summary>
    /// After a trace exit or a recording that left inlined frames above <paramref name="root"/> (ts.Frame is the
    /// innermost): runs the frames up to the outermost special one to completion, nested, innermost first (with
    /// <see cref="Pending"/> raised in the innermost), applies the special frames' return rules, and leaves the
    /// caller below them with the result pushed, or with the exception in <see cref="Pending"/> (the interpreter
    /// raises it at that caller's LastI, its CALL or BINARY_OP).
    /// </summary>
    void FinishSpecialFrames(Frame root)
    {
        if (specialFrames.Count == 0) return;
        var ts = ThreadState.Current;
        var chain = new List<Frame>();
        int outer = -1;
        for (var x = ts.Frame; x is not null && x != root; x = x.Back)
        {
            if (specialFrames.ContainsKey(x)) outer = chain.Count;
            chain.Add(x);
        }
        if (outer < 0)
        {
            specialFrames.Clear();
            return;
        }
        var exc = Pending;
        Pending = null;
        PyObject? v = null;
        for (int i = 0; i <= outer; i++)
        {
            var fr = chain[i];
            // Run pushes the frame again on the same caller
            ts.Frame = fr.Back;
            ts.Depth--;
            if (i > 0 && exc is null) fr.Slots[fr.Sp++].V = v;
            try
            {
                v = EvalLoop.Run(ts, fr, exc);
                exc = null;
            }
            catch (Exception e) when (!IsFatal(e))
            {
                exc = ToPython(e);
                v = null;
            }
            if (specialFrames.Remove(fr, out var sf) && exc is null)
            {
                try
                {
                    v = sf.Marker.IsInit ? EvalLoop.JitInitResult(sf.X, v!) : EvalLoop.JitBinaryFinish(sf.X, sf.Y!, v!, sf.Marker.Op);
                }
                catch (Exception e) when (!IsFatal(e))
                {
                    exc = ToPython(e);
                    v = null;
                }
            }
        }
        specialFrames.Clear();
        var caller = ts.Frame!;
        if (exc is not null) Pending = exc;
        else caller.Slots[caller.Sp++].V = v;
    }
}
