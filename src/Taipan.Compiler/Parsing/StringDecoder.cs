using System.Text;

namespace Taipan.Compiler.Parsing;

/// <summary>Escape-sequence decoding of str and bytes literal bodies.</summary>
internal static class StringDecoder
{
    /// <summary>Reports a malformed escape: message, offset of the backslash in the body.</summary>
    internal sealed class EscapeError : Exception
    {
        public EscapeError(string msg) : base(msg) { }
    }

    public static string DecodeStr(string body)
    {
        int bs = body.IndexOf('\\');
        if (bs < 0) return body;
        var sb = new StringBuilder(body.Length);
        sb.Append(body, 0, bs);
        int i = bs;
        int n = body.Length;
        while (i < n)
        {
            char c = body[i++];
            if (c != '\\') { sb.Append(c); continue; }
            if (i >= n) { sb.Append('\\'); break; }
            char e = body[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (body[i++] - '0');
                        sb.Append((char)v);
                        break;
                    }
                case 'x':
                    AppendCodePoint(sb, ReadHex(body, ref i, 2, "\\xXX"));
                    break;
                case 'u':
                    AppendCodePoint(sb, ReadHex(body, ref i, 4, "\\uXXXX"));
                    break;
                case 'U':
                    {
                        int v = ReadHex(body, ref i, 8, "\\UXXXXXXXX");
                        if (v > 0x10FFFF) throw new EscapeError("illegal Unicode character");
                        AppendCodePoint(sb, v);
                        break;
                    }
                case 'N':
                    {
                        if (i >= n || body[i] != '{') throw new EscapeError("malformed \\N character escape");
                        int close = body.IndexOf('}', i);
                        if (close < 0) throw new EscapeError("malformed \\N character escape");
                        string name = body.Substring(i + 1, close - i - 1);
                        int cp = Unicode.UnicodeTables.LookupName(name);
                        if (cp < 0) throw new EscapeError("unknown Unicode character name");
                        AppendCodePoint(sb, cp);
                        i = close + 1;
                        break;
                    }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int ReadHex(string body, ref int i, int count, string form)
    {
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            if (i >= body.Length || !char.IsAsciiHexDigit(body[i]))
                throw new EscapeError($"truncated {form} escape");
            char c = body[i++];
            v = v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return v;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    /// <summary>Decodes a bytes literal body; the caller has checked it is ASCII.</summary>
    public static byte[] DecodeBytes(string body, bool raw)
    {
        var buf = new List<byte>(body.Length);
        int n = body.Length;
        int i = 0;
        while (i < n)
        {
            char c = body[i++];
            if (c != '\\' || raw) { buf.Add((byte)c); continue; }
            if (i >= n) { buf.Add((byte)'\\'); break; }
            char e = body[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': buf.Add((byte)'\\'); break;
                case '\'': buf.Add((byte)'\''); break;
                case '"': buf.Add((byte)'"'); break;
                case 'a': buf.Add(7); break;
                case 'b': buf.Add(8); break;
                case 'f': buf.Add(12); break;
                case 'n': buf.Add(10); break;
                case 'r': buf.Add(13); break;
                case 't': buf.Add(9); break;
                case 'v': buf.Add(11); break;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (body[i++] - '0');
                        buf.Add((byte)v);
                        break;
                    }
                case 'x':
                    {
                        int v = 0;
                        for (int k = 0; k < 2; k++)
                        {
                            if (i >= n || !char.IsAsciiHexDigit(body[i]))
                                throw new EscapeError($"invalid \\x escape at position {i - 2 - k}");
                            char h = body[i++];
                            v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                        }
                        buf.Add((byte)v);
                        break;
                    }
                default:
                    buf.Add((byte)'\\');
                    buf.Add((byte)e);
                    break;
            }
        }
        return buf.ToArray();
    }
}
