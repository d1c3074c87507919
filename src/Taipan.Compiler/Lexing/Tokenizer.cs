using System.Runtime.CompilerServices;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// Python 3.11's tokenizer, after CPython's Parser/tokenizer.c: the same token stream, the
/// same positions and the same error messages. Works on the decoded text; newlines are
/// normalised (<c>\r\n</c> and lone <c>\r</c> become <c>\n</c>) and a final newline is added
/// when missing, as CPython does, so <see cref="Source"/> (which tokens index) may differ
/// from the string given to the constructor.
/// <para>
/// Two views of the same stream. By default (the parser's view) NL and comments are skipped
/// and positions are those CPython's parser sees: a NEWLINE spans from a preceding comment
/// (if any) to the newline character, exclusive, so it is often empty; ENDMARKER and the
/// DEDENTs closing the file sit on the last line, just past its newline. With
/// <c>emitNonLogical</c> the stream has NL (<see cref="TokenKind.NonLogicalNewline"/>) and
/// <see cref="TokenKind.Comment"/> tokens and positions are the <c>tokenize</c> module's
/// (NEWLINE is the newline character; ENDMARKER is at column 0 of the line after the last).
/// INDENT spans the indentation, DEDENT is empty at the first character of its line.
/// </para>
/// </summary>
public sealed class Tokenizer
{
    private const int Eof = -1;
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly string _s;
    private readonly int _len;
    private readonly bool _emitNonLogical;
    private int[] _lineStarts = new int[64];
    private int _lineCount;

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atBol = true;
    private bool _blankLine;
    private bool _done;
    private int _bufStart; // where CPython's line buffer starts: see NewLine
    private bool _lastErrorIsStatus;

    private readonly int[] _indents = new int[MaxIndent];
    private readonly int[] _altIndents = new int[MaxIndent];
    private int _indent;
    private int _pending; // > 0: INDENTs to emit, < 0: DEDENTs to emit

    private readonly char[] _parens = new char[MaxLevel];
    private readonly int[] _parenLines = new int[MaxLevel];
    private readonly int[] _parenPos = new int[MaxLevel];
    private int _level;

    // UTF-8 column cache: tokens arrive in order, so columns are counted incrementally.
    private int _ccLineStart = -1, _ccPos, _ccBytes;

    /// <param name="sourceWasBytes">
    /// True when the program text came as bytes (a file run or imported, <c>compile(bytes)</c>)
    /// without a BOM or coding cookie: CPython's tokenizer then has no encoding and its parser
    /// reports error offsets in UTF-8 bytes. Pass false for <c>compile(str)</c>/<c>exec(str)</c>
    /// and for bytes that declared an encoding (see <see cref="SourceDecoder.Decode(byte[], string, bool, out bool)"/>):
    /// offsets are then characters. Errors the tokenizer itself raises count characters either way.
    /// </param>
    public Tokenizer(string source, string filename, bool emitNonLogical = false, bool sourceWasBytes = true)
    {
        Filename = filename;
        _emitNonLogical = emitNonLogical;
        SourceWasBytes = sourceWasBytes;
        _s = Normalize(source);
        _len = _s.Length;
        IndexLines();
    }

    /// <summary>PyCF_TYPE_COMMENTS: `# type: ...` comments become <see cref="TokenKind.TypeComment"/> tokens and
    /// `# type: ignore...` ones are collected in <see cref="TypeIgnores"/>.</summary>
    public bool TypeComments { get; init; }

    /// <summary>The line and tag (what follows "ignore") of each `# type: ignore` comment.</summary>
    public List<(int Line, string Tag)> TypeIgnores { get; } = new();

