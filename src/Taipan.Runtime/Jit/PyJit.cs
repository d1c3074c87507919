using Taipan.Jit.Driver;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Jit;

/// <summary>
/// The Python interpreter's side of the tracing JIT (DESIGN §6): the jit driver with greens = (code, pc)
/// and the frame as the virtualizable red. Its slots are the frame's locals-plus and value stack, plus one
/// extra slot holding the frame itself (so traces can pass it to helpers that need the frame).
///
/// Integration shape (measured, see PyJit.Recording.cs): the interpreter loop is not generic over a trace
/// mode; its only hook is at JUMP_BACKWARD (<see cref="BackEdge"/>). Recording runs in a separate step loop
/// that, for each instruction, first records it from the concrete frame values, then executes it with the
/// interpreter's own helpers; on an instruction it does not know it aborts and hands the frame back to the
/// interpreter before that instruction. So the JIT-off path pays one field test per backward jump.
/// </summary>
internal sealed partial class PyJit : IJitInterpreter<PyPos, Frame>
{
    public readonly JitDriver<PyPos, Frame> Driver;
    /// <summary>An exception to raise at the frame's LastI after <see cref="BackEdge"/> returned true.</summary>
    public PyBaseException? Pending;
    /// <summary>Second result of LOAD_METHOD's helper (see EvalLoop.JitLoadMethod).</summary>
    public PyObject? LastSelf;

    public PyJit(JitParams p) { Driver = new JitDriver<PyPos, Frame>(this, p); }

    /// <summary>
    /// The JIT parameters from -X options: `-X jit=off` disables it; `-X jit-threshold=N` sets the loop,
    /// function and bridge thresholds to N (1 = everything is traced at once, for differential testing);
    /// `-X jit-inline=N` follows Python calls N deep (0: every call is residual).
    /// Returns null when the JIT is off.
    /// </summary>
    public static PyJit? FromXOptions(List<string> xoptions)
    {
        // A NativeAOT build (TaipanAot=true) has no Reflection.Emit, which the CIL backend compiles traces with:
        // the interpreter runs alone there, whatever -X asks.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported) return null;
        var p = new JitParams { BridgesInInlinedFrames = true };
        bool on = DefaultOn;
        foreach (var x in xoptions)
        {
            if (x == "jit=off" || x == "jit=0") on = false;
            else if (x == "jit=on" || x == "jit=1" || x == "jit") on = true;
            else if (x.StartsWith("jit-inline=", StringComparison.Ordinal) && int.TryParse(x.AsSpan(11), out int depth) && depth >= 0)
                p.InlineDepth = depth;
            else if (x.StartsWith("jit-threshold=", StringComparison.Ordinal) && int.TryParse(x.AsSpan(14), out int n) && n > 0)
            {
                on = true;
                p.LoopThreshold = n;
                p.FunctionThreshold = n;
                p.BridgeThreshold = Math.Min(n, p.BridgeThreshold);
            }
        }
        if (!on) return null;
        var jit = new PyJit(p);
        if (xoptions.Contains("jit-log")) jit.Driver.OnTrace = t => Console.Error.WriteLine(Taipan.Jit.IR.TracePrinter.Print(t));
        if (xoptions.Contains("jit-stats")) AppDomain.CurrentDomain.ProcessExit += (_, _) => jit.PrintStats();
        return jit;
    }

    /// <summary>
    /// Without -X options: the default threshold is JitParams' 1039 back-edges (PyPy's): a loop that runs
    /// fewer iterations spends ~0.1 ms in the interpreter, less than the ~2 ms a trace costs to compile.
    /// </summary>
    public const bool DefaultOn = true;

    readonly Dictionary<string, int> abortReasons = new();
    readonly Dictionary<JitCell, LoopStats> loopStats = new();
    LoopStats recordingStats = new();
    bool recordingBridge;

    /// <summary>`-X jit-stats`: counters on stderr at exit (loops compiled, aborts and why, deopts).</summary>
    void PrintStats() => Console.Error.Write(StatsText());

    /// <summary>The counters and abort reasons, one `jit: ...` line each (also what a failing JIT test prints).</summary>
    internal int LoopsGivenUp
    {
        get
        {
            int n = 0;
            foreach (var st in loopStats.Values) if (st.GivenUp) n++;
            return n;
        }
    }

