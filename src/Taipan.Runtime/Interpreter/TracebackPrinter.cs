using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Parsing;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Prints an uncaught exception as CPython 3.11 does (PyErr_Display, which traceback.py mirrors):
/// chained exceptions, source lines with caret and anchor lines, "[Previous line repeated N more
/// times]", notes, "Did you mean" suggestions, SyntaxError reports and exception-group boxes.
/// </summary>
internal static class TracebackPrinter
{
    private const int MaxGroupWidth = 15, MaxGroupDepth = 10, RecursiveCutoff = 3;
    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    public static void Print(PyBaseException e, PyObject? file)
    {
        var text = Format(e);
        if (file is Builtins.ConsoleFile cf)
        {
            cf.Write(text);
            cf.Flush();
        }
        else if (file is not null && file != PyNone.Instance)
        {
            PyOps.CallMethod(file, "write", new PyObject[] { PyStr.FromString(text) });
            try { PyOps.CallMethod(file, "flush", ReadOnlySpan<PyObject>.Empty); } catch (PyException) { }
        }
        else
        {
            Console.Error.Write(text);
        }
    }

    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var ctx = new Context();
        FormatChain(e, ctx, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private sealed class Context
    {
        public int GroupDepth;
        public bool NeedClose;

        public string Indent() => new(' ', 2 * GroupDepth);

        public void Emit(StringBuilder sb, string text, char margin = '|')
        {
            var indent = Indent();
            if (GroupDepth > 0) indent += margin + " ";
            foreach (var line in SplitKeepEnds(text)) sb.Append(indent).Append(line);
        }
    }

    private static IEnumerable<string> SplitKeepEnds(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text.Substring(start, i - start + 1);
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }

    private static void FormatChain(PyBaseException e, Context ctx, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        var chain = new List<(string? Message, PyBaseException Exc)>();
        PyBaseException? cur = e;
        while (cur is not null && seen.Add(cur))
        {
            string? msg = null;
            PyBaseException? next = null;
            if (cur.Cause is PyBaseException cause) { msg = CauseMessage; next = cause; }
            else if (cur.Context is PyBaseException context && !cur.SuppressContext) { msg = ContextMessage; next = context; }
            chain.Add((msg, cur));
            cur = next;
            if (next is not null && seen.Contains(next)) break;
        }
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (msg, exc) = chain[i];
            if (msg is not null) ctx.Emit(sb, msg);
            FormatOne(exc, ctx, sb, seen);
        }
    }

    private static bool IsGroup(PyBaseException e) =>
        InterpreterState.Current.BuiltinsDict.GetItemOrNull(PyStr.FromAscii("BaseExceptionGroup")) is PyType g && e.type.IsSubtypeOf(g);

