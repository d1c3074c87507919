using Taipan.Compiler.Bytecode;
using Taipan.Jit.Driver;
using Taipan.Jit.IR;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using JitOp = Taipan.Jit.IR.OpCode;
using OpCode = Taipan.Compiler.Bytecode.OpCode;

namespace Taipan.Runtime.Jit;

/// <summary>
/// The recording step loop (LuaJIT's shape): for each instruction, record it from the concrete frame values,
/// then execute it with the interpreter's helpers. Rules that keep deoptimisation exact:
/// - a guard recorded before the instruction's side effects resumes at the instruction with the state
///   before it (the interpreter simply executes it again);
/// - a guard after a call that may have had effects (a branch on a Python __bool__, a generic iterator's
///   next) resumes at the other outcome's position with the state after the instruction, never before it;
/// - a raising call is followed by guard_no_exception: the interpreter raises at the instruction.
/// </summary>
internal sealed partial class PyJit
{
    static readonly ClassDescr IntClass = ClassDescr.Of(typeof(PyInt));
    static readonly ClassDescr FloatClass = ClassDescr.Of(typeof(PyFloat));
    static readonly FieldDescr IntType = IntClass.Field("type");
    static readonly FieldDescr IntSmall = IntClass.Field(nameof(PyInt.Small));
    static readonly FieldDescr IntBig = IntClass.Field("big");
    static readonly FieldDescr FloatType = FloatClass.Field("type");
    static readonly FieldDescr FloatValue = FloatClass.Field(nameof(PyFloat.Value));
    static readonly ClassDescr RangeIterClass = ClassDescr.Of(typeof(RangeIterator));
    static readonly FieldDescr RangeIterRange = RangeIterClass.Field("range");
    static readonly FieldDescr RangeIterIndex = RangeIterClass.Field("index");
    static readonly ClassDescr RangeClass = ClassDescr.Of(typeof(PyRange));
    static readonly FieldDescr RangeStart = RangeClass.Field(nameof(PyRange.Start));
    static readonly FieldDescr RangeStep = RangeClass.Field(nameof(PyRange.Step));
    static readonly FieldDescr RangeLength = RangeClass.Field(nameof(PyRange.Length));
    static readonly FieldDescr JitLastSelf = ClassDescr.Of(typeof(PyJit)).Field(nameof(LastSelf));

    static CallDescr D(string name, bool elidable = false, bool canRaise = true) => CallDescr.Of(typeof(EvalLoop), name, elidable, canRaise);
    static readonly CallDescr BinaryOpD = D(nameof(EvalLoop.JitBinaryOp));
    static readonly CallDescr CompareD = D(nameof(EvalLoop.JitCompare));
    static readonly CallDescr CompareBoolD = D(nameof(EvalLoop.JitCompareBool));
    static readonly CallDescr IsTrueD = D(nameof(EvalLoop.JitIsTrue));
    static readonly CallDescr IsSameD = D(nameof(EvalLoop.JitIsSame), elidable: true, canRaise: false);
    static readonly CallDescr ContainsD = D(nameof(EvalLoop.JitContains));
    static readonly CallDescr BoolD = D(nameof(EvalLoop.JitBool), elidable: true, canRaise: false);
    static readonly CallDescr NegativeD = D(nameof(EvalLoop.JitNegative));
    static readonly CallDescr PositiveD = D(nameof(EvalLoop.JitPositive));
    static readonly CallDescr InvertD = D(nameof(EvalLoop.JitInvert));
    static readonly CallDescr SubscriptD = D(nameof(EvalLoop.JitSubscript));
    static readonly CallDescr StoreSubscriptD = D(nameof(EvalLoop.JitStoreSubscript));
    static readonly CallDescr GetIterD = D(nameof(EvalLoop.JitGetIter));
    static readonly CallDescr IterNextD = D(nameof(EvalLoop.JitIterNext));
    static readonly CallDescr StoreAttrD = D(nameof(EvalLoop.JitStoreAttr));
    static readonly CallDescr LoadGlobalD = D(nameof(EvalLoop.JitLoadGlobal));
    static readonly CallDescr LoadAttrD = D(nameof(EvalLoop.JitLoadAttr));
    static readonly CallDescr LoadMethodD = D(nameof(EvalLoop.JitLoadMethod));
    static readonly CallDescr BridgeTickD = CallDescr.Of(typeof(LoopStats), nameof(LoopStats.BridgeTick), canRaise: false);
    static readonly CallDescr FloorDivD = D(nameof(EvalLoop.JitFloorDiv), elidable: true, canRaise: false);
    static readonly CallDescr ModD = D(nameof(EvalLoop.JitMod), elidable: true, canRaise: false);
    static readonly CallDescr[] TupleND =
    {
        D(nameof(EvalLoop.JitTuple0)), D(nameof(EvalLoop.JitTuple1)), D(nameof(EvalLoop.JitTuple2)),
        D(nameof(EvalLoop.JitTuple3)), D(nameof(EvalLoop.JitTuple4)),
    };
    static readonly CallDescr[] ListND =
    {
        D(nameof(EvalLoop.JitList0)), D(nameof(EvalLoop.JitList1)), D(nameof(EvalLoop.JitList2)),
        D(nameof(EvalLoop.JitList3)), D(nameof(EvalLoop.JitList4)),
    };
    static readonly CallDescr ListIntAtD = D(nameof(EvalLoop.JitListIntAt), canRaise: false);
    static readonly CallDescr ListFloatAtD = D(nameof(EvalLoop.JitListFloatAt), canRaise: false);
    static readonly CallDescr ListSetIntD = D(nameof(EvalLoop.JitListSetInt), canRaise: false);
    static readonly CallDescr ListSetFloatD = D(nameof(EvalLoop.JitListSetFloat), canRaise: false);
    static readonly CallDescr ListAtD = D(nameof(EvalLoop.JitListAt), canRaise: false);
    static readonly CallDescr ListSetD = D(nameof(EvalLoop.JitListSet), canRaise: false);
    static readonly CallDescr ByteArrayAtD = D(nameof(EvalLoop.JitByteArrayAt), canRaise: false);
    static readonly CallDescr ByteArraySetD = D(nameof(EvalLoop.JitByteArraySet), canRaise: false);
    static readonly CallDescr SliceD = D(nameof(EvalLoop.JitSlice));
    static readonly CallDescr ListAppendD = D(nameof(EvalLoop.JitListAppend));
    static readonly CallDescr SetAddD = D(nameof(EvalLoop.JitSetAdd));
    static readonly CallDescr MapAddD = D(nameof(EvalLoop.JitMapAdd));
    static readonly CallDescr LoadDerefD = D(nameof(EvalLoop.JitLoadDeref));
    static readonly CallDescr StoreDerefD = D(nameof(EvalLoop.JitStoreDeref));
    static readonly CallDescr LoadNameD = D(nameof(EvalLoop.JitLoadName));
    static readonly CallDescr StoreNameD = D(nameof(EvalLoop.JitStoreName));
    static readonly ClassDescr TupleClass = ClassDescr.Of(typeof(PyTuple));
    static readonly FieldDescr TupleType = TupleClass.Field("type");
    static readonly FieldDescr TupleItems = TupleClass.Field(nameof(PyTuple.Items));
    static readonly ArrayDescr ObjectArray = ArrayDescr.Of(typeof(PyObject[]));
    static readonly CallDescr[] CallND =
    {
        D(nameof(EvalLoop.JitCall0)), D(nameof(EvalLoop.JitCall1)), D(nameof(EvalLoop.JitCall2)),
        D(nameof(EvalLoop.JitCall3)), D(nameof(EvalLoop.JitCall4)),
    };

