using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Loop peeling: label(I) body jump(J) becomes label(I) body jump(J) label(L) body' jump(J'), where
/// body' is a copy of body on fresh label arguments L. Jumps go to the last label, so the first copy
/// is a preamble run once. Later passes remove from the loop what the preamble already did (guards,
/// invariant computations) and pass boxes that do not escape through the label as their fields.
/// </summary>
internal static class Unroll
{
    public static bool Applies(Trace t) =>
        t.Ops.Count > 1 && t.Ops[0].Code == OpCode.Label && t.Ops[^1].Code == OpCode.Jump && Pass_LastLabel(t.Ops) == 0;

    static int Pass_LastLabel(List<Op> ops)
    {
        for (int i = ops.Count - 1; i >= 0; i--) if (ops[i].Code == OpCode.Label) return i;
        return -1;
    }

    public static Trace Run(Trace t)
    {
        var label = t.Ops[0];
        var copier = new TraceCopier();
        var fresh = new Value[label.Args.Length];
        for (int k = 0; k < fresh.Length; k++)
        {
            fresh[k] = new InputArg(label.Args[k].Kind);
            copier.Bind(label.Args[k], fresh[k]);
        }
        var ops = new List<Op>(t.Ops.Count * 2);
        ops.AddRange(t.Ops);
        ops.Add(new Op(OpCode.Label, fresh));
        for (int i = 1; i < t.Ops.Count; i++) ops.Add(copier.Copy(t.Ops[i]));
        var r = new Trace(t.Inputs, ops);
        r.Assumptions.AddRange(t.Assumptions);
        return r;
    }
}
