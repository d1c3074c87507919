using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>
/// Adjacent string literals: concatenation, bytes/str mixing, and 3.11's f-string parsing
/// (literal parts and FormattedValue take the whole concatenation's position; a format
/// spec's JoinedStr takes its own token's; expression nodes are positioned relative to
/// the string token as CPython's fstring_compile_expr does).
/// </summary>
internal sealed partial class Parser
{
    private Expr Strings()
    {
        int first = _p;
        int last = _p;
        while (_t[last + 1].Kind == TokenKind.String) last++;
        if (_max < last + 1) _max = last + 1; // STRING+ looks at the token after the strings
        // Single plain literal: the common case, no builder.
        var state = new FStringState();
        bool bytesMode = false;
        List<byte>? bytes = null;
        for (int i = first; i <= last; i++)
        {
            ref readonly Token t = ref _t[i];
            string text = _src.Substring(t.Start, t.End - t.Start);
            int q = 0;
            bool raw = false, isBytes = false, isF = false;
            while (text[q] != '\'' && text[q] != '"')
            {
                char c = (char)(text[q] | 0x20);
                if (c == 'r') raw = true;
                else if (c == 'b') isBytes = true;
                else if (c == 'f') isF = true;
                q++;
            }
            int ql = (text.Length - q >= 6 && text[q + 1] == text[q] && text[q + 2] == text[q]) ? 3 : 1;
            int bodyStart = q + ql;
            int bodyEnd = text.Length - ql;
            if (i != first && bytesMode != isBytes)
            {
                throw ErrorAtLastToken("cannot mix bytes and nonbytes literals");
            }
            bytesMode = isBytes;
            string body = text.Substring(bodyStart, bodyEnd - bodyStart);
            if (isBytes)
            {
                for (int k = 0; k < body.Length; k++)
                    if (body[k] >= 0x80)
                        throw MakeError(SyntaxErrorKind.SyntaxError, "bytes can only contain ASCII literal characters",
                            t.Line, t.Col, t.EndLine, t.EndCol);
                bytes ??= new List<byte>();
                try { bytes.AddRange(StringLiteral.DecodeBytes(body, raw)); }
                catch (LiteralException e) { throw EscapeErr(e); }
            }
            else if (isF)
            {
                state.FMode = true;
                int pos = bodyStart;
                ConcatFString(state, text, ref pos, bodyEnd, raw, 0, first, i, last);
            }
            else
            {
                object v;
                try { v = raw ? body : StringLiteral.DecodeStr(body, raw: false); }
                catch (LiteralException e) { throw EscapeErr(e); }
                state.AppendLiteral(v);
            }
        }
        _p = last;
        Advance();
        if (bytesMode)
        {
            var c = new Constant { Value = bytes!.ToArray() };
            return Fin(c, first);
        }
        return FinishFString(state, first, last);
    }

    private PythonSyntaxError EscapeErr(LiteralException e) => ErrorAtLastToken(e.Msg);

    private sealed class FStringState
    {
        public bool FMode;
        public StrConstantBuilder? LastStr;
        public List<Expr>? Values;

        /// <summary>Appends a decoded piece: a <c>string</c> or a <see cref="SurrogateStr"/> (never empty).</summary>
        public void AppendLiteral(object s)
        {
            if (s is string { Length: 0 }) return; // CPython drops empty pieces of a concatenation
            LastStr ??= new StrConstantBuilder();
            LastStr.AppendValue(s);
        }
    }

    private string? StringKind(int firstTok) => _src[_t[firstTok].Start] == 'u' ? "u" : null;

    private Constant MakeStrConstant(object value, int firstTok, int lastTok)
    {
        var c = new Constant { Value = value, Kind = StringKind(firstTok) };
        ref readonly Token a = ref _t[firstTok];
        ref readonly Token b = ref _t[lastTok];
        c.Lineno = a.Line; c.ColOffset = a.Col; c.EndLineno = b.EndLine; c.EndColOffset = b.EndCol;
        return c;
    }

    private Expr FinishFString(FStringState state, int firstTok, int lastTok)
    {
        if (!state.FMode)
            return MakeStrConstant(state.LastStr?.ToValue() ?? "", firstTok, lastTok);
        state.Values ??= new List<Expr>();
        if (state.LastStr != null)
        {
            state.Values.Add(MakeStrConstant(state.LastStr.ToValue(), firstTok, lastTok));
            state.LastStr = null;
        }
        var j = new JoinedStr { Values = state.Values };
        ref readonly Token a = ref _t[firstTok];
        ref readonly Token b = ref _t[lastTok];
        j.Lineno = a.Line; j.ColOffset = a.Col; j.EndLineno = b.EndLine; j.EndColOffset = b.EndCol;
        return j;
    }

