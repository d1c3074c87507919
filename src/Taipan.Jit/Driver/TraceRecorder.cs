using Taipan.Jit.IR;
using OpCode = Taipan.Jit.IR.OpCode;

namespace Taipan.Jit.Driver;

/// <summary>
/// Records a trace while the interpreter keeps executing normally. The interpreter calls it at its
/// decision points (in its <see cref="Recording"/> mode only) with the trace values of what it reads;
/// the recorder mirrors the virtualizable frames (a shadow slot array per inlined frame) and takes a
/// resume snapshot of them at every guard. Every method is a no-op once the recording has stopped.
/// </summary>
public sealed class TraceRecorder<TGreens, TFrame> where TGreens : struct, IEquatable<TGreens> where TFrame : class
{
    sealed class Shadow
    {
        public TGreens Position;
        public Value[] Slots = Array.Empty<Value>();
        public int OpsAtEntry;
        public TGreens Entry;
    }

    readonly JitDriver<TGreens, TFrame> driver;
    readonly List<Shadow> frames = new();
    readonly Dictionary<TGreens, int> inlinedSize = new();
    List<Op> ops = new();
    InputArg[] inputs = Array.Empty<InputArg>();
    readonly List<Assumption> assumptions = new();
    bool started;

    internal JitCell? StartCell;
    /// <summary>The cell being recorded (a loop header, or the loop a bridge belongs to), null when not recording.</summary>
    public JitCell? RecordingCell => Active ? StartCell : null;
    /// <summary>The recording is a bridge from a guard (not a new loop).</summary>
    public bool RecordingBridge => Active && BridgeOf != null;
    internal TGreens Start;
    internal Backend.GuardExit? BridgeOf;

    internal TraceRecorder(JitDriver<TGreens, TFrame> driver) { this.driver = driver; }

    /// <summary>True while a trace is being recorded.</summary>
    public bool Active { get; private set; }
    /// <summary>Depth of inlined calls under the frame where recording started.</summary>
    public int Depth => frames.Count - 1;
    /// <summary>Trace value returned by the last inlined call (see <see cref="LeaveCall"/>).</summary>
    public Value ReturnValue { get; private set; } = Const.Null;
    /// <summary>Why the last recording ended without a trace (for tests and logs).</summary>
    public string? AbortReason { get; private set; }

    internal void Begin(JitCell cell, TGreens start, Backend.GuardExit? bridgeOf)
    {
        Active = true;
        started = false;
        StartCell = cell;
        Start = start;
        BridgeOf = bridgeOf;
        ops = new List<Op>();
        frames.Clear();
        inlinedSize.Clear();
        assumptions.Clear();
        AbortReason = null;
    }

    /// <summary>
    /// jit_merge_point: called at the start of every instruction in recording mode. Returns false when
    /// recording is over (the loop closed and was compiled, or the recording aborted): the interpreter
    /// then goes back to its normal mode.
    /// </summary>
    public bool MergePoint(TGreens at, TFrame frame)
    {
        if (!Active) return false;
        if (!started)
        {
            started = true;
            if (BridgeOf?.Layout is FrameLayout<TGreens> { Positions.Length: > 1 } layout)
            {
                // a bridge from a guard inside inlined calls: its inputs are every frame's slots (the guard's
                // resume list), and it starts with the same inlined frames, in the innermost one
                int total = 0;
                foreach (int c in layout.SlotCounts) total += c;
                inputs = new InputArg[total];
                int k = 0;
                for (int f = 0; f < layout.Positions.Length; f++)
                {
                    var sh = new Shadow { Position = layout.Positions[f], Entry = layout.Entries[f], Slots = new Value[layout.SlotCounts[f]] };
                    for (int i = 0; i < sh.Slots.Length; i++) sh.Slots[i] = inputs[k++] = new InputArg(Kind.Ref);
                    frames.Add(sh);
                }
                frames[^1].Position = at;
            }
            else
            {
                int n = driver.Interp.SlotCount(frame);
                inputs = new InputArg[n];
                var shadow = new Shadow { Position = at, Entry = at, Slots = new Value[n] };
                for (int i = 0; i < n; i++) shadow.Slots[i] = inputs[i] = new InputArg(Kind.Ref);
                frames.Add(shadow);
            }
            ops.Add(new Op(OpCode.Label, (Value[])inputs.Clone()));
            return true;
        }
        frames[^1].Position = at;
        if (frames.Count == 1 && ops.Count > 1)
        {
            if (BridgeOf == null && at.Equals(Start)) { Close(null); return false; }
            // a bridge closes at any compiled loop header, its own start's too (a guard at a loop's header: the
            // range of an inner loop exhausted, whose bridge runs the outer loop back to that header)
            var target = driver.LiveCell(at);
            if (target != null && (BridgeOf != null || !ReferenceEquals(target, StartCell))) { Close(target); return false; }
        }
        if (ops.Count > driver.Params.TraceLimit) { AbortTooLong(); return false; }
        return true;
    }

