namespace ToyLang;

/// <summary>
/// The toy's arithmetic. Ints overflow into floats; / and % on ints floor; division by zero is an error.
/// The helpers that may raise are what traces call residually.
/// </summary>
public static class ToyOps
{
    public static bool Truthy(object? v) => v switch
    {
        null => false,
        IntBox i => i.V != 0,
        FloatBox f => f.V != 0.0,
        _ => true,
    };

    public static bool Overflows(Code op, long a, long b)
    {
        switch (op)
        {
            case Code.Add: { long r = a + b; return ((a ^ r) & (b ^ r)) < 0; }
            case Code.Sub: { long r = a - b; return ((a ^ b) & (a ^ r)) < 0; }
            default: { long hi = Math.BigMul(a, b, out long lo); return hi != (lo >> 63); }
        }
    }

    public static long FloorDiv(long a, long b)
    {
        if (b == 0) throw new ToyError("division by zero");
        if (a == long.MinValue && b == -1) throw new ToyError("integer overflow");
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    public static long FloorMod(long a, long b)
    {
        if (b == 0) throw new ToyError("division by zero");
        if (b == -1) return 0;
        long m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return m;
    }

    public static double FloatDiv(double a, double b) => b == 0.0 ? throw new ToyError("division by zero") : a / b;

    public static double FloatMod(double a, double b)
    {
        if (b == 0.0) throw new ToyError("division by zero");
        return a - b * Math.Floor(a / b);
    }

    static bool IsNum(object? v) => v is IntBox || v is FloatBox;
    static double D(object? v) => v is IntBox i ? i.V : ((FloatBox)v!).V;

    public static object? Binary(Code op, object? a, object? b)
    {
        if (a is IntBox x && b is IntBox y)
        {
            long p = x.V, q = y.V;
            switch (op)
            {
                case Code.Add: return Overflows(op, p, q) ? new FloatBox((double)p + (double)q) : new IntBox(p + q);
                case Code.Sub: return Overflows(op, p, q) ? new FloatBox((double)p - (double)q) : new IntBox(p - q);
                case Code.Mul: return Overflows(op, p, q) ? new FloatBox((double)p * (double)q) : new IntBox(p * q);
                case Code.Div: return new IntBox(FloorDiv(p, q));
                case Code.Mod: return new IntBox(FloorMod(p, q));
                case Code.Lt: return Bool(p < q);
                case Code.Le: return Bool(p <= q);
                case Code.Gt: return Bool(p > q);
                case Code.Ge: return Bool(p >= q);
                case Code.Eq: return Bool(p == q);
                default: return Bool(p != q);
            }
        }
        if (IsNum(a) && IsNum(b))
        {
            double p = D(a), q = D(b);
            switch (op)
            {
                case Code.Add: return new FloatBox(p + q);
                case Code.Sub: return new FloatBox(p - q);
                case Code.Mul: return new FloatBox(p * q);
                case Code.Div: return new FloatBox(FloatDiv(p, q));
                case Code.Mod: return new FloatBox(FloatMod(p, q));
                case Code.Lt: return Bool(p < q);
                case Code.Le: return Bool(p <= q);
                case Code.Gt: return Bool(p > q);
                case Code.Ge: return Bool(p >= q);
                case Code.Eq: return Bool(p == q);
                default: return Bool(p != q);
            }
        }
        if (op == Code.Eq) return Bool(ReferenceEquals(a, b));
        if (op == Code.Ne) return Bool(!ReferenceEquals(a, b));
        throw new ToyError($"unsupported operand types for {op}: {TypeName(a)} and {TypeName(b)}");
    }

    public static string TypeName(object? v) => v switch { null => "nil", IntBox => "int", FloatBox => "float", Pair => "pair", _ => "?" };

    static readonly IntBox True = new(1), False = new(0);
    static IntBox Bool(bool b) => b ? True : False;
}
