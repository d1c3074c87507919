using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Allocation removal. A `new` becomes a virtual: its fields are tracked, getfield/setfield on it
/// disappear, guards on its class or non-nullness fold. It is materialised (new + setfields, where it
/// escapes) only when it escapes; guards that fail rebuild it from their resume data (VirtualValue).
/// In a peeled loop, a virtual passed to the loop label is passed as its fields (exploded), so boxes
/// carried from one iteration to the next are never allocated. If the loop's jump does not pass a
/// virtual of the same shape, <see cref="FailedPosition"/> says which label argument to leave alone.
/// </summary>
internal sealed class Virtuals : Pass
{
    sealed class VObj
    {
        public readonly ClassDescr Class;
        public readonly Value?[] Fields;
        public VObj(ClassDescr c) { Class = c; Fields = new Value?[c.Fields.Length]; }
    }

    sealed class Shape
    {
        public readonly ClassDescr Class;
        public readonly Shape?[] Fields; // null: the field is a leaf (a label argument)
        public Shape(ClassDescr c) { Class = c; Fields = new Shape?[c.Fields.Length]; }
    }

    readonly Dictionary<Value, VObj> virt = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<int> noExplode;
    int loopLabel;
    bool peeled;
    Shape?[] shapes = Array.Empty<Shape?>();
    int[] aliasOf = Array.Empty<int>(); // a label argument that is the same virtual as an earlier one
    public int FailedPosition = -1;

    public Virtuals(HashSet<int> noExplode) { this.noExplode = noExplode; }

    protected override void Begin(Trace t)
    {
        loopLabel = LastLabel(t.Ops);
        peeled = loopLabel > 0 && t.Ops[loopLabel - 1].Code == OpCode.Jump && t.Ops[^1].Code == OpCode.Jump;
    }

    bool IsVirtual(Value v) => virt.ContainsKey(v);

    static Const Default(Kind k) => k == Kind.Int ? Const.Int(0) : k == Kind.Float ? Const.Float(0) : Const.Null;

    /// <summary>Materialises a virtual where it escapes; returns the real value.</summary>
    Value Force(Value v)
    {
        v = Get(v);
        if (!virt.TryGetValue(v, out var vo)) return v;
        virt.Remove(v);
        Op alloc;
        if (v is Op { Code: OpCode.New } newOp) alloc = newOp;
        else { alloc = new Op(OpCode.New, Array.Empty<Value>(), vo.Class); Replace(v, alloc); }
        Out.Add(alloc);
        for (int i = 0; i < vo.Fields.Length; i++)
        {
            if (vo.Fields[i] is not { } fv) continue;
            var real = Force(fv);
            Out.Add(new Op(OpCode.SetField, new[] { alloc, real }, vo.Class.Fields[i]));
        }
        return alloc;
    }

    void ForceArgs(Op op)
    {
        for (int i = 0; i < op.Args.Length; i++) op.Args[i] = Force(op.Args[i]);
    }

