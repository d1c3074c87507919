using System.Runtime.ExceptionServices;
using System.Text;
using Taipan.Jit.Driver;

namespace ToyLang;

/// <summary>
/// The toy interpreter. Run is written once, generic over the trace mode: in <see cref="Interpreting"/>
/// mode the recording blocks vanish; in <see cref="Recording"/> mode the same code feeds the recorder.
/// </summary>
public sealed partial class ToyVm : IJitInterpreter<ToyPos, Frame>
{
    public readonly JitDriver<ToyPos, Frame> Driver;
    public readonly StringBuilder Output = new();
    readonly Dictionary<string, FunctionCell> globals = new();
    int depth;
    public const int MaxDepth = 2000;

    public ToyVm(JitParams? p = null)
    {
        Driver = new JitDriver<ToyPos, Frame>(this, p ?? new JitParams());
    }

    /// <summary>Runs a program; returns its output, ending with "error: ..." if it failed.</summary>
    public string RunProgram(string source)
    {
        try
        {
            var main = Compiler.CompileProgram(Reader.ReadAll(source), globals);
            Run<Interpreting>(new Frame(main));
        }
        catch (ToyError e)
        {
            Driver.Recorder.Abort("error");
            Output.Append("error: ").Append(e.Message).Append('\n');
        }
        return Output.ToString();
    }

    // ---- IJitInterpreter: the virtualizable frame ----
    public int SlotCount(Frame f) => f.Regs.Length;
    public object? GetSlot(Frame f, int i) => f.Regs[i];
    public void SetSlot(Frame f, int i, object? v) => f.Regs[i] = v;
    public void SetPosition(Frame f, ToyPos at) => f.Pc = at.Pc;
    public Frame NewFrame(ToyPos at, ReadOnlySpan<object?> slots) => new(at.Fn);

