namespace Taipan.Compiler.Lexing;

/// <summary>
/// A literal's value cannot be computed (bad escape, non-ASCII in bytes, too many digits).
/// <see cref="Msg"/> is CPython's message; the parser raises it as a SyntaxError at the
/// position CPython uses (the last token it has read).
/// </summary>
public sealed class LiteralException : Exception
{
    public LiteralException(string msg) : base(msg) => Msg = msg;

    public string Msg { get; }
}