    /// <summary>
    /// The comment from <paramref name="start"/> to <see cref="_pos"/> as CPython's tokenizer reads it in
    /// type-comment mode: the prefix "# type: " where each space stands for any run of blanks. A
    /// type: ignore (followed by the end or an ASCII non-alphanumeric) is recorded, not returned; a
    /// type comment on a line of its own is followed by a NEWLINE, as in CPython.
    /// </summary>
    private Token? TypeComment(int start)
    {
        int p = start;
        const string prefix = "# type: ";
        foreach (char want in prefix)
        {
            if (want == ' ')
            {
                while (p < _pos && (_s[p] == ' ' || _s[p] == '\t')) p++;
            }
            else if (p < _pos && _s[p] == want) p++;
            else return null;
        }
        int ignoreEnd = p + 6;
        bool isIgnore = ignoreEnd <= _pos && string.CompareOrdinal(_s, p, "ignore", 0, 6) == 0
            && !(ignoreEnd < _pos && (_s[ignoreEnd] >= 128 || char.IsAsciiLetterOrDigit(_s[ignoreEnd])));
        if (isIgnore)
        {
            TypeIgnores.Add((_line, _s.Substring(ignoreEnd, _pos - ignoreEnd)));
            return null;
        }
        _blankLine = false;
        int col = ByteCol(_lineStart, start);
        return new Token(TokenKind.TypeComment, p, _pos, _line, col, _line, ByteCol(_lineStart, _pos));
    }

    /// <summary>The normalised text that token offsets index.</summary>
    public string Source => _s;
    public string Filename { get; }
    public bool SourceWasBytes { get; }
    public int LineCount => _lineCount;

    /// <summary>Bracket nesting depth after the last token returned.</summary>
    public int Level => _level;

    private static string Normalize(string source)
    {
        if (source.Contains('\r'))
            source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        if (source.Length > 0 && source[^1] != '\n')
            source += "\n";
        return source;
    }

    private void IndexLines()
    {
        int n = 0;
        _lineStarts[n++] = 0;
        int i = 0;
        while (true)
        {
            int j = _s.IndexOf('\n', i);
            if (j < 0 || j + 1 >= _len) break;
            if (n == _lineStarts.Length) Array.Resize(ref _lineStarts, n * 2);
            _lineStarts[n++] = j + 1;
            i = j + 1;
        }
        _lineCount = n;
    }

    /// <summary>Index in <see cref="Source"/> where 1-based line <paramref name="line"/> starts.</summary>
    public int LineStartIndex(int line) =>
        line < 1 ? 0 : line > _lineCount ? _len : _lineStarts[line - 1];

    /// <summary>A line's text without its newline ("" past the end).</summary>
    public string GetLineText(int line)
    {
        if (line < 1 || line > _lineCount) return "";
        int start = _lineStarts[line - 1];
        int end = _s.IndexOf('\n', start);
        if (end < 0) end = _len;
        return _s.Substring(start, end - start);
    }

    /// <summary>A line's text with its newline, as CPython puts it in SyntaxError.text.</summary>
    public string GetLineTextWithNewline(int line) => line < 1 || line > _lineCount ? "" : GetLineText(line) + "\n";

    /// <summary>
    /// Converts a UTF-8 byte column on a line to the 1-based SyntaxError offset CPython's
    /// parser reports for it: the column plus one when the source was bytes, else the code
    /// points of the line up to that column, plus one.
    /// </summary>
    public int ByteColToOffset(int line, int byteCol) => SourceWasBytes ? byteCol + 1 : ByteColToCharOffset(line, byteCol);

    /// <summary>Code points of the line before UTF-8 column <paramref name="byteCol"/>, plus one.</summary>
    public int ByteColToCharOffset(int line, int byteCol)
    {
        int p = LineStartIndex(line);
        int b = 0, chars = 0;
        while (p < _len && _s[p] != '\n' && b < byteCol)
        {
            char c = _s[p++];
            b += Utf8Len(c);
            if (!char.IsLowSurrogate(c)) chars++;
        }
        return chars + 1;
    }

    // ---------------------------------------------------------------- the token stream

