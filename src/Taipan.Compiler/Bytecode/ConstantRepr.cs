using System.Globalization;
using System.Numerics;
using System.Text;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Bytecode;

/// <summary>Python <c>repr()</c> of compile-time constants (for messages, disassembly and unparsing).</summary>
public static class ConstantRepr
{
    public static string Repr(object? v) => v switch
    {
        null => "None",
        NoneConstant => "None",
        EllipsisConstant => "Ellipsis",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => StrRepr(s),
        SurrogateStr ss => PyRepr.Repr(ss),
        byte[] b => BytesRepr(b),
        ConstantTuple t => TupleRepr(t),
        CodeObject co => co.ToString(),
        _ => v.ToString() ?? "?",
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

    /// <summary>float.__repr__: shortest round-tripping digits, fixed notation for 1e-4 ≤ |x| &lt; 1e16.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        string r = Math.Abs(d).ToString("E16", CultureInfo.InvariantCulture);
        // Shortest round trip: try increasing precision.
        for (int prec = 1; prec <= 17; prec++)
        {
            string cand = Math.Abs(d).ToString("E" + (prec - 1), CultureInfo.InvariantCulture);
            if (double.Parse(cand, CultureInfo.InvariantCulture) == Math.Abs(d)) { r = cand; break; }
        }
        int e = r.IndexOf('E');
        string mant = r.Substring(0, e).Replace(".", "");
        int exp = int.Parse(r.Substring(e + 1), CultureInfo.InvariantCulture);
        mant = mant.TrimEnd('0');
        if (mant.Length == 0) mant = "0";
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (exp >= -4 && exp < 16)
        {
            if (exp < 0)
            {
                sb.Append("0.").Append('0', -exp - 1).Append(mant);
            }
            else if (mant.Length <= exp + 1)
            {
                sb.Append(mant).Append('0', exp + 1 - mant.Length).Append(".0");
            }
            else
            {
                sb.Append(mant, 0, exp + 1).Append('.').Append(mant, exp + 1, mant.Length - exp - 1);
            }
        }
        else
        {
            sb.Append(mant[0]);
            if (mant.Length > 1) sb.Append('.').Append(mant, 1, mant.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string ComplexPart(double d)
    {
        string s = FloatRepr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s.Substring(0, s.Length - 2) : s;
    }

    public static string ComplexRepr(Complex c)
    {
        if (c.Real == 0 && BitConverter.DoubleToInt64Bits(c.Real) >= 0) return ComplexPart(c.Imaginary) + "j";
        string im = ComplexPart(c.Imaginary);
        string sign = im.StartsWith('-') ? "" : "+";
        return "(" + ComplexPart(c.Real) + sign + im + "j)";
    }

    private static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    public static string StrRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8"));
                i++;
                continue;
            }
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (cp < 0x20 || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x7f) sb.Append(c);
            else if (IsPrintable(cp)) sb.Append(c);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else sb.Append("\\u").Append(cp.ToString("x4"));
        }
        sb.Append(q);
        return sb.ToString();
    }

    public static string BytesRepr(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(q);
        foreach (byte x in b)
        {
            if (x == q || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\t') sb.Append("\\t");
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x < 0x20 || x >= 0x7f) sb.Append("\\x").Append(x.ToString("x2"));
            else sb.Append((char)x);
        }
        sb.Append(q);
        return sb.ToString();
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