    /// <summary>The string parser's errors are RAISE_SYNTAX_ERROR: at the last token fetched, the one after the strings.</summary>
    private PythonSyntaxError FStringError(string msg, int tok)
    {
        _ = tok;
        return ErrorAtLastToken(msg);
    }

    /// <summary>Parses f-string body text[pos..end) into the state (literals and replacement fields).</summary>
    private void ConcatFString(FStringState state, string text, ref int pos, int end, bool raw, int recurse,
        int firstTok, int curTok, int lastTok)
    {
        state.FMode = true;
        while (true)
        {
            // literal part
            int litStart = pos;
            int s = pos;
            bool doubled = false;
            while (s < end)
            {
                char ch = text[s++];
                if (!raw && ch == '\\' && s < end)
                {
                    ch = text[s++];
                    if (ch == 'N')
                    {
                        if (s < end && text[s++] == '{')
                        {
                            while (s < end && text[s++] != '}') { }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}')
                {
                    if (recurse == 0)
                    {
                        if (s < end && text[s] == ch)
                        {
                            pos = s + 1;
                            doubled = true;
                            break;
                        }
                        if (ch == '}')
                            throw FStringError("f-string: single '}' is not allowed", curTok);
                    }
                    s--;
                    break;
                }
            }
            int litEnd = doubled ? pos - 1 : s;
            if (!doubled) pos = s;
            if (litEnd > litStart)
            {
                object lit = text.Substring(litStart, litEnd - litStart);
                if (!raw)
                {
                    try { lit = StringLiteral.DecodeStr((string)lit, raw: false); }
                    catch (LiteralException e) { throw EscapeErr(e); }
                }
                state.AppendLiteral(lit);
            }
            if (doubled) continue;
            if (pos >= end || text[pos] == '}') break;
            // text[pos] == '{'
            FStringExpr(state, text, ref pos, end, raw, recurse, firstTok, curTok, lastTok);
        }
        if (recurse == 0 && pos < end)
            throw FStringError("f-string: single '}' is not allowed", curTok);
    }

    private void FStringExpr(FStringState state, string text, ref int pos, int end, bool raw, int recurse,
        int firstTok, int curTok, int lastTok)
    {
        if (recurse >= 2) throw FStringError("f-string: expressions nested too deeply", curTok);
        int brace = pos;
        pos++; // '{'
        int exprStart = pos;
        char quote = '\0';
        int nestedQuotes = 0;
        int depth = 0;
        var stack = new char[200];
        while (pos < end)
        {
            char ch = text[pos];
            if (ch == '\\') throw FStringError("f-string expression part cannot include a backslash", curTok);
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (nestedQuotes == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 3;
                            quote = '\0';
                            continue;
                        }
                    }
                    else
                    {
                        quote = '\0';
                        pos++;
                        continue;
                    }
                }
                pos++;
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                {
                    nestedQuotes = 3;
                    pos += 2;
                }
                else nestedQuotes = 1;
                quote = ch;
                pos++;
                continue;
            }
            if (ch == '[' || ch == '{' || ch == '(')
            {
                if (depth >= 200) throw FStringError("f-string: too many nested parenthesis", curTok);
                stack[depth++] = ch;
                pos++;
                continue;
            }
            if (ch == '#') throw FStringError("f-string expression part cannot include '#'", curTok);
            if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                if (pos + 1 < end)
                {
                    char next = text[pos + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '='))
                    {
                        pos += 2;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') { pos++; continue; }
                break;
            }
            if (ch == ']' || ch == '}' || ch == ')')
            {
                if (depth == 0) throw FStringError($"f-string: unmatched '{ch}'", curTok);
                char open = stack[--depth];
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                    throw FStringError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'", curTok);
            }
            pos++;
        }
        int exprEnd = pos;
        if (quote != '\0') throw FStringError("f-string: unterminated string", curTok);
        if (depth != 0) throw FStringError($"f-string: unmatched '{stack[depth - 1]}'", curTok);
        if (pos >= end) throw FStringError("f-string: expecting '}'", curTok);

        var expr = CompileFStringExpr(text, brace, exprStart, exprEnd, curTok);