    /// <summary>Marks a finish that returns from the frame the trace was entered with.</summary>
    internal static readonly object ReturnTarget = new();

    void Close(JitCell? target, Value? returned = null)
    {
        var slots = frames[0].Slots;
        Op end;
        if (returned != null) end = new Op(OpCode.Finish, new[] { returned }) { Layout = ReturnTarget };
        else if (target == null) end = new Op(OpCode.Jump, (Value[])slots.Clone());
        else end = new Op(OpCode.Finish, (Value[])slots.Clone()) { Layout = target };
        ops.Add(end);
        var trace = new Trace(inputs, ops);
        trace.Assumptions.AddRange(assumptions);
        Active = false;
        driver.Compile(this, trace);
        Release();
    }

    /// <summary>
    /// Drops what the finished recording referenced: its ops hold the constants it met (instances the
    /// program may be done with: a finished thread's Thread object stayed reachable through an aborted
    /// recording, and test_threading waited for it to die) until the next recording.
    /// </summary>
    void Release()
    {
        ops = new List<Op>();
        frames.Clear();
        assumptions.Clear();
    }

    void AbortTooLong()
    {
        foreach (var f in frames) if (frames.IndexOf(f) > 0) Count(f);
        DontInlineLargest();
        Abort("trace too long");
    }

    /// <summary>The largest inlined callee is the one to stop inlining (RPython's rule): after a trace too long to
    /// record, or too large for the backend (then the next recording of the loop is smaller, instead of being
    /// given up after MaxAborts or landing on a rare path).</summary>
    internal void DontInlineLargest()
    {
        TGreens? worst = null;
        int most = 0;
        foreach (var kv in inlinedSize) if (kv.Value > most) { most = kv.Value; worst = kv.Key; }
        if (worst is { } w) driver.DontInline(w);
    }

    void Count(Shadow f)
    {
        inlinedSize.TryGetValue(f.Entry, out int n);
        inlinedSize[f.Entry] = n + ops.Count - f.OpsAtEntry;
    }

    /// <summary>
    /// Stops recording (the interpreter met something it cannot trace). Inside an inlined call, the callee
    /// is marked not-to-inline instead of counting the abort against the loop: the next recording calls it
    /// residually, so retrying makes progress (a loop calling a function it cannot trace still compiles).
    /// </summary>
    public void Abort(string reason)
    {
        if (!Active) return;
        Active = false;
        AbortReason = reason;
        if (frames.Count > 1 && BridgeOf == null)
        {
            driver.DontInline(frames[^1].Entry);
            driver.Stats.Aborts++;
            return;
        }
        driver.Aborted(this);
        Release();
    }

    // ---- the virtualizable frame ----

    public Value Slot(int i) => Active ? frames[^1].Slots[i] : Const.Null;
    /// <summary>A slot of the outermost frame (the one the trace is entered with).</summary>
    public Value RootSlot(int i) => Active ? frames[0].Slots[i] : Const.Null;
    /// <summary>
    /// Moves the resume position of the current frame for the guards recorded next (until the next merge
    /// point): a guard on the outcome of a call that already ran resumes at the other outcome, after it.
    /// </summary>
    public void SetPosition(TGreens at) { if (Active) frames[^1].Position = at; }
    public void SetSlot(int i, Value v) { if (Active) frames[^1].Slots[i] = v; }

    // ---- calls: inlined by following them ----

