namespace Taipan.Compiler.Bytecode;

/// <summary>An exception handler while a code object is being built; its depth comes from the
/// stack-depth pass at the SETUP_HANDLER pseudo-instruction that opened it.</summary>
internal sealed class Handler
{
    public int Label;
    public bool PushLasti;
    /// <summary>A with-statement handler: its depth excludes the __enter__ result on the stack at setup.</summary>
    public bool ForWith;
    public int Depth = -1;
}

/// <summary>
/// Instruction list of one code object under construction, with labels, the active
/// exception handler recorded per instruction at emission time, and the assembler
/// (stack depth, word offsets, exception table, positions).
/// </summary>
internal sealed partial class CodeBuilder
{
    internal struct Instr
    {
        public OpCode Op;
        public int Arg;     // operand, or label id for jumps
        public int Aux;     // extra bits carried in the cache word (COMPARE_JUMP_IF_FALSE: the comparison)
        public SourcePosition Pos;
        public Handler? Handler;
        /// <summary>SETUP_HANDLER: the handler it opens.</summary>
        public Handler? Opens;
    }

    private readonly List<Instr> _instrs = new();
    private readonly List<int> _labels = new();   // label id → instruction index, -1 unmarked
    private readonly List<Handler> _handlerStack = new();

    public SourcePosition Position;

    public int Count => _instrs.Count;
    internal List<Instr> Instructions => _instrs;

    public int NewLabel()
    {
        _labels.Add(-1);
        return _labels.Count - 1;
    }

    public void Mark(int label) => _labels[label] = _instrs.Count;

    public void Emit(OpCode op, int arg = 0, int aux = 0)
    {
        if ((uint)arg > 0xFFFFFF) throw new InvalidOperationException("SystemError: operand too large for " + op);
        _instrs.Add(new Instr { Op = op, Arg = arg, Aux = aux, Pos = Position, Handler = CurrentHandler });
    }

    public void EmitJump(OpCode op, int label, int aux = 0) => Emit(op, label, aux);

    public OpCode LastOp => _instrs.Count == 0 ? OpCode.NOP : _instrs[^1].Op;

    public Handler? CurrentHandler => _handlerStack.Count == 0 ? null : _handlerStack[^1];

    /// <summary>Opens a protected range whose handler starts at <paramref name="label"/>.</summary>
    public Handler PushHandler(int label, bool pushLasti, bool forWith = false)
    {
        var h = new Handler { Label = label, PushLasti = pushLasti, ForWith = forWith };
        // Aux carries the lasti bit (bit 0) and the with-statement bit (bit 1) for stack effects.
        _instrs.Add(new Instr { Op = OpCode.SETUP_HANDLER, Arg = label, Aux = (pushLasti ? 1 : 0) | (forWith ? 2 : 0), Pos = Position, Handler = CurrentHandler, Opens = h });
        _handlerStack.Add(h);
        return h;
    }

    /// <summary>Whether a label is marked at the current end (so the code there is reachable).</summary>
    public bool LabelAtEnd()
    {
        foreach (int pos in _labels) if (pos == _instrs.Count) return true;
        return false;
    }

    public bool IsMarked(int label) => _labels[label] >= 0;

    public void PopHandler() => _handlerStack.RemoveAt(_handlerStack.Count - 1);

    /// <summary>Re-activates a handler after code emitted outside it (an unwinding jump).</summary>
    public void RestoreHandler(Handler h) => _handlerStack.Add(h);

    public Handler[] SaveHandlers() => _handlerStack.ToArray();

    public void SetHandlers(Handler[] hs)
    {
        _handlerStack.Clear();
        _handlerStack.AddRange(hs);
    }

    // ---------------------------------------------------------------- assembly

    public int ComputeStackDepth() => ComputeStackDepth(out _);

    /// <summary>Max stack depth; <paramref name="depth"/> is int.MinValue for unreachable instructions.</summary>
    public int ComputeStackDepth(out int[] depth)
    {
        int n = _instrs.Count;
        depth = new int[n + 1];
        for (int i = 0; i < depth.Length; i++) depth[i] = int.MinValue; // not Array.Fill<int>: jitted at start-up, not precompiled
        // An int array as the work stack: Stack<int> is not precompiled, and every start-up compiles (-c, .pth lines).
        var work = new int[16];
        int top = 0;
        int max = 0;
        var depthArr = depth;
        void Reach(int i, int d)
        {
            if (d < 0) throw new InvalidOperationException($"SystemError: negative stack depth at instruction {i}");
            if (i >= n) return;
            if (depthArr[i] != int.MinValue && depthArr[i] >= d) return;
            depthArr[i] = d;
            if (top == work.Length)
            {
                var bigger = new int[top * 2];
                Array.Copy(work, bigger, top);
                work = bigger;
            }
            work[top++] = i;
        }
        if (n > 0) Reach(0, 0);
        while (top > 0)
        {
            int i = work[--top];
            int d = depth[i];
            while (i < n)
            {
                var ins = _instrs[i];
                if (d > max) max = d;
                int effArg = ins.Op == OpCode.SETUP_HANDLER ? ins.Aux : ins.Arg;
                if (ins.Op == OpCode.SETUP_HANDLER)
                {
                    var h = ins.Opens!;
                    h.Depth = h.ForWith ? d - 1 : d;
                }
                if (OpInfo.IsJump(ins.Op))
                {
                    int jd = d + OpInfo.StackEffect(ins.Op, effArg, true);
                    if (jd > max) max = jd;
                    Reach(_labels[ins.Arg], jd);
                }
                if (OpInfo.IsTerminator(ins.Op)) break;
                d += OpInfo.StackEffect(ins.Op, effArg, false);
                if (d > max) max = d;
                if (d < 0) throw new InvalidOperationException($"SystemError: negative stack depth after {ins.Op} at {i}");
                i++;
                if (i < n && depth[i] != int.MinValue && depth[i] >= d) break;
                if (i < n) depth[i] = d;
            }
        }
        return max;
    }

