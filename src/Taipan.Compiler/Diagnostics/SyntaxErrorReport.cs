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

    private static void AppendErrorText(StringBuilder sb, PythonSyntaxError e)
    {
        // After pythonrun.c's print_error_text: strip leading whitespace (moving the
        // offsets with it), print the line, then a caret range if it is on that line.
        string text = e.Text!;
        int offset = e.Offset;
        int endOffset = e.EndOffset;
        if (e.EndLineno != e.Lineno || endOffset <= 0) endOffset = offset + 1;
        // CPython works in characters of the line with the trailing newline removed.
        int i = 0;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) i++;
        string line = text.Substring(i).TrimEnd('\n');
        int lineChars = CountChars(line);
        offset -= i; endOffset -= i;
        sb.Append("    ").Append(line).Append('\n');
        if (offset < 1) return;
        if (offset > lineChars + 1) offset = lineChars + 1;
        if (endOffset > lineChars + 1) endOffset = lineChars + 1;
        if (endOffset <= offset) endOffset = offset + 1;
        sb.Append("    ");
        sb.Append(' ', offset - 1);
        sb.Append('^', endOffset - offset);
        sb.Append('\n');
    }

    private static int CountChars(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) { if (char.IsHighSurrogate(s[i])) i++; n++; }
        return n;
    }
}
