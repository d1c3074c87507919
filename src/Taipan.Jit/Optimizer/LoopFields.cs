using System.Reflection;
using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Heap values carried around a peeled loop in registers: a getfield in the loop body of an object defined
/// before the loop, read before anything in the body could have changed that field, reads what the
/// previous iteration (or the preamble) left there. When both the preamble's end and the body's end know
/// that value (they stored or read it), the read becomes a new label argument fed by the two jumps. The
/// stores stay (the interpreter sees memory as it expects at every exit); only the load, and with it the
/// store-to-load dependency through memory between iterations, goes. Measured: `for i in range(n): pass`
/// kept the range iterator's index in memory (load, add, store every iteration: ~2.5 ns an iteration).
/// </summary>
internal static class LoopFields
{
    public static Trace Run(Trace t)
    {
        var ops = t.Ops;
        int label = -1;
        for (int i = ops.Count - 1; i >= 0; i--) if (ops[i].Code == OpCode.Label) { label = i; break; }
        if (label < 1 || ops[label - 1].Code != OpCode.Jump || ops[^1].Code != OpCode.Jump) return t;

        var bodyDefs = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var a in ops[label].Args) bodyDefs.Add(a);
        for (int i = label + 1; i < ops.Count; i++) bodyDefs.Add(ops[i]);

        var pre = new Dictionary<(Value, FieldInfo), Value>();
        for (int i = 0; i < label - 1; i++) Track(pre, ops[i]);

        var state = new Dictionary<(Value, FieldInfo), Value>();
        var written = new HashSet<FieldInfo>();
        bool called = false;
        var candidates = new List<(Op get, (Value, FieldInfo) key)>();
        for (int i = label + 1; i < ops.Count - 1; i++)
        {
            var op = ops[i];
            if (op.Code == OpCode.GetField && !called)
            {
                var f = ((FieldDescr)op.Descr!).Field;
                var key = (op.Args[0], f);
                if (!f.IsInitOnly && !written.Contains(f) && !state.ContainsKey(key) && !bodyDefs.Contains(op.Args[0]) && op.Args[0] is not VirtualValue)
                    candidates.Add((op, key));
            }
            if (op.Code == OpCode.SetField) written.Add(((FieldDescr)op.Descr!).Field);
            if (op.Code == OpCode.Call) called = true;
            Track(state, op);
        }
        if (candidates.Count == 0) return t;

        var map = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        var preArgs = new List<Value>(ops[label - 1].Args);
        var labelArgs = new List<Value>(ops[label].Args);
        var ends = new List<Value>();
        foreach (var (get, key) in candidates)
        {
            if (!pre.TryGetValue(key, out var vpre) || !state.TryGetValue(key, out var vend)) continue;
            var carried = new InputArg(get.Kind);
            map[get] = carried;
            preArgs.Add(vpre);
            labelArgs.Add(carried);
            ends.Add(vend);
        }
        if (map.Count == 0) return t;

        Value Get(Value v) => map.TryGetValue(v, out var w) ? w : v;
        var outOps = new List<Op>(ops.Count);
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (i > label && map.ContainsKey(op)) continue;
            if (i > label)
            {
                for (int k = 0; k < op.Args.Length; k++) op.Args[k] = Get(op.Args[k]);
                if (op.Resume != null) Pass.RemapResume(op.Resume, Get, new HashSet<VirtualValue>(ReferenceEqualityComparer.Instance));
            }
            outOps.Add(op);
        }
        ops[label - 1].Args = preArgs.ToArray();
        ops[label].Args = labelArgs.ToArray();
        var jump = ops[^1];
        var jargs = new List<Value>(jump.Args);
        foreach (var v in ends) jargs.Add(Get(v));
        jump.Args = jargs.ToArray();

        var r = new Trace(t.Inputs, outOps);
        r.Assumptions.AddRange(t.Assumptions);
        return r;
    }

    /// <summary>What is known to be in memory after <paramref name="op"/> (HeapCache's rules).</summary>
    static void Track(Dictionary<(Value, FieldInfo), Value> state, Op op)
    {
        switch (op.Code)
        {
            case OpCode.GetField:
            {
                var key = (op.Args[0], ((FieldDescr)op.Descr!).Field);
                state.TryAdd(key, op);
                break;
            }
            case OpCode.SetField:
            {
                var f = ((FieldDescr)op.Descr!).Field;
                var stale = new List<(Value, FieldInfo)>();
                foreach (var k in state.Keys) if (k.Item2 == f && !ReferenceEquals(k.Item1, op.Args[0])) stale.Add(k);
                foreach (var k in stale) state.Remove(k);
                state[(op.Args[0], f)] = op.Args[1];
                break;
            }
            case OpCode.Call:
            {
                var stale = new List<(Value, FieldInfo)>();
                foreach (var k in state.Keys) if (!k.Item2.IsInitOnly) stale.Add(k);
                foreach (var k in stale) state.Remove(k);
                break;
            }
        }
    }
}
