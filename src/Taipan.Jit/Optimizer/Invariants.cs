using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Loop-invariant code motion, for a peeled loop: a label argument the loop passes back unchanged is
/// the preamble's value for good, so the loop uses that value and the argument disappears. The next
/// ConstFold/HeapCache then finds the loop's copies of invariant guards and computations already done
/// in the preamble and removes them: they have moved out of the loop.
/// </summary>
internal sealed class Invariants : Pass
{
    int loopLabel;
    bool[] invariant = Array.Empty<bool>();

    protected override void Begin(Trace t)
    {
        loopLabel = LastLabel(t.Ops);
        if (loopLabel < 1 || t.Ops[loopLabel - 1].Code != OpCode.Jump || t.Ops[^1].Code != OpCode.Jump) { loopLabel = -1; return; }
        var la = t.Ops[loopLabel].Args;
        var pa = t.Ops[loopLabel - 1].Args;
        var ja = t.Ops[^1].Args;
        invariant = new bool[la.Length];
        for (int k = 0; k < la.Length; k++)
        {
            invariant[k] = ReferenceEquals(ja[k], la[k]) || (ReferenceEquals(ja[k], pa[k]) && !Array.Exists(la, x => ReferenceEquals(x, pa[k])));
            if (invariant[k]) Replace(la[k], pa[k]);
        }
    }

    protected override void Visit(Op op, int index, List<Op> ops)
    {
        if (loopLabel >= 0 && (index == loopLabel || index == loopLabel - 1 || index == ops.Count - 1))
        {
            if (index != loopLabel) Remap(op);
            var kept = new List<Value>();
            for (int k = 0; k < op.Args.Length; k++) if (!invariant[k]) kept.Add(op.Args[k]);
            op.Args = kept.ToArray();
            Out.Add(op);
            return;
        }
        Remap(op);
        Out.Add(op);
    }
}
