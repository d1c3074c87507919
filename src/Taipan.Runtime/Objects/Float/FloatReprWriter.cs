namespace Taipan.Runtime.Objects;

internal sealed partial class PyFloat
{
    /// <summary>Longest text <see cref="WriteRepr"/> writes.</summary>
    public const int MaxReprLength = Taipan.Compiler.Text.FloatRepr.MaxReprLength;

    /// <summary>repr(v) into a caller's buffer, for serializers that must not allocate per float.</summary>
    public static int WriteRepr(double v, Span<char> dest) => Taipan.Compiler.Text.FloatRepr.Write(v, dest);
}
