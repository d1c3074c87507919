using System.Reflection;
using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>
/// Constant folding, common-subexpression elimination of pure ops, and guard removal from what is
/// known: constants, classes, non-nullness, integer bounds (which also turn int_add_ovf into int_add
/// when overflow is impossible). Facts flow forward; the loop label's arguments start unknown.
/// </summary>
internal sealed class ConstFold : Pass
{
    readonly Dictionary<Value, ClassDescr> knownClass = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<Value> nonNull = new(ReferenceEqualityComparer.Instance);
    readonly HashSet<Value> knownTrue = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Value, IntRange> ranges = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<(OpCode, Descr?, Value?, Value?, Value?), Value> pure = new();
    bool dropOvfGuard, dropExcGuard, invalidationChecked;
    int loopLabel;

    protected override void Begin(Trace t) => loopLabel = LastLabel(t.Ops);

    IntRange Range(Value v) => v is Const { Kind: Kind.Int } c ? new IntRange(c.I, c.I) : ranges.TryGetValue(v, out var r) ? r : IntRange.Full;

    void SetRange(Value v, IntRange r)
    {
        if (v is Const) return;
        ranges[v] = r;
    }

    protected override void Visit(Op op, int index, List<Op> ops)
    {
        Remap(op);
        var a = op.Args;
        switch (op.Code)
        {
            case OpCode.Label:
                if (index == loopLabel) invalidationChecked = false;
                Out.Add(op);
                return;
            case OpCode.GuardTrue:
            case OpCode.GuardFalse:
            {
                bool expect = op.Code == OpCode.GuardTrue;
                var x = a[0];
                if (x is Const c) { if ((c.I != 0) == expect) return; Out.Add(op); return; }
                var r = Range(x);
                if (expect ? (r.Lo > 0 || r.Hi < 0) : r.IsConst && r.Lo == 0) return;
                if (expect && knownTrue.Contains(x)) return;
                Out.Add(op);
                if (expect) knownTrue.Add(x);
                if (!expect || (r.Lo >= 0 && r.Hi <= 1)) Replace(x, Const.Int(expect ? 1 : 0));
                if (x is Op cmp) Refine(cmp, expect);
                return;
            }
            case OpCode.GuardValue:
                if (a[0] is Const c0 && a[1] is Const c1) { if (c0.SameConst(c1)) return; Out.Add(op); return; }
                Out.Add(op);
                // the guard compares floats with ==, which does not tell 0.0 from -0.0
                if (a[1] is not Const { Kind: Kind.Float, F: 0.0 }) Replace(a[0], a[1]);
                return;
            case OpCode.GuardClass:
            {
                var cls = (ClassDescr)op.Descr!;
                if (a[0] is Const k) { if (k.R?.GetType() == cls.Type) return; Out.Add(op); return; }
                if (knownClass.TryGetValue(a[0], out var known) && known == cls) return;
                Out.Add(op);
                knownClass[a[0]] = cls;
                nonNull.Add(a[0]);
                return;
            }
            case OpCode.GuardNonNull:
                if (a[0] is Const { R: not null } || nonNull.Contains(a[0])) return;
                Out.Add(op);
                nonNull.Add(a[0]);
                return;
            case OpCode.GuardIsNull:
                if (a[0] is Const { R: null }) return;
                Out.Add(op);
                Replace(a[0], Const.Null);
                return;
            case OpCode.GuardNoOverflow:
                if (dropOvfGuard) { dropOvfGuard = false; return; }
                Out.Add(op);
                return;
            case OpCode.GuardNoException:
                if (dropExcGuard) { dropExcGuard = false; return; }
                Out.Add(op);
                return;
            case OpCode.GuardNotInvalidated:
                if (invalidationChecked) return;
                invalidationChecked = true;
                Out.Add(op);
                return;
            case OpCode.IntAddOvf:
            case OpCode.IntSubOvf:
            case OpCode.IntMulOvf:
                FoldOvf(op, index + 1 < ops.Count ? ops[index + 1] : null);
                return;
            case OpCode.New:
                knownClass[op] = (ClassDescr)op.Descr!;
                nonNull.Add(op);
                Out.Add(op);
                return;
            case OpCode.GetField:
            {
                var f = (FieldDescr)op.Descr!;
                // a constant of another class: the guard before this op always fails, do not read
                if (f.Immutable && a[0] is Const { R: not null } obj && f.Field.DeclaringType!.IsInstanceOfType(obj.R))
                {
                    Replace(op, Box(f.Kind, f.Field.GetValue(obj.R)));
                    return;
                }
                Out.Add(op);
                return;
            }
            case OpCode.Call:
                invalidationChecked = false;
                Out.Add(op);
                return;
            case OpCode.CallPure:
                FoldCall(op, index + 1 < ops.Count ? ops[index + 1] : null);
                return;
            default:
                if (op.Code.IsPure()) { FoldPure(op); return; }
                Out.Add(op);
                return;
        }
    }

    static Const Box(Kind k, object? v) => k switch { Kind.Int => Const.Int((long)v!), Kind.Float => Const.Float((double)v!), _ => Const.Ref(v) };

