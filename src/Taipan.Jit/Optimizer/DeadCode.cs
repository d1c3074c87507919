using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Removes ops whose results nobody needs (guards, stores, residual calls and calls that may raise
/// are needed), and loop-carried values the loop never reads (a label argument only fed back to itself).
/// </summary>
internal static class DeadCode
{
    public static Trace Run(Trace t)
    {
        var ops = t.Ops;
        int loopLabel = -1;
        for (int i = ops.Count - 1; i >= 0; i--) if (ops[i].Code == OpCode.Label) { loopLabel = i; break; }
        bool peeled = loopLabel > 0 && ops[loopLabel - 1].Code == OpCode.Jump && ops[^1].Code == OpCode.Jump;
        var live = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var labelArgs = loopLabel >= 0 ? ops[loopLabel].Args : Array.Empty<Value>();
        bool changed = true;
        while (changed)
        {
            int before = live.Count;
            for (int i = ops.Count - 1; i >= 0; i--)
            {
                var op = ops[i];
                if (op.Code == OpCode.Label) continue;
                if (op.Code == OpCode.Jump && peeled)
                {
                    for (int k = 0; k < op.Args.Length; k++) if (live.Contains(labelArgs[k])) Mark(op.Args[k], live);
                    continue;
                }
                if (!Needed(op, live)) continue;
                foreach (var a in op.Args) Mark(a, live);
                if (op.Resume != null) foreach (var r in op.Resume) Mark(r, live);
            }
            changed = live.Count != before;
        }
        var outOps = new List<Op>(ops.Count);
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            bool isLoopEdge = peeled && (i == loopLabel || (op.Code == OpCode.Jump && (i == loopLabel - 1 || i == ops.Count - 1)));
            if (isLoopEdge)
            {
                var kept = new List<Value>();
                for (int k = 0; k < op.Args.Length; k++) if (live.Contains(labelArgs[k])) kept.Add(op.Args[k]);
                op.Args = kept.ToArray();
                outOps.Add(op);
                continue;
            }
            if (op.Code == OpCode.Label || Needed(op, live)) outOps.Add(op);
        }
        var r2 = new Trace(t.Inputs, outOps);
        r2.Assumptions.AddRange(t.Assumptions);
        return r2;
    }

    static bool Needed(Op op, HashSet<Value> live)
    {
        if (op.IsGuard || op.Code.HasSideEffect() || op.Code.IsOvf()) return true;
        if (op.Code is OpCode.Jump or OpCode.Finish or OpCode.Label) return true;
        if (op.Code == OpCode.CallPure && ((CallDescr)op.Descr!).CanRaise) return true;
        return live.Contains(op);
    }

    static void Mark(Value v, HashSet<Value> live)
    {
        if (v is Const) return;
        if (v is VirtualValue vv)
        {
            if (!live.Add(vv)) return;
            foreach (var f in vv.Fields) if (f != null) Mark(f, live);
            return;
        }
        live.Add(v);
    }
}
