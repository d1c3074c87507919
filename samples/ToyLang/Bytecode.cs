using Taipan.Jit.Driver;

namespace ToyLang;

public enum Code : byte
{
    Const, Move, Add, Sub, Mul, Div, Mod, Lt, Le, Gt, Ge, Eq, Ne,
    Jump, JumpIfFalse, Call, Return, Print, Pair, Fst, Snd, SetFst, SetSnd, Def,
}

/// <summary>A register instruction: A is the destination (or the tested register), B and C operands.</summary>
public sealed class Ins
{
    public Code Op;
    public int A, B, C;
    public object? K;
    /// <summary>Hot counter of a backward jump's target, cached so that counting is a field load.</summary>
    public JitCell? Cell;
    public override string ToString() => $"{Op} {A} {B} {C} {K}";
}

public sealed class Function
{
    public readonly string Name;
    public readonly int NParams;
    public int NRegs;
    public Ins[] Code = Array.Empty<Ins>();
    /// <summary>Hot counter of calls and the function's own trace (function threshold).</summary>
    public JitCell? EntryCell;
    public Function(string name, int nparams) { Name = name; NParams = nparams; }
    public override string ToString() => Name;
}

/// <summary>Green position: function and instruction index.</summary>
public readonly record struct ToyPos(Function Fn, int Pc);

/// <summary>An activation: the virtualizable red of the jit driver.</summary>
public sealed class Frame
{
    public readonly Function Fn;
    public readonly object?[] Regs;
    public int Pc;
    public Frame(Function fn) { Fn = fn; Regs = new object?[fn.NRegs]; }
}