    internal object? Run<M>(Frame f) where M : struct, ITraceMode
    {
        var code = f.Fn.Code;
        var regs = f.Regs;
        int pc = f.Pc;
        var rec = Driver.Recorder;
        while (true)
        {
            if (M.Tracing && !rec.MergePoint(new ToyPos(f.Fn, pc), f))
            {
                f.Pc = pc;
                return Run<Interpreting>(f);
            }
            var ins = code[pc];
            switch (ins.Op)
            {
                case Code.Const:
                    if (M.Tracing) rec.SetSlot(ins.A, TraceRecorder<ToyPos, Frame>.Ref(ins.K));
                    regs[ins.A] = ins.K;
                    pc++;
                    break;
                case Code.Move:
                    if (M.Tracing) rec.SetSlot(ins.A, rec.Slot(ins.B));
                    regs[ins.A] = regs[ins.B];
                    pc++;
                    break;
                case Code.Add: case Code.Sub: case Code.Mul: case Code.Div: case Code.Mod:
                case Code.Lt: case Code.Le: case Code.Gt: case Code.Ge: case Code.Eq: case Code.Ne:
                {
                    object? a = regs[ins.B], b = regs[ins.C];
                    if (M.Tracing) RecordBinary(ins, a, b);
                    regs[ins.A] = ToyOps.Binary(ins.Op, a, b);
                    pc++;
                    break;
                }
                case Code.Jump:
                    if (!M.Tracing && ins.B <= pc)
                    {
                        // can_enter_jit: a backward jump lands on a loop header
                        f.Pc = ins.B;
                        var at = new ToyPos(f.Fn, ins.B);
                        switch (Driver.CanEnterJit(ins.Cell ??= Driver.Cell(at), at, f))
                        {
                            case JitAction.StartRecording:
                                return Run<Recording>(f);
                            case JitAction.Resumed:
                                pc = AfterResume(f);
                                continue;
                            case JitAction.Returned:
                                return Driver.ReturnValue;
                        }
                    }
                    pc = ins.B;
                    break;
                case Code.JumpIfFalse:
                {
                    var v = regs[ins.A];
                    bool t = ToyOps.Truthy(v);
                    if (M.Tracing) RecordTruth(ins.A, v, t);
                    pc = t ? pc + 1 : ins.B;
                    break;
                }
                case Code.Call:
                    regs[ins.A] = Call<M>(ins, regs);
                    pc++;
                    break;
                case Code.Return:
                    if (M.Tracing) rec.LeaveCall(rec.Slot(ins.A));
                    return regs[ins.A];
                case Code.Print:
                    if (M.Tracing) rec.Call(PrintDescr, TraceRecorder<ToyPos, Frame>.Ref(this), rec.Slot(ins.A));
                    Print(this, regs[ins.A]);
                    pc++;
                    break;
                case Code.Pair:
                {
                    if (M.Tracing)
                    {
                        var p = rec.New(PairClass);
                        rec.SetField(p, PairA, rec.Slot(ins.B));
                        rec.SetField(p, PairB, rec.Slot(ins.C));
                        rec.SetSlot(ins.A, p);
                    }
                    regs[ins.A] = new Pair { A = regs[ins.B], B = regs[ins.C] };
                    pc++;
                    break;
                }
                case Code.Fst:
                case Code.Snd:
                {
                    if (regs[ins.B] is not Pair p) throw new ToyError($"{(ins.Op == Code.Fst ? "fst" : "snd")} of {ToyOps.TypeName(regs[ins.B])}");
                    if (M.Tracing)
                    {
                        var tp = rec.Slot(ins.B);
                        rec.GuardClass(tp, typeof(Pair));
                        rec.SetSlot(ins.A, rec.GetField(tp, ins.Op == Code.Fst ? PairA : PairB));
                    }
                    regs[ins.A] = ins.Op == Code.Fst ? p.A : p.B;
                    pc++;
                    break;
                }
                case Code.SetFst:
                case Code.SetSnd:
                {
                    if (regs[ins.B] is not Pair p) throw new ToyError($"{(ins.Op == Code.SetFst ? "setfst" : "setsnd")} of {ToyOps.TypeName(regs[ins.B])}");
                    if (M.Tracing)
                    {
                        var tp = rec.Slot(ins.B);
                        rec.GuardClass(tp, typeof(Pair));
                        rec.SetField(tp, ins.Op == Code.SetFst ? PairA : PairB, rec.Slot(ins.C));
                    }
                    if (ins.Op == Code.SetFst) p.A = regs[ins.C]; else p.B = regs[ins.C];
                    pc++;
                    break;
                }
                case Code.Def:
                {
                    // a trace that redefines a function would have read the old one as a constant
                    if (M.Tracing) rec.Abort("def inside a trace");
                    var (cell, fn) = ((FunctionCell, Function))ins.K!;
                    cell.Define(fn);
                    pc++;
                    break;
                }
                default:
                    throw new InvalidOperationException(ins.Op.ToString());
            }
        }
    }

    object? Call<M>(Ins ins, object?[] regs) where M : struct, ITraceMode
    {
        var cell = (FunctionCell)ins.K!;
        var fn = cell.Value ?? throw new ToyError($"undefined function {cell.Name}");
        if (fn.NParams != ins.C) throw new ToyError($"{fn.Name} takes {fn.NParams} arguments, got {ins.C}");
        var frame = new Frame(fn);
        Array.Copy(regs, ins.B, frame.Regs, 0, ins.C);
        if (!M.Tracing) return CallCompiled(fn, frame);
        var rec = Driver.Recorder;
        rec.QuasiImmutable(cell.Assumption);
        var slots = new Taipan.Jit.IR.Value[fn.NRegs];
        for (int i = 0; i < slots.Length; i++) slots[i] = i < ins.C ? rec.Slot(ins.B + i) : TraceRecorder<ToyPos, Frame>.Ref(null);
        if (rec.EnterCall(new ToyPos(fn, 0), slots))
        {
            var r = Invoke<Recording>(frame);
            rec.SetSlot(ins.A, rec.ReturnValue);
            return r;
        }
        var result = CallCompiled(fn, frame);
        if (ins.C > 4) rec.Abort("residual call with more than 4 arguments");
        else
        {
            var args = new Taipan.Jit.IR.Value[ins.C + 2];
            args[0] = TraceRecorder<ToyPos, Frame>.Ref(this);
            args[1] = TraceRecorder<ToyPos, Frame>.Ref(fn);
            for (int i = 0; i < ins.C; i++) args[i + 2] = rec.Slot(ins.B + i);
            rec.SetSlot(ins.A, rec.Call(CallDescrs[ins.C], args));
        }
        return result;
    }