    // Per recording: what the recorder knows of trace values (valid for the whole linear trace).
    readonly Dictionary<Value, Value> rawInt = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Value, Value> rawFloat = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Value, Value> rawBool = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<Value> nonNull = new(ReferenceEqualityComparer.Instance);
    TraceRecorder<PyPos, Frame> rec = null!;
    Value frameValue = Const.Null;

    /// <summary>Runs the frame in recording mode from f.Pc until the trace closes or aborts. <paramref name="root"/>
    /// is the frame the trace is entered with; <paramref name="f"/> is it, or (a bridge from a guard inside
    /// inlined calls) the innermost frame of those calls, pushed above it.</summary>
    void Record(Frame root, Frame f)
    {
        rec = Driver.Recorder;
        rawInt.Clear();
        rawFloat.Clear();
        rawBool.Clear();
        nonNull.Clear();
        recordRoot = root;
        switchTo = null;
        var code = f.Code;
        var s = f.Slots;
        int pc = f.Pc, sp = f.Sp;
        bool first = true;
        while (true)
        {
            bool go;
            try { go = rec.MergePoint(new PyPos(code, pc, sp), f); }
            catch (Exception e) when (!IsFatal(e))
            {
                // a trace the backend refused: the interpreter goes on without it
                if (Environment.GetEnvironmentVariable("TAIPAN_DEBUG") == "1") Console.Error.WriteLine("jit: compile failed: " + e);
                CountAbort("compile failed: " + e.GetType().Name);
                rec.Abort("compile failed");
                break;
            }
            if (!go) break;
            if (first)
            {
                first = false;
                frameValue = rec.RootSlot(root.Slots.Length);
                nonNull.Add(frameValue);
                if (!recordingBridge) rec.QuasiImmutable(recordingStats.Valid);
                // a bridge from a call's guards: the site called another function than the one inlined
                else if ((OpCode)(byte)code.Words[pc] is OpCode.CALL or OpCode.CALL_METHOD or OpCode.BINARY_OP) polymorphicSites.Add(new PyPos(code, pc, 0));
            }
            int instr = pc, sp0 = sp;
            string? unsupported;
            try
            {
                unsupported = Step(f, code, s, ref pc, ref sp);
            }
            catch (Exception e) when (e is PyException || e is InsufficientExecutionStackException)
            {
                // the instruction raised: the interpreter unwinds from it
                CountAbort("exception");
                rec.Abort("exception");
                Pending = ToPython(e);
                f.LastI = instr;
                pc = instr;
                break;
            }
            catch (Exception e) when (!IsFatal(e))
            {
                // a recorder bug (steps record before they execute): the interpreter executes the instruction
                if (Environment.GetEnvironmentVariable("TAIPAN_DEBUG") == "1") Console.Error.WriteLine("jit: recording failed: " + e);
                CountAbort("recorder error: " + e.GetType().Name);
                rec.Abort("recorder error");
                pc = instr;
                sp = sp0;
                break;
            }
            if (unsupported is not null)
            {
                CountAbort(unsupported);
                rec.Abort(unsupported);
                break;
            }
            if (switchTo is { } next)
            {
                // an inlined call was entered or returned from (PyJit.Inline.cs): record on in that frame
                switchTo = null;
                f = next;
                code = f.Code;
                s = f.Slots;
                pc = f.Pc;
                sp = f.Sp;
            }
        }
        f.Pc = pc;
        f.Sp = sp;
    }

    Value S(int i) => rec.Slot(i);
    void Set(int i, Value v) => rec.SetSlot(i, v);

    /// <summary>A binary instruction's result: the two operands (recorded and concrete) become one value.</summary>
    void ReplaceTwo(FrameSlot[] s, ref int sp, Value recorded, PyObject result)
    {
        Set(sp - 2, recorded);
        Set(sp - 1, Const.Null);
        s[sp - 2].V = result;
        s[--sp].V = null;
    }
    static Value Int(long v) => Const.Int(v);
    static Value Ref(object? v) => Const.Ref(v);

