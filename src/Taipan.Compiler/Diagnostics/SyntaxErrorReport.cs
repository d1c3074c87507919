using System.Text;

namespace Taipan.Compiler.Diagnostics;

/// <summary>Formats a syntax error the way CPython 3.11's top level prints it to stderr.</summary>
public static class SyntaxErrorReport
{
    public static string Format(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        if (e.Lineno > 0 || e.Text != null)
        {
            sb.Append("  File \"").Append(e.Filename).Append("\", line ").Append(e.Lineno).Append('\n');
            if (e.Text != null) AppendErrorText(sb, e);
        }
        sb.Append(e.Kind.ToString()).Append(": ").Append(e.Msg).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// After pythonrun.c's print_error_text: the line with leading whitespace stripped, then a
    /// caret line. Offsets move with the stripping and are clipped to the line; no caret when
    /// the offset falls left of the text. IndentationError (and TabError) get a single caret.
    /// CPython counts the text in UTF-8 bytes here.
    /// </summary>
    private static void AppendErrorText(StringBuilder sb, PythonSyntaxError e)
    {
        string text = e.Text!;
        int i = 0;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) i++;
        string line = text.Substring(i);
        int nl = line.IndexOf('\n');
        string shown = nl >= 0 ? line.Substring(0, nl) : line;
        sb.Append("    ").Append(shown).Append('\n');
        int off0 = e.Offset - 1 - i;
        int end0 = e.EndOffset - 1 - i;
        int len = Encoding.UTF8.GetByteCount(shown);
        if (off0 > len) off0 = len;
        if (off0 < 0) return;
        int reps = 1;
        if (e.Kind == SyntaxErrorKind.SyntaxError && e.EndLineno > e.Lineno && e.EndOffset > 0)
        {
            reps = Math.Max(1, len - off0); // a range running onto later lines is marked to the end of this one
        }
        else if (e.Kind == SyntaxErrorKind.SyntaxError && e.EndOffset > 0 && e.EndOffset > e.Offset)
        {
            if (end0 > len + 1) end0 = len + 1;
            reps = Math.Max(1, end0 - off0);
        }
        sb.Append("    ");
        sb.Append(' ', off0);
        sb.Append('^', reps);
        sb.Append('\n');
    }
}