    internal string StatsText()
    {
        var st = Driver.Stats;
        var sb = new System.Text.StringBuilder();
        sb.Append($"jit: loops {st.LoopsCompiled}, bridges {st.BridgesCompiled}, entry bridges {st.EntryBridgesCompiled}, aborts {st.Aborts}, deopts {st.Deopts}, bridge runs {st.BridgeRuns}, optimise {st.OptimizeMs:F1} ms, emit {st.EmitMs:F1} ms, RyuJIT {st.JitMs:F1} ms, IL {st.ILBytes} bytes\n");
        if (inlinedCalls > 0) sb.Append($"jit: inlined calls recorded {inlinedCalls} ({specialInlined} __init__ or dunder), inlined frames rebuilt {framesRebuilt}\n");
        int givenUp = LoopsGivenUp;
        if (givenUp > 0) sb.Append($"jit: loops given up (bridges dominate): {givenUp}\n");
        if (st.LoopsGivenUp > 0) sb.Append($"jit: loops given up (exceptions dominate): {st.LoopsGivenUp}\n");
        foreach (var kv in abortReasons) sb.Append($"jit: abort {kv.Key}: {kv.Value}\n");
        foreach (var ls in loopStats.Values)
        {
            var e = ls.Cell?.Entry;
            sb.Append($"jit: loop {ls.Cell?.GreensText}{(ls.GivenUp ? " (given up)" : "")}: retraces {ls.Retraces}, bridge runs {ls.BridgeRuns}");
            if (e != null) sb.Append($", entries {e.Entries}, iterations {e.Iterations}, deopts {e.Deopts}, bridge exits {e.BridgeExits}");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    void CountAbort(string reason)
    {
        abortReasons.TryGetValue(reason, out int n);
        abortReasons[reason] = n + 1;
    }

    // ---- IJitInterpreter: the virtualizable frame ----
    public int SlotCount(Frame f) => f.Slots.Length + 1;
    public object? GetSlot(Frame f, int i) => i < f.Slots.Length ? f.Slots[i].V : f;
    public void SetSlot(Frame f, int i, object? v) { if (i < f.Slots.Length) f.Slots[i].V = (PyObject?)v; }
    public void GetSlots(Frame f, object?[] dest, int count)
    {
        var slots = f.Slots;
        int n = Math.Min(count, slots.Length);
        for (int i = 0; i < n; i++) dest[i] = slots[i].V;
        if (count > slots.Length) dest[slots.Length] = f;
    }
    public void SetSlots(Frame f, object?[] src, int count)
    {
        var slots = f.Slots;
        int n = Math.Min(count, slots.Length);
        for (int i = 0; i < n; i++) slots[i].V = (PyObject?)src[i];
    }
    public void SetPosition(Frame f, PyPos at) { f.Pc = at.Pc; f.Sp = at.Sp; f.LastI = at.Last; }
    /// <summary>An inlined call's frame (its extra slot holds the called function, see PyJit.Inline.cs).</summary>
    public Frame NewFrame(PyPos at, ReadOnlySpan<object?> slots)
    {
        var fr = NewInlinedFrame(at.Code, (PyFunction)slots[^1]!);
        NoteResumedSpecial(fr, slots);
        return fr;
    }

    /// <summary>
    /// JUMP_BACKWARD to <paramref name="target"/> with <paramref name="sp"/> the stack depth: counts, runs a
    /// compiled loop, or records one. True when the frame's state changed: the interpreter continues in
    /// ts.Frame (f, or the innermost frame of an inlined call the trace left from: PyJit.Inline.cs), reloads
    /// its Pc and Sp, then raises <see cref="Pending"/> (at its LastI) if set.
    /// </summary>
    public bool BackEdge(Frame f, int target, int sp)
    {
        var code = f.Code;
        // traced code runs in the interpreter only (Interpreter/Tracing.cs)
        if (code.Instrumented) return false;
        var cells = code.JitCells ??= new JitCell?[code.Words.Length];
        var pos = new PyPos(code, target, sp);
        var cell = cells[target] ??= Driver.Cell(pos);
        f.Pc = target;
        f.Sp = sp;
        if (Taipan.Jit.Backend.JitBreak.Pending != 0)
        {
            // lowered before its conditions are read (the interpreter just handled them): a request made
            // meanwhile either raises it again or is seen here and raised again, never lost
            Taipan.Jit.Backend.JitBreak.Pending = 0;
            if (EvalLoop.JitBreaker() != 0) Taipan.Jit.Backend.JitBreak.Request();
        }
        bool compiled = cell.Entry is { } e0 && !e0.Flag.Invalid;
        switch (Driver.CanEnterJit(cell, pos, f))
        {
            case JitAction.Continue:
                return false;
            case JitAction.StartRecording:
            {
                // a bridge starts where its guard failed: the driver has already rebuilt the frame there; a trace
                // that finished at another loop's header may start recording that loop
                compiled = Driver.Recorder.RecordingBridge;
                var rcell = compiled ? cell : Driver.Recorder.RecordingCell ?? cell;
                if (!loopStats.TryGetValue(rcell, out var st)) loopStats[rcell] = st = new LoopStats { Cell = rcell };
                if (!compiled)
                {
                    if (!st.Valid.IsValid) st.Valid = new Taipan.Jit.IR.Assumption("loop");
                    st.BridgeRuns = 0;
                }
                recordingStats = st;
                recordingBridge = compiled;
                var start = f;
                if (Driver.ResumedFrames is { } calls)
                {
                    // a bridge from a guard inside inlined calls starts in the innermost rebuilt frame
                    Driver.ResumedFrames = null;
                    PushResumed(f, calls);
                    if (AnySpecial(calls))
                    {
                        // not from inside an inlined __init__ or dunder (PyJit.InlineSpecial.cs): the frames finish nested
                        CountAbort("bridge inside an inlined __init__ or dunder");
                        Driver.Recorder.Abort("bridge inside an inlined __init__ or dunder");
                        FinishSpecialFrames(f);
                        return true;
                    }
                    start = calls[^1];
                }
                Record(f, start);
                FinishSpecialFrames(f);
                return true;
            }
            default:
                if (Driver.PendingException is { } e)
                {
                    Driver.PendingException = null;
                    Pending = ToPython(e);
                }
                if (Driver.ResumedFrames is { } inner)
                {
                    Driver.ResumedFrames = null;
                    PushResumed(f, inner);
                    FinishSpecialFrames(f);
                }
                return true;
        }
    }

    internal static bool IsFatal(Exception e) => e is OutOfMemoryException || e is StackOverflowException || e is ThreadInterruptedException;

    /// <summary>What the interpreter's catch clauses make of an exception thrown by a helper.</summary>
    internal static PyBaseException ToPython(Exception e) => e switch
    {
        PyException pe => pe.Value,
        InsufficientExecutionStackException => PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded").Value,
        _ => Errors.FromDotNet(e).Value,
    };
}
