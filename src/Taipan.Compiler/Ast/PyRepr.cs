using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Compiler.Ast;

/// <summary>Python's repr() of AST constants: str (quote choice, escapes of non-printables), bytes, float, complex, int.</summary>
public static class PyRepr
{
    public static void Constant(StringBuilder sb, object? v)
    {
        switch (v)
        {
            case null: sb.Append("None"); break;
            case NoneConstant: sb.Append("None"); break;
            case EllipsisConstant: sb.Append("Ellipsis"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case BigInteger bi: sb.Append(bi.ToString(CultureInfo.InvariantCulture)); break;
            case double d: Float(sb, d, addDotZero: true); break;
            case Complex c: ComplexRepr(sb, c); break;
            case string s: Str(sb, s); break;
            case SurrogateStr ss: Str(sb, ss); break;
            case byte[] bytes: Bytes(sb, bytes); break;
            default: sb.Append(v.ToString()); break;
        }
    }

    public static string Repr(object? v)
    {
        var sb = new StringBuilder();
        Constant(sb, v);
        return sb.ToString();
    }

    public static void Str(StringBuilder sb, string s)
    {
        char quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            StrCodePoint(sb, cp, quote);
        }
        sb.Append(quote);
    }

    /// <summary>repr of a str with lone surrogates: each is escaped as <c>\udXXX</c>, as CPython does.</summary>
    public static void Str(StringBuilder sb, SurrogateStr s)
    {
        var cps = s.CodePoints;
        char quote = '\'';
        if (cps.Contains('\'') && !cps.Contains('"')) quote = '"';
        sb.Append(quote);
        foreach (int cp in cps) StrCodePoint(sb, cp, quote);
        sb.Append(quote);
    }

    private static void StrCodePoint(StringBuilder sb, int cp, char quote)
    {
        if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
        else if (cp >= 0x20 && cp < 0x7f) sb.Append((char)cp);
        else if (cp == '\t') sb.Append("\\t");
        else if (cp == '\n') sb.Append("\\n");
        else if (cp == '\r') sb.Append("\\r");
        else if (cp < 0x20 || cp == 0x7f) AppendHex(sb, 'x', cp, 2);
        else if (!StrConstantBuilder.IsSurrogate(cp) && IsPrintable(cp))
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        else if (cp < 0x100) AppendHex(sb, 'x', cp, 2);
        else if (cp < 0x10000) AppendHex(sb, 'u', cp, 4);
        else AppendHex(sb, 'U', cp, 8);
    }

    private static void AppendHex(StringBuilder sb, char kind, int v, int digits)
    {
        sb.Append('\\').Append(kind);
        sb.Append(v.ToString(digits == 2 ? "x2" : digits == 4 ? "x4" : "x8", CultureInfo.InvariantCulture));
    }

    /// <summary>str.isprintable for one code point (CPython 3.11's Unicode 14 tables).</summary>
    public static bool IsPrintable(int cp) => Lexing.UnicodeTables.IsPrintable(cp);

    public static void Bytes(StringBuilder sb, byte[] b)
    {
        char quote = '\'';
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0;
        if (hasSingle && Array.IndexOf(b, (byte)'"') < 0) quote = '"';
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) AppendHex(sb, 'x', c, 2);
            else sb.Append((char)c);
        }
        sb.Append(quote);
    }

    /// <summary>float repr: shortest round-trip digits, exponent form when the exponent is &lt; -4 or &gt;= 16.</summary>
    public static void Float(StringBuilder sb, double d, bool addDotZero) =>
        sb.Append(Text.FloatRepr.Repr(d, addDotZero));

    public static void ComplexRepr(StringBuilder sb, Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            Float(sb, c.Imaginary, addDotZero: false);
            sb.Append('j');
            return;
        }
        sb.Append('(');
        Float(sb, c.Real, addDotZero: false);
        if (c.Imaginary >= 0 || double.IsNaN(c.Imaginary)) sb.Append('+');
        Float(sb, c.Imaginary, addDotZero: false);
        sb.Append("j)");
    }
}
