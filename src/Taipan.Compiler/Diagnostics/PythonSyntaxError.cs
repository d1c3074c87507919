namespace Taipan.Compiler.Diagnostics;

/// <summary>The SyntaxError family as CPython raises it from the tokenizer and parser.</summary>
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// A syntax error with CPython's fields: <c>msg</c>, <c>filename</c>, <c>lineno</c>,
/// <c>offset</c> (1-based, in characters of <c>text</c>), <c>text</c> (the offending source
/// line, with its newline), <c>end_lineno</c>, <c>end_offset</c>. Thrown by the front end;
/// the runtime turns it into the Python exception, the CLI prints CPython's report.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(SyntaxErrorKind kind, string msg, string filename,
        int lineno, int offset, string? text, int endLineno, int endOffset)
        : base(msg)
    {
        Kind = kind; Msg = msg; Filename = filename; Lineno = lineno; Offset = offset;
        Text = text; EndLineno = endLineno; EndOffset = endOffset;
    }

    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }
    public string? Text { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
}
