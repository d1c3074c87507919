using System.Text;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Lexing;

/// <summary>The prefix and quotes of a STRING token.</summary>
public readonly record struct StringPrefix(bool Raw, bool Bytes, bool Unicode, bool Format,
    int PrefixLength, int QuoteLength, char Quote)
{
    /// <summary>Offset of the first character after the opening quote(s), within the token text.</summary>
    public int BodyStart => PrefixLength + QuoteLength;

    /// <summary>Length of the text between the quotes, for a token of <paramref name="tokenLength"/> characters.</summary>
    public int BodyLength(int tokenLength) => tokenLength - BodyStart - QuoteLength;
}

/// <summary>
/// Values of string and bytes literals, with CPython 3.11's escape rules and error messages.
/// Errors are thrown as <see cref="LiteralException"/> (the parser positions them); invalid
/// escapes CPython warns about (DeprecationWarning) are added to <c>warnings</c> if given.
/// </summary>
public static class StringLiteral
{
    public static StringPrefix ParsePrefix(ReadOnlySpan<char> token)
    {
        bool raw = false, bytes = false, unicode = false, format = false;
        int i = 0;
        for (; i < token.Length; i++)
        {
            char c = token[i];
            switch (c | 0x20)
            {
                case 'r': raw = true; continue;
                case 'b': bytes = true; continue;
                case 'u': unicode = true; continue;
                case 'f': format = true; continue;
            }
            break;
        }
        char quote = token[i];
        int ql = token.Length - i >= 6 && token[i + 1] == quote && token[i + 2] == quote ? 3 : 1;
        return new StringPrefix(raw, bytes, unicode, format, i, ql, quote);
    }

    /// <summary>The text between the quotes.</summary>
    public static ReadOnlySpan<char> Body(ReadOnlySpan<char> token, in StringPrefix prefix) =>
        token.Slice(prefix.BodyStart, prefix.BodyLength(token.Length));

    /// <summary>
    /// Value of a plain (non-f) string or bytes literal token: <c>string</c> or <c>byte[]</c>.
    /// </summary>
    public static object Decode(ReadOnlySpan<char> token, List<string>? warnings = null)
    {
        var prefix = ParsePrefix(token);
        if (prefix.Format) throw new ArgumentException("f-strings are decoded part by part (DecodeFStringPart)");
        var body = Body(token, prefix);
        return prefix.Bytes ? DecodeBytes(body, prefix.Raw, warnings) : DecodeStr(body, prefix.Raw, warnings);
    }

    /// <summary>The value of a str literal body: a <c>string</c>, or a <see cref="SurrogateStr"/> if an escape made a surrogate code point.</summary>
    public static object DecodeStr(ReadOnlySpan<char> body, bool raw, List<string>? warnings = null)
    {
        if (raw || body.IndexOf('\\') < 0) return body.ToString();
        var sb = new StrConstantBuilder(body.Length);
        DecodeEscapes(body, sb, warnings, collapseBraces: false);
        return sb.ToValue();
    }

    /// <summary>
    /// The literal text of an f-string between replacement fields, as it appears in the source
    /// (<c>{{</c> and <c>}}</c> doubled, <c>\N{...}</c> intact): braces are undoubled and escapes
    /// decoded. Use <see cref="FindFStringBrace"/> to find where the literal text ends.
    /// Returns a <c>string</c> or a <see cref="SurrogateStr"/>.
    /// </summary>
    public static object DecodeFStringPart(ReadOnlySpan<char> part, bool raw, List<string>? warnings = null)
    {
        if (raw || part.IndexOf('\\') < 0)
        {
            if (part.IndexOfAny('{', '}') < 0) return part.ToString();
            var b = new StringBuilder(part.Length);
            for (int i = 0; i < part.Length; i++)
            {
                char c = part[i];
                b.Append(c);
                if ((c == '{' || c == '}') && i + 1 < part.Length && part[i + 1] == c) i++;
            }
            return b.ToString();
        }
        var sb = new StrConstantBuilder(part.Length);
        DecodeEscapes(part, sb, warnings, collapseBraces: true);
        return sb.ToValue();
    }