    void Refine(Op cmp, bool holds)
    {
        if (cmp.Args.Length != 2 || cmp.Args[0].Kind != Kind.Int) return;
        var (a, b) = (cmp.Args[0], cmp.Args[1]);
        switch (cmp.Code)
        {
            case OpCode.IntLt: if (holds) Less(a, b, 1); else Less(b, a, 0); break;
            case OpCode.IntLe: if (holds) Less(a, b, 0); else Less(b, a, 1); break;
            case OpCode.IntGt: if (holds) Less(b, a, 1); else Less(a, b, 0); break;
            case OpCode.IntGe: if (holds) Less(b, a, 0); else Less(a, b, 1); break;
            case OpCode.IntEq when holds:
            {
                var r = Range(a);
                var s = Range(b);
                var both = new IntRange(Math.Max(r.Lo, s.Lo), Math.Min(r.Hi, s.Hi));
                SetRange(a, both);
                SetRange(b, both);
                break;
            }
        }
    }

    /// <summary>Records a + gap &lt;= b.</summary>
    void Less(Value a, Value b, long gap)
    {
        var ra = Range(a);
        var rb = Range(b);
        if (rb.Hi - gap <= rb.Hi) SetRange(a, ra.WithHi(rb.Hi - gap));
        if (ra.Lo + gap >= ra.Lo) SetRange(b, rb.WithLo(ra.Lo + gap));
    }

    void FoldOvf(Op op, Op? next)
    {
        var a = op.Args;
        IntRange ra = Range(a[0]), rb = Range(a[1]);
        bool fits;
        var r = op.Code switch
        {
            OpCode.IntAddOvf => IntRange.Add(ra, rb, out fits),
            OpCode.IntSubOvf => IntRange.Sub(ra, rb, out fits),
            _ => IntRange.Mul(ra, rb, out fits),
        };
        if (fits && next is { Code: OpCode.GuardNoOverflow })
        {
            dropOvfGuard = true;
            if (r.IsConst) { Replace(op, Const.Int(r.Lo)); return; }
            var plain = new Op(op.Code == OpCode.IntAddOvf ? OpCode.IntAdd : op.Code == OpCode.IntSubOvf ? OpCode.IntSub : OpCode.IntMul, a);
            Replace(op, plain);
            FoldPure(plain);
            return;
        }
        Out.Add(op);
        // past guard_no_overflow the result is exact, so its range is the clamped one
        if (next is { Code: OpCode.GuardNoOverflow }) SetRange(op, r);
    }

    void FoldCall(Op op, Op? next)
    {
        var d = (CallDescr)op.Descr!;
        bool allConst = true;
        foreach (var v in op.Args) allConst &= v is Const;
        if (allConst)
        {
            var args = new object?[op.Args.Length];
            for (int i = 0; i < args.Length; i++) args[i] = ((Const)op.Args[i]).Boxed;
            try
            {
                var result = d.Method.Invoke(null, args);
                Replace(op, Box(d.Result, result));
                if (next is { Code: OpCode.GuardNoException }) dropExcGuard = true;
                return;
            }
            catch (TargetInvocationException)
            {
                // it raises: keep the call, the trace leaves through its exit
            }
        }
        var key = (op.Code, (Descr?)d, Arg(op, 0), Arg(op, 1), Arg(op, 2));
        if (op.Args.Length <= 3 && pure.TryGetValue(key, out var prev))
        {
            Replace(op, prev);
            if (next is { Code: OpCode.GuardNoException }) dropExcGuard = true;
            return;
        }
        if (op.Args.Length <= 3) pure[key] = op;
        Out.Add(op);
    }

    static Value? Arg(Op op, int i) => i < op.Args.Length ? op.Args[i] : null;

    void FoldPure(Op op)
    {
        var a = op.Args;
        var folded = Evaluate(op);
        if (folded != null) { Replace(op, folded); return; }
        var key = (op.Code, op.Descr, Arg(op, 0), Arg(op, 1), Arg(op, 2));
        if (pure.TryGetValue(key, out var prev)) { Replace(op, prev); return; }
        pure[key] = op;
        Out.Add(op);
        if (op.Kind == Kind.Int) SetRange(op, ResultRange(op));
    }

    IntRange ResultRange(Op op)
    {
        var a = op.Args;
        switch (op.Code)
        {
            case OpCode.IntAdd: { var r = IntRange.Add(Range(a[0]), Range(a[1]), out bool fits); return fits ? r : IntRange.Full; }
            case OpCode.IntSub: { var r = IntRange.Sub(Range(a[0]), Range(a[1]), out bool fits); return fits ? r : IntRange.Full; }
            case OpCode.IntMul: { var r = IntRange.Mul(Range(a[0]), Range(a[1]), out bool fits); return fits ? r : IntRange.Full; }
            case OpCode.IntAnd when a[1] is Const { I: >= 0 } m: return new IntRange(0, m.I);
            case OpCode.ArrayLen: return new IntRange(0, int.MaxValue);
            default: return op.Code.Info().Result == ResultRule.Int && op.Code != OpCode.IntAnd && op.Code != OpCode.IntOr
                && op.Code != OpCode.IntXor && op.Code != OpCode.IntLshift && op.Code != OpCode.IntRshift && op.Code != OpCode.IntNeg
                && op.Code != OpCode.CastFloatToInt && op.Code != OpCode.SameAs ? IntRange.Bool : IntRange.Full;
        }
    }