    /// <summary>
    /// At a call the interpreter is about to follow: true if the recorder inlines it (the interpreter then runs
    /// the callee in recording mode and the callee's return calls <see cref="LeaveCall"/>). False: the
    /// interpreter records a residual call instead (too deep, or the callee was marked not-to-inline).
    /// </summary>
    public bool EnterCall(TGreens calleeEntry, Value[] calleeSlots)
    {
        if (!Active) return false;
        if (!CanInline(calleeEntry)) return false;
        frames.Add(new Shadow { Position = calleeEntry, Entry = calleeEntry, Slots = calleeSlots, OpsAtEntry = ops.Count });
        return true;
    }

    /// <summary>False when a call to <paramref name="calleeEntry"/> must be recorded residually (too deep, marked not-to-inline).</summary>
    public bool CanInline(TGreens calleeEntry) => Active && frames.Count <= driver.Params.InlineDepth && !driver.IsDontInline(calleeEntry);

    /// <summary>The inlined callee returns <paramref name="result"/> (read by the caller as <see cref="ReturnValue"/>).</summary>
    public void LeaveCall(Value result)
    {
        if (!Active) return;
        if (frames.Count == 1)
        {
            // the traced frame returns: the trace ends by returning too (function traces, loop exits)
            if (ops.Count > 1) Close(null, result);
            else Abort("returned at once");
            return;
        }
        Count(frames[^1]);
        frames.RemoveAt(frames.Count - 1);
        ReturnValue = result;
    }

    // ---- constants ----

    public static Value Int(long v) => Const.Int(v);
    public static Value Float(double v) => Const.Float(v);
    public static Value Ref(object? v) => Const.Ref(v);

    // ---- guards ----

    Op Record(Op op)
    {
        ops.Add(op);
        return op;
    }

    void Guard(OpCode code, Value[] args, Descr? descr = null)
    {
        int total = 0;
        foreach (var f in frames) total += f.Slots.Length;
        var resume = new Value[total];
        var positions = new TGreens[frames.Count];
        var counts = new int[frames.Count];
        var entries = new TGreens[frames.Count];
        int k = 0;
        for (int i = 0; i < frames.Count; i++)
        {
            positions[i] = frames[i].Position;
            entries[i] = frames[i].Entry;
            counts[i] = frames[i].Slots.Length;
            Array.Copy(frames[i].Slots, 0, resume, k, counts[i]);
            k += counts[i];
        }
        ops.Add(new Op(code, args, descr) { Resume = resume, Layout = new FrameLayout<TGreens>(positions, counts, entries) });
    }

    /// <summary>The interpreter found <paramref name="v"/> to be of exact class <paramref name="type"/>.</summary>
    public void GuardClass(Value v, Type type)
    {
        if (!Active || (v is Const c && c.R?.GetType() == type)) return;
        Guard(OpCode.GuardClass, new[] { v }, ClassDescr.Of(type));
    }

    /// <summary>The interpreter branched on <paramref name="cond"/> (an int: 0 is false) and saw <paramref name="observed"/>.</summary>
    public void GuardTrue(Value cond, bool observed)
    {
        if (!Active || cond is Const) return;
        Guard(observed ? OpCode.GuardTrue : OpCode.GuardFalse, new[] { cond });
    }

    public void GuardNull(Value v, bool observedNull)
    {
        if (!Active || v is Const) return;
        Guard(observedNull ? OpCode.GuardIsNull : OpCode.GuardNonNull, new[] { v });
    }

    /// <summary>promote: the value becomes a constant of the trace, guarded by one check.</summary>
    public Value Promote(Value v, long observed)
    {
        if (!Active || v is Const) return v;
        var c = Const.Int(observed);
        Guard(OpCode.GuardValue, new[] { v, c });
        Replace(v, c);
        return c;
    }

    public Value Promote(Value v, object? observed)
    {
        if (!Active || v is Const) return v;
        var c = Const.Ref(observed);
        Guard(OpCode.GuardValue, new[] { v, c });
        Replace(v, c);
        return c;
    }

    void Replace(Value v, Value c)
    {
        foreach (var f in frames)
            for (int i = 0; i < f.Slots.Length; i++)
                if (ReferenceEquals(f.Slots[i], v)) f.Slots[i] = c;
    }

