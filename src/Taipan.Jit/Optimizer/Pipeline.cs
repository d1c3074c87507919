using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>The optimizer: small passes run in order over the trace, each tested alone.</summary>
public static class Pipeline
{
    /// <summary>Peel loops whose trace is at most this long (peeling doubles it).</summary>
    public static int MaxOpsToPeel = 2500;

    public static Trace Optimize(Trace t)
    {
        bool peel = Unroll.Applies(t) && t.Ops.Count <= MaxOpsToPeel;
        if (peel) t = Unroll.Run(t);
        else peel = IsPeeled(t);
        t = new ConstFold().Run(t);
        t = new HeapCache().Run(t);
        t = RemoveAllocations(t);
        t = new ConstFold().Run(t);
        if (peel)
        {
            for (int i = 0; i < 2; i++)
            {
                t = new Invariants().Run(t);
                t = new ConstFold().Run(t);
                t = new HeapCache().Run(t);
            }
            t = LoopFields.Run(t);
        }
        return DeadCode.Run(t);
    }

    static bool IsPeeled(Trace t)
    {
        int last = t.Ops.FindLastIndex(o => o.Code == OpCode.Label);
        return last > 0 && t.Ops[last - 1].Code == OpCode.Jump && t.Ops[^1].Code == OpCode.Jump;
    }

    /// <summary>Virtuals, retried without exploding a label argument whose shape the loop does not keep.</summary>
    internal static Trace RemoveAllocations(Trace t)
    {
        var noExplode = new HashSet<int>();
        while (true)
        {
            var pass = new Virtuals(noExplode);
            var r = pass.Run(TraceCopier.Clone(t));
            if (pass.FailedPosition < 0) return r;
            noExplode.Add(pass.FailedPosition);
        }
    }
}
