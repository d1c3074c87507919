using Stopwatch = System.Diagnostics.Stopwatch;
using Taipan.Jit.Backend;
using Taipan.Jit.IR;
using Taipan.Jit.Optimizer;

namespace Taipan.Jit.Driver;

/// <summary>
/// RPython's jit driver. Greens identify a position in the user program (code and instruction); the
/// red is the interpreter frame, a virtualizable whose slots live in machine locals inside traces.
/// The interpreter calls <see cref="CanEnterJit(JitCell, TGreens, TFrame)"/> at backward jumps; in
/// recording mode it calls <see cref="TraceRecorder{TGreens,TFrame}.MergePoint"/> at every instruction.
/// </summary>
public sealed class JitDriver<TGreens, TFrame> where TGreens : struct, IEquatable<TGreens> where TFrame : class
{
    readonly Dictionary<TGreens, JitCell> cells = new();
    readonly Dictionary<TGreens, JitCell> functionCells = new();
    readonly HashSet<TGreens> dontInline = new();
    readonly ExitBuffer buf = new();
    // the exit values of the current exit (Execute only; cleared before it continues or returns, so that it
    // keeps nothing alive): a bridge traversal allocates no array for them
    object?[] exitValues = new object?[16];
    int epoch;

    public readonly IJitInterpreter<TGreens, TFrame> Interp;
    public JitParams Params;
    public readonly TraceRecorder<TGreens, TFrame> Recorder;
    public readonly JitStats Stats = new();
    /// <summary>Called with every optimised trace before compilation (tests, logging).</summary>
    public Action<Trace>? OnTrace;

    /// <summary>After <see cref="JitAction.Resumed"/> (or StartRecording of a bridge from a guard inside inlined
    /// calls): frames of inlined calls to finish first (caller first), or null.</summary>
    public TFrame[]? ResumedFrames;
    /// <summary>After <see cref="JitAction.Returned"/>: what the frame returned.</summary>
    public object? ReturnValue;
    /// <summary>After <see cref="JitAction.Resumed"/>: an exception a residual call threw, to raise at the resume point.</summary>
    public Exception? PendingException;

    public JitDriver(IJitInterpreter<TGreens, TFrame> interp, JitParams? p = null)
    {
        Interp = interp;
        Params = p ?? new JitParams();
        Recorder = new TraceRecorder<TGreens, TFrame>(this);
    }

    /// <summary>The cell of a green position; interpreters cache it on their backward-jump instruction.</summary>
    public JitCell Cell(TGreens g)
    {
        if (!cells.TryGetValue(g, out var c)) cells[g] = c = new JitCell(g);
        return c;
    }

    internal JitCell? LiveCell(TGreens g)
    {
        if (!cells.TryGetValue(g, out var c) || c.Entry == null) return null;
        if (c.Entry.Flag.Invalid) { c.Entry = null; return null; }
        return c;
    }

    internal bool IsDontInline(TGreens g) => dontInline.Contains(g);
    internal void DontInline(TGreens g) => dontInline.Add(g);

    /// <summary>
    /// can_enter_jit, at a backward jump landing on <paramref name="at"/>: counts; runs compiled code if
    /// there is some; starts recording when hot.
    /// </summary>
    public JitAction CanEnterJit(JitCell cell, TGreens at, TFrame frame)
    {
        if (!Params.Enabled) return JitAction.Continue;
        var entry = cell.Entry;
        if (entry != null)
        {
            if (!entry.Flag.Invalid) return Execute(entry, frame, cell);
            cell.Entry = null;
            Stats.Invalidations++;
        }
        if (Recorder.Active || cell.DontTrace) return JitAction.Continue;
        if (cell.Epoch != epoch)
        {
            for (int i = Math.Min(epoch - cell.Epoch, 8); i > 0; i--) cell.Counter = cell.Counter * Params.DecayPercent / 100;
            cell.Epoch = epoch;
        }
        if (++cell.Counter < Params.LoopThreshold) return JitAction.Continue;
        cell.Counter = 0;
        Recorder.Begin(cell, at, null);
        return JitAction.StartRecording;
    }

    public JitAction CanEnterJit(TGreens at, TFrame frame) => CanEnterJit(Cell(at), at, frame);