    /// <summary>
    /// Index in an f-string body (from <paramref name="from"/>) of the next brace that is not
    /// part of the literal text: a single <c>{</c> opening a replacement field, or a single
    /// <c>}</c> (an error CPython reports as "f-string: single '}' is not allowed"). Doubled
    /// braces and the braces of <c>\N{...}</c> are skipped. Returns the body length when none.
    /// </summary>
    public static int FindFStringBrace(ReadOnlySpan<char> body, int from, bool raw)
    {
        int i = from;
        while (i < body.Length)
        {
            char c = body[i++];
            if (!raw && c == '\\' && i < body.Length)
            {
                c = body[i++];
                if (c == 'N')
                {
                    if (i < body.Length && body[i++] == '{')
                        while (i < body.Length && body[i++] != '}') { }
                    continue;
                }
            }
            if (c == '{' || c == '}')
            {
                if (i < body.Length && body[i] == c) { i++; continue; }
                return i - 1;
            }
        }
        return body.Length;
    }

    public static byte[] DecodeBytes(ReadOnlySpan<char> body, bool raw, List<string>? warnings = null)
    {
        foreach (char c in body)
            if (c >= 0x80) throw new LiteralException("bytes can only contain ASCII literal characters");
        if (raw || body.IndexOf('\\') < 0) return Encoding.Latin1.GetBytes(body.ToArray());

        var result = new List<byte>(body.Length);
        int firstInvalid = -1;
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\') { result.Add((byte)c); i++; continue; }
            int bs = i++;
            if (i >= body.Length) throw new LiteralException("(value error) Trailing \\ in string");
            c = body[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': result.Add((byte)'\\'); break;
                case '\'': result.Add((byte)'\''); break;
                case '"': result.Add((byte)'"'); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 't': result.Add(9); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 'v': result.Add(11); break;
                case 'a': result.Add(7); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    if (i < body.Length && body[i] is >= '0' and <= '7')
                    {
                        v = v * 8 + (body[i++] - '0');
                        if (i < body.Length && body[i] is >= '0' and <= '7') v = v * 8 + (body[i++] - '0');
                    }
                    if (v > 0xFF && firstInvalid < 0) { firstInvalid = bs; Warn(warnings, $"invalid octal escape sequence '\\{body.Slice(bs + 1, 3)}'"); }
                    result.Add((byte)v);
                    break;
                }
                case 'x':
                    if (i + 1 < body.Length && IsHex(body[i]) && IsHex(body[i + 1]))
                    {
                        result.Add((byte)(HexValue(body[i]) * 16 + HexValue(body[i + 1])));
                        i += 2;
                        break;
                    }
                    throw new LiteralException($"(value error) invalid \\x escape at position {bs}");
                default:
                    if (firstInvalid < 0) { firstInvalid = bs; Warn(warnings, $"invalid escape sequence '\\{c}'"); }
                    result.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        return result.ToArray();
    }

    private static void Warn(List<string>? warnings, string msg) => warnings?.Add(msg);

