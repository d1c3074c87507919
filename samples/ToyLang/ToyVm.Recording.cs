using Taipan.Jit.Driver;
using Taipan.Jit.IR;

namespace ToyLang;

/// <summary>What the toy interpreter tells the recorder: the hints, nothing else of the JIT.</summary>
public sealed partial class ToyVm
{
    static readonly ClassDescr IntClass = ClassDescr.Of(typeof(IntBox));
    static readonly ClassDescr FloatClass = ClassDescr.Of(typeof(FloatBox));
    static readonly ClassDescr PairClass = ClassDescr.Of(typeof(Pair));
    static readonly FieldDescr IntV = IntClass.Field(nameof(IntBox.V));
    static readonly FieldDescr FloatV = FloatClass.Field(nameof(FloatBox.V));
    static readonly FieldDescr PairA = PairClass.Field(nameof(Pair.A));
    static readonly FieldDescr PairB = PairClass.Field(nameof(Pair.B));
    static readonly CallDescr PrintDescr = CallDescr.Of(typeof(ToyVm), nameof(Print), canRaise: false);
    static readonly CallDescr FloorDivDescr = CallDescr.Of(typeof(ToyOps), nameof(ToyOps.FloorDiv), elidable: true);
    static readonly CallDescr FloorModDescr = CallDescr.Of(typeof(ToyOps), nameof(ToyOps.FloorMod), elidable: true);
    static readonly CallDescr FloatDivDescr = CallDescr.Of(typeof(ToyOps), nameof(ToyOps.FloatDiv), elidable: true);
    static readonly CallDescr FloatModDescr = CallDescr.Of(typeof(ToyOps), nameof(ToyOps.FloatMod), elidable: true);
    static readonly CallDescr[] CallDescrs =
    {
        CallDescr.Of(typeof(ToyVm), nameof(Call0)), CallDescr.Of(typeof(ToyVm), nameof(Call1)),
        CallDescr.Of(typeof(ToyVm), nameof(Call2)), CallDescr.Of(typeof(ToyVm), nameof(Call3)),
        CallDescr.Of(typeof(ToyVm), nameof(Call4)),
    };

    TraceRecorder<ToyPos, Frame> Rec => Driver.Recorder;

    Value BoxInt(Value v)
    {
        var box = Rec.New(IntClass);
        Rec.SetField(box, IntV, v);
        return box;
    }

    Value BoxFloat(Value v)
    {
        var box = Rec.New(FloatClass);
        Rec.SetField(box, FloatV, v);
        return box;
    }

    Value AsFloat(Value t, object? concrete)
    {
        if (concrete is IntBox)
        {
            Rec.GuardClass(t, typeof(IntBox));
            return Rec.Op(OpCode.CastIntToFloat, Rec.GetField(t, IntV));
        }
        Rec.GuardClass(t, typeof(FloatBox));
        return Rec.GetField(t, FloatV);
    }

    void RecordTruth(int slot, object? v, bool observed)
    {
        var t = Rec.Slot(slot);
        switch (v)
        {
            case null: Rec.GuardNull(t, true); break;
            case IntBox:
                Rec.GuardClass(t, typeof(IntBox));
                Rec.GuardTrue(Rec.GetField(t, IntV), observed);
                break;
            case FloatBox:
                Rec.GuardClass(t, typeof(FloatBox));
                Rec.GuardTrue(Rec.Op(OpCode.FloatNe, Rec.GetField(t, FloatV), Const.Float(0.0)), observed);
                break;
            default:
                Rec.GuardClass(t, v.GetType());
                break;
        }
    }

    static OpCode IntCompare(Code c) => c switch
    {
        Code.Lt => OpCode.IntLt, Code.Le => OpCode.IntLe, Code.Gt => OpCode.IntGt,
        Code.Ge => OpCode.IntGe, Code.Eq => OpCode.IntEq, _ => OpCode.IntNe,
    };

