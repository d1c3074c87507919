using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// Builds the SyntaxErrors raised by the symbol table and the compiler with CPython's
/// position rules: the node's range, columns turned from UTF-8 byte offsets into 1-based
/// character offsets of the source line (as CPython does when it has the text).
/// </summary>
public sealed class CompileErrors
{
    private readonly string _filename;
    private readonly string? _source;
    private string[]? _lines;

    public CompileErrors(string filename, string? source)
    {
        _filename = filename; _source = source;
    }

    public string Filename => _filename;

    public PythonSyntaxError At(string msg, Node node) =>
        At(msg, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    public PythonSyntaxError At(string msg, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        string? text = LineText(lineno);
        int offset = ToCharOffset(text, colOffset) + 1;
        int endOffset = endLineno == lineno ? ToCharOffset(text, endColOffset) + 1
            : ToCharOffset(LineText(endLineno), endColOffset) + 1;
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, _filename, lineno, offset, text, endLineno, endOffset);
    }

    private string? LineText(int lineno)
    {
        if (_source is null || lineno <= 0) return null;
        _lines ??= SplitLines(_source);
        return lineno <= _lines.Length ? _lines[lineno - 1] : null;
    }

    private static string[] SplitLines(string source)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
                lines.Add(source.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < source.Length) lines.Add(source.Substring(start));
        return lines.ToArray();
    }

    private static int ToCharOffset(string? text, int byteOffset)
    {
        if (text is null || byteOffset <= 0) return byteOffset;
        int bytes = 0, chars = 0;
        for (int i = 0; i < text.Length && bytes < byteOffset; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length) { bytes += 4; i++; }
            else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            chars++;
        }
        return chars;
    }

    /// <summary>Python's <c>repr</c> of a str, for messages such as "multiple assignments to name 'x'".</summary>
    public static string Repr(string s)
    {
        bool useDouble = s.Contains('\'') && !s.Contains('"');
        char q = useDouble ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(q);
        foreach (char c in s)
        {
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append(c);
        }
        sb.Append(q);
        return sb.ToString();
    }
}
