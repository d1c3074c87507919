using System.Text;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>
/// The parser's own tokenizer (a stop-gap until the shared one on the `lexer` branch is
/// wired in): turns the whole source into a token array up front so the parser can
/// backtrack by index. A tokenizer error does not throw here; it ends the array with an
/// <see cref="TokenKind.ErrorToken"/> and the parser raises it only when it reaches that
/// token, as CPython's lazy tokenizer would.
/// </summary>
internal sealed class ParserTokenizer
{
    private readonly string _src;
    private readonly string _filename;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    // UTF-8 column cache for the current line: char index → byte column.
    private int _colCacheIdx;
    private int _colCacheByte;
    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private readonly List<char> _parenStack = new();
    private readonly List<int> _parenLines = new();
    private readonly List<int> _parenCols = new();
    private bool _atLineStart = true;
    private readonly List<Token> _tokens;
    public PythonSyntaxError? Error;

    public ParserTokenizer(string source, string filename)
    {
        _src = source;
        _filename = filename;
        _tokens = new List<Token>(source.Length / 4 + 16);
    }

    public List<Token> Tokens => _tokens;

    public static List<Token> Tokenize(string source, string filename, out PythonSyntaxError? error) =>
        Tokenize(source, filename, out error, out _);

    public static List<Token> Tokenize(string source, string filename, out PythonSyntaxError? error, out bool errorAtEof)
    {
        var t = new ParserTokenizer(source, filename);
        try { t.Run(); }
        catch (PythonSyntaxError e)
        {
            t.Error = e;
            int line = t._line, col = t.ByteCol(Math.Min(t._pos, source.Length));
            t._tokens.Add(new Token(TokenKind.ErrorToken, t._pos, t._pos, line, col, line, col));
        }
        error = t.Error;
        errorAtEof = t.ErrorAtEof;
        return t._tokens;
    }