    /// <summary>IS_OP / CONTAINS_OP: the residual call's 0/1 (negated for `is not` / `not in`) boxed as the
    /// bool that replaces the two operands; the interpreter's own answer goes on the real stack.</summary>
    void RecordBoolTest(FrameSlot[] s, Value call, bool concrete, bool negate, ref int sp)
    {
        if (negate) call = rec.Op(JitOp.IntEq, call, Int(0));
        Set(sp - 2, BoolBox(call));
        Set(sp - 1, Const.Null);
        s[sp - 2].V = PyBool.FromBool(concrete ^ negate);
        s[--sp].V = null;
    }

    void GuardPosition(PyCode code, int pc, int sp) => rec.SetPosition(new PyPos(code, pc, sp));

    /// <summary>Records and executes the instruction at pc; returns why it cannot be traced (then nothing was done).</summary>
    string? Step(Frame f, PyCode code, FrameSlot[] s, ref int pc, ref int sp)
    {
        int instr = pc;
        int word = code.Words[pc];
        int arg = (int)((uint)word >> 8);
        var op = (OpCode)(byte)word;
        switch (op)
        {
            case OpCode.NOP:
                pc++;
                return null;
            case OpCode.POP_TOP:
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc++;
                return null;
            case OpCode.COPY:
                Set(sp, S(sp - arg));
                s[sp].V = s[sp - arg].V;
                sp++;
                pc++;
                return null;
            case OpCode.SWAP:
            {
                var t = S(sp - 1);
                Set(sp - 1, S(sp - arg));
                Set(sp - arg, t);
                (s[sp - 1].V, s[sp - arg].V) = (s[sp - arg].V, s[sp - 1].V);
                pc++;
                return null;
            }
            case OpCode.LOAD_CONST:
                Set(sp, Ref(code.Consts[arg]));
                s[sp++].V = code.Consts[arg];
                pc++;
                return null;
            case OpCode.LOAD_FAST:
            {
                var v = s[arg].V;
                if (v is null) return "unbound local";
                var t = S(arg);
                NonNull(t);
                Set(sp, t);
                s[sp++].V = v;
                pc++;
                return null;
            }
            case OpCode.STORE_FAST:
                Set(arg, S(sp - 1));
                Set(sp - 1, Const.Null);
                s[arg].V = s[--sp].V;
                s[sp].V = null;
                pc++;
                return null;
            case OpCode.LOAD_GLOBAL:
            {
                int cache = code.Words[pc + 1];
                var t = f == recordRoot ? rec.Call(LoadGlobalD, frameValue, Ref(code), Int(arg), Int(cache))
                    : rec.Call(LoadGlobalOfD, Ref(f.Function), Ref(code), Int(arg), Int(cache));
                var v = EvalLoop.JitLoadGlobal(f, code, arg, cache);
                Set(sp, t);
                s[sp++].V = v;
                pc += 2;
                return null;
            }
            case OpCode.LOAD_ATTR:
            {
                int cache = code.Words[pc + 1];
                if (!RecordInstanceLoad(s[sp - 1].V!, code.Names[arg], sp))
                    Set(sp - 1, rec.Call(LoadAttrD, Ref(code), S(sp - 1), Int(arg), Int(cache)));
                s[sp - 1].V = EvalLoop.JitLoadAttr(code, s[sp - 1].V!, arg, cache);
                pc += 2;
                return null;
            }
            case OpCode.STORE_ATTR:
            {
                if (!RecordInstanceStore(s[sp - 1].V!, code.Names[arg], sp))
                    rec.Call(StoreAttrD, S(sp - 1), Ref(code.Names[arg]), S(sp - 2));
                EvalLoop.JitStoreAttr(s[sp - 1].V!, code.Names[arg], s[sp - 2].V!);
                Set(sp - 1, Const.Null);
                Set(sp - 2, Const.Null);
                s[sp - 1].V = s[sp - 2].V = null;
                sp -= 2;
                pc += 2;
                return null;
            }
            case OpCode.LOAD_METHOD:
            {
                int cache = code.Words[pc + 1];
                var self = Ref(this);
                var t = rec.Call(LoadMethodD, self, Ref(code), S(sp - 1), Int(arg), Int(cache));
                var tself = rec.GetField(self, JitLastSelf);
                var m = EvalLoop.JitLoadMethod(this, code, s[sp - 1].V!, arg, cache);
                var o = LastSelf;
                LastSelf = null;
                Set(sp - 1, t);
                Set(sp, tself);
                s[sp - 1].V = m;
                s[sp++].V = o;
                pc += 2;
                return null;
            }
            case OpCode.CALL:
            case OpCode.CALL_METHOD:
                return RecordCall(f, code, s, op == OpCode.CALL_METHOD, arg, ref pc, ref sp);
            case OpCode.RETURN_VALUE:
                if (f == recordRoot) return "RETURN_VALUE";
                if (specialFrames.TryGetValue(f, out var special)) return RecordSpecialReturn(f, s, special, ref sp);
                RecordReturn(f, s, ref sp);
                return null;
            case OpCode.BINARY_OP:
            {
                if (TryInlineBinary(f, code, s, arg, instr, ref pc, ref sp)) return null;
                PyObject a = s[sp - 2].V!, b = s[sp - 1].V!;
                var t = RecordBinary(arg, a, b, S(sp - 2), S(sp - 1));
                var r = EvalLoop.JitBinaryOp(a, b, arg);
                ReplaceTwo(s, ref sp, t, r);
                pc += 2;
                return null;
            }
            case OpCode.COMPARE_OP:
            {
                PyObject a = s[sp - 2].V!, b = s[sp - 1].V!;
                var c = RecordCompare(arg, a, b, S(sp - 2), S(sp - 1));
                var t = c is not null ? BoolBox(c) : rec.Call(CompareD, S(sp - 2), S(sp - 1), Int(arg));
                var r = EvalLoop.JitCompare(a, b, arg);
                ReplaceTwo(s, ref sp, t, r);
                pc += 2;
                return null;
            }
            case OpCode.COMPARE_JUMP_IF_FALSE:
            {
                PyObject a = s[sp - 2].V!, b = s[sp - 1].V!;
                int cmp = code.Words[pc + 1] & 0xF;
                var c = RecordCompare(cmp, a, b, S(sp - 2), S(sp - 1)) ?? rec.Call(CompareBoolD, S(sp - 2), S(sp - 1), Int(cmp));
                bool res = EvalLoop.JitCompareBool(a, b, cmp) != 0;
                Set(sp - 1, Const.Null);
                Set(sp - 2, Const.Null);
                s[sp - 1].V = s[sp - 2].V = null;
                sp -= 2;
                GuardPosition(code, res ? arg : instr + 2, sp);
                rec.GuardTrue(c, res);
                pc = res ? instr + 2 : arg;
                return null;
            }
            case OpCode.IS_OP:
            {
                var c = rec.Call(IsSameD, S(sp - 2), S(sp - 1));
                RecordBoolTest(s, c, PyOps.IsSame(s[sp - 2].V!, s[sp - 1].V!), arg == 1, ref sp);
                pc++;
                return null;
            }
            case OpCode.CONTAINS_OP:
            {
                var c = rec.Call(ContainsD, S(sp - 1), S(sp - 2));
                RecordBoolTest(s, c, PyOps.Contains(s[sp - 1].V!, s[sp - 2].V!), arg == 1, ref sp);
                pc++;
                return null;
            }
            case OpCode.UNARY_NEGATIVE:
            {
                var a = s[sp - 1].V!;
                var ta = S(sp - 1);
                Value t;
                if (a.type == PyTypes.Int && ((PyInt)a).IsSmall && ((PyInt)a).Small != long.MinValue)
                    t = BoxInt(rec.IntOvf(JitOp.IntSubOvf, Int(0), UnboxInt(ta, a), false));
                else if (a.type == PyTypes.Float) t = BoxFloat(rec.Op(JitOp.FloatNeg, UnboxFloat(ta, a)));
                else t = rec.Call(NegativeD, ta);
                s[sp - 1].V = PyOps.Negative(a);
                Set(sp - 1, t);
                pc++;
                return null;
            }
            case OpCode.UNARY_POSITIVE:
            case OpCode.UNARY_INVERT:
            {
                var a = s[sp - 1].V!;
                var t = rec.Call(op == OpCode.UNARY_POSITIVE ? PositiveD : InvertD, S(sp - 1));
                s[sp - 1].V = op == OpCode.UNARY_POSITIVE ? PyOps.Positive(a) : PyOps.Invert(a);
                Set(sp - 1, t);
                pc++;
                return null;
            }
            case OpCode.UNARY_NOT:
            {
                var a = s[sp - 1].V!;
                var c = Truth(S(sp - 1), a);
                bool t = PyOps.IsTrue(a);
                Set(sp - 1, BoolBox(rec.Op(JitOp.IntEq, c, Int(0))));
                s[sp - 1].V = t ? PyBool.False : PyBool.True;
                pc++;
                return null;
            }
            case OpCode.BINARY_SUBSCR:
            {
                PyObject o = s[sp - 2].V!, key = s[sp - 1].V!;
                var t = RecordSubscript(o, key, S(sp - 2), S(sp - 1));
                var r = EvalLoop.JitSubscript(o, key);
                ReplaceTwo(s, ref sp, t, r);
                pc += 2;
                return null;
            }
            case OpCode.STORE_SUBSCR:
            {
                PyObject key = s[sp - 1].V!, o = s[sp - 2].V!, v = s[sp - 3].V!;
                RecordStoreSubscript(o, key, v, S(sp - 2), S(sp - 1), S(sp - 3));
                EvalLoop.JitStoreSubscript(o, key, v);
                for (int i = 1; i <= 3; i++) { Set(sp - i, Const.Null); s[sp - i].V = null; }
                sp -= 3;
                pc += 2;
                return null;
            }
            case OpCode.GET_ITER:
            {
                var t = rec.Call(GetIterD, S(sp - 1));
                s[sp - 1].V = PyOps.GetIter(s[sp - 1].V!);
                Set(sp - 1, t);
                pc++;
                return null;
            }
            case OpCode.FOR_ITER:
                // The interpreter resumes a generator stackless, in its own loop (measured: /tmp/mb/gen.py
                // 0.75 s interpreted vs 1.24 s for a trace calling IterNext, which nests an eval loop per item).
                if (s[sp - 1].V is PyGenerator) return "FOR_ITER over a generator";
                RecordForIter(code, s, arg, ref pc, ref sp);
                return null;
            case OpCode.JUMP_FORWARD:
            case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                pc = arg;
                return null;
            case OpCode.JUMP_BACKWARD:
                // the interpreter takes interrupts and GIL switches here; so does the trace (guard_false)
                if (EvalLoop.JitBreaker() != 0) return "interrupt pending";
                if (recordingBridge) rec.GuardTrue(rec.Call(BridgeTickD, Ref(recordingStats)), false);
                else rec.GuardNoBreak();
                pc = arg;
                return null;
            case OpCode.POP_JUMP_IF_FALSE:
            case OpCode.POP_JUMP_IF_TRUE:
            {
                var v = s[sp - 1].V!;
                var c = Truth(S(sp - 1), v);
                bool truth = PyOps.IsTrue(v);
                bool jump = truth == (op == OpCode.POP_JUMP_IF_TRUE);
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                GuardPosition(code, jump ? instr + 1 : arg, sp);
                rec.GuardTrue(c, truth);
                pc = jump ? arg : instr + 1;
                return null;
            }
            case OpCode.POP_JUMP_IF_NONE:
            case OpCode.POP_JUMP_IF_NOT_NONE:
            {
                var v = s[sp - 1].V;
                var c = rec.Op(JitOp.PtrEq, S(sp - 1), Ref(PyNone.Instance));
                bool isNone = ReferenceEquals(v, PyNone.Instance);
                bool jump = isNone == (op == OpCode.POP_JUMP_IF_NONE);
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                GuardPosition(code, jump ? instr + 1 : arg, sp);
                rec.GuardTrue(c, isNone);
                pc = jump ? arg : instr + 1;
                return null;
            }
            case OpCode.JUMP_IF_FALSE_OR_POP:
            case OpCode.JUMP_IF_TRUE_OR_POP:
            {
                var v = s[sp - 1].V!;
                var tv = S(sp - 1);
                var c = Truth(tv, v);
                bool truth = PyOps.IsTrue(v);
                bool jump = truth == (op == OpCode.JUMP_IF_TRUE_OR_POP);
                if (jump)
                {
                    // the other outcome pops the value and falls through
                    Set(sp - 1, Const.Null);
                    GuardPosition(code, instr + 1, sp - 1);
                    rec.GuardTrue(c, truth);
                    Set(sp - 1, tv);
                    pc = arg;
                }
                else
                {
                    GuardPosition(code, arg, sp);
                    rec.GuardTrue(c, truth);
                    Set(sp - 1, Const.Null);
                    s[--sp].V = null;
                    pc = instr + 1;
                }
                return null;
            }
            case OpCode.BUILD_TUPLE:
            case OpCode.BUILD_LIST:
            {
                if (arg > 4) return op + " of more than 4 items";
                var targs = new Value[arg];
                var items = new PyObject[arg];
                for (int i = 0; i < arg; i++) { targs[i] = S(sp - arg + i); items[i] = s[sp - arg + i].V!; }
                var t = rec.Call(op == OpCode.BUILD_TUPLE ? TupleND[arg] : ListND[arg], targs);
                PyObject r = op == OpCode.BUILD_TUPLE ? PyTuple.Wrap(items) : PyList.FromSpan(items);
                for (int i = 1; i <= arg; i++) { Set(sp - i, Const.Null); s[sp - i].V = null; }
                sp -= arg;
                Set(sp, t);
                nonNull.Add(t);
                s[sp++].V = r;
                pc++;
                return null;
            }
            case OpCode.BUILD_SLICE:
            {
                if (arg != 2 && arg != 3) return "BUILD_SLICE";
                var tstep = arg == 3 ? S(sp - 1) : Ref(PyNone.Instance);
                PyObject step = arg == 3 ? s[sp - 1].V! : PyNone.Instance;
                int b0 = sp - arg;
                var t = rec.Call(SliceD, S(b0), S(b0 + 1), tstep);
                var r = new PySlice(s[b0].V!, s[b0 + 1].V!, step);
                for (int i = 1; i <= arg; i++) { Set(sp - i, Const.Null); s[sp - i].V = null; }
                sp = b0;
                Set(sp, t);
                s[sp++].V = r;
                pc++;
                return null;
            }
            case OpCode.LIST_APPEND:
            {
                var list = s[sp - 1 - arg].V!;
                if (list.type != PyTypes.List) return "LIST_APPEND to a list subclass";
                rec.Call(ListAppendD, S(sp - 1 - arg), S(sp - 1));
                ((PyList)list).Append(s[sp - 1].V!);
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc++;
                return null;
            }
            case OpCode.SET_ADD:
            {
                // set and dict comprehensions: the target is the BUILD_SET/BUILD_MAP result (exact types);
                // hashing may raise or run Python code, so these stay residual calls
                var set = s[sp - 1 - arg].V!;
                if (set.type != PyTypes.Set) return "SET_ADD to a set subclass";
                rec.Call(SetAddD, S(sp - 1 - arg), S(sp - 1));
                ((PySet)set).Add(s[sp - 1].V!);
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc++;
                return null;
            }
            case OpCode.MAP_ADD:
            {
                var dict = s[sp - 2 - arg].V!;
                if (dict.type != PyTypes.Dict) return "MAP_ADD to a dict subclass";
                rec.Call(MapAddD, S(sp - 2 - arg), S(sp - 2), S(sp - 1));
                ((PyDict)dict).SetItem(s[sp - 2].V!, s[sp - 1].V!);
                Set(sp - 1, Const.Null);
                Set(sp - 2, Const.Null);
                s[--sp].V = null;
                s[--sp].V = null;
                pc++;
                return null;
            }
            case OpCode.UNPACK_SEQUENCE:
            {
                var seq = s[sp - 1].V!;
                if (seq.type != PyTypes.Tuple || ((PyTuple)seq).Items.Length != arg) return "UNPACK_SEQUENCE of a non-tuple";
                var tseq = S(sp - 1);
                NonNull(tseq);
                rec.GuardClass(tseq, typeof(PyTuple));
                rec.Promote(rec.GetField(tseq, TupleType), (object)PyTypes.Tuple);
                var titems = rec.GetField(tseq, TupleItems);
                rec.GuardTrue(rec.Op(JitOp.IntEq, rec.ArrayLen(titems), Int(arg)), true);
                var items = ((PyTuple)seq).Items;
                sp--;
                for (int i = 0; i < arg; i++)
                {
                    var ti = rec.GetArrayItem(titems, Int(i), ObjectArray);
                    nonNull.Add(ti);
                    Set(sp + arg - 1 - i, ti);
                    s[sp + arg - 1 - i].V = items[i];
                }
                sp += arg;
                pc += 2;
                return null;
            }
            case OpCode.COPY_FREE_VARS:
            {
                // an inlined closure's prologue: the function is promoted, and its __closure__ cannot be
                // rebound, so its cells are constants of the trace (LOAD/STORE_DEREF stay residual calls)
                var closure = f.Function!.Closure!;
                int start = code.NLocals + code.NCells;
                for (int i = 0; i < arg; i++)
                {
                    Set(start + i, Ref(closure.Items[i]));
                    s[start + i].V = closure.Items[i];
                }
                pc++;
                return null;
            }
            case OpCode.LOAD_DEREF:
            {
                var cell = (PyCell)s[arg].V!;
                if (cell.Contents is null) return "unbound free variable";
                var t = rec.Call(LoadDerefD, Ref(code), S(arg), Int(arg));
                Set(sp, t);
                nonNull.Add(t);
                s[sp++].V = cell.Contents;
                pc++;
                return null;
            }
            case OpCode.STORE_DEREF:
                rec.Call(StoreDerefD, S(arg), S(sp - 1));
                ((PyCell)s[arg].V!).Contents = s[sp - 1].V;
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc++;
                return null;
            case OpCode.LOAD_NAME:
            {
                var t = rec.Call(LoadNameD, frameValue, Ref(code.Names[arg]));
                var v = EvalLoop.JitLoadName(f, code.Names[arg]);
                Set(sp, t);
                nonNull.Add(t);
                s[sp++].V = v;
                pc++;
                return null;
            }
            case OpCode.STORE_NAME:
            {
                rec.Call(StoreNameD, frameValue, Ref(code.Names[arg]), S(sp - 1));
                EvalLoop.JitStoreName(f, code.Names[arg], s[sp - 1].V!);
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc++;
                return null;
            }
            default:
                return op.ToString();
        }
    }

