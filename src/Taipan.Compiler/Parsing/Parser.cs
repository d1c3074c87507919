using System.Runtime.CompilerServices;
using Taipan.Compiler.Ast;
using Tuple = Taipan.Compiler.Ast.Tuple;
using Attribute = Taipan.Compiler.Ast.Attribute;
using LambdaNode = Taipan.Compiler.Ast.Lambda;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>Thrown inside the parser when an alternative fails; caught at backtracking points. One instance: failure carries no data.</summary>
internal sealed class ParseFailed : Exception
{
    public static readonly ParseFailed Instance = new();
    private ParseFailed() : base("parse failed") { }
}

/// <summary>
/// Recursive-descent parser for Python 3.11, following Grammar/python.gram. The token
/// array is complete before parsing starts, so backtracking is a reset of <see cref="_p"/>.
/// Node positions follow CPython's EXTRA rule: a node spans from the first token its rule
/// consumed to the last one (<see cref="Fin{T}"/>).
/// A first pass parses without the error rules; when it fails, a second pass with
/// <see cref="_invalid"/> set runs CPython's invalid_* checks to find a specific message,
/// else "invalid syntax" is reported at the furthest token of the first pass.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _src;
    private readonly string _filename;
    private readonly Token[] _t;
    private readonly Kw[] _kw;
    private readonly int[] _level;
    private readonly PythonSyntaxError? _tokError;
    private int _p;
    private int _max;
    private bool _invalid;
    private Dictionary<int, (Expr? Node, int End)>? _expressionMemo; // error pass only, see Expression()
    /// <summary>Depth of nested f-string parsing, to bound recursion.</summary>
    internal int FStringDepth;

    /// <summary>CPython reports parser-error columns in bytes when the file has no coding cookie (its tokenizer has no encoding then).</summary>
    internal bool ByteOffsets;
    /// <summary>
    /// Where the tokenizer added the final newline the text lacked, in the string modes 'eval' and
    /// 'single' (else -1). CPython adds that newline only for 'exec' input, so in these modes an error's
    /// text keeps the last line as written and a NEWLINE token past the text is the end of input
    /// (no column: `eval("1 +")` reports offset 0).
    /// </summary>
    internal int UnterminatedLength = -1;
    /// <summary>The tokenizer error is a status error (CPython's E_EOF, E_DEDENT...): it does not replace a generic parser error.</summary>
    internal bool TokErrorIsStatus;

    public Parser(string source, string filename, List<Token> tokens, PythonSyntaxError? tokError)
    {
        _src = source;
        _filename = filename;
        _t = tokens.ToArray();
        _tokError = tokError;
        _kw = new Kw[_t.Length];
        _level = new int[_t.Length];
        int level = 0;
        for (int i = 0; i < _t.Length; i++)
        {
            ref readonly Token tk = ref _t[i];
            switch (tk.Kind)
            {
                case TokenKind.Name:
                    _kw[i] = Keywords.Classify(source.AsSpan(tk.Start, tk.End - tk.Start));
                    break;
                case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace: level++; break;
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace: level--; break;
            }
            _level[i] = level;
        }
    }

    // ---- token access -------------------------------------------------------------

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _t[_p].Kind;
    }

    private TokenKind KindAt(int offset)
    {
        int i = _p + offset;
        if (i >= _t.Length) i = _t.Length - 1;
        if (i > _max) _max = i;
        return _t[i].Kind;
    }

    private Kw KwAt(int offset)
    {
        int i = _p + offset;
        if (i >= _t.Length) i = _t.Length - 1;
        if (i > _max) _max = i;
        return _kw[i];
    }

    private Kw CurKw
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _kw[_p];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        if (IsTokErrorMarker(_p)) throw TokenizerError();
        _p++;
        if (_p > _max) _max = _p;
        if (IsTokErrorMarker(_p)) throw TokenizerError();
    }

    /// <summary>Parsing a file as `python3.11 FILE` does (affects where end-of-input errors point).</summary>
    internal bool FileMode;

    private bool _tokErrorRaised;

    private PythonSyntaxError TokenizerError()
    {
        var e = _tokError ?? throw ParseFailed.Instance;
        _tokErrorRaised = true;
        if (UnterminatedLength >= 0 && e.Text is { } text && text.EndsWith('\n'))
        {
            _lines ??= SplitLines(_src);
            if (e.Lineno == _lines.Length)
                e = new PythonSyntaxError(e.Kind, e.Msg, e.Filename, e.Lineno, e.Offset, text[..^1], e.EndLineno, e.EndOffset);
        }
        // CPython's file tokenizer has no current line left at end of input: no caret.
        if (FileMode && TokErrorIsStatus && e.Msg == "unexpected EOF while parsing" && e.Offset > 0
            && e.Text != null && e.Text.Trim() == "\\")
            return new PythonSyntaxError(e.Kind, e.Msg, e.Filename, e.Lineno, 0, e.Text, e.EndLineno, e.EndOffset);
        return e;
    }

    /// <summary>Whether token i is the tokenizer's error marker (always last), as opposed to a stray character such as '$'.</summary>
    private bool IsTokErrorMarker(int i) => _tokError != null && i == _t.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(TokenKind k)
    {
        if (_t[_p].Kind == k) { Advance(); return true; }
        return false;
    }

    private void Expect(TokenKind k)
    {
        if (_t[_p].Kind != k) throw ParseFailed.Instance;
        Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKw(Kw k) => _t[_p].Kind == TokenKind.Name && _kw[_p] == k;

    private bool AcceptKw(Kw k)
    {
        if (IsKw(k)) { Advance(); return true; }
        return false;
    }

    private void ExpectKw(Kw k)
    {
        if (!IsKw(k)) throw ParseFailed.Instance;
        Advance();
    }

    /// <summary>A NAME that is not a hard keyword.</summary>
    private bool IsName => _t[_p].Kind == TokenKind.Name && !Keywords.IsHard(_kw[_p]);

    private bool IsNameAt(int offset)
    {
        int i = Math.Min(_p + offset, _t.Length - 1);
        if (i > _max) _max = i;
        return _t[i].Kind == TokenKind.Name && !Keywords.IsHard(_kw[i]);
    }

    private string TokText(int i) => _src.Substring(_t[i].Start, _t[i].End - _t[i].Start);

    private string ExpectName()
    {
        if (!IsName) throw ParseFailed.Instance;
        string s = NameText(_p);
        Advance();
        return s;
    }

    private string NameText(int i)
    {
        string s = TokText(i);
        for (int k = 0; k < s.Length; k++)
        {
            if (s[k] >= 0x80) return Nfkc.NormalizeIdentifier(s);
        }
        return s;
    }

    // ---- positions ----------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, int startTok) where T : Node
    {
        ref readonly Token a = ref _t[startTok];
        int e = _p - 1;
        // CPython's EXTRA ends at the last token that is not NEWLINE/INDENT/DEDENT.
        while (e > 0 && _t[e].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker) e--;
        ref readonly Token b = ref _t[e];
        node.Lineno = a.Line;
        node.ColOffset = a.Col;
        node.EndLineno = b.EndLine;
        node.EndColOffset = b.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node from, Node to) where T : Node
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = to.EndLineno;
        node.EndColOffset = to.EndColOffset;
        return node;
    }

    private T AtTok<T>(T node, int tok) where T : Node
    {
        ref readonly Token a = ref _t[tok];
        node.Lineno = a.Line;
        node.ColOffset = a.Col;
        node.EndLineno = a.EndLine;
        node.EndColOffset = a.EndCol;
        return node;
    }

    // ---- entry points -------------------------------------------------------------

    public Module ParseFileInput()
    {
        try
        {
            return FileInput();
        }
        catch (ParseFailed)
        {
            throw BuildError();
        }
        catch (PythonSyntaxError e) when (!_tokErrorRaised)
        {
            throw PreferTokenizerError(e);
        }
    }

    /// <summary>
    /// After a parser-raised SyntaxError CPython tokenizes the rest of the file; an error the
    /// tokenizer raises there replaces the parser's, and an end of input inside a bracket opened
    /// before the line of the last token read gives "'(' was never closed".
    /// </summary>
    private PythonSyntaxError PreferTokenizerError(PythonSyntaxError parserError)
    {
        if (_tokError == null || _tokErrorRaised) return parserError;
        if (!TokErrorIsStatus) return _tokError;
        int currentLine = _t[Math.Min(_max, _t.Length - 1)].Line;
        if (_tokError.Msg.EndsWith("was never closed", StringComparison.Ordinal) && currentLine > _tokError.Lineno)
            return _tokError;
        return parserError;
    }

    private Module FileInput()
    {
        _p = 0;
        if (IsTokErrorMarker(0)) throw TokenizerError();
        var mod = new Module();
        Statements(mod.Body);
        if (Kind != TokenKind.EndMarker) throw ParseFailed.Instance;
        if (TypeIgnores is not null)
            foreach (var (line, tag) in TypeIgnores) mod.TypeIgnores.Add(new TypeIgnore { Lineno = line, Tag = tag });
        return mod;
    }

    public Expression ParseEvalInput()
    {
        try
        {
            _p = 0; _max = 0;
            if (IsTokErrorMarker(0)) throw TokenizerError();
            var e = StarExpressions();
            while (Kind == TokenKind.Newline) Advance();
            if (Kind != TokenKind.EndMarker) throw ParseFailed.Instance;
            return new Expression { Body = e };
        }
        catch (ParseFailed)
        {
            throw BuildError(mode: 1);
        }
    }

    public Interactive ParseSingleInput()
    {
        try
        {
            _p = 0; _max = 0;
            if (IsTokErrorMarker(0)) throw TokenizerError();
            var mod = new Interactive();
            if (Kind == TokenKind.Newline) { Advance(); return mod; }
            if (IsCompoundStart()) mod.Body.Add(CompoundStmt());
            else SimpleStmts(mod.Body);
            while (Kind == TokenKind.Newline) Advance();
            if (Kind != TokenKind.EndMarker) throw ParseFailed.Instance;
            return mod;
        }
        catch (ParseFailed)
        {
            throw BuildError(mode: 2);
        }
    }

    /// <summary>Parses an f-string replacement field's "(expr)" text.</summary>
    public Expr ParseFStringExpr()
    {
        try
        {
            return FStringInput();
        }
        catch (ParseFailed)
        {
            throw BuildError(mode: 3);
        }
    }

    private Expr FStringInput()
    {
        _p = 0;
        if (IsTokErrorMarker(0)) throw TokenizerError();
        // fstring: star_expressions — the added parentheses make it a group, tuple or genexp atom.
        Expr e = StarExpressions();
        while (Kind == TokenKind.Newline) Advance();
        if (Kind != TokenKind.EndMarker) throw ParseFailed.Instance;
        return e;
    }

    /// <summary>Set on the parser of an f-string replacement field: where "(expr)" starts in the file.</summary>
    internal int FStringStartLine, FStringStartCol;

    // ---- errors -------------------------------------------------------------------

    private PythonSyntaxError BuildError(int mode = 0)
    {
        int furthest = Math.Min(_max, _t.Length - 1);
        // Second pass with the error rules on: they throw PythonSyntaxError when they match.
        // _max keeps growing: CPython's "last token" is the furthest one fetched in either pass.
        _invalid = true;
        _expressionMemo = null;
        try
        {
            if (mode == 0) FileInput();
            else if (mode == 1) { _p = 0; StarExpressions(); }
            else if (mode == 3) FStringInput();
            else { _p = 0; if (IsCompoundStart()) CompoundStmt(); else SimpleStmts(new List<Stmt>()); }
        }
        catch (ParseFailed) { }
        catch (PythonSyntaxError e) { return _tokErrorRaised ? e : PreferTokenizerError(e); }
        finally { _invalid = false; _expressionMemo = null; }

        ref readonly Token t = ref _t[furthest];
        if (t.Kind == TokenKind.Indent || t.Kind == TokenKind.Dedent)
            return ErrorAtLastToken(t.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent",
                SyntaxErrorKind.IndentationError, furthest);
        // Generic error: a tokenizer error later in the file wins over "invalid syntax".
        return PreferTokenizerError(ErrorAtToken(furthest, "invalid syntax"));
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token: its whole range.</summary>
    private PythonSyntaxError ErrorAtToken(int tok, string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        ref readonly Token t = ref _t[tok];
        if (IsEofToken(tok)) return Raw(kind, msg, t.Line, 0, t.Line, 0); // CPython: col_offset -1
        return MakeError(kind, msg, t.Line, t.Col, t.EndLine, t.EndCol);
    }

    /// <summary>RAISE_SYNTAX_ERROR without a location: CPython points at the last token fetched.</summary>
    private PythonSyntaxError ErrorAtLastToken(string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError, int tok = -1)
    {
        if (tok < 0) tok = Math.Min(_max, _t.Length - 1);
        ref readonly Token t = ref _t[tok];
        if (IsEofToken(tok))
        {
            // At end of input CPython's file tokenizer has no current line left: offset 0, no caret.
            return Raw(kind, msg, t.Line, 0, t.Line, -1);
        }
        if (t.Kind is TokenKind.Indent or TokenKind.Dedent)
            return Raw(kind, msg, t.Line, t.EndCol, t.Line, -1); // tokenizer position after the indentation
        return MakeError(kind, msg, t.Line, t.Col, t.EndLine, t.EndCol);
    }

    /// <summary>ENDMARKER, or a DEDENT closing the file: no column in CPython.</summary>
    private bool IsEofToken(int i) =>
        _t[i].Kind == TokenKind.EndMarker || (_t[i].Kind == TokenKind.Dedent && _t[i].Start >= _src.Length)
        || (UnterminatedLength >= 0 && _t[i].Kind == TokenKind.Newline && _t[i].Start >= UnterminatedLength)
        || IsTokErrorMarker(i);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM: from the node to the tokenizer's current position.</summary>
    private PythonSyntaxError ErrorStartingFrom(Node a, string msg)
    {
        ref readonly Token t = ref _t[Math.Min(_max, _t.Length - 1)];
        return Raw(SyntaxErrorKind.SyntaxError, msg, a.Lineno, a.ColOffset + 1, a.Lineno, t.Line == a.Lineno ? t.EndCol : -1);
    }

    private PythonSyntaxError ErrorAtNode(Node n, string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        MakeError(kind, msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private PythonSyntaxError ErrorRange(Node a, Node b, string msg) =>
        MakeError(SyntaxErrorKind.SyntaxError, msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>A known location given as 0-based byte columns (becomes 1-based offsets).</summary>
    internal PythonSyntaxError MakeError(SyntaxErrorKind kind, string msg, int line, int byteCol, int endLine, int endByteCol) =>
        Raw(kind, msg, line, byteCol + 1, endLine, endByteCol + 1);

    /// <summary>1-based byte offsets as CPython's parser computes them; converted to characters unless the file had no coding cookie.</summary>
    internal PythonSyntaxError Raw(SyntaxErrorKind kind, string msg, int line, int offset, int endLine, int endOffset)
    {
        if (FStringDepth > 0)
        {
            // CPython's f-string sub-parser: message prefixed, text and columns of the "(expr)" source.
            msg = "f-string: " + msg;
            string subLine = LineOf(line - FStringStartLine + 1) ?? "";
            if (line == FStringStartLine)
            {
                offset -= FStringStartCol;
                if (endLine == line) endOffset -= FStringStartCol;
            }
            return new PythonSyntaxError(kind, msg, _filename, line, offset, subLine, endLine, endOffset);
        }
        string? text = LineOf(line);
        if (!ByteOffsets && text != null)
        {
            if (offset > 0) offset = ByteToCharOffset(text, offset - 1) + 1;
            if (endOffset > 0)
            {
                string? et = endLine == line ? text : LineOf(endLine);
                if (et != null) endOffset = ByteToCharOffset(et, endOffset - 1) + 1;
            }
        }
        return new PythonSyntaxError(kind, msg, _filename, line, offset, text, endLine, endOffset);
    }

    private static int ByteToCharOffset(string line, int byteCol)
    {
        int b = 0, chars = 0;
        for (int i = 0; i < line.Length && b < byteCol; i++)
        {
            char c = line[i];
            if (c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (char.IsHighSurrogate(c)) { b += 4; i++; }
            else b += 3;
            chars++;
        }
        return chars + Math.Max(0, byteCol - b);
    }

    private string[]? _lines;

    internal string? LineOf(int line)
    {
        _lines ??= SplitLines(_src);
        if (line < 1 || line > _lines.Length) return null;
        return line == _lines.Length ? WithoutAddedNewline(_lines[line - 1]) : _lines[line - 1];
    }

    /// <summary>The last line as the caller wrote it (see <see cref="UnterminatedLength"/>).</summary>
    private string WithoutAddedNewline(string lastLine) =>
        UnterminatedLength >= 0 && lastLine.EndsWith('\n') ? lastLine[..^1] : lastLine;

    internal static string[] SplitLines(string src)
    {
        var list = new List<string>();
        int st = 0;
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            if (c == '\n' || c == '\r')
            {
                list.Add(src.Substring(st, i - st) + "\n");
                if (c == '\r' && i + 1 < src.Length && src[i + 1] == '\n') i++;
                st = i + 1;
            }
        }
        if (st < src.Length) list.Add(src.Substring(st));
        return list.ToArray();
    }
}