    /// <summary>The function-entry cell of a position (distinct from a loop header at the same position).</summary>
    public JitCell FunctionCell(TGreens entry)
    {
        if (!functionCells.TryGetValue(entry, out var c)) functionCells[entry] = c = new JitCell(entry);
        return c;
    }

    /// <summary>
    /// At a call, with the callee's fresh frame: runs the function's compiled trace if there is one
    /// (Returned, or Resumed inside the callee), or starts recording from the entry once the function
    /// threshold is passed; Continue otherwise.
    /// </summary>
    public JitAction EnterFunction(JitCell cell, TGreens entry, TFrame frame)
    {
        if (!Params.Enabled) return JitAction.Continue;
        var compiled = cell.Entry;
        if (compiled != null)
        {
            if (!compiled.Flag.Invalid) return Execute(compiled, frame, cell);
            cell.Entry = null;
            Stats.Invalidations++;
        }
        if (Recorder.Active || cell.DontTrace) return JitAction.Continue;
        if (++cell.Counter < Params.FunctionThreshold) return JitAction.Continue;
        cell.Counter = 0;
        Recorder.Begin(cell, entry, null);
        return JitAction.StartRecording;
    }

    JitAction Execute(CompiledTrace t, TFrame frame, JitCell cell)
    {
        try
        {
            return ExecuteCore(t, frame, cell);
        }
        finally
        {
            // The buffer outlives the run: left filled, it would keep the last exit's objects (a finished
            // coroutine's frame, a thread) reachable until some later trace overwrote those slots.
            Array.Clear(buf.R);
            Array.Clear(buf.R2);
        }
    }

