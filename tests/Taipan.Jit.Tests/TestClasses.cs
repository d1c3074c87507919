using Taipan.Jit.IR;

namespace Taipan.Jit.Tests;

public sealed class IntBox { public readonly long Value; public IntBox(long v) { Value = v; } }
public sealed class FloatBox { public readonly double Value; public FloatBox(double v) { Value = v; } }
public sealed class Cell { public object? Item; public long Count; }
public sealed class Pair { public object? First; public object? Second; }

public static class Helpers
{
    public static long Twice(long x) => x * 2;
    public static long Div(long a, long b) => b == 0 ? throw new DivideByZeroException() : a / b;
    public static long Calls;
    public static long Count(long x) { Calls++; return x; }
}

internal static class Reg
{
    public static DescrRegistry Make() => new DescrRegistry()
        .AddClass(typeof(IntBox)).AddClass(typeof(FloatBox)).AddClass(typeof(Cell)).AddClass(typeof(Pair))
        .Add(CallDescr.Of(typeof(Helpers), nameof(Helpers.Twice), elidable: true, canRaise: false))
        .Add(CallDescr.Of(typeof(Helpers), nameof(Helpers.Div)))
        .Add(CallDescr.Of(typeof(Helpers), nameof(Helpers.Count), canRaise: false));

    public static Trace Parse(string s) => TraceParser.Parse(s, Make());
    public static string Norm(string s)
    {
        var lines = s.Replace("\r", "").Split('\n');
        var sb = new System.Text.StringBuilder();
        foreach (var l in lines) { var t = l.Trim(); if (t.Length > 0) sb.Append(t).Append('\n'); }
        return sb.ToString();
    }
}
