using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>Copies ops under a value renaming (used by loop peeling and to retry a pass on a fresh copy).</summary>
internal sealed class TraceCopier
{
    readonly Dictionary<Value, Value> map = new(ReferenceEqualityComparer.Instance);

    public void Bind(Value from, Value to) => map[from] = to;

    public Value Get(Value v)
    {
        if (v is Const) return v;
        if (map.TryGetValue(v, out var w)) return w;
        if (v is VirtualValue vv)
        {
            var copy = new VirtualValue(vv.Class);
            map[v] = copy;
            for (int i = 0; i < vv.Fields.Length; i++) copy.Fields[i] = vv.Fields[i] is { } f ? Get(f) : null;
            return copy;
        }
        return v;
    }

    public Op Copy(Op op)
    {
        var args = new Value[op.Args.Length];
        for (int i = 0; i < args.Length; i++) args[i] = Get(op.Args[i]);
        var c = new Op(op.Code, args, op.Descr) { Layout = op.Layout, Name = null };
        if (op.Resume != null)
        {
            c.Resume = new Value[op.Resume.Length];
            for (int i = 0; i < c.Resume.Length; i++) c.Resume[i] = Get(op.Resume[i]);
        }
        if (op.Kind != Kind.Void) map[op] = c;
        return c;
    }

    public static Trace Clone(Trace t)
    {
        var c = new TraceCopier();
        var ops = new List<Op>(t.Ops.Count);
        foreach (var op in t.Ops) ops.Add(c.Copy(op));
        var r = new Trace(t.Inputs, ops);
        r.Assumptions.AddRange(t.Assumptions);
        return r;
    }
}