    JitAction ExecuteCore(CompiledTrace t, TFrame frame, JitCell cell)
    {
        int n = Interp.SlotCount(frame);
        buf.Ensure(Math.Max(n, t.BufferSize)); // exits may carry more values (inlined frames) than the trace takes in
        Interp.GetSlots(frame, buf.R, n);
        while (true)
        {
            t.Entries++;
            int k = t.Run(buf);
            t.Iterations += buf.Iterations;
            var exit = t.Exits[k];
            // to the next compiled trace (a bridge, or the loop a trace finishes at): values go straight into the buffer
            var direct = exit.IsFinish
                ? exit.Layout is JitCell { Entry: { } nextLoop } && !nextLoop.Flag.Invalid ? nextLoop : null
                : buf.Pending == null && exit.Bridge is CompiledTrace b0 && !b0.Flag.Invalid ? b0 : null;
            if (direct != null)
            {
                if (!exit.IsFinish)
                {
                    exit.FailCount++;
                    Stats.BridgeRuns++;
                    t.BridgeExits++;
                }
                buf.Ensure(Math.Max(direct.BufferSize, exit.Values.Length));
                exit.MaterializeToR2(buf);
                buf.SwapR();
                t = direct;
                continue;
            }
            int nv = exit.Values.Length;
            if (exitValues.Length < nv) exitValues = new object?[Math.Max(nv, exitValues.Length * 2)];
            var values = exitValues;
            exit.Materialize(buf, values);
            if (exit.IsFinish)
            {
                if (ReferenceEquals(exit.Layout, TraceRecorder<TGreens, TFrame>.ReturnTarget))
                {
                    ReturnValue = values[0];
                    Array.Clear(values, 0, nv);
                    return JitAction.Returned;
                }
                var target = (JitCell)exit.Layout!;
                var next = target.Entry;
                if (next != null && !next.Flag.Invalid)
                {
                    buf.Ensure(Math.Max(next.BufferSize, nv));
                    Array.Copy(values, buf.R, nv);
                    Array.Clear(values, 0, nv);
                    t = next;
                    continue;
                }
                Interp.SetSlots(frame, values, nv);
                Array.Clear(values, 0, nv);
                Interp.SetPosition(frame, (TGreens)target.Greens);
                ResumedFrames = null;
                PendingException = null;
                // the interpreter resumes at a loop header without jumping back to it: count this as its back-edge,
                // or a loop whose iterations all end in a bridge that closes at its header never gets hot
                return CanEnterJit(target, (TGreens)target.Greens, frame) == JitAction.StartRecording ? JitAction.StartRecording : JitAction.Resumed;
            }
            exit.FailCount++;
            var pending = buf.Pending;
            buf.Pending = null;
            if (pending == null && exit.Bridge is CompiledTrace bridge && !bridge.Flag.Invalid)
            {
                Stats.BridgeRuns++;
                t.BridgeExits++;
                buf.Ensure(Math.Max(bridge.BufferSize, nv));
                Array.Copy(values, buf.R, nv);
                Array.Clear(values, 0, nv);
                t = bridge;
                continue;
            }
            Stats.Deopts++;
            t.Deopts++;
            if (pending != null) t.ExceptionDeopts++;
            if (t.IsLoop && ReferenceEquals(t, cell.Entry)
                && ((t.ExceptionDeopts >= Params.DeoptCheck && t.Iterations < t.ExceptionDeopts * Params.MinIterationsPerDeopt)
                    || (t.Deopts >= Params.DeoptCheck && t.Iterations < t.Deopts * Params.MinIterationsPerPlainDeopt)))
            {
                t.Flag.Invalid = true;
                cell.GiveUp();
                Stats.LoopsGivenUp++;
            }
            var layout = (FrameLayout<TGreens>)exit.Layout!;
            int count0 = layout.SlotCounts[0];
            Interp.SetSlots(frame, values, count0);
            Interp.SetPosition(frame, layout.Positions[0]);
            PendingException = pending;
            if (layout.Positions.Length > 1)
            {
                var inner = new TFrame[layout.Positions.Length - 1];
                int k2 = count0;
                for (int f = 1; f < layout.Positions.Length; f++)
                {
                    var fr = Interp.NewFrame(layout.Positions[f], values.AsSpan(k2, layout.SlotCounts[f]));
                    for (int i = 0; i < layout.SlotCounts[f]; i++) Interp.SetSlot(fr, i, values[k2 + i]);
                    Interp.SetPosition(fr, layout.Positions[f]);
                    k2 += layout.SlotCounts[f];
                    inner[f - 1] = fr;
                }
                ResumedFrames = inner;
            }
            else ResumedFrames = null;
            Array.Clear(values, 0, nv);
            if (layout.Positions.Length > 1 && !Params.BridgesInInlinedFrames) return JitAction.Resumed;
            if (pending == null && exit.Bridge == null && !exit.BridgeRefused && exit.FailCount >= Params.BridgeThreshold
                && !Recorder.Active && exit.Code != IR.OpCode.GuardNotInvalidated && exit.Code != IR.OpCode.GuardNoBreak && !t.Flag.Invalid)
            {
                // with inlined frames, the interpreter pushes ResumedFrames and records from the innermost
                Recorder.Begin(Cell(layout.Positions[0]), layout.Positions[0], exit);
                return JitAction.StartRecording;
            }
            return JitAction.Resumed;
        }
    }

    internal void Compile(TraceRecorder<TGreens, TFrame> rec, Trace trace)
    {
        try
        {
            var sw = Stopwatch.StartNew();
            if (Params.Optimize) trace = Pipeline.Optimize(trace);
            Stats.OptimizeMs += sw.Elapsed.TotalMilliseconds;
            OnTrace?.Invoke(trace);
            var compiled = CilBackend.Compile(trace);
            Stats.EmitMs += compiled.EmitMs;
            Stats.JitMs += compiled.JitMs;
            Stats.ILBytes += compiled.ILSize;
            Stats.LastILSize = compiled.ILSize;
            Stats.LastOps = trace.Ops.Count;
            if (rec.BridgeOf is { } exit)
            {
                exit.Bridge = compiled;
                Stats.BridgesCompiled++;
            }
            else
            {
                rec.StartCell!.Entry = compiled;
                if (trace.Ops[^1].Code == IR.OpCode.Jump) Stats.LoopsCompiled++;
                else Stats.EntryBridgesCompiled++;
            }
            epoch++;
        }
        catch (TraceTooLargeException)
        {
            rec.DontInlineLargest();
            Aborted(rec);
        }
    }

    internal void Aborted(TraceRecorder<TGreens, TFrame> rec)
    {
        Stats.Aborts++;
        if (rec.BridgeOf is { } exit) { exit.BridgeRefused = true; return; }
        var cell = rec.StartCell!;
        if (++cell.Aborts >= Params.MaxAborts) cell.DontTrace = true;
    }
}