    private static void DecodeEscapes(ReadOnlySpan<char> s, StrConstantBuilder sb, List<string>? warnings, bool collapseBraces)
    {
        bool warned = false;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c != '\\')
            {
                // Source text is well-formed: a surrogate here is half of an astral character.
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb.AppendCodePoint(char.ConvertToUtf32(c, s[i + 1]));
                    i += 2;
                    continue;
                }
                sb.AppendCodePoint(c);
                i++;
                if (collapseBraces && (c == '{' || c == '}') && i < s.Length && s[i] == c) i++;
                continue;
            }
            int bs = i++;
            if (i >= s.Length)
            {
                // In an f-string part this is the backslash of `\{` (the brace opens a field).
                if (collapseBraces && !warned) Warn(warnings, "invalid escape sequence '\\{'");
                sb.AppendCodePoint('\\');
                break;
            }
            c = s[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': sb.AppendCodePoint('\\'); break;
                case '\'': sb.AppendCodePoint('\''); break;
                case '"': sb.AppendCodePoint('"'); break;
                case 'b': sb.AppendCodePoint('\b'); break;
                case 'f': sb.AppendCodePoint('\f'); break;
                case 't': sb.AppendCodePoint('\t'); break;
                case 'n': sb.AppendCodePoint('\n'); break;
                case 'r': sb.AppendCodePoint('\r'); break;
                case 'v': sb.AppendCodePoint('\v'); break;
                case 'a': sb.AppendCodePoint('\a'); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    if (i < s.Length && s[i] is >= '0' and <= '7')
                    {
                        v = v * 8 + (s[i++] - '0');
                        if (i < s.Length && s[i] is >= '0' and <= '7') v = v * 8 + (s[i++] - '0');
                    }
                    if (v > 0xFF && !warned) { warned = true; Warn(warnings, $"invalid octal escape sequence '\\{s.Slice(bs + 1, 3)}'"); }
                    sb.AppendCodePoint(v);
                    break;
                }
                case 'x': sb.AppendCodePoint(HexEscape(s, bs, ref i, 2, "truncated \\xXX escape")); break;
                case 'u': sb.AppendCodePoint(HexEscape(s, bs, ref i, 4, "truncated \\uXXXX escape")); break;
                case 'U': sb.AppendCodePoint(HexEscape(s, bs, ref i, 8, "truncated \\UXXXXXXXX escape")); break;
                case 'N':
                {
                    const string malformed = "malformed \\N character escape";
                    if (UnicodeNames.Unavailable?.Invoke() == true) throw new LiteralException("(unicode error) " + UnicodeNames.UnavailableMessage);
                    if (i >= s.Length || s[i] != '{') throw UnicodeError(s, bs, i, malformed);
                    int nameStart = ++i;
                    while (i < s.Length && s[i] != '}') i++;
                    if (i >= s.Length || i == nameStart) throw UnicodeError(s, bs, i, malformed);
                    var name = s[nameStart..i];
                    i++;
                    if (!UnicodeNames.TryLookup(name, out int cp))
                        throw UnicodeError(s, bs, i, "unknown Unicode character name");
                    sb.AppendCodePoint(cp);
                    break;
                }
                default:
                    // A backslash before a non-ASCII character is kept literally and does not warn.
                    if (!warned && c < 0x80)
                    {
                        warned = true;
                        Warn(warnings, $"invalid escape sequence '\\{c}'");
                    }
                    sb.AppendCodePoint('\\');
                    i--;
                    break;
            }
        }
    }

    private static int HexEscape(ReadOnlySpan<char> s, int bs, ref int i, int count, string message)
    {
        int v = 0;
        for (; count > 0; count--, i++)
        {
            if (i >= s.Length || !IsHex(s[i])) throw UnicodeError(s, bs, i, message);
            v = (v << 4) + HexValue(s[i]);
        }
        if ((uint)v > 0x10FFFF) throw UnicodeError(s, bs, i, "illegal Unicode character");
        return v;
    }

    /// <summary>
    /// CPython feeds the unicode-escape codec a copy of the literal where each non-ASCII
    /// character is spelled <c>\UXXXXXXXX</c> (and a backslash before one becomes <c>\u005c</c>);
    /// error positions count in that copy.
    /// </summary>
    private static LiteralException UnicodeError(ReadOnlySpan<char> s, int start, int end, string reason)
    {
        int a = EscapedPos(s, start), b = EscapedPos(s, end);
        return new LiteralException($"(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b - 1}: {reason}");
    }

    private static int EscapedPos(ReadOnlySpan<char> s, int index)
    {
        int p = 0;
        for (int i = 0; i < index && i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                p++;
                if (c == '\\' && (i + 1 >= s.Length || s[i + 1] >= 0x80)) p += 5;
            }
            else if (!char.IsLowSurrogate(c)) p += 10;
        }
        return p;
    }

    private static bool IsHex(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
