using System.Numerics;
using System.Text;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Bytecode;

/// <summary>Python <c>repr()</c> of compile-time constants (for messages, disassembly and unparsing).</summary>
public static class ConstantRepr
{
    /// <summary>Scalars go through <see cref="PyRepr"/>, the one Python repr of the front end; tuples and code objects are the compiler's own.</summary>
    public static string Repr(object? v) => v switch
    {
        ConstantTuple t => TupleRepr(t),
        CodeObject co => co.ToString(),
        _ => PyRepr.Repr(v),
    };

    private static string TupleRepr(ConstantTuple t)
    {
        var sb = new StringBuilder();
        if (t.IsFrozenSet)
        {
            if (t.Items.Length == 0) return "frozenset()";
            sb.Append("frozenset({");
            for (int i = 0; i < t.Items.Length; i++) { if (i > 0) sb.Append(", "); sb.Append(Repr(t.Items[i])); }
            return sb.Append("})").ToString();
        }
        sb.Append('(');
        for (int i = 0; i < t.Items.Length; i++) { if (i > 0) sb.Append(", "); sb.Append(Repr(t.Items[i])); }
        if (t.Items.Length == 1) sb.Append(',');
        return sb.Append(')').ToString();
    }

    /// <summary>A key under which constants equal in Python (1 == 1.0 == True) collide.</summary>
    public static object EqualityKey(object v) => v switch
    {
        bool b => (object)(b ? 1L : 0L),
        double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
        double d => d,
        Complex c when c.Imaginary == 0 => EqualityKey(c.Real),
        string s => "s:" + s,
        byte[] bytes => "b:" + Convert.ToHexString(bytes),
        _ => v,
    };
}
