namespace Taipan.Jit.IR;

/// <summary>An SSA value of a trace: an input argument, a constant, or the result of an op.</summary>
public abstract class Value
{
    public abstract Kind Kind { get; }

    /// <summary>Name from the textual form (kept so that text-in/text-out tests read naturally).</summary>
    internal string? Name;
}

/// <summary>An argument of the trace (its entry values).</summary>
public sealed class InputArg : Value
{
    readonly Kind kind;
    public InputArg(Kind kind) { this.kind = kind; }
    public override Kind Kind => kind;
}

/// <summary>A constant: int64, float64 or a reference (null included).</summary>
public sealed class Const : Value
{
    readonly Kind kind;
    public readonly long I;
    public readonly double F;
    public readonly object? R;

    Const(Kind kind, long i, double f, object? r) { this.kind = kind; I = i; F = f; R = r; }
    public override Kind Kind => kind;

    static readonly Const[] SmallInts = MakeSmall();
    static Const[] MakeSmall()
    {
        var a = new Const[261];
        for (int i = 0; i < a.Length; i++) a[i] = new Const(Kind.Int, i - 5, 0, null);
        return a;
    }

    public static readonly Const Null = new(Kind.Ref, 0, 0, null);
    public static Const Int(long v) => v >= -5 && v <= 255 ? SmallInts[v + 5] : new Const(Kind.Int, v, 0, null);
    public static Const Float(double v) => new(Kind.Float, 0, v, null);
    public static Const Ref(object? v) => v is null ? Null : new Const(Kind.Ref, 0, 0, v);

    public bool SameConst(Const o) => kind == o.kind && kind switch
    {
        Kind.Int => I == o.I,
        Kind.Float => BitConverter.DoubleToInt64Bits(F) == BitConverter.DoubleToInt64Bits(o.F),
        _ => ReferenceEquals(R, o.R),
    };

    /// <summary>The constant as a boxed CLR object (for calls at optimisation time and materialisation).</summary>
    public object? Boxed => kind switch { Kind.Int => I, Kind.Float => F, _ => R };
}

/// <summary>
/// An allocation removed by the optimizer, as seen by resume data: materialised only if the guard fails.
/// Fields may refer to other virtuals (sharing is kept: the same VirtualValue is one object).
/// </summary>
public sealed class VirtualValue : Value
{
    public readonly ClassDescr Class;
    public readonly Value?[] Fields; // indexed like Class.Fields; null = default value
    internal VirtualValue(ClassDescr cls) { Class = cls; Fields = new Value?[cls.Fields.Length]; }
    public override Kind Kind => Kind.Ref;
}
