namespace Taipan.Jit.IR;

/// <summary>Trace operations; names in the textual form are RPython's (snake_case).</summary>
public enum OpCode : byte
{
    Label, Jump, Finish,
    GuardTrue, GuardFalse, GuardValue, GuardClass, GuardNonNull, GuardIsNull,
    GuardNoOverflow, GuardOverflow, GuardNoException, GuardNotInvalidated, GuardNoBreak,
    IntAdd, IntSub, IntMul, IntAnd, IntOr, IntXor, IntLshift, IntRshift, IntNeg,
    IntAddOvf, IntSubOvf, IntMulOvf,
    IntLt, IntLe, IntGt, IntGe, IntEq, IntNe, IntIsTrue,
    FloatAdd, FloatSub, FloatMul, FloatTrueDiv, FloatNeg,
    FloatLt, FloatLe, FloatGt, FloatGe, FloatEq, FloatNe,
    CastIntToFloat, CastFloatToInt,
    PtrEq, PtrNe,
    GetField, SetField, GetArrayItem, SetArrayItem, ArrayLen, New, NewArray,
    Call, CallPure,
    SameAs,
}

[Flags]
internal enum OpFlags : byte
{
    None = 0,
    Guard = 1,
    Pure = 2,          // no side effect, result depends only on arguments: foldable, CSE-able, removable
    SideEffect = 4,    // writes memory or calls out: keep, and forget heap knowledge
    Ovf = 8,           // must be followed by guard_no_overflow / guard_overflow
    Control = 16,
}

/// <summary>How the result kind of an op is found.</summary>
internal enum ResultRule : byte { Void, Int, Float, Ref, FromDescr, FromArg0 }

internal readonly record struct OpInfo(string Name, int Arity, ResultRule Result, OpFlags Flags);

internal static class OpTable
{
    static readonly OpInfo[] Infos = Build();
    static readonly Dictionary<string, OpCode> ByName = BuildNames();

    public static OpInfo Info(this OpCode c) => Infos[(int)c];
    public static bool IsGuard(this OpCode c) => (Infos[(int)c].Flags & OpFlags.Guard) != 0;
    public static bool IsPure(this OpCode c) => (Infos[(int)c].Flags & OpFlags.Pure) != 0;
    public static bool HasSideEffect(this OpCode c) => (Infos[(int)c].Flags & OpFlags.SideEffect) != 0;
    public static bool IsOvf(this OpCode c) => (Infos[(int)c].Flags & OpFlags.Ovf) != 0;
    public static bool TryParse(string name, out OpCode code) => ByName.TryGetValue(name, out code);

    static Dictionary<string, OpCode> BuildNames()
    {
        var d = new Dictionary<string, OpCode>();
        for (int i = 0; i < Infos.Length; i++) d[Infos[i].Name] = (OpCode)i;
        return d;
    }

    static OpInfo[] Build()
    {
        var t = new OpInfo[(int)OpCode.SameAs + 1];
        void S(OpCode c, string n, int arity, ResultRule r, OpFlags f) => t[(int)c] = new OpInfo(n, arity, r, f);
        const int Var = -1;
        S(OpCode.Label, "label", Var, ResultRule.Void, OpFlags.Control);
        S(OpCode.Jump, "jump", Var, ResultRule.Void, OpFlags.Control);
        S(OpCode.Finish, "finish", Var, ResultRule.Void, OpFlags.Control);
        S(OpCode.GuardTrue, "guard_true", 1, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardFalse, "guard_false", 1, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardValue, "guard_value", 2, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardClass, "guard_class", 1, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardNonNull, "guard_nonnull", 1, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardIsNull, "guard_isnull", 1, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardNoOverflow, "guard_no_overflow", 0, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardOverflow, "guard_overflow", 0, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardNoException, "guard_no_exception", 0, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardNotInvalidated, "guard_not_invalidated", 0, ResultRule.Void, OpFlags.Guard);
        S(OpCode.GuardNoBreak, "guard_no_break", 0, ResultRule.Void, OpFlags.Guard);
        foreach (var (c, n) in new[] { (OpCode.IntAdd, "int_add"), (OpCode.IntSub, "int_sub"), (OpCode.IntMul, "int_mul"),
                     (OpCode.IntAnd, "int_and"), (OpCode.IntOr, "int_or"), (OpCode.IntXor, "int_xor"),
                     (OpCode.IntLshift, "int_lshift"), (OpCode.IntRshift, "int_rshift"),
                     (OpCode.IntLt, "int_lt"), (OpCode.IntLe, "int_le"), (OpCode.IntGt, "int_gt"), (OpCode.IntGe, "int_ge"),
                     (OpCode.IntEq, "int_eq"), (OpCode.IntNe, "int_ne"),
                     (OpCode.FloatLt, "float_lt"), (OpCode.FloatLe, "float_le"), (OpCode.FloatGt, "float_gt"),
                     (OpCode.FloatGe, "float_ge"), (OpCode.FloatEq, "float_eq"), (OpCode.FloatNe, "float_ne"),
                     (OpCode.PtrEq, "ptr_eq"), (OpCode.PtrNe, "ptr_ne") })
            S(c, n, 2, ResultRule.Int, OpFlags.Pure);
        S(OpCode.IntNeg, "int_neg", 1, ResultRule.Int, OpFlags.Pure);
        S(OpCode.IntIsTrue, "int_is_true", 1, ResultRule.Int, OpFlags.Pure);
        S(OpCode.IntAddOvf, "int_add_ovf", 2, ResultRule.Int, OpFlags.Ovf);
        S(OpCode.IntSubOvf, "int_sub_ovf", 2, ResultRule.Int, OpFlags.Ovf);
        S(OpCode.IntMulOvf, "int_mul_ovf", 2, ResultRule.Int, OpFlags.Ovf);
        foreach (var (c, n) in new[] { (OpCode.FloatAdd, "float_add"), (OpCode.FloatSub, "float_sub"),
                     (OpCode.FloatMul, "float_mul"), (OpCode.FloatTrueDiv, "float_truediv") })
            S(c, n, 2, ResultRule.Float, OpFlags.Pure);
        S(OpCode.FloatNeg, "float_neg", 1, ResultRule.Float, OpFlags.Pure);
        S(OpCode.CastIntToFloat, "cast_int_to_float", 1, ResultRule.Float, OpFlags.Pure);
        S(OpCode.CastFloatToInt, "cast_float_to_int", 1, ResultRule.Int, OpFlags.Pure);
        S(OpCode.GetField, "getfield", 1, ResultRule.FromDescr, OpFlags.None);
        S(OpCode.SetField, "setfield", 2, ResultRule.Void, OpFlags.SideEffect);
        S(OpCode.GetArrayItem, "getarrayitem", 2, ResultRule.FromDescr, OpFlags.None);
        S(OpCode.SetArrayItem, "setarrayitem", 3, ResultRule.Void, OpFlags.SideEffect);
        S(OpCode.ArrayLen, "arraylen", 1, ResultRule.Int, OpFlags.Pure);
        S(OpCode.New, "new", 0, ResultRule.Ref, OpFlags.None);
        S(OpCode.NewArray, "new_array", 1, ResultRule.Ref, OpFlags.None);
        S(OpCode.Call, "call", Var, ResultRule.FromDescr, OpFlags.SideEffect);
        S(OpCode.CallPure, "call_pure", Var, ResultRule.FromDescr, OpFlags.None);
        S(OpCode.SameAs, "same_as", 1, ResultRule.FromArg0, OpFlags.Pure);
        return t;
    }
}
