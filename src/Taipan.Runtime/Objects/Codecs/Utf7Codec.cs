using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>UTF-7 (RFC 2152) as CPython encodes it: every printable ASCII character but '+', '\\'
/// and '~' goes direct, a shift sequence ends with '-' only where the next character needs it.</summary>
internal static class Utf7Codec
{
    // 0 direct, 1 optional direct, 2 whitespace, 3 special (CPython's utf7_category).
    private static readonly byte[] Category =
    {
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    };

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static bool EncodeDirect(int c) => c > 0 && c < 128 && Category[c] != 3;
    private static bool IsBase64(int c) => c < 128 && (char.IsAsciiLetterOrDigit((char)c) || c == '+' || c == '/');
    private static int FromBase64(int c) => Alphabet.IndexOf((char)c);

    public static byte[] Encode(PyStr s)
    {
        var o = new List<byte>(s.Value.Length + 8);
        bool inShift = false;
        int bits = 0;
        long buffer = 0;
        void Emit16(int unit)
        {
            bits += 16;
            buffer = buffer << 16 | (uint)unit;
            while (bits >= 6)
            {
                o.Add((byte)Alphabet[(int)(buffer >> (bits - 6)) & 0x3F]);
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        foreach (int ch in TextCodecs.CodePoints(s))
        {
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0)
                    {
                        o.Add((byte)Alphabet[(int)(buffer << (6 - bits)) & 0x3F]);
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (IsBase64(ch) || ch == '-') o.Add((byte)'-');
                    o.Add((byte)ch);
                    continue;
                }
            }
            else
            {
                if (ch == '+') { o.Add((byte)'+'); o.Add((byte)'-'); continue; }
                if (EncodeDirect(ch)) { o.Add((byte)ch); continue; }
                o.Add((byte)'+');
                inShift = true;
            }
            if (ch >= 0x10000)
            {
                Emit16(0xD800 | (ch - 0x10000) >> 10);
                Emit16(0xDC00 | (ch & 0x3FF));
            }
            else Emit16(ch);
        }
        if (bits > 0) o.Add((byte)Alphabet[(int)(buffer << (6 - bits)) & 0x3F]);
        if (inShift) o.Add((byte)'-');
        return o.ToArray();
    }

    public static string Decode(ReadOnlySpan<byte> s, string errors, bool final, out int consumed)
    {
        const string Enc = "utf-7";
        var sb = new StringBuilder(s.Length);
        bool inShift = false;
        int bits = 0, surrogate = 0, startInPos = 0, shiftOutStart = 0;
        long buffer = 0;
        int i = 0, n = s.Length;
        while (i < n)
        {
            int ch = s[i];
            string? error = null;
            if (inShift)
            {
                if (IsBase64(ch))
                {
                    buffer = buffer << 6 | (uint)FromBase64(ch);
                    bits += 6;
                    i++;
                    if (bits >= 16)
                    {
                        int unit = (int)(buffer >> (bits - 16)) & 0xFFFF;
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0)
                        {
                            if (unit >= 0xDC00 && unit <= 0xDFFF)
                            {
                                TextCodecs.AppendCodePoint(sb, 0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            sb.Append((char)surrogate);
                            surrogate = 0;
                        }
                        if (unit >= 0xD800 && unit <= 0xDBFF) surrogate = unit;
                        else sb.Append((char)unit);
                    }
                    continue;
                }
                inShift = false;
                if (bits >= 6)
                {
                    i++;
                    error = "partial character in shift sequence";
                }
                else if (bits > 0 && buffer != 0)
                {
                    i++;
                    error = "non-zero padding bits in shift sequence";
                }
                else
                {
                    if (surrogate != 0 && ch <= 127 && ch != '+') sb.Append((char)surrogate);
                    surrogate = 0;
                    if (ch == '-') i++;
                    continue;
                }
            }
            else if (ch == '+')
            {
                startInPos = i;
                i++;
                if (i < n && s[i] == '-')
                {
                    i++;
                    sb.Append('+');
                    continue;
                }
                if (i < n && !IsBase64(s[i]))
                {
                    i++;
                    error = "ill-formed sequence";
                }
                else
                {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = sb.Length;
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            }
            else if (ch <= 127)
            {
                sb.Append((char)ch);
                i++;
                continue;
            }
            else
            {
                startInPos = i;
                i++;
                error = "unexpected special character";
            }
            i = CodecErrors.HandleDecode(errors, Enc, ref s, startInPos, i, error, sb);
            n = s.Length;
        }
        if (inShift && !final)
        {
            sb.Length = shiftOutStart;
            consumed = startInPos;
            return sb.ToString();
        }
        if (inShift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)))
        {
            CodecErrors.HandleDecode(errors, Enc, ref s, startInPos, n, "unterminated shift sequence", sb);
            n = s.Length;
        }
        consumed = n;
        return sb.ToString();
    }
}