    object? Invoke<M>(Frame frame) where M : struct, ITraceMode
    {
        if (++depth > MaxDepth) { depth = 0; throw new ToyError("recursion too deep"); }
        try { return Run<M>(frame); }
        finally { depth--; }
    }

    /// <summary>A call from interpreted code (or a trace's residual call): the function's own trace if it has one.</summary>
    object? CallCompiled(Function fn, Frame frame)
    {
        var at = new ToyPos(fn, 0);
        switch (Driver.EnterFunction(fn.EntryCell ??= Driver.FunctionCell(at), at, frame))
        {
            case JitAction.Returned:
                return Driver.ReturnValue;
            case JitAction.StartRecording:
                return Invoke<Recording>(frame);
            case JitAction.Resumed:
                AfterResume(frame);
                return Invoke<Interpreting>(frame);
            default:
                return Invoke<Interpreting>(frame);
        }
    }

    /// <summary>After compiled code left: finish the frames of inlined calls it rebuilt, then go on in this frame.</summary>
    int AfterResume(Frame f)
    {
        var inner = Driver.ResumedFrames;
        var pending = Driver.PendingException;
        Driver.ResumedFrames = null;
        Driver.PendingException = null;
        if (inner == null)
        {
            if (pending != null) ExceptionDispatchInfo.Throw(pending);
            return f.Pc;
        }
        var r = RunInner(inner, 0, pending);
        f.Regs[f.Fn.Code[f.Pc].A] = r;
        return ++f.Pc;
    }

    object? RunInner(Frame[] inner, int i, Exception? pending)
    {
        var fr = inner[i];
        if (i + 1 < inner.Length)
        {
            var r = RunInner(inner, i + 1, pending);
            fr.Regs[fr.Fn.Code[fr.Pc].A] = r;
            fr.Pc++;
        }
        else if (pending != null) ExceptionDispatchInfo.Throw(pending);
        return Invoke<Interpreting>(fr);
    }

    // ---- helpers that traces call residually ----

    public static void Print(ToyVm vm, object? v) => vm.Output.Append(Show.Of(v)).Append('\n');
    public static object? Call0(ToyVm vm, Function fn) => vm.CallCompiled(fn, new Frame(fn));
    public static object? Call1(ToyVm vm, Function fn, object? a) { var f = new Frame(fn); f.Regs[0] = a; return vm.CallCompiled(fn, f); }
    public static object? Call2(ToyVm vm, Function fn, object? a, object? b) { var f = new Frame(fn); f.Regs[0] = a; f.Regs[1] = b; return vm.CallCompiled(fn, f); }
    public static object? Call3(ToyVm vm, Function fn, object? a, object? b, object? c) { var f = new Frame(fn); f.Regs[0] = a; f.Regs[1] = b; f.Regs[2] = c; return vm.CallCompiled(fn, f); }
    public static object? Call4(ToyVm vm, Function fn, object? a, object? b, object? c, object? d) { var f = new Frame(fn); f.Regs[0] = a; f.Regs[1] = b; f.Regs[2] = c; f.Regs[3] = d; return vm.CallCompiled(fn, f); }
}