        string? exprText = null;
        if (text[pos] == '=')
        {
            pos++;
            while (pos < end && (text[pos] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')) pos++;
            if (pos >= end) throw FStringError("f-string: expecting '}'", curTok);
            exprText = text.Substring(exprStart, pos - exprStart);
        }
        int conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end) throw FStringError("f-string: expecting '}'", curTok);
            char conv = text[pos++];
            if (conv != 's' && conv != 'r' && conv != 'a')
                throw FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", curTok);
            conversion = conv;
        }
        Expr? formatSpec = null;
        if (pos >= end) throw FStringError("f-string: expecting '}'", curTok);
        if (text[pos] == ':')
        {
            pos++;
            if (pos >= end) throw FStringError("f-string: expecting '}'", curTok);
            var sub = new FStringState();
            ConcatFString(sub, text, ref pos, end, raw, recurse + 1, firstTok, curTok, lastTok);
            formatSpec = FinishFString(sub, curTok, curTok);
        }
        if (pos >= end || text[pos] != '}') throw FStringError("f-string: expecting '}'", curTok);
        pos++;
        if (exprText != null && formatSpec == null && conversion == -1) conversion = 'r';

        if (exprText != null) state.AppendLiteral(exprText);
        state.Values ??= new List<Expr>();
        if (state.LastStr != null)
        {
            state.Values.Add(MakeStrConstant(state.LastStr.ToValue(), firstTok, lastTok));
            state.LastStr = null;
        }
        var fv = new FormattedValue { Value = expr, Conversion = conversion, FormatSpec = formatSpec };
        ref readonly Token a = ref _t[firstTok];
        ref readonly Token b = ref _t[lastTok];
        fv.Lineno = a.Line; fv.ColOffset = a.Col; fv.EndLineno = b.EndLine; fv.EndColOffset = b.EndCol;
        state.Values.Add(fv);
    }

    /// <summary>Parses "(expr)" with positions shifted to where the expression sits in the token.</summary>
    private Expr CompileFStringExpr(string text, int brace, int exprStart, int exprEnd, int curTok)
    {
        bool allSpace = true;
        for (int i = exprStart; i < exprEnd; i++)
        {
            char c = text[i];
            if (!(c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')) { allSpace = false; break; }
        }
        if (allSpace) throw FStringError("f-string: empty expression not allowed", curTok);

        // lines/cols as CPython's fstring_find_expr_location (in UTF-8 bytes of the token text)
        int lines = 0, cols = 0;
        bool newlineAfterBrace = true;
        for (int i = brace + 1; i < text.Length && text[i] != '}' && text[i] != '\n'; i++)
        {
            if (text[i] != ' ' && text[i] != '\t' && text[i] != '\f') { newlineAfterBrace = false; break; }
        }
        if (!newlineAfterBrace)
        {
            int st = brace;
            while (st > 0 && text[st] != '\n') st--;
            cols = Utf8Length(text, st, brace);
            if (text[st] == '\n') cols -= 1;
        }
        for (int i = 0; i < brace; i++) if (text[i] == '\n') lines++;

        ref readonly Token t = ref _t[curTok];
        int startLine = t.Line + lines;
        int startCol = lines != 0 ? cols : t.Col + cols;

        string sub = "(" + text.Substring(exprStart, exprEnd - exprStart) + ")";
        var tz = new Tokenizer(sub, _filename, emitNonLogical: false, sourceWasBytes: ByteOffsets);
        var toks = PythonParser.Tokenize(tz, out var tokErr, out _);
        sub = tz.Source;
        if (tokErr != null) throw FStringError("f-string: " + tokErr.Msg, curTok);
        for (int i = 0; i < toks.Count; i++)
        {
            var k = toks[i];
            int col = k.Col, endCol = k.EndCol;
            if (k.Line == 1 && k.EndLine == 1) { col += startCol; endCol += startCol; }
            else if (k.Line == 1) { col += startCol; }
            else if (k.EndLine == 1) { endCol += startCol; }
            toks[i] = k with { Line = k.Line + startLine - 1, EndLine = k.EndLine + startLine - 1, Col = col, EndCol = endCol };
        }
        var p = new Parser(sub, _filename, toks, null)
        {
            FStringDepth = FStringDepth + 1, FStringStartLine = startLine, FStringStartCol = startCol, ByteOffsets = true,
        };
        return p.ParseFStringExpr();
    }

    private static int Utf8Length(string s, int from, int to)
    {
        int b = 0;
        for (int i = from; i < to; i++)
        {
            char c = s[i];
            if (c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (char.IsHighSurrogate(c)) { b += 4; i++; }
            else b += 3;
        }
        return b;
    }
}