    void SnapshotResume(Op op)
    {
        if (op.Resume == null) return;
        var memo = new Dictionary<Value, VirtualValue>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < op.Resume.Length; i++)
        {
            if (op.Resume[i] is VirtualValue) continue;
            // forcing this op's arguments may have just materialised a virtual the list still names
            var v = op.Resume[i] = Get(op.Resume[i]);
            if (IsVirtual(v)) op.Resume[i] = Snap(v, memo);
        }
    }

    VirtualValue Snap(Value v, Dictionary<Value, VirtualValue> memo)
    {
        if (memo.TryGetValue(v, out var done)) return done;
        var vo = virt[v];
        var vv = new VirtualValue(vo.Class);
        memo[v] = vv;
        for (int i = 0; i < vo.Fields.Length; i++)
        {
            if (vo.Fields[i] is not { } f) continue;
            f = Get(f);
            vv.Fields[i] = IsVirtual(f) ? Snap(f, memo) : f;
        }
        return vv;
    }

    protected override void Visit(Op op, int index, List<Op> ops)
    {
        Remap(op);
        var a = op.Args;
        switch (op.Code)
        {
            case OpCode.New:
                virt[op] = new VObj((ClassDescr)op.Descr!);
                return;
            case OpCode.SetField when IsVirtual(a[0]):
                virt[a[0]].Fields[((FieldDescr)op.Descr!).Index] = a[1];
                return;
            case OpCode.GetField when IsVirtual(a[0]):
            {
                var f = (FieldDescr)op.Descr!;
                Replace(op, virt[a[0]].Fields[f.Index] is { } v ? Get(v) : Default(f.Kind));
                return;
            }
            case OpCode.GuardClass when IsVirtual(a[0]) && virt[a[0]].Class == op.Descr:
            case OpCode.GuardNonNull when IsVirtual(a[0]):
                return;
            case OpCode.PtrEq or OpCode.PtrNe when IsVirtual(a[0]) || IsVirtual(a[1]):
                // a virtual is a fresh object: identical only to itself
                Replace(op, Const.Int(ReferenceEquals(a[0], a[1]) == (op.Code == OpCode.PtrEq) ? 1 : 0));
                return;
            case OpCode.Jump when peeled && index == loopLabel - 1:
                op.Args = ExplodeAtPreamble(a);
                Out.Add(op);
                return;
            case OpCode.Label when peeled && index == loopLabel:
                op.Args = DefineLoopLabel(a);
                Out.Add(op);
                return;
            case OpCode.Jump when peeled && index == ops.Count - 1:
                op.Args = ExplodeAtLoopEnd(a);
                Out.Add(op);
                return;
            case OpCode.Label:
                Out.Add(op);
                return;
        }
        ForceArgs(op);
        SnapshotResume(op);
        Out.Add(op);
    }

    // ---- loop label: virtuals travel as their fields ----

    Value[] ExplodeAtPreamble(Value[] args)
    {
        var counts = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        var first = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        var blocked = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < args.Length; k++)
        {
            var v = Get(args[k]);
            if (!IsVirtual(v)) continue;
            if (noExplode.Contains(k)) blocked.Add(v);
            if (first.TryAdd(v, k)) CountVirtuals(v, counts, 0);
        }
        shapes = new Shape?[args.Length];
        aliasOf = new int[args.Length];
        var leaves = new List<Value>();
        for (int k = 0; k < args.Length; k++)
        {
            aliasOf[k] = -1;
            var v = Get(args[k]);
            if (IsVirtual(v) && !blocked.Contains(v) && TreeShaped(v, counts, 0))
            {
                int j = first[v];
                if (j < k) { aliasOf[k] = j; continue; }
                shapes[k] = ShapeOf(v);
                Leaves(v, shapes[k]!, leaves);
            }
            else leaves.Add(Force(v));
        }
        return leaves.ToArray();
    }

    void CountVirtuals(Value v, Dictionary<Value, int> counts, int depth)
    {
        v = Get(v);
        if (!virt.TryGetValue(v, out var vo)) return;
        counts.TryGetValue(v, out int n);
        counts[v] = n + 1;
        if (n > 0 || depth > 6) return;
        foreach (var f in vo.Fields) if (f != null) CountVirtuals(f, counts, depth + 1);
    }

    bool TreeShaped(Value v, Dictionary<Value, int> counts, int depth)
    {
        v = Get(v);
        if (!virt.TryGetValue(v, out var vo)) return true;
        if (counts[v] > 1 || depth > 6) return false;
        foreach (var f in vo.Fields) if (f != null && !TreeShaped(f, counts, depth + 1)) return false;
        return true;
    }

    Shape ShapeOf(Value v)
    {
        var vo = virt[Get(v)];
        var s = new Shape(vo.Class);
        for (int i = 0; i < vo.Fields.Length; i++)
            if (vo.Fields[i] is { } f && IsVirtual(Get(f))) s.Fields[i] = ShapeOf(f);
        return s;
    }

    void Leaves(Value v, Shape s, List<Value> leaves)
    {
        var vo = virt[Get(v)];
        for (int i = 0; i < vo.Fields.Length; i++)
        {
            var f = vo.Fields[i] is { } fv ? Get(fv) : Default(s.Class.Fields[i].Kind);
            if (s.Fields[i] is { } sub) Leaves(f, sub, leaves);
            else leaves.Add(Force(f));
        }
    }

    Value[] DefineLoopLabel(Value[] args)
    {
        var defs = new List<Value>();
        for (int k = 0; k < args.Length; k++)
        {
            if (k < shapes.Length && shapes[k] is { } s) Fresh(args[k], s, defs);
            else if (k < aliasOf.Length && aliasOf[k] >= 0) Replace(args[k], args[aliasOf[k]]);
            else defs.Add(args[k]);
        }
        return defs.ToArray();
    }

    void Fresh(Value identity, Shape s, List<Value> defs)
    {
        var vo = new VObj(s.Class);
        virt[identity] = vo;
        for (int i = 0; i < vo.Fields.Length; i++)
        {
            if (s.Fields[i] is { } sub)
            {
                var inner = new InputArg(Kind.Ref);
                Fresh(inner, sub, defs);
                vo.Fields[i] = inner;
            }
            else
            {
                var leaf = new InputArg(s.Class.Fields[i].Kind);
                defs.Add(leaf);
                vo.Fields[i] = leaf;
            }
        }
    }

    Value[] ExplodeAtLoopEnd(Value[] args)
    {
        var leaves = new List<Value>();
        for (int k = 0; k < args.Length; k++)
        {
            var v = Get(args[k]);
            if (k < shapes.Length && shapes[k] is { } s)
            {
                if (!Matches(v, s, 0)) { FailedPosition = k; return args; }
                Leaves(v, s, leaves);
            }
            else if (k < aliasOf.Length && aliasOf[k] >= 0)
            {
                if (!ReferenceEquals(v, Get(args[aliasOf[k]]))) { FailedPosition = k; return args; }
            }
            else leaves.Add(Force(v));
        }
        return leaves.ToArray();
    }

    bool Matches(Value v, Shape s, int depth)
    {
        v = Get(v);
        if (!virt.TryGetValue(v, out var vo) || vo.Class != s.Class || depth > 6) return false;
        for (int i = 0; i < s.Fields.Length; i++)
            if (s.Fields[i] is { } sub && !(vo.Fields[i] is { } f && Matches(f, sub, depth + 1))) return false;
        return true;
    }
}
