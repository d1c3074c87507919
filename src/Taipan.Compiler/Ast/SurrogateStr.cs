namespace Taipan.Compiler.Ast;

/// <summary>
/// A str constant holding at least one surrogate code point (U+D800–U+DFFF), which only an
/// escape such as <c>"\ud800"</c> can produce. Kept as code points because in UTF-16 the two
/// lone surrogates of <c>"\ud800\udc00"</c> would read back as the one astral character
/// <c>"\U00010000"</c>; see <see cref="NoneConstant"/> for why plain strs stay <c>string</c>.
/// Equality is by value so constant tables dedupe it like any str.
/// </summary>
public sealed class SurrogateStr : IEquatable<SurrogateStr>
{
    private readonly int[] _codePoints;

    public SurrogateStr(int[] codePoints) => _codePoints = codePoints;

    public ReadOnlySpan<int> CodePoints => _codePoints;

    public bool Equals(SurrogateStr? other) =>
        other is not null && _codePoints.AsSpan().SequenceEqual(other._codePoints);

    public override bool Equals(object? obj) => obj is SurrogateStr s && Equals(s);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (int cp in _codePoints) h.Add(cp);
        return h.ToHashCode();
    }

    /// <summary>Python's repr, e.g. <c>'\ud800\udc00'</c> (a UTF-16 string could not say it).</summary>
    public override string ToString() => PyRepr.Repr(this);
}