    /// <summary>BINARY_SUBSCR with a small-int index on an exact list, tuple or bytearray: the index stays unboxed
    /// (a helper's sentinel fails a guard on any other case, before anything happened); else the generic helper.</summary>
    Value RecordSubscript(PyObject o, PyObject key, Value to, Value tkey)
    {
        if (IsSmallInt(key))
        {
            long k = ((PyInt)key).Small;
            if (o.type == PyTypes.List && ListIndexInRange((PyList)o, k))
            {
                var ti = UnboxInt(tkey, key);
                switch (((PyList)o).Strategy)
                {
                    case ListStrategy.Int:
                    {
                        var r0 = rec.Call(ListIntAtD, to, ti);
                        rec.GuardTrue(rec.Op(JitOp.IntNe, r0, Int(long.MinValue)), true);
                        return BoxInt(r0);
                    }
                    case ListStrategy.Float:
                    {
                        var r0 = rec.Call(ListFloatAtD, to, ti);
                        rec.GuardTrue(rec.Op(JitOp.FloatEq, r0, r0), true);
                        return BoxFloat(r0);
                    }
                    default:
                    {
                        var r0 = rec.Call(ListAtD, to, ti);
                        rec.GuardNull(r0, false);
                        nonNull.Add(r0);
                        return r0;
                    }
                }
            }
            if (o.type == BytesTypes.ByteArray && (ulong)(k < 0 ? k + ((PyByteArray)o).Count : k) < (ulong)((PyByteArray)o).Count)
            {
                var r0 = rec.Call(ByteArrayAtD, to, UnboxInt(tkey, key));
                rec.GuardTrue(rec.Op(JitOp.IntGe, r0, Int(0)), true);
                return BoxInt(r0);
            }
            if (o.type == PyTypes.Tuple && (ulong)(k < 0 ? k + ((PyTuple)o).Items.Length : k) < (ulong)((PyTuple)o).Items.Length)
            {
                var ti = UnboxInt(tkey, key);
                NonNull(to);
                rec.GuardClass(to, typeof(PyTuple));
                rec.Promote(rec.GetField(to, TupleType), (object)PyTypes.Tuple);
                var titems = rec.GetField(to, TupleItems);
                var len = rec.ArrayLen(titems);
                if (k < 0)
                {
                    rec.GuardTrue(rec.Op(JitOp.IntLt, ti, Int(0)), true);
                    ti = rec.Op(JitOp.IntAdd, ti, len);
                    rec.GuardTrue(rec.Op(JitOp.IntGe, ti, Int(0)), true);
                }
                else
                {
                    rec.GuardTrue(rec.Op(JitOp.IntGe, ti, Int(0)), true);
                    rec.GuardTrue(rec.Op(JitOp.IntLt, ti, len), true);
                }
                var r0 = rec.GetArrayItem(titems, ti, ObjectArray);
                nonNull.Add(r0);
                return r0;
            }
        }
        return rec.Call(SubscriptD, to, tkey);
    }

