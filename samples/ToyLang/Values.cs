using System.Globalization;
using System.Text;
using Taipan.Jit.IR;

namespace ToyLang;

/// <summary>A boxed toy int. Immutable: traces may cache its field and remove the box.</summary>
public sealed class IntBox
{
    public readonly long V;
    IntBox() { }  // lets traces allocate with newobj (fields are set by the trace)
    public IntBox(long v) { V = v; }
}

public sealed class FloatBox
{
    public readonly double V;
    FloatBox() { }
    public FloatBox(double v) { V = v; }
}

/// <summary>The toy's object with two mutable fields.</summary>
public sealed class Pair
{
    public object? A;
    public object? B;
}

/// <summary>A toy run-time error: ends the program with its message.</summary>
public sealed class ToyError : Exception
{
    public ToyError(string message) : base(message) { }
}

/// <summary>A global function name; redefining it invalidates traces that inlined the old body.</summary>
public sealed class FunctionCell
{
    public readonly string Name;
    public Function? Value;
    public Assumption Assumption;
    public FunctionCell(string name) { Name = name; Assumption = new Assumption(name); }

    public void Define(Function f)
    {
        Value = f;
        Assumption.Invalidate();
        Assumption = new Assumption(Name);
    }
}

public static class Show
{
    public static string Of(object? v, int depth = 0) => v switch
    {
        null => "nil",
        IntBox i => i.V.ToString(CultureInfo.InvariantCulture),
        FloatBox f => f.V.ToString("R", CultureInfo.InvariantCulture),
        Pair p => depth > 4 ? "(...)" : "(" + Of(p.A, depth + 1) + " . " + Of(p.B, depth + 1) + ")",
        _ => v.ToString() ?? "?",
    };
}
