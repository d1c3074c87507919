using System.Globalization;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>unicode_escape, raw_unicode_escape and the bytes escape codec (escape_encode/escape_decode),
/// with CPython's error reasons and positions.</summary>
internal static class EscapeCodecs
{
    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    public static string UnicodeEscapeDecode(ReadOnlySpan<byte> s, string errors, bool final, out int consumed)
    {
        const string Enc = "unicodeescape";
        var sb = new StringBuilder(s.Length);
        int i = 0, n = s.Length;
        while (i < n)
        {
            if (s[i] != '\\')
            {
                sb.Append((char)s[i++]);
                continue;
            }
            int start = i;
            if (i + 1 >= n)
            {
                if (!final) break;
                i = CodecErrors.HandleDecode(errors, Enc, ref s, start, n, "\\ at end of string", sb);
                n = s.Length;
                continue;
            }
            byte c = s[i + 1];
            i += 2;
            switch (c)
            {
                case (byte)'\n': continue;
                case (byte)'\\': sb.Append('\\'); continue;
                case (byte)'\'': sb.Append('\''); continue;
                case (byte)'"': sb.Append('"'); continue;
                case (byte)'b': sb.Append('\b'); continue;
                case (byte)'f': sb.Append('\f'); continue;
                case (byte)'t': sb.Append('\t'); continue;
                case (byte)'n': sb.Append('\n'); continue;
                case (byte)'r': sb.Append('\r'); continue;
                case (byte)'v': sb.Append('\v'); continue;
                case (byte)'a': sb.Append('\a'); continue;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                    TextCodecs.AppendCodePoint(sb, v);
                    continue;
                }
                case (byte)'x' or (byte)'u' or (byte)'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    string reason = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    int k = 0;
                    for (; k < count && i < n; k++, i++)
                    {
                        int h = Hex(s[i]);
                        if (h < 0) break;
                        v = v * 16 + h;
                    }
                    if (k < count)
                    {
                        if (!final && i >= n) { i = start; goto done; }
                        i = CodecErrors.HandleDecode(errors, Enc, ref s, start, i, reason, sb);
                        n = s.Length;
                        continue;
                    }
                    if (v > 0x10FFFF)
                    {
                        i = CodecErrors.HandleDecode(errors, Enc, ref s, start, i, "illegal Unicode character", sb);
                        n = s.Length;
                        continue;
                    }
                    TextCodecs.AppendCodePoint(sb, (int)v);
                    continue;
                }
                case (byte)'N':
                {
                    if (Taipan.Compiler.Lexing.UnicodeNames.Unavailable?.Invoke() == true)
                        throw PyErrors.New(PyTypes.UnicodeError, Taipan.Compiler.Lexing.UnicodeNames.UnavailableMessage);
                    // The error ends where scanning stopped: after 'N', at an empty name's '}', or at the end.
                    int stop = i;
                    if (i < n && s[i] == '{')
                    {
                        int close = s.Slice(i + 1).IndexOf((byte)'}');
                        if (close < 0)
                        {
                            if (!final) { i = start; goto done; }
                            stop = n;
                        }
                        else if (close == 0) stop = i + 1;
                        else
                        {
                            var name = Encoding.Latin1.GetString(s.Slice(i + 1, close));
                            int endPos = i + 1 + close + 1;
                            if (Taipan.Compiler.Lexing.UnicodeNames.TryLookup(name, out int cp))
                            {
                                TextCodecs.AppendCodePoint(sb, cp);
                                i = endPos;
                                continue;
                            }
                            i = CodecErrors.HandleDecode(errors, Enc, ref s, start, endPos, "unknown Unicode character name", sb);
                            n = s.Length;
                            continue;
                        }
                    }
                    i = CodecErrors.HandleDecode(errors, Enc, ref s, start, stop, "malformed \\N character escape", sb);
                    n = s.Length;
                    continue;
                }
                default:
                    // Unknown escapes are kept (CPython warns with DeprecationWarning).
                    sb.Append('\\').Append((char)c);
                    continue;
            }
        }
        done:
        consumed = i;
        return sb.ToString();
    }

    public static byte[] UnicodeEscapeEncode(PyStr str)
    {
        var o = new List<byte>(str.Value.Length);
        foreach (int cp in TextCodecs.CodePoints(str))
        {
            if (cp == '\\') { o.Add((byte)'\\'); o.Add((byte)'\\'); }
            else if (cp == '\t') { o.Add((byte)'\\'); o.Add((byte)'t'); }
            else if (cp == '\n') { o.Add((byte)'\\'); o.Add((byte)'n'); }
            else if (cp == '\r') { o.Add((byte)'\\'); o.Add((byte)'r'); }
            else if (cp >= ' ' && cp < 0x7F) o.Add((byte)cp);
            else foreach (var ch in CodecErrors.BackslashEscape(cp)) o.Add((byte)ch);
        }
        return o.ToArray();
    }

    public static string RawUnicodeEscapeDecode(ReadOnlySpan<byte> s, string errors, bool final, out int consumed)
    {
        const string Enc = "rawunicodeescape";
        var sb = new StringBuilder(s.Length);
        int i = 0, n = s.Length;
        while (i < n)
        {
            if (s[i] != '\\')
            {
                sb.Append((char)s[i++]);
                continue;
            }
            // Count the run of backslashes: only an odd one before u/U escapes.
            int run = 0;
            while (i + run < n && s[i + run] == '\\') run++;
            if (run % 2 == 0 || i + run >= n || (s[i + run] != 'u' && s[i + run] != 'U'))
            {
                for (int k = 0; k < run; k++) sb.Append('\\');
                i += run;
                continue;
            }
            for (int k = 0; k < run - 1; k++) sb.Append('\\');
            int start = i + run - 1;
            int count = s[i + run] == 'u' ? 4 : 8;
            i += run + 1;
            long v = 0;
            int d = 0;
            for (; d < count && i < n; d++, i++)
            {
                int h = Hex(s[i]);
                if (h < 0) break;
                v = v * 16 + h;
            }
            if (d < count)
            {
                if (!final && i >= n) { i = start; break; }
                i = CodecErrors.HandleDecode(errors, Enc, ref s, start, i, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", sb);
                n = s.Length;
                continue;
            }
            if (v > 0x10FFFF)
            {
                i = CodecErrors.HandleDecode(errors, Enc, ref s, start, i, "\\Uxxxxxxxx out of range", sb);
                n = s.Length;
                continue;
            }
            TextCodecs.AppendCodePoint(sb, (int)v);
        }
        consumed = i;
        return sb.ToString();
    }

    public static byte[] RawUnicodeEscapeEncode(PyStr str)
    {
        var o = new List<byte>(str.Value.Length);
        foreach (int cp in TextCodecs.CodePoints(str))
        {
            if (cp < 0x100) o.Add((byte)cp);
            else
            {
                var esc = cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture) : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
                foreach (var ch in esc) o.Add((byte)ch);
            }
        }
        return o.ToArray();
    }

    /// <summary>codecs.escape_decode: Python bytes-literal escapes to bytes.</summary>
    public static byte[] EscapeDecode(ReadOnlySpan<byte> s, string errors)
    {
        var o = new List<byte>(s.Length);
        int i = 0, n = s.Length;
        while (i < n)
        {
            if (s[i] != '\\') { o.Add(s[i++]); continue; }
            if (i + 1 >= n) throw PyErrors.ValueError("Trailing \\ in string");
            byte c = s[i + 1];
            int start = i;
            i += 2;
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': o.Add((byte)'\\'); break;
                case (byte)'\'': o.Add((byte)'\''); break;
                case (byte)'"': o.Add((byte)'"'); break;
                case (byte)'b': o.Add((byte)'\b'); break;
                case (byte)'f': o.Add((byte)'\f'); break;
                case (byte)'t': o.Add((byte)'\t'); break;
                case (byte)'n': o.Add((byte)'\n'); break;
                case (byte)'r': o.Add((byte)'\r'); break;
                case (byte)'v': o.Add((byte)'\v'); break;
                case (byte)'a': o.Add((byte)'\a'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                    o.Add((byte)v);
                    break;
                }
                case (byte)'x':
                    if (i + 1 < n && Hex(s[i]) >= 0 && Hex(s[i + 1]) >= 0)
                    {
                        o.Add((byte)(Hex(s[i]) * 16 + Hex(s[i + 1])));
                        i += 2;
                        break;
                    }
                    if (errors == "strict") throw PyErrors.ValueError($"invalid \\x escape at position {start}");
                    if (errors == "replace") o.Add((byte)'?');
                    else if (errors != "ignore") throw PyErrors.ValueError($"decoding error; unknown error handling code: {errors}");
                    while (i < n && Hex(s[i]) >= 0 && i < start + 4) i++;
                    break;
                default:
                    o.Add((byte)'\\');
                    o.Add(c);
                    break;
            }
        }
        return o.ToArray();
    }

    /// <summary>codecs.escape_encode: repr(bytes) without the b'' quotes (single quotes escaped).</summary>
    public static byte[] EscapeEncode(ReadOnlySpan<byte> s)
    {
        var o = new List<byte>(s.Length);
        foreach (var c in s)
        {
            if (c == '\\' || c == '\'') { o.Add((byte)'\\'); o.Add(c); }
            else if (c == '\t') { o.Add((byte)'\\'); o.Add((byte)'t'); }
            else if (c == '\n') { o.Add((byte)'\\'); o.Add((byte)'n'); }
            else if (c == '\r') { o.Add((byte)'\\'); o.Add((byte)'r'); }
            else if (c < ' ' || c >= 0x7F)
            {
                o.Add((byte)'\\'); o.Add((byte)'x');
                o.Add((byte)BytesOps.HexDigit(c >> 4)); o.Add((byte)BytesOps.HexDigit(c & 15));
            }
            else o.Add(c);
        }
        return o.ToArray();
    }
}