    private int ByteCol(int idx)
    {
        if (idx < _colCacheIdx || _colCacheIdx < _lineStart) { _colCacheIdx = _lineStart; _colCacheByte = 0; }
        int b = _colCacheByte;
        for (int i = _colCacheIdx; i < idx; i++)
        {
            char c = _src[i];
            if (c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (char.IsHighSurrogate(c)) { b += 4; i++; }
            else b += 3;
        }
        _colCacheIdx = idx; _colCacheByte = b;
        return b;
    }

    private void NewLineAt(int idx)
    {
        _line++;
        _lineStart = idx;
        _colCacheIdx = idx;
        _colCacheByte = 0;
    }

    private void Add(TokenKind kind, int start, int end)
    {
        int col = ByteCol(start);
        _tokens.Add(new Token(kind, start, end, _line, col, _line, ByteCol(end)));
    }

    /// <summary>A tokenizer error with CPython's offsets: 1-based, in characters of the line.</summary>
    internal PythonSyntaxError Err(string msg, int offset, int endOffset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        string text = LineText(_src, _lineStart);
        return new PythonSyntaxError(kind, msg, _filename, _line, offset, text, _line, endOffset);
    }

    /// <summary>CPython's tokenizer column: characters from the line start to <paramref name="idx"/>.</summary>
    private int C(int idx) => CharCol(_lineStart, idx);

    /// <summary>Set when the error is an unexpected end of input (unclosed bracket): it does not override a parser error found earlier.</summary>
    public bool ErrorAtEof;

    private int CharCol(int lineStart, int idx)
    {
        // CPython's offset is in characters (code points) of the line.
        int n = 0;
        for (int i = lineStart; i < idx && i < _src.Length; i++)
        {
            if (char.IsHighSurrogate(_src[i])) i++;
            n++;
        }
        return n;
    }

    internal static string LineText(string src, int lineStart)
    {
        int e = lineStart;
        while (e < src.Length && src[e] != '\n' && src[e] != '\r') e++;
        return src.Substring(lineStart, e - lineStart) + "\n";
    }

    private void Run()
    {
        string s = _src;
        int n = s.Length;
        while (true)
        {
            if (_atLineStart)
            {
                _atLineStart = false;
                if (!HandleIndentation()) continue;
            }
            if (_pos >= n) break;
            char c = s[_pos];
            if (c == ' ' || c == '\t' || c == '\f') { _pos++; continue; }
            if (c == '#')
            {
                while (_pos < n && s[_pos] != '\n' && s[_pos] != '\r') _pos++;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                int st = _pos;
                _pos += (c == '\r' && _pos + 1 < n && s[_pos + 1] == '\n') ? 2 : 1;
                if (_parenStack.Count == 0)
                {
                    Add(TokenKind.Newline, st, _pos);
                    _atLineStart = true;
                }
                NewLineAt(_pos);
                continue;
            }
            if (c == '\\')
            {
                int p = _pos + 1;
                if (p < n && (s[p] == '\n' || s[p] == '\r'))
                {
                    p += (s[p] == '\r' && p + 1 < n && s[p + 1] == '\n') ? 2 : 1;
                    _pos = p;
                    NewLineAt(p);
                    if (p >= n)
                    {
                        ErrorAtEof = true;
                        _line--;
                        _lineStart = FindLineStart(_line);
                        throw Err("unexpected EOF while parsing", 0, -1);
                    }
                    continue;
                }
                throw Err("unexpected character after line continuation character", C(_pos + 2), 0);
            }
            if (IsIdStart(c)) { ScanNameOrString(); continue; }
            if (c >= '0' && c <= '9' || (c == '.' && _pos + 1 < n && s[_pos + 1] >= '0' && s[_pos + 1] <= '9'))
            {
                ScanNumber();
                continue;
            }
            if (c == '"' || c == '\'') { ScanString(_pos, _pos); continue; }
            ScanOperator();
        }
        // End of input.
        if (_parenStack.Count > 0)
        {
            int last = _parenStack.Count - 1;
            _line = _parenLines[last];
            // locate that line's start for the error text
            _lineStart = FindLineStart(_line);
            _colCacheIdx = _lineStart; _colCacheByte = 0;
            int idx = _parenCols[last];
            ErrorAtEof = true;
            throw Err($"'{_parenStack[last]}' was never closed", C(idx) + 1, C(idx) + 1);
        }
        if (_tokens.Count > 0)
        {
            var lastTok = _tokens[^1];
            if (lastTok.Kind != TokenKind.Newline && lastTok.Kind != TokenKind.Dedent && lastTok.Kind != TokenKind.Indent)
            {
                int c = ByteCol(n);
                _tokens.Add(new Token(TokenKind.Newline, n, n, _line, c, _line, c + 1));
            }
        }
        // DEDENT/ENDMARKER at the end sit on the last line with no column (CPython: col_offset -1).
        int eline = _pos == _lineStart && _line > 1 && n > 0 ? _line - 1 : _line;
        for (int i = _indents.Count - 1; i > 0; i--)
            _tokens.Add(new Token(TokenKind.Dedent, n, n, eline, -1, eline, -1));
        _tokens.Add(new Token(TokenKind.EndMarker, n, n, eline, -1, eline, -1));
    }

    private int FindLineStart(int line)
    {
        int l = 1, i = 0;
        while (l < line && i < _src.Length)
        {
            char c = _src[i++];
            if (c == '\n') l++;
            else if (c == '\r') { if (i < _src.Length && _src[i] == '\n') i++; l++; }
        }
        return i;
    }

    /// <summary>Measures indentation at a line start; returns false when the line is blank (consumed).</summary>
    private bool HandleIndentation()
    {
        string s = _src;
        int n = s.Length;
        int col = 0, alt = 0;
        int p = _pos;
        while (p < n)
        {
            char c = s[p];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }
            else break;
            p++;
        }
        _pos = p;
        if (_parenStack.Count > 0) return true;
        if (p >= n) return true;
        char ch = s[p];
        if (ch == '#' || ch == '\n' || ch == '\r')
        {
            // blank or comment-only line: no INDENT/DEDENT, no NEWLINE
            while (_pos < n && s[_pos] != '\n' && s[_pos] != '\r') _pos++;
            if (_pos < n)
            {
                _pos += (s[_pos] == '\r' && _pos + 1 < n && s[_pos + 1] == '\n') ? 2 : 1;
                NewLineAt(_pos);
            }
            _atLineStart = true;
            return false;
        }
        if (ch == '\\')
        {
            // A continuation line at the start: CPython treats indentation normally.
        }
        int cur = _indents[^1];
        if (col == cur)
        {
            if (alt != _altIndents[^1]) throw TabError();
        }
        else if (col > cur)
        {
            if (alt <= _altIndents[^1]) throw TabError();
            _indents.Add(col);
            _altIndents.Add(alt);
            Add(TokenKind.Indent, _lineStart, _pos);
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                Add(TokenKind.Dedent, _pos, _pos);
            }
            if (col != _indents[^1])
            {
                int e = _pos;
                while (e < _src.Length && _src[e] != '\n') e++;
                throw Err("unindent does not match any outer indentation level", C(e) + 1, -1, SyntaxErrorKind.IndentationError);
            }
            if (alt != _altIndents[^1]) throw TabError();
        }
        return true;
    }

    private PythonSyntaxError TabError() =>
        Err("inconsistent use of tabs and spaces in indentation", 1, 0, SyntaxErrorKind.TabError);

    internal static bool IsIdStart(char c) =>
        c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' : IsUnicodeIdStart(c);

    private static bool IsUnicodeIdStart(char c)
    {
        if (char.IsSurrogate(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.LetterNumber
            || c == '\u2118' || c == '\u212E' || c == '\u309B' || c == '\u309C' || c == '\u1885' || c == '\u1886';
    }

    internal static bool IsIdChar(char c)
    {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        if (IsUnicodeIdStart(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.ConnectorPunctuation
            || c == '\u00B7' || c == '\u0387' || (c >= '\u1369' && c <= '\u1371') || c == '\u19DA';
    }

    private void ScanNameOrString()
    {
        string s = _src;
        int n = s.Length;
        int st = _pos;
        int p = _pos;
        // string prefix?
        int q = p;
        while (q < n && q - p < 2 && "rRbBuUfF".IndexOf(s[q]) >= 0) q++;
        if (q < n && (s[q] == '"' || s[q] == '\'') && IsValidPrefix(s, p, q))
        {
            ScanString(st, q);
            return;
        }
        while (p < n)
        {
            char c = s[p];
            if (c < 0x80)
            {
                if (!IsIdChar(c)) break;
                p++;
            }
            else if (char.IsHighSurrogate(c) && p + 1 < n)
            {
                p += 2;
            }
            else if (IsIdChar(c)) p++;
            else if (!char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.CurrencySymbol or System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherPunctuation or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            {
                _pos = p;
                throw Err($"invalid character '{c}' (U+{(int)c:X4})", C(p) + 1, C(p) + 1);
            }
            else p++;
        }
        _pos = p;
        Add(TokenKind.Name, st, p);
    }

    private static bool IsValidPrefix(string s, int p, int q)
    {
        int len = q - p;
        if (len == 0) return true;
        char a = char.ToLowerInvariant(s[p]);
        if (len == 1) return a is 'r' or 'b' or 'u' or 'f';
        char b = char.ToLowerInvariant(s[p + 1]);
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }

    private void ScanString(int st, int quotePos)
    {
        string s = _src;
        int n = s.Length;
        char q = s[quotePos];
        bool triple = quotePos + 2 < n && s[quotePos + 1] == q && s[quotePos + 2] == q;
        int startLine = _line;
        int startCol = ByteCol(st);
        int startLineStart = _lineStart;
        int p = quotePos + (triple ? 3 : 1);
        while (true)
        {
            if (p >= n)
            {
                if (triple)
                {
                    int detected = _line;
                    _line = startLine; _lineStart = startLineStart; _colCacheIdx = _lineStart; _colCacheByte = 0;
                    if (_src.Length > 0 && _src[^1] == '\n') detected--;
                    throw Err($"unterminated triple-quoted string literal (detected at line {detected})", C(st) + 1, C(st) + 1);
                }
                _pos = st;
                throw Err($"unterminated string literal (detected at line {_line})", C(st) + 1, C(st) + 1);
            }
            char c = s[p];
            if (c == '\\')
            {
                p++;
                if (p < n)
                {
                    char d = s[p];
                    if (d == '\r' || d == '\n')
                    {
                        p += (d == '\r' && p + 1 < n && s[p + 1] == '\n') ? 2 : 1;
                        NewLineAt(p);
                        continue;
                    }
                    p++;
                }
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                if (!triple)
                {
                    _pos = st;
                    throw Err($"unterminated string literal (detected at line {_line})", C(st) + 1, C(st) + 1);
                }
                p += (c == '\r' && p + 1 < n && s[p + 1] == '\n') ? 2 : 1;
                NewLineAt(p);
                continue;
            }
            if (c == q)
            {
                if (!triple) { p++; break; }
                if (p + 2 < n && s[p + 1] == q && s[p + 2] == q) { p += 3; break; }
            }
            p++;
        }
        _pos = p;
        _tokens.Add(new Token(TokenKind.String, st, p, startLine, startCol, _line, ByteCol(p)));
    }

    private char At(int i) => i < _src.Length ? _src[i] : '\0';

    /// <summary>NUMBER, with CPython's errors for malformed literals (offsets as its tokenizer reports them).</summary>
    private void ScanNumber()
    {
        int st = _pos;
        int p = _pos;
        char c = At(p);
        if (c == '0' && (At(p + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            char kind = (char)(At(p + 1) | 0x20);
            p += 2;
            string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            while (true)
            {
                if (At(p) == '_') p++;
                char d = At(p);
                if (!IsRadixDigit(d, kind))
                {
                    if (kind != 'x' && char.IsAsciiDigit(d))
                        throw Err($"invalid digit '{d}' in {name} literal", C(p + 1), C(p + 1));
                    throw Err($"invalid {name} literal", C(p), C(p));
                }
                while (IsRadixDigit(At(p), kind)) p++;
                if (At(p) != '_') break;
            }
            if (kind != 'x' && char.IsAsciiDigit(At(p)))
                throw Err($"invalid digit '{At(p)}' in {name} literal", C(p + 1), C(p + 1));
            VerifyEndOfNumber(p, name);
        }
        else
        {
            bool isFloat = false;
            if (c == '0')
            {
                bool nonzero = false;
                while (true)
                {
                    if (At(p) == '_')
                    {
                        p++;
                        if (!char.IsAsciiDigit(At(p))) throw Err("invalid decimal literal", C(p), C(p));
                    }
                    if (At(p) != '0') break;
                    p++;
                }
                int zerosEnd = p;
                if (char.IsAsciiDigit(At(p)))
                {
                    nonzero = true;
                    p = DecimalTail(p);
                }
                char d = At(p);
                if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J')
                {
                    p = FloatRest(p, ref isFloat);
                }
                else
                {
                    if (nonzero)
                        throw Err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", C(st) + 1, C(zerosEnd));
                    VerifyEndOfNumber(p, "decimal");
                }
            }
            else
            {
                if (c != '.') p = DecimalTail(p);
                p = FloatRest(p, ref isFloat);
            }
        }
        _pos = p;
        Add(TokenKind.Number, st, p);
    }

    private static bool IsRadixDigit(char d, char kind) => kind switch
    {
        'x' => char.IsAsciiHexDigit(d),
        'o' => d >= '0' && d <= '7',
        _ => d == '0' || d == '1',
    };

    /// <summary>Digits with single underscores between them, from <paramref name="p"/>; returns the index after.</summary>
    private int DecimalTail(int p)
    {
        while (true)
        {
            while (char.IsAsciiDigit(At(p))) p++;
            if (At(p) != '_') return p;
            p++;
            if (!char.IsAsciiDigit(At(p))) throw Err("invalid decimal literal", C(p), C(p));
        }
    }

    /// <summary>Fraction, exponent and imaginary suffix after the integer part at <paramref name="p"/>.</summary>
    private int FloatRest(int p, ref bool isFloat)
    {
        if (At(p) == '.')
        {
            isFloat = true;
            p++;
            if (char.IsAsciiDigit(At(p))) p = DecimalTail(p);
        }
        if ((At(p) | 0x20) == 'e')
        {
            int e = p;
            p++;
            if (At(p) == '+' || At(p) == '-')
            {
                p++;
                if (!char.IsAsciiDigit(At(p))) throw Err("invalid decimal literal", C(p), C(p));
            }
            else if (!char.IsAsciiDigit(At(p)))
            {
                VerifyEndOfNumber(e, "decimal");
                return e;
            }
            isFloat = true;
            p = DecimalTail(p);
        }
        if ((At(p) | 0x20) == 'j')
        {
            p++;
            VerifyEndOfNumber(p, "imaginary");
            return p;
        }
        VerifyEndOfNumber(p, "decimal");
        return p;
    }

    /// <summary>A number may not run into a name, except the keywords that can follow a number in valid code.</summary>
    private void VerifyEndOfNumber(int p, string kind)
    {
        char c = At(p);
        bool keywordFollows = c switch
        {
            'a' => Lookahead(p + 1, "nd"),
            'e' => Lookahead(p + 1, "lse"),
            'f' => Lookahead(p + 1, "or"),
            'i' => At(p + 1) is 'f' or 'n' or 's',
            'o' => Lookahead(p + 1, "r"),
            'n' => Lookahead(p + 1, "ot"),
            _ => false,
        };
        if (keywordFollows) return; // CPython only warns here
        if (c >= 0x80 || IsIdChar(c))
            throw Err($"invalid {kind} literal", C(p), C(p));
    }

    private bool Lookahead(int p, string rest)
    {
        for (int i = 0; i < rest.Length; i++)
            if (At(p + i) != rest[i]) return false;
        char after = At(p + rest.Length);
        return !(after >= 0x80 || IsIdChar(after));
    }

    private static bool IsHexDigit(char c) => char.IsAsciiHexDigit(c);

    private void ScanOperator()
    {
        string s = _src;
        int n = s.Length;
        int st = _pos;
        char c = s[st];
        char c1 = st + 1 < n ? s[st + 1] : '\0';
        char c2 = st + 2 < n ? s[st + 2] : '\0';
        TokenKind k;
        int len = 1;
        switch (c)
        {
            case '(': k = TokenKind.LPar; Open(c); break;
            case '[': k = TokenKind.LSqb; Open(c); break;
            case '{': k = TokenKind.LBrace; Open(c); break;
            case ')': k = TokenKind.RPar; Close(c); break;
            case ']': k = TokenKind.RSqb; Close(c); break;
            case '}': k = TokenKind.RBrace; Close(c); break;
            case ':': if (c1 == '=') { k = TokenKind.ColonEqual; len = 2; } else k = TokenKind.Colon; break;
            case ',': k = TokenKind.Comma; break;
            case ';': k = TokenKind.Semi; break;
            case '+': if (c1 == '=') { k = TokenKind.PlusEqual; len = 2; } else k = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { k = TokenKind.MinEqual; len = 2; }
                else if (c1 == '>') { k = TokenKind.RArrow; len = 2; }
                else k = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') { if (c2 == '=') { k = TokenKind.DoubleStarEqual; len = 3; } else { k = TokenKind.DoubleStar; len = 2; } }
                else if (c1 == '=') { k = TokenKind.StarEqual; len = 2; }
                else k = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') { if (c2 == '=') { k = TokenKind.DoubleSlashEqual; len = 3; } else { k = TokenKind.DoubleSlash; len = 2; } }
                else if (c1 == '=') { k = TokenKind.SlashEqual; len = 2; }
                else k = TokenKind.Slash;
                break;
            case '|': if (c1 == '=') { k = TokenKind.VBarEqual; len = 2; } else k = TokenKind.VBar; break;
            case '&': if (c1 == '=') { k = TokenKind.AmperEqual; len = 2; } else k = TokenKind.Amper; break;
            case '<':
                if (c1 == '<') { if (c2 == '=') { k = TokenKind.LeftShiftEqual; len = 3; } else { k = TokenKind.LeftShift; len = 2; } }
                else if (c1 == '=') { k = TokenKind.LessEqual; len = 2; }
                else if (c1 == '>') { k = TokenKind.NotEqual; len = 2; }
                else k = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') { if (c2 == '=') { k = TokenKind.RightShiftEqual; len = 3; } else { k = TokenKind.RightShift; len = 2; } }
                else if (c1 == '=') { k = TokenKind.GreaterEqual; len = 2; }
                else k = TokenKind.Greater;
                break;
            case '=': if (c1 == '=') { k = TokenKind.EqEqual; len = 2; } else k = TokenKind.Equal; break;
            case '!': if (c1 == '=') { k = TokenKind.NotEqual; len = 2; } else k = TokenKind.ErrorToken; break;
            case '.':
                if (c1 == '.' && c2 == '.') { k = TokenKind.Ellipsis; len = 3; } else k = TokenKind.Dot;
                break;
            case '%': if (c1 == '=') { k = TokenKind.PercentEqual; len = 2; } else k = TokenKind.Percent; break;
            case '~': k = TokenKind.Tilde; break;
            case '^': if (c1 == '=') { k = TokenKind.CircumflexEqual; len = 2; } else k = TokenKind.Circumflex; break;
            case '@': if (c1 == '=') { k = TokenKind.AtEqual; len = 2; } else k = TokenKind.At; break;
            default:
                {
                    int cp = char.IsHighSurrogate(c) && c1 != '\0' ? char.ConvertToUtf32(c, c1) : c;
                    string shown = char.ConvertFromUtf32(cp);
                    if (cp < 0x20 || cp == 0x7f)
                        throw Err($"invalid non-printable character U+{cp:X4}", C(st) + 1, C(st) + 1);
                    if (cp < 0x80)
                    {
                        // '$', '?', '`': an error token the parser cannot use ("invalid syntax" there)
                        k = TokenKind.ErrorToken;
                        break;
                    }
                    throw Err($"invalid character '{shown}' (U+{cp:X4})", C(st) + 1, C(st) + 1);
                }
        }
        _pos = st + len;
        Add(k, st, _pos);
    }

    private void Open(char c)
    {
        if (_parenStack.Count >= 200) throw Err("too many nested parentheses", C(_pos) + 1, C(_pos) + 1);
        _parenStack.Add(c);
        _parenLines.Add(_line);
        _parenCols.Add(_pos);
    }

    private void Close(char c)
    {
        if (_parenStack.Count == 0) throw Err($"unmatched '{c}'", C(_pos) + 1, C(_pos) + 1);
        char open = _parenStack[^1];
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want)
        {
            int openLine = _parenLines[^1];
            if (openLine != _line)
                throw Err($"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}", C(_pos) + 1, C(_pos) + 1);
            throw Err($"closing parenthesis '{c}' does not match opening parenthesis '{open}'", C(_pos) + 1, C(_pos) + 1);
        }
        _parenStack.RemoveAt(_parenStack.Count - 1);
        _parenLines.RemoveAt(_parenLines.Count - 1);
        _parenCols.RemoveAt(_parenCols.Count - 1);
    }
}
