using System.Numerics;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Bytecode;

/// <summary>
/// Equality of co_consts entries as CPython's <c>_PyCode_ConstantKey</c> sees it: by type and
/// value, so 1, 1.0 and True stay distinct, 0.0 and -0.0 too; code objects by identity.
/// </summary>
internal sealed class ConstantKey : IEqualityComparer<object>
{
    public static readonly ConstantKey Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case string s: return s == (string)b;
            case SurrogateStr ss: return ss.Equals((SurrogateStr)b);
            case long l: return l == (long)b;
            case bool x: return x == (bool)b;
            case BigInteger bi: return bi == (BigInteger)b;
            case double d: return BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)b);
            case Complex c:
            {
                var o = (Complex)b;
                return BitConverter.DoubleToInt64Bits(c.Real) == BitConverter.DoubleToInt64Bits(o.Real)
                    && BitConverter.DoubleToInt64Bits(c.Imaginary) == BitConverter.DoubleToInt64Bits(o.Imaginary);
            }
            case byte[] bytes: return bytes.AsSpan().SequenceEqual((byte[])b);
            case ConstantTuple t:
            {
                var o = (ConstantTuple)b;
                if (t.IsFrozenSet != o.IsFrozenSet || t.Items.Length != o.Items.Length) return false;
                for (int i = 0; i < t.Items.Length; i++) if (!Equals(t.Items[i], o.Items[i])) return false;
                return true;
            }
            default: return false; // None/Ellipsis singletons matched by reference; code by identity
        }
    }

    public int GetHashCode(object o)
    {
        switch (o)
        {
            case string s: return s.GetHashCode();
            case SurrogateStr ss: return ss.GetHashCode();
            case long l: return l.GetHashCode();
            case bool x: return x ? 3 : 5;
            case BigInteger bi: return bi.GetHashCode();
            case double d: return BitConverter.DoubleToInt64Bits(d).GetHashCode();
            case Complex c: return c.GetHashCode();
            case byte[] bytes:
            {
                var h = new HashCode();
                h.AddBytes(bytes);
                return h.ToHashCode();
            }
            case ConstantTuple t:
            {
                int h = t.IsFrozenSet ? 17 : 31;
                foreach (var it in t.Items) h = h * 31 + GetHashCode(it);
                return h;
            }
            default: return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
    }
}
