using System.Text;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>JSON string literals both ways: scanstring (decode, with CPython's error positions) and
/// encode_basestring(_ascii) (escape). Both search for the few characters that need attention and
/// copy the runs between them.</summary>
internal static class JsonStrings
{
    // The searches below are plain loops rather than SearchValues: their generic instantiations are not
    // precompiled, and running them at tier 0 until the JIT catches up cost more than the vector
    // search saved on JSON's typically short strings.

    /// <summary>Index of the first character encode_basestring_ascii must escape, or -1.</summary>
    private static int FirstAsciiSpecial(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < ' ' || c > '~' || c == '"' || c == '\\') return i;
        }
        return -1;
    }

    /// <summary>Index of the first quote, backslash or control character, or -1 (what encode_basestring escapes,
    /// and where strict scanstring stops).</summary>
    private static int FirstSpecial(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c <= '\\' && (c < ' ' || c == '"' || c == '\\')) return i;
        }
        return -1;
    }

    private static int FirstQuoteOrBackslash(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"' || c == '\\') return i;
        }
        return -1;
    }

    // --- encoding ------------------------------------------------------------------------------

    /// <summary>encode_basestring_ascii's output for <paramref name="s"/>, quotes included.</summary>
    public static void WriteAscii(JsonWriter w, PyStr s)
    {
        var span = s.Value.AsSpan();
        w.Append('"');
        while (true)
        {
            int i = FirstAsciiSpecial(span);
            if (i < 0) { w.Append(span); break; }
            w.Append(span[..i]);
            WriteEscape(w, span[i]);
            span = span[(i + 1)..];
        }
        w.Append('"');
    }

    /// <summary>encode_basestring's output: only '"', '\\' and controls are escaped.</summary>
    public static void WriteUnicode(JsonWriter w, PyStr s)
    {
        if (!s.IsAscii) w.MarkNonAscii();
        var span = s.Value.AsSpan();
        w.Append('"');
        while (true)
        {
            int i = FirstSpecial(span);
            if (i < 0) { w.Append(span); break; }
            w.Append(span[..i]);
            WriteEscape(w, span[i]);
            span = span[(i + 1)..];
        }
        w.Append('"');
    }

    /// <summary>One escaped UTF-16 unit; astral characters come out as their two surrogate escapes,
    /// which is what CPython writes for them.</summary>
    private static void WriteEscape(JsonWriter w, char c)
    {
        switch (c)
        {
            case '"': w.Append("\\\""); return;
            case '\\': w.Append("\\\\"); return;
            case '\b': w.Append("\\b"); return;
            case '\f': w.Append("\\f"); return;
            case '\n': w.Append("\\n"); return;
            case '\r': w.Append("\\r"); return;
            case '\t': w.Append("\\t"); return;
        }
        var t = w.Tail(6);
        t[0] = '\\';
        t[1] = 'u';
        t[2] = Hex[c >> 12];
        t[3] = Hex[(c >> 8) & 0xF];
        t[4] = Hex[(c >> 4) & 0xF];
        t[5] = Hex[c & 0xF];
        w.Advance(6);
    }

    private const string Hex = "0123456789abcdef";

    /// <summary>The module functions: a str in, its JSON literal out.</summary>
    public static PyStr EncodeAscii(PyStr s)
    {
        var v = s.Value;
        if (FirstAsciiSpecial(v) < 0)
            return PyStr.FromTrusted(string.Concat("\"", v, "\""), v.Length + 2, 127, false);
        var w = new JsonWriter();
        WriteAscii(w, s);
        return w.ToPyStr();
    }

    public static PyStr EncodeUnicode(PyStr s)
    {
        var v = s.Value;
        if (FirstSpecial(v) < 0)
            return PyStr.FromTrusted(string.Concat("\"", v, "\""), s.Length + 2, Math.Max(s.MaxCodePoint, '"'), s.HasAstral);
        var w = new JsonWriter();
        WriteUnicode(w, s);
        return w.ToPyStr();
    }

    // --- decoding ------------------------------------------------------------------------------

    /// <summary>scanstring_unicode: the string literal whose opening quote is just before UTF-16 offset
    /// <paramref name="end"/> (which the caller has checked is within bounds); <paramref name="next"/>
    /// gets the offset after the closing quote. The common case (no escapes) is one search and one copy.</summary>
    public static PyStr Scan(PyStr doc, int end, bool strict, out int next, JsonScanner? memoOwner = null)
    {
        var s = doc.Value;
        var rest = s.AsSpan(end);
        int i = strict ? FirstSpecial(rest) : FirstQuoteOrBackslash(rest);
        if (i >= 0 && rest[i] == '"')
        {
            next = end + i + 1;
            var text = rest[..i];
            if (memoOwner is not null) return memoOwner.Memoize(text, doc.IsAscii);
            return MakeStr(text, doc.IsAscii);
        }
        return ScanSlow(doc, end, strict, out next, memoOwner);
    }

    private static PyStr MakeStr(ReadOnlySpan<char> text, bool ascii)
    {
        if (text.Length == 0) return PyStr.Empty;
        var v = new string(text);
        return ascii ? PyStr.FromTrusted(v, v.Length, 127, false) : PyStr.FromString(v);
    }

    private static PyStr ScanSlow(PyStr doc, int end, bool strict, out int nextEnd, JsonScanner? memoOwner)
    {
        var s = doc.Value;
        int len = s.Length;
        int begin = end - 1;
        var sb = new StringBuilder();
        while (true)
        {
            char c = '\0';
            int next;
            for (next = end; next < len; next++)
            {
                c = s[next];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw JsonErrors.DecodeError("Invalid control character at", doc, next);
            }
            if (next == len || (c != '"' && c != '\\')) throw JsonErrors.DecodeError("Unterminated string starting at", doc, begin);
            if (next != end) sb.Append(s, end, next - end);
            next++;
            if (c == '"') { end = next; break; }
            if (next == len) throw JsonErrors.DecodeError("Unterminated string starting at", doc, begin);
            c = s[next];
            if (c != 'u')
            {
                end = next + 1;
                switch (c)
                {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default: throw JsonErrors.DecodeError("Invalid \\escape", doc, end - 2);
                }
                sb.Append(c);
            }
            else
            {
                next++;
                end = next + 4;
                if (end >= len) throw JsonErrors.DecodeError("Invalid \\uXXXX escape", doc, next - 1);
                int cp = Hex4(s, next);
                if (cp < 0) throw JsonErrors.DecodeError("Invalid \\uXXXX escape", doc, end - 5);
                next = end;
                sb.Append((char)cp);
                // A high surrogate escape followed by a low one is one character (CPython joins them);
                // appending both UTF-16 units is exactly that character.
                if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && s[next] == '\\' && s[next + 1] == 'u')
                {
                    int c2 = Hex4(s, next + 2);
                    if (c2 < 0) throw JsonErrors.DecodeError("Invalid \\uXXXX escape", doc, end + 1);
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF)
                    {
                        sb.Append((char)c2);
                        end += 6;
                    }
                }
            }
        }
        nextEnd = end;
        var text = sb.ToString();
        if (memoOwner is not null) return memoOwner.Memoize(text.AsSpan(), false);
        return PyStr.FromString(text);
    }

    /// <summary>Four hex digits at <paramref name="at"/>, or -1.</summary>
    private static int Hex4(string s, int at)
    {
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            char d = s[at + k];
            int x = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
            if (x < 0) return -1;
            v = (v << 4) | x;
        }
        return v;
    }
}