    static OpCode FloatCompare(Code c) => c switch
    {
        Code.Lt => OpCode.FloatLt, Code.Le => OpCode.FloatLe, Code.Gt => OpCode.FloatGt,
        Code.Ge => OpCode.FloatGe, Code.Eq => OpCode.FloatEq, _ => OpCode.FloatNe,
    };

    static OpCode FloatArith(Code c) => c switch { Code.Add => OpCode.FloatAdd, Code.Sub => OpCode.FloatSub, _ => OpCode.FloatMul };

    /// <summary>Mirrors <see cref="ToyOps.Binary"/> for the path the operands' classes select.</summary>
    void RecordBinary(Ins ins, object? a, object? b)
    {
        var rec = Rec;
        Value ta = rec.Slot(ins.B), tb = rec.Slot(ins.C);
        var op = ins.Op;
        if (a is IntBox x && b is IntBox y)
        {
            rec.GuardClass(ta, typeof(IntBox));
            rec.GuardClass(tb, typeof(IntBox));
            Value va = rec.GetField(ta, IntV), vb = rec.GetField(tb, IntV);
            switch (op)
            {
                case Code.Add: case Code.Sub: case Code.Mul:
                {
                    bool ovf = ToyOps.Overflows(op, x.V, y.V);
                    var code = op == Code.Add ? OpCode.IntAddOvf : op == Code.Sub ? OpCode.IntSubOvf : OpCode.IntMulOvf;
                    var r = rec.IntOvf(code, va, vb, ovf);
                    if (!ovf) { rec.SetSlot(ins.A, BoxInt(r)); return; }
                    var fr = rec.Op(FloatArith(op), rec.Op(OpCode.CastIntToFloat, va), rec.Op(OpCode.CastIntToFloat, vb));
                    rec.SetSlot(ins.A, BoxFloat(fr));
                    return;
                }
                case Code.Div: rec.SetSlot(ins.A, BoxInt(rec.Call(FloorDivDescr, va, vb))); return;
                case Code.Mod: rec.SetSlot(ins.A, BoxInt(rec.Call(FloorModDescr, va, vb))); return;
                default: rec.SetSlot(ins.A, BoxInt(rec.Op(IntCompare(op), va, vb))); return;
            }
        }
        if (a is IntBox or FloatBox && b is IntBox or FloatBox)
        {
            Value fa = AsFloat(ta, a), fb = AsFloat(tb, b);
            switch (op)
            {
                case Code.Add: case Code.Sub: case Code.Mul: rec.SetSlot(ins.A, BoxFloat(rec.Op(FloatArith(op), fa, fb))); return;
                case Code.Div: rec.SetSlot(ins.A, BoxFloat(rec.Call(FloatDivDescr, fa, fb))); return;
                case Code.Mod: rec.SetSlot(ins.A, BoxFloat(rec.Call(FloatModDescr, fa, fb))); return;
                default: rec.SetSlot(ins.A, BoxInt(rec.Op(FloatCompare(op), fa, fb))); return;
            }
        }
        if (op is Code.Eq or Code.Ne)
        {
            GuardKind(ta, a);
            GuardKind(tb, b);
            bool eq = op == Code.Eq;
            // a number is never identical to a non-number, and classes are guarded: the result is known
            if (a is IntBox or FloatBox || b is IntBox or FloatBox) { rec.SetSlot(ins.A, TraceRecorder<ToyPos, Frame>.Ref(new IntBox(eq ? 0 : 1))); return; }
            rec.SetSlot(ins.A, BoxInt(rec.Op(eq ? OpCode.PtrEq : OpCode.PtrNe, ta, tb)));
            return;
        }
        rec.Abort("type error");
    }

    void GuardKind(Value t, object? v)
    {
        if (v == null) Rec.GuardNull(t, true);
        else Rec.GuardClass(t, v.GetType());
    }
}
