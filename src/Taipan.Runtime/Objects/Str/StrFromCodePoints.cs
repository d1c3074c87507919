using System.Text;

namespace Taipan.Runtime.Objects;

internal sealed partial class PyStr
{
    /// <summary>A str from code points; lone surrogates become lone UTF-16 surrogates.</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return FromString(sb.ToString());
    }
}

internal sealed partial class PyStr
{
    /// <summary>a + b for exact strs (BINARY_OP's fast path).</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        var av = a.Value;
        var bv = b.Value;
        // Metadata combines unless a surrogate pair forms at the seam.
        if (char.IsHighSurrogate(av[^1]) && char.IsLowSurrogate(bv[0])) return FromString(string.Concat(av, bv));
        return new PyStr(string.Concat(av, bv), a.Length + b.Length, Math.Max(a.MaxCodePoint, b.MaxCodePoint), a.HasAstral || b.HasAstral);
    }
}

internal sealed partial class PyStr
{
    /// <summary>The same text as an instance of a str subclass.</summary>
    public PyStr WithType(PyType subtype) => new(Value, Length, MaxCodePoint, HasAstral) { type = subtype };
}