    public Token Next()
    {
        while (true)
        {
            if (_atBol)
            {
                _atBol = false;
                ReadIndentation();
            }
            if (_pending != 0)
            {
                int col = ByteCol(_lineStart, _pos);
                if (_pending < 0)
                {
                    _pending++;
                    if (_pos >= _len && !_emitNonLogical)
                    {
                        var (eofLine, eofCol) = EofPosition();
                        return new Token(TokenKind.Dedent, _pos, _pos, eofLine, eofCol, eofLine, eofCol);
                    }
                    return new Token(TokenKind.Dedent, _pos, _pos, _line, col, _line, col);
                }
                _pending--;
                return new Token(TokenKind.Indent, _lineStart, _pos, _line, 0, _line, col);
            }

            int c = Peek();
            while (c == ' ' || c == '\t' || c == '\f') { _pos++; c = Peek(); }
            int start = _pos;

            if (c == '#')
            {
                int nl = _s.IndexOf('\n', _pos);
                _pos = nl < 0 ? _len : nl;
                if (_emitNonLogical) return Make(TokenKind.Comment, start);
                if (TypeComments && TypeComment(start) is { } typeComment) return typeComment;
                // CPython's NEWLINE after a comment starts where the comment does.
                c = Peek();
            }
            if (c == Eof)
            {
                if (_level > 0) throw NeverClosed();
                _done = true;
                if (_emitNonLogical) return new Token(TokenKind.EndMarker, _len, _len, _line, 0, _line, 0);
                var (eofLine, eofCol) = EofPosition();
                return new Token(TokenKind.EndMarker, _len, _len, eofLine, eofCol, eofLine, eofCol);
            }
            if (c == '\n')
            {
                int nlPos = _pos;
                _pos++;
                bool logical = !_blankLine && _level == 0;
                int col = ByteCol(_lineStart, start);
                var tok = _emitNonLogical
                    ? new Token(logical ? TokenKind.Newline : TokenKind.NonLogicalNewline, start, _pos, _line, col, _line, col + 1)
                    : new Token(logical ? TokenKind.Newline : TokenKind.NonLogicalNewline, start, nlPos, _line, col, _line, ByteCol(_lineStart, nlPos));
                NewLine();
                _atBol = true;
                if (logical || _emitNonLogical) return tok;
                continue;
            }
            if (c == '\\')
            {
                ContinuationLine(start, inToken: true);
                continue;
            }
            if (c < 128)
            {
                if (IsAsciiIdentStart(c)) return IdentifierOrString(start, c);
                if (IsDigit(c)) return Number(start);
                if (c == '"' || c == '\'') return String(start, start);
                return Operator(start, (char)c);
            }
            return IdentifierOrString(start, c);
        }
    }

    /// <summary>
    /// Where CPython's C tokenizer stands at end of input, which is where its parser reports
    /// errors at ENDMARKER and at the DEDENTs that close a file: the last line, and a column
    /// just past that line's newline (in bytes).
    /// </summary>
    private (int Line, int Col) EofPosition()
    {
        if (_len == 0) return (1, 0);
        int line = _lineCount;
        return (line, ByteCol(_lineStarts[line - 1], _len));
    }