    /// <summary>The op's value if known now (constants, identities, comparisons decided by bounds), else null.</summary>
    Value? Evaluate(Op op)
    {
        var a = op.Args;
        if (op.Code == OpCode.SameAs) return a[0];
        if (a.Length == 2 && a[0].Kind == Kind.Int && a[1].Kind == Kind.Int && op.Kind == Kind.Int && op.Code is >= OpCode.IntLt and <= OpCode.IntNe)
        {
            IntRange x = Range(a[0]), y = Range(a[1]);
            int? d = op.Code switch
            {
                OpCode.IntLt => x.Hi < y.Lo ? 1 : x.Lo >= y.Hi ? 0 : null,
                OpCode.IntLe => x.Hi <= y.Lo ? 1 : x.Lo > y.Hi ? 0 : null,
                OpCode.IntGt => x.Lo > y.Hi ? 1 : x.Hi <= y.Lo ? 0 : null,
                OpCode.IntGe => x.Lo >= y.Hi ? 1 : x.Hi < y.Lo ? 0 : null,
                OpCode.IntEq => x.IsConst && y.IsConst && x.Lo == y.Lo ? 1 : x.Hi < y.Lo || y.Hi < x.Lo ? 0 : ReferenceEquals(a[0], a[1]) ? 1 : null,
                _ => x.IsConst && y.IsConst && x.Lo == y.Lo ? 0 : x.Hi < y.Lo || y.Hi < x.Lo ? 1 : ReferenceEquals(a[0], a[1]) ? 0 : null,
            };
            if (d is { } dv) return Const.Int(dv);
        }
        if (op.Code is OpCode.PtrEq or OpCode.PtrNe && a[0] is Const p && a[1] is Const q)
            return Const.Int(ReferenceEquals(p.R, q.R) == (op.Code == OpCode.PtrEq) ? 1 : 0);
        foreach (var v in a) if (v is not Const) return Identity(op);
        var c0 = (Const)a[0];
        var c1 = a.Length > 1 ? (Const)a[1] : c0;
        long i0 = c0.I, i1 = c1.I;
        double f0 = c0.F, f1 = c1.F;
        return op.Code switch
        {
            OpCode.IntAdd => Const.Int(i0 + i1),
            OpCode.IntSub => Const.Int(i0 - i1),
            OpCode.IntMul => Const.Int(i0 * i1),
            OpCode.IntAnd => Const.Int(i0 & i1),
            OpCode.IntOr => Const.Int(i0 | i1),
            OpCode.IntXor => Const.Int(i0 ^ i1),
            OpCode.IntLshift => Const.Int(i0 << (int)i1),
            OpCode.IntRshift => Const.Int(i0 >> (int)i1),
            OpCode.IntNeg => Const.Int(-i0),
            OpCode.IntIsTrue => Const.Int(i0 != 0 ? 1 : 0),
            OpCode.FloatAdd => Const.Float(f0 + f1),
            OpCode.FloatSub => Const.Float(f0 - f1),
            OpCode.FloatMul => Const.Float(f0 * f1),
            OpCode.FloatTrueDiv => Const.Float(f0 / f1),
            OpCode.FloatNeg => Const.Float(-f0),
            OpCode.FloatLt => B(f0 < f1),
            OpCode.FloatLe => B(f0 <= f1),
            OpCode.FloatGt => B(f0 > f1),
            OpCode.FloatGe => B(f0 >= f1),
            OpCode.FloatEq => B(f0 == f1),
            OpCode.FloatNe => B(f0 != f1),
            OpCode.CastIntToFloat => Const.Float(i0),
            OpCode.CastFloatToInt => Const.Int((long)f0),
            OpCode.ArrayLen when c0.R is Array arr => Const.Int(arr.Length),
            _ => null,
        };
    }

    static Const B(bool b) => Const.Int(b ? 1 : 0);

    static Value? Identity(Op op)
    {
        var a = op.Args;
        return op.Code switch
        {
            OpCode.IntAdd when a[1] is Const { I: 0 } => a[0],
            OpCode.IntAdd when a[0] is Const { I: 0 } => a[1],
            OpCode.IntSub when a[1] is Const { I: 0 } => a[0],
            OpCode.IntSub when ReferenceEquals(a[0], a[1]) => Const.Int(0),
            OpCode.IntMul when a[1] is Const { I: 1 } => a[0],
            OpCode.IntMul when a[0] is Const { I: 1 } => a[1],
            OpCode.IntMul when a[1] is Const { I: 0 } || a[0] is Const { I: 0 } => Const.Int(0),
            OpCode.PtrEq when ReferenceEquals(a[0], a[1]) => Const.Int(1),
            OpCode.PtrNe when ReferenceEquals(a[0], a[1]) => Const.Int(0),
            _ => null,
        };
    }
}
