namespace Taipan.Jit.IR;

/// <summary>The three machine types of the trace IR (plus Void for ops without a result).</summary>
public enum Kind : byte
{
    Void,
    Int,    // int64
    Float,  // float64
    Ref,    // any managed reference
}

internal static class KindExtensions
{
    public static char Prefix(this Kind k) => k switch { Kind.Int => 'i', Kind.Float => 'f', Kind.Ref => 'p', _ => 'v' };

    public static Kind OfClrType(Type t)
    {
        if (t == typeof(long)) return Kind.Int;
        if (t == typeof(double)) return Kind.Float;
        if (t == typeof(void)) return Kind.Void;
        if (!t.IsValueType) return Kind.Ref;
        throw new NotSupportedException($"trace IR has no type for {t}: use long, double or a reference type");
    }
}