    /// <summary>A quasi-immutable fact was read: the trace depends on it and checks it is still valid.</summary>
    public void QuasiImmutable(Assumption a)
    {
        if (!Active) return;
        if (!assumptions.Contains(a)) assumptions.Add(a);
        Guard(OpCode.GuardNotInvalidated, Array.Empty<Value>());
    }

    /// <summary>A point (a loop's backward jump) where the trace hands control back to the interpreter when
    /// <see cref="Backend.JitBreak"/> is raised: one volatile load and a branch, no call.</summary>
    public void GuardNoBreak()
    {
        if (!Active) return;
        Guard(OpCode.GuardNoBreak, Array.Empty<Value>());
    }

    // ---- operations ----

    static Value Dummy(Kind k) => k == Kind.Int ? Const.Int(0) : k == Kind.Float ? Const.Float(0) : Const.Null;

    /// <summary>A pure operation (int_add, float_mul, int_lt, cast_int_to_float...).</summary>
    public Value Op(OpCode code, Value a) => Active ? Record(new Op(code, new[] { a })) : Dummy(code.Info().Result == ResultRule.Float ? Kind.Float : Kind.Int);
    public Value Op(OpCode code, Value a, Value b) => Active ? Record(new Op(code, new[] { a, b })) : Dummy(code.Info().Result == ResultRule.Float ? Kind.Float : Kind.Int);

    /// <summary>int_add_ovf / int_sub_ovf / int_mul_ovf and the guard for what the interpreter saw.</summary>
    public Value IntOvf(OpCode code, Value a, Value b, bool overflowed)
    {
        if (!Active) return Const.Int(0);
        var r = Record(new Op(code, new[] { a, b }));
        Guard(overflowed ? OpCode.GuardOverflow : OpCode.GuardNoOverflow, Array.Empty<Value>());
        return r;
    }

    public Value GetField(Value obj, FieldDescr f) => Active ? Record(new Op(OpCode.GetField, new[] { obj }, f)) : Dummy(f.Kind);
    public void SetField(Value obj, FieldDescr f, Value v) { if (Active) Record(new Op(OpCode.SetField, new[] { obj, v }, f)); }
    public Value New(ClassDescr c) => Active ? Record(new Op(OpCode.New, Array.Empty<Value>(), c)) : Const.Null;
    public Value GetArrayItem(Value arr, Value index, ArrayDescr d) => Active ? Record(new Op(OpCode.GetArrayItem, new[] { arr, index }, d)) : Dummy(d.ItemKind);
    public void SetArrayItem(Value arr, Value index, Value v, ArrayDescr d) { if (Active) Record(new Op(OpCode.SetArrayItem, new[] { arr, index, v }, d)); }
    public Value ArrayLen(Value arr) => Active ? Record(new Op(OpCode.ArrayLen, new[] { arr })) : Const.Int(0);
    public Value NewArray(Value length, ArrayDescr d) => Active ? Record(new Op(OpCode.NewArray, new[] { length }, d)) : Const.Null;

    /// <summary>
    /// A residual call to a static C# method. If it may raise, a guard_no_exception follows: when the call
    /// throws inside the trace, the interpreter resumes at the current instruction with the exception pending.
    /// </summary>
    public Value Call(CallDescr d, params Value[] args)
    {
        if (!Active) return Dummy(d.Result);
        var r = Record(new Op(d.Elidable ? OpCode.CallPure : OpCode.Call, args, d));
        if (d.CanRaise) Guard(OpCode.GuardNoException, Array.Empty<Value>());
        return r;
    }

    /// <summary>An elidable call: with constant arguments its observed result becomes a constant.</summary>
    public Value CallElidable(CallDescr d, object? observed, params Value[] args)
    {
        if (!Active) return Dummy(d.Result);
        bool allConst = true;
        foreach (var a in args) allConst &= a is Const;
        if (allConst && d.Elidable)
            return d.Result switch { Kind.Int => Const.Int((long)observed!), Kind.Float => Const.Float((double)observed!), _ => Const.Ref(observed) };
        return Call(d, args);
    }
}
