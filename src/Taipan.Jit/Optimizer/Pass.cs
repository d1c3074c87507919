using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Base of the optimizer passes. A pass walks the ops in order, rewriting arguments and resume lists
/// through its replacement map, and emits the ops it keeps. Passes consume their input trace.
/// </summary>
internal abstract class Pass
{
    protected readonly Dictionary<Value, Value> Map = new(ReferenceEqualityComparer.Instance);
    protected List<Op> Out = new();

    protected Value Get(Value v)
    {
        while (Map.TryGetValue(v, out var w)) v = w;
        return v;
    }

    protected void Replace(Value old, Value now) { if (!ReferenceEquals(old, now)) Map[old] = now; }

    /// <summary>Rewrites an op's arguments and resume values through the map (in place).</summary>
    protected void Remap(Op op)
    {
        var a = op.Args;
        for (int i = 0; i < a.Length; i++) a[i] = Get(a[i]);
        if (op.Resume != null) RemapResume(op.Resume, Get, new HashSet<VirtualValue>(ReferenceEqualityComparer.Instance));
    }

    internal static void RemapResume(Value?[] values, Func<Value, Value> get, HashSet<VirtualValue> seen)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v) continue;
            if (v is VirtualValue vv) { if (seen.Add(vv)) RemapResume(vv.Fields, get, seen); }
            else values[i] = get(v);
        }
    }

    public Trace Run(Trace t)
    {
        Out = new List<Op>(t.Ops.Count);
        Begin(t);
        var ops = t.Ops;
        for (int i = 0; i < ops.Count; i++) Visit(ops[i], i, ops);
        var r = new Trace(t.Inputs, Out);
        r.Assumptions.AddRange(t.Assumptions);
        return r;
    }

    protected virtual void Begin(Trace t) { }
    protected abstract void Visit(Op op, int index, List<Op> ops);

    protected static int LastLabel(List<Op> ops)
    {
        for (int i = ops.Count - 1; i >= 0; i--) if (ops[i].Code == OpCode.Label) return i;
        return -1;
    }
}