    /// <summary>
    /// CPython's SyntaxError location (lineno, 1-based offset, end_lineno, end_offset) for an
    /// error its parser raises at token <paramref name="t"/> (RAISE_SYNTAX_ERROR on the last
    /// token read). INDENT, DEDENT and ENDMARKER have no column in CPython; it then uses the
    /// tokenizer's position (the end of the indentation, or of the input) and end offset -1.
    /// </summary>
    public (int Line, int Offset, int EndLine, int EndOffset) ErrorLocation(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Indent:
                return (t.Line, ByteColToOffset(t.Line, t.EndCol) - 1, t.Line, -1);
            case TokenKind.Dedent:
            case TokenKind.EndMarker:
                if (t.Start >= _len)
                {
                    if (_len == 0) return (1, 0, 1, -1);
                    int last = _lineCount; // also for the tokenize view, which puts these a line further
                    return (last, LengthOffset(_lineStarts[last - 1], _len), last, -1);
                }
                return (t.Line, ByteColToOffset(t.Line, t.Col) - 1, t.Line, -1);
            default:
                return (t.Line, ByteColToOffset(t.Line, t.Col), t.EndLine, ByteColToOffset(t.EndLine, t.EndCol));
        }
    }

    /// <summary>A NAME token's identifier as CPython stores it: NFKC-normalised when not ASCII (PEP 3131).</summary>
    public string NameText(in Token t) => Nfkc.NormalizeIdentifier(_s.AsSpan(t.Start, t.End - t.Start));

    /// <summary>Whether the last error thrown was a status error (see <see cref="StatusError"/>).</summary>
    public bool LastErrorIsStatus => _lastErrorIsStatus;

    /// <summary>True once <see cref="TokenKind.EndMarker"/> has been returned.</summary>
    public bool Done => _done;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _pos < _len ? _s[_pos] : Eof;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PeekAt(int p) => p < _len ? _s[p] : Eof;

    /// <param name="keepBuffer">
    /// The line is read in the middle of a token (a string, a backslash continuation): CPython's
    /// tokenizer buffer then still starts at the token's first line, which shows in the offset
    /// of "unexpected character after line continuation character".
    /// </param>
    private void NewLine(bool keepBuffer = false)
    {
        _line++;
        _lineStart = _pos;
        if (!keepBuffer) _bufStart = _pos;
    }

    private int BytesBetween(int from, int to)
    {
        int b = 0;
        for (int i = from; i < to && i < _len; i++) b += Utf8Len(_s[i]);
        return b;
    }

    private Token Make(TokenKind kind, int start)
    {
        int col = ByteCol(_lineStart, start);
        return new Token(kind, start, _pos, _line, col, _line, ByteCol(_lineStart, _pos));
    }

    private void ContinuationLine(int backslash, bool inToken)
    {
        // CPython: the character after '\' must be the newline, and a file may not end there.
        _pos = backslash + 1;
        if (Peek() != '\n')
        {
            // CPython counts this offset from the start of its line buffer, which still holds the
            // earlier lines of a string or continued line the current line belongs to.
            string text = GetLineTextWithNewline(_line);
            int offset = (SourceWasBytes ? BytesBetween(_bufStart, _pos) : CharCount(_bufStart, _pos)) + 1;
            throw StatusError(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character",
                _line, offset, _line, 0, text);
        }
        int line = _line;
        _pos++;
        NewLine(keepBuffer: inToken);
        if (_pos >= _len)
        {
            if (_level > 0) throw NeverClosed();
            throw StatusError(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing",
                line, LengthOffset(LineStartIndex(line), LineStartIndex(line) + GetLineText(line).Length) + 1, line, -1, GetLineTextWithNewline(line));
        }
    }

    private void ReadIndentation()
    {
        int col = 0, altCol = 0, contLineCol = 0;
        int c;
        while (true)
        {
            c = Peek();
            if (c == ' ') { col++; altCol++; }
            else if (c == '\t') { col = (col / TabSize + 1) * TabSize; altCol++; }
            else if (c == '\f') { col = altCol = 0; }
            else if (c == '\\')
            {
                // Indentation cannot be split by a backslash: the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                ContinuationLine(_pos, inToken: false);
                continue;
            }
            else break;
            _pos++;
        }
        _blankLine = c == '#' || c == '\n';
        if (_blankLine || _level != 0) return;
        if (contLineCol != 0) { col = contLineCol; altCol = contLineCol; }

        if (col == _indents[_indent])
        {
            if (altCol != _altIndents[_indent]) throw TabError();
        }
        else if (col > _indents[_indent])
        {
            if (_indent + 1 >= MaxIndent)
                throw StatusError(SyntaxErrorKind.IndentationError, "too many levels of indentation",
                    _line, 1, _line, 0, GetLineTextWithNewline(_line));
            if (altCol <= _altIndents[_indent]) throw TabError();
            _pending++;
            _indent++;
            _indents[_indent] = col;
            _altIndents[_indent] = altCol;
        }
        else
        {
            while (_indent > 0 && col < _indents[_indent])
            {
                _pending--;
                _indent--;
            }
            if (col != _indents[_indent])
            {
                // CPython reports the tokenizer's position (end of the line) in bytes, unconverted.
                string text = GetLineTextWithNewline(_line);
                throw StatusError(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level",
                    _line, LengthOffset(_lineStart, _lineStart + text.Length), _line, -1, text);
            }
            if (altCol != _altIndents[_indent]) throw TabError();
        }
    }

    private PythonSyntaxError TabError() =>
        StatusError(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation",
            _line, 1, _line, 0, GetLineTextWithNewline(_line));

    // ---------------------------------------------------------------- names and strings

    private Token IdentifierOrString(int start, int c)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            _pos++;
            c = Peek();
            if (c == '"' || c == '\'') return String(start, _pos);
        }
        bool nonAscii = false;
        while (true)
        {
            c = Peek();
            if (c < 128)
            {
                if (c < 0 || !IsAsciiIdentChar(c)) break;
            }
            else nonAscii = true;
            _pos++;
        }
        if (nonAscii) VerifyIdentifier(start);
        return Make(TokenKind.Name, start);
    }

    private void VerifyIdentifier(int start)
    {
        int i = start;
        bool first = true;
        while (i < _pos)
        {
            int cp = CodePointAt(_s, i, out int width);
            bool ok = first ? cp == '_' || UnicodeTables.IsXidStart(cp) : UnicodeTables.IsXidContinue(cp);
            if (!ok)
            {
                _pos = i + width;
                string hex = cp.ToString("X4");
                string msg = UnicodeTables.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{hex})"
                    : $"invalid non-printable character U+{hex}";
                throw TokError(msg, _pos);
            }
            first = false;
            i += width;
        }
    }

    private Token String(int start, int quotePos)
    {
        int startLine = _line, startLineStart = _lineStart;
        char quote = _s[quotePos];
        _pos = quotePos + 1;
        int quoteSize = 1;
        int endQuoteSize = 0;
        if (Peek() == quote)
        {
            _pos++;
            if (Peek() == quote) { _pos++; quoteSize = 3; }
            else endQuoteSize = 1;
        }
        while (endQuoteSize != quoteSize)
        {
            int c = Peek();
            if (c == Eof || (quoteSize == 1 && c == '\n'))
            {
                int detectedAt = _line;
                // CPython 3.11 reports the EOF case of a file ending in a newline on the last line read.
                if (c == Eof && _pos > 0 && _s[_pos - 1] == '\n' && detectedAt > _lineCount) detectedAt = _lineCount;
                string msg = quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
                    : $"unterminated string literal (detected at line {detectedAt})";
                _line = startLine;
                _lineStart = startLineStart;
                throw TokError(msg, start + 1);
            }
            _pos++;
            if (c == quote) endQuoteSize++;
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = Peek();
                    if (c != Eof) { _pos++; if (c == '\n') NewLine(keepBuffer: true); }
                }
                else if (c == '\n') NewLine(keepBuffer: true);
            }
        }
        int col = ByteCol(startLineStart, start);
        return new Token(TokenKind.String, start, _pos, startLine, col, _line, ByteCol(_lineStart, _pos));
    }

    // ---------------------------------------------------------------- numbers

    private Token Number(int start)
    {
        int c = Peek();
        if (c == '0')
        {
            _pos++;
            c = Peek();
            if (c == 'x' || c == 'X')
            {
                _pos++;
                c = Peek();
                do
                {
                    if (c == '_') { _pos++; c = Peek(); }
                    if (!IsHexDigit(c)) throw TokError("invalid hexadecimal literal", _pos);
                    do { _pos++; c = Peek(); } while (IsHexDigit(c));
                } while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c == 'o' || c == 'O')
            {
                _pos++;
                c = Peek();
                do
                {
                    if (c == '_') { _pos++; c = Peek(); }
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) throw TokError($"invalid digit '{(char)c}' in octal literal", _pos + 1);
                        throw TokError("invalid octal literal", _pos);
                    }
                    do { _pos++; c = Peek(); } while (c >= '0' && c < '8');
                } while (c == '_');
                if (IsDigit(c)) throw TokError($"invalid digit '{(char)c}' in octal literal", _pos + 1);
                VerifyEndOfNumber(c, "octal");
            }
            else if (c == 'b' || c == 'B')
            {
                _pos++;
                c = Peek();
                do
                {
                    if (c == '_') { _pos++; c = Peek(); }
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) throw TokError($"invalid digit '{(char)c}' in binary literal", _pos + 1);
                        throw TokError("invalid binary literal", _pos);
                    }
                    do { _pos++; c = Peek(); } while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigit(c)) throw TokError($"invalid digit '{(char)c}' in binary literal", _pos + 1);
                VerifyEndOfNumber(c, "binary");
            }
            else
            {
                bool nonzero = false;
                while (true)
                {
                    if (c == '_')
                    {
                        _pos++;
                        c = Peek();
                        if (!IsDigit(c)) throw TokError("invalid decimal literal", _pos);
                    }
                    if (c != '0') break;
                    _pos++;
                    c = Peek();
                }
                int zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }
                if (c == '.') { _pos++; return Fraction(start); }
                if (c == 'e' || c == 'E') return Exponent(start);
                if (c == 'j' || c == 'J') return Imaginary(start);
                if (nonzero)
                {
                    int b0 = ByteCol(_lineStart, start);
                    int b1 = ByteCol(_lineStart, zerosEnd) + 1;
                    throw Error(SyntaxErrorKind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        _line, b0 + 1, _line, b1, GetLineText(_line));
                }
                VerifyEndOfNumber(c, "decimal");
            }
            return Make(TokenKind.Number, start);
        }

        c = DecimalTail();
        if (c == '.') { _pos++; return Fraction(start); }
        if (c == 'e' || c == 'E') return Exponent(start);
        if (c == 'j' || c == 'J') return Imaginary(start);
        VerifyEndOfNumber(c, "decimal");
        return Make(TokenKind.Number, start);
    }

    /// <summary>After the '.', at the first fraction digit (if any).</summary>
    private Token Fraction(int start)
    {
        int c = Peek();
        if (IsDigit(c)) c = DecimalTail();
        if (c == 'e' || c == 'E') return Exponent(start);
        if (c == 'j' || c == 'J') return Imaginary(start);
        VerifyEndOfNumber(c, "decimal");
        return Make(TokenKind.Number, start);
    }

    /// <summary>At the 'e'.</summary>
    private Token Exponent(int start)
    {
        int e = _pos;
        _pos++;
        int c = Peek();
        if (c == '+' || c == '-')
        {
            _pos++;
            c = Peek();
            if (!IsDigit(c)) throw TokError("invalid decimal literal", _pos);
        }
        else if (!IsDigit(c))
        {
            // `1else`: the 'e' starts a keyword, not an exponent.
            _pos = e;
            VerifyEndOfNumber('e', "decimal");
            _pos = e;
            return Make(TokenKind.Number, start);
        }
        c = DecimalTail();
        if (c == 'j' || c == 'J') return Imaginary(start);
        VerifyEndOfNumber(c, "decimal");
        return Make(TokenKind.Number, start);
    }

    /// <summary>At the 'j'.</summary>
    private Token Imaginary(int start)
    {
        _pos++;
        VerifyEndOfNumber(Peek(), "imaginary");
        return Make(TokenKind.Number, start);
    }

    /// <summary>Digits with single underscores between them; returns the character after.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do { _pos++; c = Peek(); } while (IsDigit(c));
            if (c != '_') return c;
            _pos++;
            c = Peek();
            if (!IsDigit(c)) throw TokError("invalid decimal literal", _pos);
        }
    }

    /// <summary>
    /// CPython accepts a number followed directly by one of the keywords that can follow a
    /// number (`1if x else 2`), and rejects any other identifier character.
    /// </summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool keyword = c switch
        {
            'a' => LookAhead("nd"),
            'e' => LookAhead("lse"),
            'f' => LookAhead("or"),
            'i' => PeekAt(_pos + 1) is 'f' or 'n' or 's',
            'o' => LookAhead("r"),
            'n' => LookAhead("ot"),
            _ => false,
        };
        if (keyword) return;
        if (c >= 0 && IsPotentialIdentifierChar(c))
            throw TokError($"invalid {kind} literal", _pos);
    }

    private bool LookAhead(string rest)
    {
        for (int i = 0; i < rest.Length; i++)
            if (PeekAt(_pos + 1 + i) != rest[i]) return false;
        int after = PeekAt(_pos + 1 + rest.Length);
        return after < 0 || !IsPotentialIdentifierChar(after);
    }

    // ---------------------------------------------------------------- operators

    private Token Operator(int start, char c)
    {
        int c1 = PeekAt(_pos + 1);
        int c2 = PeekAt(_pos + 2);
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                if (_level >= MaxLevel) { _pos++; throw TokError("too many nested parentheses", _pos); }
                _parens[_level] = c;
                _parenLines[_level] = _line;
                _parenPos[_level] = start;
                _level++;
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')': case ']': case '}':
            {
                _pos++;
                if (_level == 0) throw TokError($"unmatched '{c}'", _pos);
                _level--;
                char open = _parens[_level];
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
                {
                    int openLine = _parenLines[_level];
                    throw TokError(openLine != _line
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'", _pos);
                }
                _pos--;
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            }
            case ':': if (c1 == '=') { kind = TokenKind.ColonEqual; len = 2; } else kind = TokenKind.Colon; break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '+': if (c1 == '=') { kind = TokenKind.PlusEqual; len = 2; } else kind = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { kind = TokenKind.MinEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.RArrow; len = 2; }
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*')
                {
                    if (c2 == '=') { kind = TokenKind.DoubleStarEqual; len = 3; }
                    else { kind = TokenKind.DoubleStar; len = 2; }
                }
                else if (c1 == '=') { kind = TokenKind.StarEqual; len = 2; }
                else kind = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/')
                {
                    if (c2 == '=') { kind = TokenKind.DoubleSlashEqual; len = 3; }
                    else { kind = TokenKind.DoubleSlash; len = 2; }
                }
                else if (c1 == '=') { kind = TokenKind.SlashEqual; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '|': if (c1 == '=') { kind = TokenKind.VBarEqual; len = 2; } else kind = TokenKind.VBar; break;
            case '&': if (c1 == '=') { kind = TokenKind.AmperEqual; len = 2; } else kind = TokenKind.Amper; break;
            case '<':
                if (c1 == '<')
                {
                    if (c2 == '=') { kind = TokenKind.LeftShiftEqual; len = 3; }
                    else { kind = TokenKind.LeftShift; len = 2; }
                }
                else if (c1 == '=') { kind = TokenKind.LessEqual; len = 2; }
                // `<>` is one NOTEQUAL token in CPython; its parser then rejects it (Barry as FLUFL).
                else if (c1 == '>') { kind = TokenKind.NotEqual; len = 2; }
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>')
                {
                    if (c2 == '=') { kind = TokenKind.RightShiftEqual; len = 3; }
                    else { kind = TokenKind.RightShift; len = 2; }
                }
                else if (c1 == '=') { kind = TokenKind.GreaterEqual; len = 2; }
                else kind = TokenKind.Greater;
                break;
            case '=': if (c1 == '=') { kind = TokenKind.EqEqual; len = 2; } else kind = TokenKind.Equal; break;
            case '!': if (c1 == '=') { kind = TokenKind.NotEqual; len = 2; } else kind = TokenKind.ErrorToken; break;
            case '.':
                if (IsDigit(c1)) { _pos++; return Fraction(start); }
                if (c1 == '.' && c2 == '.') { kind = TokenKind.Ellipsis; len = 3; }
                else kind = TokenKind.Dot;
                break;
            case '%': if (c1 == '=') { kind = TokenKind.PercentEqual; len = 2; } else kind = TokenKind.Percent; break;
            case '~': kind = TokenKind.Tilde; break;
            case '^': if (c1 == '=') { kind = TokenKind.CircumflexEqual; len = 2; } else kind = TokenKind.Circumflex; break;
            case '@': if (c1 == '=') { kind = TokenKind.AtEqual; len = 2; } else kind = TokenKind.At; break;
            default:
                if (c == '\0')
                    throw Error(SyntaxErrorKind.SyntaxError, "source code cannot contain null bytes",
                        _line, ByteColToOffset(_line, ByteCol(_lineStart, start)), _line, -1, GetLineTextWithNewline(_line));
                if (c < ' ' || c == 127)
                {
                    _pos++;
                    throw TokError($"invalid non-printable character U+{(int)c:X4}", _pos);
                }
                // `$`, `?`, backtick: a token the parser rejects with "invalid syntax".
                kind = TokenKind.ErrorToken;
                break;
        }
        _pos += len;
        return Make(kind, start);
    }

    // ---------------------------------------------------------------- errors

    /// <summary>CPython's tokenizer <c>syntaxerror()</c>: the offset points at the character before <paramref name="cur"/>.</summary>
    private PythonSyntaxError TokError(string msg, int cur)
    {
        int offset = CharCount(_lineStart, cur);
        return Error(SyntaxErrorKind.SyntaxError, msg, _line, offset, _line, offset, GetLineText(_line));
    }

    private PythonSyntaxError NeverClosed()
    {
        int i = _level - 1;
        int line = _parenLines[i];
        int ls = LineStartIndex(line);
        // CPython's text: the bracket's line with its newline only when it is the last line of the input
        return StatusError(SyntaxErrorKind.SyntaxError, $"'{_parens[i]}' was never closed",
            line, LengthOffset(ls, _parenPos[i]) + 1, line, 0, line == _lineCount ? GetLineTextWithNewline(line) : GetLineText(line));
    }

    private PythonSyntaxError Error(SyntaxErrorKind kind, string msg, int line, int offset, int endLine, int endOffset, string text)
    {
        _lastErrorIsStatus = false;
        return new(kind, msg, Filename, line, offset, text, endLine, endOffset);
    }

    /// <summary>
    /// An error CPython's tokenizer signals with a status code (E_EOF, E_LINECONT, E_DEDENT,
    /// E_TABSPACE, E_TOODEEP, EOF inside brackets) rather than by raising: the parser turns it
    /// into the exception, and the after-failure scan (<see cref="CheckRestForErrors"/>) ignores it.
    /// </summary>
    private PythonSyntaxError StatusError(SyntaxErrorKind kind, string msg, int line, int offset, int endLine, int endOffset, string text)
    {
        var e = Error(kind, msg, line, offset, endLine, endOffset, text);
        _lastErrorIsStatus = true;
        return e;
    }

    /// <summary>
    /// CPython's second look after its parser failed with a generic error on line
    /// <paramref name="errorLine"/> (_PyPegen_tokenize_full_source_to_check_for_errors): the
    /// rest of the input is tokenized; an error the tokenizer raises there replaces the
    /// parser's, and at a status error or end of input with a bracket still open since an
    /// earlier line, "'(' was never closed" does. Returns the error to raise instead, or null
    /// to keep the parser's.
    /// </summary>
    public PythonSyntaxError? CheckRestForErrors(int errorLine)
    {
        try
        {
            while (!_done && Next().Kind != TokenKind.EndMarker) { }
            return null;
        }
        catch (PythonSyntaxError e)
        {
            if (!_lastErrorIsStatus) return e;
            if (_level > 0 && errorLine > _parenLines[_level - 1]) return NeverClosed();
            return null;
        }
    }

    // ---------------------------------------------------------------- columns

    private int CharCount(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to && i < _len; i++)
            if (!char.IsLowSurrogate(_s[i])) n++;
        return n;
    }

    /// <summary>Length of a stretch of text as CPython's parser reports it: bytes or characters.</summary>
    private int LengthOffset(int from, int to)
    {
        if (!SourceWasBytes) return CharCount(from, to);
        int b = 0;
        for (int i = from; i < to && i < _len; i++) b += Utf8Len(_s[i]);
        return b;
    }

    internal static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Utf8Len(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;

    private int ByteCol(int lineStart, int pos)
    {
        if (lineStart != _ccLineStart || pos < _ccPos)
        {
            _ccLineStart = lineStart;
            _ccPos = lineStart;
            _ccBytes = 0;
        }
        int b = _ccBytes;
        string s = _s;
        for (int i = _ccPos; i < pos; i++)
        {
            char c = s[i];
            b += c < 0x80 ? 1 : Utf8Len(c);
        }
        _ccPos = pos;
        _ccBytes = b;
        return b;
    }

    // ---------------------------------------------------------------- character classes

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentStart(int c) => (uint)((c | 0x20) - 'a') <= 25 || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentChar(int c) => IsAsciiIdentStart(c) || IsDigit(c);

    private static bool IsPotentialIdentifierChar(int c) => c >= 128 || IsAsciiIdentChar(c);
}