    /// <summary>STORE_SUBSCR with a small-int index on an exact list or bytearray: stores only when it can (else
    /// nothing happened and the guard sends the interpreter, which executes the instruction); else the generic helper.</summary>
    void RecordStoreSubscript(PyObject o, PyObject key, PyObject v, Value to, Value tkey, Value tv)
    {
        if (IsSmallInt(key))
        {
            long k = ((PyInt)key).Small;
            if (o.type == PyTypes.List && ListIndexInRange((PyList)o, k))
            {
                var strategy = ((PyList)o).Strategy;
                Value ok;
                if (strategy == ListStrategy.Int && IsSmallInt(v))
                    ok = rec.Call(ListSetIntD, to, UnboxInt(tkey, key), UnboxInt(tv, v));
                else if (strategy == ListStrategy.Float && v.type == PyTypes.Float && !double.IsNaN(((PyFloat)v).Value))
                    ok = rec.Call(ListSetFloatD, to, UnboxInt(tkey, key), UnboxFloat(tv, v));
                else
                    ok = rec.Call(ListSetD, to, UnboxInt(tkey, key), tv);
                rec.GuardTrue(ok, true);
                return;
            }
            if (o.type == BytesTypes.ByteArray && IsSmallInt(v) && (ulong)((PyInt)v).Small <= 255
                && (ulong)(k < 0 ? k + ((PyByteArray)o).Count : k) < (ulong)((PyByteArray)o).Count)
            {
                rec.GuardTrue(rec.Call(ByteArraySetD, to, UnboxInt(tkey, key), UnboxInt(tv, v)), true);
                return;
            }
        }
        rec.Call(StoreSubscriptD, to, tkey, tv);
    }