    public CodeObject Assemble(CodeUnitInfo u)
    {
        ShapeLines(u.FirstLineNo);
        int stack = ComputeStackDepth(out var depth);
        int n = _instrs.Count;
        // Unreachable code is dropped (as CPython does), then constants nothing loads any more;
        // co_consts[0] stays (a function's docstring slot).
        RemoveUnreachable(depth);
        RemoveUnusedConsts(u);
        var offset = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++) { offset[i] = w; w += _instrs[i].Op == OpCode.NOP && _dead[i] ? 0 : OpInfo.Width(_instrs[i].Op); }
        offset[n] = w;
        var code = new int[w];
        var positions = new SourcePosition[w];
        var exc = new List<ExceptionTableEntry>();
        int cache = 0;
        Handler? runHandler = null;
        int runStart = 0;
        for (int i = 0; i < n; i++)
        {
            var ins = _instrs[i];
            if (ins.Op == OpCode.SETUP_HANDLER || _dead[i]) continue;
            int at = offset[i];
            if (ins.Handler != runHandler)
            {
                FlushRun(exc, runHandler, runStart, at, offset);
                runHandler = ins.Handler;
                runStart = at;
            }
            int arg = OpInfo.IsJump(ins.Op) ? offset[_labels[ins.Arg]] : ins.Arg;
            code[at] = (int)ins.Op | (arg << 8);
            positions[at] = ins.Pos;
            if (OpInfo.HasCache(ins.Op))
            {
                code[at + 1] = ins.Op == OpCode.COMPARE_JUMP_IF_FALSE ? (cache << 4) | ins.Aux : cache;
                cache++;
                positions[at + 1] = ins.Pos;
            }
        }
        FlushRun(exc, runHandler, runStart, w, offset);
        return new CodeObject
        {
            Code = code,
            ArgCount = u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            StackSize = stack,
            Flags = u.Flags,
            Consts = u.Consts,
            Names = u.Names,
            VarNames = u.VarNames,
            CellVars = u.CellVars,
            FreeVars = u.FreeVars,
            Filename = u.Filename,
            Name = u.Name,
            QualName = u.QualName,
            FirstLineNo = u.FirstLineNo,
            LineTable = LineTable.Encode(positions),
            ExceptionTable = exc.ToArray(),
            CacheCount = cache,
        };
    }

    private bool[] _dead = [];

    private void RemoveUnreachable(int[] depth)
    {
        int n = _instrs.Count;
        _dead = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (depth[i] != int.MinValue) continue;
            _dead[i] = true;
            // Keep the slot but make it zero-width: labels may still point here.
            var ins = _instrs[i];
            ins.Op = OpCode.NOP;
            ins.Arg = 0;
            ins.Handler = null;
            _instrs[i] = ins;
        }
    }

    private void RemoveUnusedConsts(CodeUnitInfo u)
    {
        int count = u.Consts.Length;
        if (count == 0) return;
        var used = new bool[count];
        used[0] = true;
        foreach (var ins in _instrs)
            if (ins.Op == OpCode.LOAD_CONST) used[ins.Arg] = true;
        int kept = 0;
        var remap = new int[count];
        for (int i = 0; i < count; i++) remap[i] = used[i] ? kept++ : -1;
        if (kept == count) return;
        var consts = new object[kept];
        for (int i = 0; i < count; i++) if (used[i]) consts[remap[i]] = u.Consts[i];
        u.Consts = consts;
        for (int i = 0; i < _instrs.Count; i++)
        {
            var ins = _instrs[i];
            if (ins.Op != OpCode.LOAD_CONST) continue;
            ins.Arg = remap[ins.Arg];
            _instrs[i] = ins;
        }
    }

    private void FlushRun(List<ExceptionTableEntry> exc, Handler? h, int start, int end, int[] offset)
    {
        if (h is null || end <= start) return;
        int target = offset[_labels[h.Label]];
        // Unreachable protected code has no computed depth; it can never raise.
        if (h.Depth < 0) return;
        if (exc.Count > 0)
        {
            var last = exc[^1];
            if (last.End == start && last.Handler == target && last.Depth == h.Depth && last.PushLasti == h.PushLasti)
            {
                exc[^1] = last with { End = end };
                return;
            }
        }
        exc.Add(new ExceptionTableEntry(start, end, target, h.Depth, h.PushLasti));
    }
}

/// <summary>The co_* values the compiler hands to the assembler.</summary>
internal sealed class CodeUnitInfo
{
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, FirstLineNo;
    public CodeFlags Flags;
    public object[] Consts = [];
    public string[] Names = [], VarNames = [], CellVars = [], FreeVars = [];
    public string Filename = "", Name = "", QualName = "";
}
