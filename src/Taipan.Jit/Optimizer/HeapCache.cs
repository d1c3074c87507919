using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Removes redundant heap reads and writes: a getfield after a setfield or getfield of the same field
/// of the same object reuses the value; a setfield storing what is known to be there is dropped.
/// A store to a field forgets that field on other objects (they may alias); residual calls forget
/// every mutable field; the loop label forgets mutable fields (the previous iteration wrote them).
/// Immutable fields are never forgotten.
/// </summary>
internal sealed class HeapCache : Pass
{
    // keyed by the CLR field: descrs of a base field seen through two classes alias
    readonly Dictionary<(Value obj, System.Reflection.FieldInfo field), Value> fields = new();
    readonly Dictionary<(Value arr, long index, Descr d), Value> items = new();
    int loopLabel;

    protected override void Begin(Trace t) => loopLabel = LastLabel(t.Ops);

    void ForgetMutable()
    {
        var keep = new List<KeyValuePair<(Value, System.Reflection.FieldInfo), Value>>();
        foreach (var kv in fields) if (kv.Key.field.IsInitOnly) keep.Add(kv);
        fields.Clear();
        foreach (var kv in keep) fields[kv.Key] = kv.Value;
        items.Clear();
    }

    static System.Reflection.FieldInfo F(Op op) => ((FieldDescr)op.Descr!).Field;

    protected override void Visit(Op op, int index, List<Op> ops)
    {
        Remap(op);
        var a = op.Args;
        switch (op.Code)
        {
            case OpCode.Label:
                if (index == loopLabel) ForgetMutable();
                break;
            case OpCode.GetField:
                if (fields.TryGetValue((a[0], F(op)), out var known)) { Replace(op, known); return; }
                fields[(a[0], F(op))] = op;
                break;
            case OpCode.SetField:
            {
                var key = (a[0], F(op));
                if (fields.TryGetValue(key, out var cur) && ReferenceEquals(cur, a[1])) return;
                var stale = new List<(Value, System.Reflection.FieldInfo)>();
                foreach (var k in fields.Keys) if (k.field == F(op) && !ReferenceEquals(k.obj, a[0])) stale.Add(k);
                foreach (var k in stale) fields.Remove(k);
                fields[key] = a[1];
                break;
            }
            case OpCode.GetArrayItem when a[1] is Const ci:
                if (items.TryGetValue((a[0], ci.I, op.Descr!), out var item)) { Replace(op, item); return; }
                items[(a[0], ci.I, op.Descr!)] = op;
                break;
            case OpCode.SetArrayItem:
            {
                if (a[1] is Const cs && items.TryGetValue((a[0], cs.I, op.Descr!), out var cur) && ReferenceEquals(cur, a[2])) return;
                var stale = new List<(Value, long, Descr)>();
                foreach (var k in items.Keys) if (k.d == op.Descr) stale.Add(k);
                foreach (var k in stale) items.Remove(k);
                if (a[1] is Const c2) items[(a[0], c2.I, op.Descr!)] = a[2];
                break;
            }
            case OpCode.Call:
                ForgetMutable();
                break;
        }
        Out.Add(op);
    }
}