    private static void FormatOne(PyBaseException exc, Context ctx, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        var stack = FormatStack(exc.Traceback as PyTraceback);
        if (!IsGroup(exc))
        {
            if (stack.Length > 0)
            {
                ctx.Emit(sb, "Traceback (most recent call last):\n");
                ctx.Emit(sb, stack);
            }
            ctx.Emit(sb, FormatExceptionOnly(exc));
            return;
        }
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit(sb, $"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (stack.Length > 0)
        {
            ctx.Emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.Emit(sb, stack);
        }
        ctx.Emit(sb, FormatExceptionOnly(exc));
        var excs = PyOps.GetAttr(exc, StrIntern.Intern("exceptions")) as PyTuple ?? PyTuple.Empty;
        int num = excs.Count;
        int n = num <= MaxGroupWidth ? num : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true;
            bool truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString();
            sb.Append(ctx.Indent()).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                if (excs[i] is PyBaseException sub) FormatChain(sub, ctx, sb, seen);
            }
            else
            {
                int remaining = num - MaxGroupWidth;
                ctx.Emit(sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                sb.Append(ctx.Indent()).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    // --- the stack ------------------------------------------------------------------------------

    private static string FormatStack(PyTraceback? tb)
    {
        var sb = new StringBuilder();
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (var t = tb; t is not null; t = t.Next)
        {
            var code = t.Frame.Code;
            var file = code.Code.Filename;
            var name = code.Code.Name;
            var pos = code.PositionAt(t.LastI);
            int line = pos.Line;
            if (lastFile is null || file != lastFile || line != lastLine || name != lastName)
            {
                if (count > RecursiveCutoff)
                {
                    int more = count - RecursiveCutoff;
                    sb.Append($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            FormatFrame(sb, file, line, name, pos);
        }
        if (count > RecursiveCutoff)
        {
            int more = count - RecursiveCutoff;
            sb.Append($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
        }
        return sb.ToString();
    }

    private static void FormatFrame(StringBuilder sb, string file, int line, string name, Compiler.Bytecode.SourcePosition pos)
    {
        sb.Append("  File \"").Append(file).Append("\", line ").Append(line < 0 ? "None" : line.ToString()).Append(", in ").Append(name).Append('\n');
        var original = SourceLines.Get(file, line);
        if (original is null) return;
        var stripped = original.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
        if (pos.Column < 0 || pos.EndColumn < 0 || pos.EndLine < 0) return;
        int strippedChars = original.Length - original.TrimStart().Length;
        int start = ByteToCharOffset(original, pos.Column) + 1;
        int end = ByteToCharOffset(original, pos.EndColumn) + 1;
        (int Left, int Right)? anchors = null;
        if (pos.Line == pos.EndLine)
        {
            if (start - 1 >= 0 && end - 1 <= original.Length && end >= start)
                anchors = Anchors(original[(start - 1)..(end - 1)]);
        }
        else
        {
            end = strippedChars + stripped.Length + 1;
        }
        bool show = end - start < stripped.Length || (anchors is { } a0 && a0.Right - a0.Left > 0);
        if (!show) return;
        sb.Append("    ").Append(' ', Math.Max(0, start - 1 - strippedChars));
        if (anchors is { } a)
        {
            sb.Append('~', a.Left).Append('^', a.Right - a.Left).Append('~', Math.Max(0, end - start - a.Right));
        }
        else
        {
            sb.Append('^', Math.Max(0, end - start));
        }
        sb.Append('\n');
    }

    private static int ByteToCharOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (byteOffset >= bytes.Length) return line.Length + (byteOffset - bytes.Length);
        return Encoding.UTF8.GetString(bytes, 0, byteOffset).Length;
    }

    /// <summary>traceback._extract_caret_anchors_from_line_segment: the operator of a binary operation,
    /// the brackets of a subscript.</summary>
    private static (int, int)? Anchors(string segment)
    {
        Module tree;
        try { tree = PythonParser.ParseModule(segment, "<string>"); }
        catch (Exception) { return null; }
        if (tree.Body.Count != 1 || tree.Body[0] is not ExprStmt stmt) return null;
        if (stmt.Value is BinOp bin)
        {
            int opStart = ByteToCharOffset(segment, bin.Left.EndColOffset);
            int opEnd = ByteToCharOffset(segment, bin.Right.ColOffset);
            var opText = segment[opStart..opEnd];
            int opOffset = opText.Length - opText.TrimStart().Length;
            int left = bin.Left.EndColOffset + opOffset;
            int right = left + 1;
            if (opOffset + 1 < opText.Length && !char.IsWhiteSpace(opText[opOffset + 1])) right++;
            return (ByteToCharOffset(segment, left), ByteToCharOffset(segment, right));
        }
        if (stmt.Value is Subscript sub)
        {
            return (ByteToCharOffset(segment, sub.Value.EndColOffset), ByteToCharOffset(segment, sub.Slice.EndColOffset + 1));
        }
        return null;
    }

    // --- the exception line ---------------------------------------------------------------------

    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var t = exc.type;
        var stype = t.Qualname;
        var mod = t.IsHeapType ? t.Dict.GetItemOrNull(Names.Module) : null;
        if (mod is not null)
        {
            var m = mod is PyStr ms ? ms.Value : "<unknown>";
            if (m != "__main__" && m != "builtins") stype = m + "." + stype;
        }
        else if (!t.IsHeapType && t.Name.Contains('.'))
        {
            stype = t.Name;
        }
        var sb = new StringBuilder();
        if (!t.IsSubtypeOf(PyTypes.SyntaxError) || !FormatSyntaxError(exc, stype, sb))
        {
            var value = SafeStr(exc) + Suggestion(exc);
            sb.Append(value.Length == 0 ? stype : stype + ": " + value).Append('\n');
        }
        var notes = ExceptionAttributes.Get(exc, "__notes__");
        // print_exception_notes: any sequence (a str prints one character per line), else its repr.
        if (notes is not null && notes.type.GetItem is not null && notes.type.Length is not null && !notes.type.IsSubtypeOf(PyTypes.Dict))
        {
            var it = PyOps.GetIter(notes);
            PyObject? n;
            while ((n = PyOps.Next(it)) is not null)
            {
                string note;
                try { note = PyOps.Str(n).Value; } catch (PyException) { note = "<note str() failed>"; }
                foreach (var l in note.Split('\n')) sb.Append(l).Append('\n');
            }
        }
        else if (notes is not null)
        {
            string r;
            try { r = PyOps.Repr(notes).Value; } catch (PyException) { r = "<__notes__ repr() failed>"; }
            sb.Append(r); // 3.11 writes no newline after it (the next output runs on)
        }
        return sb.ToString();
    }

    private static string SafeStr(PyBaseException exc)
    {
        try { return PyOps.Str(exc).Value; }
        catch (PyException) { return "<exception str() failed>"; }
    }

    /// <summary>print_exception_file_and_line + parse_syntax_error: the location lines and the message
    /// line of a SyntaxError. False when the attributes do not parse (then it prints like any exception).</summary>
    private static bool FormatSyntaxError(PyBaseException exc, string stype, StringBuilder sb)
    {
        PyObject? message;
        string filename;
        long lineno, offset, endLineno, endOffset;
        PyObject? text;
        try
        {
            if (ExceptionAttributes.Get(exc, "print_file_and_line") is null) return false;
            message = ExceptionAttributes.Get(exc, "msg");
            var fn = ExceptionAttributes.Get(exc, "filename");
            if (message is null || fn is null) return false;
            filename = fn == PyNone.Instance ? "<string>" : PyOps.Str(fn).Value;
            if (!AsSsize(ExceptionAttributes.Get(exc, "lineno"), out lineno)) return false;
            var off = ExceptionAttributes.Get(exc, "offset");
            if (off is null) return false;
            offset = -1;
            if (off != PyNone.Instance && !AsSsize(off, out offset)) return false;
            endLineno = lineno;
            endOffset = -1;
            if (exc.type == PyTypes.SyntaxError)
            {
                var el = ExceptionAttributes.Get(exc, "end_lineno");
                if (el is not null && el != PyNone.Instance && !AsSsize(el, out endLineno)) return false;
                var eo = ExceptionAttributes.Get(exc, "end_offset");
                if (eo is not null && eo != PyNone.Instance && !AsSsize(eo, out endOffset)) return false;
            }
            text = ExceptionAttributes.Get(exc, "text");
            if (text is null) return false;
        }
        catch (PyException)
        {
            return false;
        }
        sb.Append("  File \"").Append(filename).Append("\", line ").Append(lineno).Append('\n');
        if (text is PyStr t)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(t.Value);
            // A location spanning lines highlights to the end of the first; never more carets than the line.
            if (endLineno > lineno) endOffset = bytes.Length;
            if (endOffset > bytes.Length + 1) endOffset = bytes.Length + 1;
            PrintErrorText(sb, offset, endOffset, bytes);
        }
        string value;
        if (message == PyNone.Instance) value = "";
        else
        {
            try { value = PyOps.Str(message).Value; }
            catch (PyException) { value = "<exception str() failed>"; }
        }
        sb.Append(value.Length == 0 ? stype : stype + ": " + value).Append('\n');
        return true;
    }

    private static bool AsSsize(PyObject? v, out long result)
    {
        result = 0;
        if (v is not PyInt i || !i.IsSmall) return false;
        result = i.Small;
        return true;
    }

    /// <summary>print_error_text, byte for byte: CPython works on the UTF-8 text with the (character)
    /// offsets, strips leading blanks, clips, skips embedded lines, and always prints at least one caret.</summary>
    private static void PrintErrorText(StringBuilder sb, long offset, long endOffset, byte[] text)
    {
        long caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f'))
        {
            start++;
            offset--;
        }
        long len = text.Length - start;
        if (len > 0 && text[text.Length - 1] == '\n') len--;
        if (offset > len) offset = len;
        while (true)
        {
            int nl = Array.IndexOf(text, (byte)'\n', start);
            if (nl < 0) break;
            long inl = nl - start;
            if (inl >= offset) break;
            inl++;
            start += (int)inl;
            len -= inl;
            offset -= inl;
        }
        sb.Append("    ").Append(System.Text.Encoding.UTF8.GetString(text, start, text.Length - start));
        if (start + len >= text.Length || text[start + len] != '\n') sb.Append('\n');
        if (offset < 0) return;
        sb.Append("    ").Append(' ', (int)offset).Append('^', (int)caretRepetitions).Append('\n');
    }

    // --- "Did you mean" -------------------------------------------------------------------------

    private static string Suggestion(PyBaseException exc)
    {
        try
        {
            string? s = null;
            if (exc.type.IsSubtypeOf(PyTypes.NameError)) s = NameSuggestion(exc);
            else if (exc.type.IsSubtypeOf(PyTypes.AttributeError)) s = AttributeSuggestion(exc);
            return s is null ? "" : $". Did you mean: '{s}'?";
        }
        catch (PyException)
        {
            return "";
        }
    }

    private static string? AttributeSuggestion(PyBaseException exc)
    {
        if (ExceptionAttributes.Get(exc, "name") is not PyStr name) return null;
        var obj = ExceptionAttributes.Get(exc, "obj");
        if (obj is null) return null;
        var dir = PyOps.ToList(Builtins.BuiltinFunctions.dir(obj));
        return Suggestions.Calculate(dir, name.Value);
    }

    private static string? NameSuggestion(PyBaseException exc)
    {
        if (ExceptionAttributes.Get(exc, "name") is not PyStr name) return null;
        var tb = exc.Traceback as PyTraceback;
        if (tb is null) return null;
        while (tb.Next is not null) tb = tb.Next;
        var frame = tb.Frame;
        var locals = new PyList();
        foreach (var n in frame.Code.LocalNames) locals.Append(n);
        return Suggestions.Calculate(locals, name.Value)
            ?? Suggestions.Calculate(PyOps.ToList(frame.Globals), name.Value)
            ?? Suggestions.Calculate(PyOps.ToList(frame.Builtins), name.Value);
    }
}

/// <summary>CPython 3.11's suggestions.c: a Levenshtein distance with case changes cheaper than
/// other edits, limited to a third of the characters.</summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750, MaxStringSize = 40, MoveCost = 2, CaseCost = 1;

    public static string? Calculate(PyList dir, string name)
    {
        if (dir.Count >= MaxCandidateItems) return null;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        string? suggestion = null;
        long best = long.MaxValue;
        for (int i = 0; i < dir.Count; i++)
        {
            if (dir[i] is not PyStr item) continue;
            if (item.Value == name) continue;
            var itemBytes = Encoding.UTF8.GetBytes(item.Value);
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, best - 1);
            long d = Distance(nameBytes, itemBytes, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion is null || d < best)
            {
                suggestion = item.Value;
                best = d;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    private static long Distance(byte[] aa, byte[] bb, long maxCost)
    {
        ReadOnlySpan<byte> a = aa, b = bb;
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        var buffer = new long[a.Length];
        long tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        long result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            long distance = result = bi * MoveCost;
            long minimum = long.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                long substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                long insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}

/// <summary>linecache for the traceback printer: source lines of files, read once.</summary>
internal static class SourceLines
{
    private static readonly Dictionary<string, string[]?> cache = new();

    public static string? Get(string file, int line)
    {
        if (line < 1) return null;
        string[]? lines;
        lock (cache)
        {
            if (!cache.TryGetValue(file, out lines))
            {
                try { lines = File.Exists(file) ? File.ReadAllText(file).Split('\n') : null; }
                catch (IOException) { lines = null; }
                catch (UnauthorizedAccessException) { lines = null; }
                cache[file] = lines;
            }
        }
        if (lines is null || line > lines.Length) return null;
        return lines[line - 1].TrimEnd('\r');
    }
}
