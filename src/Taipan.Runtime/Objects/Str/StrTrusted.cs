namespace Taipan.Runtime.Objects;

internal sealed partial class PyStr
{
    /// <summary>A str whose PEP 393 metadata the caller already knows (a codec or serializer that
    /// tracked it while writing), so the text is not scanned again. The caller guarantees that
    /// <paramref name="length"/> and <paramref name="maxCodePoint"/> are exact.</summary>
    internal static PyStr FromTrusted(string value, int length, int maxCodePoint, bool hasAstral)
    {
        if (value.Length == 0) return Empty;
        if (value.Length == 1) return FromCodePoint(value[0]);
        return new PyStr(value, length, maxCodePoint, hasAstral);
    }
}
