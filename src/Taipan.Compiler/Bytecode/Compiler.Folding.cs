using System.Numerics;
using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Bytecode;

/// <summary>
/// The cheap part of CPython's AST optimizer: unary minus/plus/invert on numbers, integer
/// arithmetic within 128 bits, float +,-,* and tuples of constants. Anything that could
/// raise or whose result CPython would not fold (division, big powers, strings) is left to
/// run time, so folding never changes behaviour.
/// </summary>
public sealed partial class Compiler
{
    private static readonly BigInteger FoldLimit = BigInteger.One << 128;

    /// <summary>The constant value of <paramref name="e"/> after folding, or null.</summary>
    private object? FoldConstant(Expr e) => e switch
    {
        Constant c => c.Value,
        UnaryOp u => TryFold(u),
        BinOp b => TryFold(b),
        Tuple { Ctx: ExprContext.Load } t => TryConstantTupleNoEmpty(t),
        Name { Ctx: ExprContext.Load, Id: "__debug__" } => _optimize == 0,
        _ => null,
    };

    private object? TryConstantTupleNoEmpty(Tuple t)
    {
        foreach (var x in t.Elts) if (x is Starred) return null;
        return TryConstantTuple(t.Elts);
    }

    private object? TryFold(UnaryOp u)
    {
        var v = FoldConstant(u.Operand);
        if (v is null) return null;
        switch (u.Op)
        {
            case UnaryOpKind.USub:
                return v switch
                {
                    long l when l != long.MinValue => -l,
                    long l => -(BigInteger)l,
                    BigInteger bi => Normalize(-bi),
                    double d => -d,
                    Complex c => -c,
                    bool b => b ? -1L : 0L,
                    _ => null,
                };
            case UnaryOpKind.UAdd:
                return v switch { long or BigInteger or double or Complex => v, bool b => b ? 1L : 0L, _ => null };
            case UnaryOpKind.Invert:
                return v switch { long l => ~l, BigInteger bi => Normalize(-bi - 1), bool b => b ? -2L : -1L, _ => null };
            default:
                return null;
        }
    }

    private static object Normalize(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? (object)(long)v : v;

    private static BigInteger? AsInt(object v) => v switch
    {
        long l => l,
        BigInteger bi => bi,
        _ => null,
    };

    private static Complex? AsComplex(object v) => v switch
    {
        Complex c => c,
        double d => new Complex(d, 0.0),
        long l => new Complex(l, 0.0),
        _ => null,
    };

    private object? TryFold(BinOp b)
    {
        var l = FoldConstant(b.Left);
        if (l is null) return null;
        var r = FoldConstant(b.Right);
        if (r is null) return null;
        if (AsInt(l) is { } a && AsInt(r) is { } c)
        {
            BigInteger res;
            switch (b.Op)
            {
                case OperatorKind.Add: res = a + c; break;
                case OperatorKind.Sub: res = a - c; break;
                case OperatorKind.Mult: res = a * c; break;
                case OperatorKind.BitAnd: res = a & c; break;
                case OperatorKind.BitOr: res = a | c; break;
                case OperatorKind.BitXor: res = a ^ c; break;
                case OperatorKind.LShift:
                    if (c < 0 || c > 128) return null;
                    res = a << (int)c; break;
                case OperatorKind.RShift:
                    if (c < 0) return null;
                    res = c > 1000 ? (a < 0 ? -1 : 0) : a >> (int)c; break;
                case OperatorKind.Pow:
                    if (c < 0 || c > 128) return null;
                    res = BigInteger.Pow(a, (int)c); break;
                default: return null;
            }
            if (BigInteger.Abs(res) >= FoldLimit) return null;
            return Normalize(res);
        }
        if ((l is Complex || r is Complex) && AsComplex(l) is { } lc && AsComplex(r) is { } rc)
        {
            // Only + and -, which are exact componentwise as in CPython's complex arithmetic.
            return b.Op switch
            {
                OperatorKind.Add => new Complex(lc.Real + rc.Real, lc.Imaginary + rc.Imaginary),
                OperatorKind.Sub => new Complex(lc.Real - rc.Real, lc.Imaginary - rc.Imaginary),
                _ => null,
            };
        }
        if (l is double x && r is double y)
        {
            return b.Op switch
            {
                OperatorKind.Add => x + y,
                OperatorKind.Sub => x - y,
                OperatorKind.Mult => x * y,
                _ => null,
            };
        }
        return null;
    }
}
