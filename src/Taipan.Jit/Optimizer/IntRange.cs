namespace Taipan.Jit.Optimizer;

/// <summary>An interval of int64 values a trace value is known to lie in.</summary>
internal readonly record struct IntRange(long Lo, long Hi)
{
    public static readonly IntRange Full = new(long.MinValue, long.MaxValue);
    public static readonly IntRange Bool = new(0, 1);
    public bool IsConst => Lo == Hi;

    static IntRange Clamp(Int128 lo, Int128 hi, out bool fits)
    {
        fits = lo >= long.MinValue && hi <= long.MaxValue;
        return new IntRange((long)Int128.Max(lo, long.MinValue), (long)Int128.Min(hi, long.MaxValue));
    }

    public static IntRange Add(IntRange a, IntRange b, out bool fits) => Clamp((Int128)a.Lo + b.Lo, (Int128)a.Hi + b.Hi, out fits);
    public static IntRange Sub(IntRange a, IntRange b, out bool fits) => Clamp((Int128)a.Lo - b.Hi, (Int128)a.Hi - b.Lo, out fits);

    public static IntRange Mul(IntRange a, IntRange b, out bool fits)
    {
        Int128 p1 = (Int128)a.Lo * b.Lo, p2 = (Int128)a.Lo * b.Hi, p3 = (Int128)a.Hi * b.Lo, p4 = (Int128)a.Hi * b.Hi;
        return Clamp(Int128.Min(Int128.Min(p1, p2), Int128.Min(p3, p4)), Int128.Max(Int128.Max(p1, p2), Int128.Max(p3, p4)), out fits);
    }

    public IntRange WithHi(long hi) => new(Lo, Math.Min(Hi, hi));
    public IntRange WithLo(long lo) => new(Math.Max(Lo, lo), Hi);
}