    string? RecordCall(Frame f, PyCode code, FrameSlot[] s, bool method, int arg, ref int pc, ref int sp)
    {
        int instr = pc;
        int argc = arg;
        int argStart = sp - argc;
        int bottom = method ? argStart - 2 : argStart - 1;
        var callable = s[bottom].V!;
        if (method)
        {
            bool hasSelf = s[bottom + 1].V is not null;
            if (hasSelf) { argStart--; argc++; }
        }
        // they read the frame's locals, which live in the trace's registers until it exits
        if (callable is Binding.PyBuiltinFunction bf && (bf.OwnerName == "builtins" || bf.OwnerName == "sys")
            && (bf.Name is "locals" or "vars" or "dir" or "eval" or "exec" or "_getframe" or "breakpoint"
                || (f != recordRoot && bf.Name is "globals")))
            return "call to a frame-reading builtin";
        if (method) rec.GuardNull(S(bottom + 1), s[bottom + 1].V is null);
        if (TryInline(f, code, s, callable, instr, bottom, argStart, argc, ref pc, ref sp)) return null;
        if (callable.type == PyTypes.Type && TryInlineInit(f, code, s, (PyType)callable, instr, bottom, argStart, argc, ref pc, ref sp)) return null;
        if (argc > 4) return "call with more than 4 arguments";
        var targs = new Value[argc + 3];
        // the trace has one Frame, the root's: a call from an inlined callee reports the root's CALL
        targs[0] = frameValue;
        targs[1] = Int(f == recordRoot ? instr : recordRoot.LastI);
        targs[2] = S(bottom);
        for (int i = 0; i < argc; i++) targs[3 + i] = S(argStart + i);
        var t = rec.Call(CallND[argc], targs);
        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++) args[i] = s[argStart + i].V!;
        f.LastI = instr;
        var result = EvalLoop.CallObject(callable, args, null);
        for (int i = bottom; i < sp; i++) { s[i].V = null; Set(i, Const.Null); }
        sp = bottom;
        Set(sp, t);
        s[sp++].V = result;
        pc += 2;
        return null;
    }

    void RecordForIter(PyCode code, FrameSlot[] s, int arg, ref int pc, ref int sp)
    {
        int instr = pc;
        var it = s[sp - 1].V!;
        var tit = S(sp - 1);
        if (it is RangeIterator)
        {
            rec.GuardClass(tit, typeof(RangeIterator));
            var range = rec.GetField(tit, RangeIterRange);
            var idx = rec.GetField(tit, RangeIterIndex);
            var more = rec.Op(JitOp.IntLt, idx, rec.GetField(range, RangeLength));
            var next = EvalLoop.JitIterNext(it);
            rec.GuardTrue(more, next is not null);
            if (next is not null)
            {
                var item = rec.Op(JitOp.IntAdd, rec.GetField(range, RangeStart), rec.Op(JitOp.IntMul, idx, rec.GetField(range, RangeStep)));
                rec.SetField(tit, RangeIterIndex, rec.Op(JitOp.IntAdd, idx, Int(1)));
                Set(sp, BoxInt(item));
                s[sp++].V = next;
                pc = instr + 2;
            }
            else
            {
                Set(sp - 1, Const.Null);
                s[--sp].V = null;
                pc = arg;
            }
            return;
        }
        var tn = rec.Call(IterNextD, tit);
        var n = EvalLoop.JitIterNext(it);
        if (n is not null)
        {
            // the other outcome (exhausted): iterator popped, at the loop exit
            Set(sp - 1, Const.Null);
            GuardPosition(code, arg, sp - 1);
            rec.GuardNull(tn, false);
            Set(sp - 1, tit);
            nonNull.Add(tn);
            Set(sp, tn);
            s[sp++].V = n;
            pc = instr + 2;
        }
        else
        {
            Set(sp, tn);
            GuardPosition(code, instr + 2, sp + 1);
            rec.GuardNull(tn, true);
            Set(sp, Const.Null);
            Set(sp - 1, Const.Null);
            s[--sp].V = null;
            pc = arg;
        }
    }

    // ---- numbers ----

    void NonNull(Value t)
    {
        if (t is Const || nonNull.Contains(t)) return;
        rec.GuardNull(t, false);
        nonNull.Add(t);
    }

    Value BoxInt(Value raw)
    {
        if (raw is Const c) return Ref(PyInt.FromLong(c.I));
        var box = rec.New(IntClass);
        rec.SetField(box, IntType, Ref(PyTypes.Int));
        rec.SetField(box, IntSmall, raw);
        rawInt[box] = raw;
        nonNull.Add(box);
        return box;
    }

    Value BoxFloat(Value raw)
    {
        var box = rec.New(FloatClass);
        rec.SetField(box, FloatType, Ref(PyTypes.Float));
        rec.SetField(box, FloatValue, raw);
        rawFloat[box] = raw;
        nonNull.Add(box);
        return box;
    }

    Value BoolBox(Value c)
    {
        if (c is Const k) return Ref(k.I != 0 ? PyBool.True : PyBool.False);
        var t = rec.Call(BoolD, c);
        rawBool[t] = c;
        nonNull.Add(t);
        return t;
    }

    /// <summary>The long inside an exact small int (the interpreter saw <paramref name="concrete"/>).</summary>
    Value UnboxInt(Value t, PyObject concrete)
    {
        if (t is Const c) return Int(((PyInt)c.R!).Small);
        if (rawInt.TryGetValue(t, out var r)) return r;
        NonNull(t);
        rec.GuardClass(t, typeof(PyInt));
        rec.Promote(rec.GetField(t, IntType), (object)PyTypes.Int);
        rec.GuardNull(rec.GetField(t, IntBig), true);
        r = rec.GetField(t, IntSmall);
        rawInt[t] = r;
        return r;
    }

    Value UnboxFloat(Value t, PyObject concrete)
    {
        if (t is Const c) return Const.Float(((PyFloat)c.R!).Value);
        if (rawFloat.TryGetValue(t, out var r)) return r;
        NonNull(t);
        rec.GuardClass(t, typeof(PyFloat));
        rec.Promote(rec.GetField(t, FloatType), (object)PyTypes.Float);
        r = rec.GetField(t, FloatValue);
        rawFloat[t] = r;
        return r;
    }

    static bool ListIndexInRange(PyList l, long i) => (ulong)(i < 0 ? i + l.Count : i) < (ulong)l.Count;

    static bool IsSmallInt(PyObject o) => o.type == PyTypes.Int && ((PyInt)o).IsSmall;

    /// <summary>A double for an exact float, or an exact small int converted as float arithmetic converts it.</summary>
    Value AsFloat(Value t, PyObject concrete) =>
        concrete.type == PyTypes.Float ? UnboxFloat(t, concrete) : rec.Op(JitOp.CastIntToFloat, UnboxInt(t, concrete));

    /// <summary>Truth of a value as a trace int (0/1); guards the class the interpreter saw.</summary>
    Value Truth(Value t, PyObject v)
    {
        if (rawBool.TryGetValue(t, out var c)) return c;
        if (t is Const k) return Int(PyOps.IsTrue((PyObject)k.R!) ? 1 : 0);
        if (ReferenceEquals(v, PyBool.True) || ReferenceEquals(v, PyBool.False) || ReferenceEquals(v, PyNone.Instance))
        {
            rec.Promote(t, (object)v);
            return Int(PyOps.IsTrue(v) ? 1 : 0);
        }
        if (IsSmallInt(v)) return rec.Op(JitOp.IntNe, UnboxInt(t, v), Int(0));
        if (v.type == PyTypes.Float) return rec.Op(JitOp.FloatNe, UnboxFloat(t, v), Const.Float(0.0));
        return rec.Call(IsTrueD, t);
    }

    static bool Overflows(int op, long x, long y)
    {
        try
        {
            _ = op switch { 0 => checked(x + y), 10 => checked(x - y), _ => checked(x * y) };
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    /// <summary>Mirrors EvalLoop.BinaryOp for the path the operands' types select; null-free result value.</summary>
    Value RecordBinary(int op, PyObject a, PyObject b, Value ta, Value tb)
    {
        int o = op >= (int)BinaryOperator.InplaceOffset ? op - (int)BinaryOperator.InplaceOffset : op;
        if (IsSmallInt(a) && IsSmallInt(b))
        {
            long x = ((PyInt)a).Small, y = ((PyInt)b).Small;
            switch (o)
            {
                case 0: case 10: case 5:
                    if (Overflows(o, x, y)) break;
                    return BoxInt(rec.IntOvf(o == 0 ? JitOp.IntAddOvf : o == 10 ? JitOp.IntSubOvf : JitOp.IntMulOvf, UnboxInt(ta, a), UnboxInt(tb, b), false));
                case 1: return BoxInt(rec.Op(JitOp.IntAnd, UnboxInt(ta, a), UnboxInt(tb, b)));
                case 7: return BoxInt(rec.Op(JitOp.IntOr, UnboxInt(ta, a), UnboxInt(tb, b)));
                case 12: return BoxInt(rec.Op(JitOp.IntXor, UnboxInt(ta, a), UnboxInt(tb, b)));
                case 2: case 6:
                    if (x >= 0 && y > 0)
                    {
                        Value vx = UnboxInt(ta, a), vy = UnboxInt(tb, b);
                        rec.GuardTrue(rec.Op(JitOp.IntGe, vx, Int(0)), true);
                        rec.GuardTrue(rec.Op(JitOp.IntGt, vy, Int(0)), true);
                        return BoxInt(rec.Call(o == 2 ? FloorDivD : ModD, vx, vy));
                    }
                    break;
            }
        }
        else if ((a.type == PyTypes.Float && (b.type == PyTypes.Float || IsSmallInt(b))) || (IsSmallInt(a) && b.type == PyTypes.Float))
        {
            switch (o)
            {
                case 0: return BoxFloat(rec.Op(JitOp.FloatAdd, AsFloat(ta, a), AsFloat(tb, b)));
                case 10: return BoxFloat(rec.Op(JitOp.FloatSub, AsFloat(ta, a), AsFloat(tb, b)));
                case 5: return BoxFloat(rec.Op(JitOp.FloatMul, AsFloat(ta, a), AsFloat(tb, b)));
                case 11:
                {
                    double y = b.type == PyTypes.Float ? ((PyFloat)b).Value : ((PyInt)b).Small;
                    if (y == 0) break;
                    Value vx = AsFloat(ta, a), vy = AsFloat(tb, b);
                    rec.GuardTrue(rec.Op(JitOp.FloatNe, vy, Const.Float(0.0)), true);
                    return BoxFloat(rec.Op(JitOp.FloatTrueDiv, vx, vy));
                }
            }
        }
        return rec.Call(BinaryOpD, ta, tb, Int(op));
    }

    /// <summary>An int/float comparison as a trace int (0/1), or null when the operands need the generic path.</summary>
    Value? RecordCompare(int cmp, PyObject a, PyObject b, Value ta, Value tb)
    {
        if (IsSmallInt(a) && IsSmallInt(b))
        {
            var code = cmp switch { 0 => JitOp.IntLt, 1 => JitOp.IntLe, 2 => JitOp.IntEq, 3 => JitOp.IntNe, 4 => JitOp.IntGt, _ => JitOp.IntGe };
            return rec.Op(code, UnboxInt(ta, a), UnboxInt(tb, b));
        }
        if (a.type == PyTypes.Float && b.type == PyTypes.Float)
        {
            var code = cmp switch { 0 => JitOp.FloatLt, 1 => JitOp.FloatLe, 2 => JitOp.FloatEq, 3 => JitOp.FloatNe, 4 => JitOp.FloatGt, _ => JitOp.FloatGe };
            return rec.Op(code, UnboxFloat(ta, a), UnboxFloat(tb, b));
        }
        return null;
    }
}
