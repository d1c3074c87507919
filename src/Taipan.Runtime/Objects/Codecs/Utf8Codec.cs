using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>UTF-8 as CPython's: strict validation (no surrogates, no overlongs), the maximal invalid
/// subpart reported per error, 'surrogatepass' for three-byte surrogates.</summary>
internal static class Utf8Codec
{
    private static readonly UTF8Encoding Strict = new(false, false);

    public static byte[] Encode(PyStr s, string errors, string encoding = "utf-8")
    {
        if (!HasSurrogate(s.Value)) return Strict.GetBytes(s.Value);
        var cps = TextCodecs.CodePoints(s);
        var output = new List<byte>(cps.Length + 8);
        void EncodeChar(int cp) => AppendUtf8(output, cp);
        int i = 0;
        while (i < cps.Length)
        {
            int cp = cps[i];
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                int end = i + 1;
                while (end < cps.Length && cps[end] >= 0xD800 && cps[end] <= 0xDFFF) end++;
                i = CodecErrors.HandleEncode(errors, encoding, s, cps, i, end, "surrogates not allowed", output,
                    static c => c < 0xD800 || c > 0xDFFF, EncodeChar, static c => Utf8Bytes(c));
                continue;
            }
            AppendUtf8(output, cp);
            i++;
        }
        return output.ToArray();
    }

    private static byte[] Utf8Bytes(int cp)
    {
        var l = new List<byte>(4);
        AppendUtf8(l, cp);
        return l.ToArray();
    }

    public static bool HasSurrogate(string s)
    {
        int k = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        return k >= 0 && HasLoneSurrogate(s, k);
    }

    private static bool HasLoneSurrogate(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    public static void AppendUtf8(List<byte> o, int cp)
    {
        if (cp < 0x80) o.Add((byte)cp);
        else if (cp < 0x800)
        {
            o.Add((byte)(0xC0 | cp >> 6));
            o.Add((byte)(0x80 | cp & 0x3F));
        }
        else if (cp < 0x10000)
        {
            o.Add((byte)(0xE0 | cp >> 12));
            o.Add((byte)(0x80 | cp >> 6 & 0x3F));
            o.Add((byte)(0x80 | cp & 0x3F));
        }
        else
        {
            o.Add((byte)(0xF0 | cp >> 18));
            o.Add((byte)(0x80 | cp >> 12 & 0x3F));
            o.Add((byte)(0x80 | cp >> 6 & 0x3F));
            o.Add((byte)(0x80 | cp & 0x3F));
        }
    }

    /// <summary>Decodes; with <paramref name="final"/> false an incomplete sequence at the end is left
    /// unconsumed (<paramref name="consumed"/> says how far decoding went).</summary>
    public static string Decode(ReadOnlySpan<byte> data, string errors, bool final, out int consumed, string encoding = "utf-8")
    {
        if (System.Text.Unicode.Utf8.IsValid(data))
        {
            consumed = data.Length;
            return Strict.GetString(data);
        }
        var sb = new StringBuilder(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            byte b = data[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            int need, min2 = 0x80, max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) need = 1;
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                if (b == 0xE0) min2 = 0xA0;
                else if (b == 0xED) max2 = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                if (b == 0xF0) min2 = 0x90;
                else if (b == 0xF4) max2 = 0x8F;
            }
            else
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + 1, "invalid start byte", sb, SurrogatePass);
                n = data.Length;
                continue;
            }
            // Validate the continuation bytes available.
            int k = 1;
            bool bad = false;
            for (; k <= need && i + k < n; k++)
            {
                byte c = data[i + k];
                bool ok = k == 1 ? c >= min2 && c <= max2 : c >= 0x80 && c <= 0xBF;
                if (!ok) { bad = true; break; }
            }
            if (bad)
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + k, "invalid continuation byte", sb, SurrogatePass);
                n = data.Length;
                continue;
            }
            if (k <= need)
            {
                // Truncated: a valid prefix runs into the end of the data.
                if (!final)
                {
                    consumed = i;
                    return sb.ToString();
                }
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, n, "unexpected end of data", sb, SurrogatePass);
                n = data.Length;
                continue;
            }
            int cp = need switch
            {
                1 => (b & 0x1F) << 6 | data[i + 1] & 0x3F,
                2 => (b & 0x0F) << 12 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F,
                _ => (b & 0x07) << 18 | (data[i + 1] & 0x3F) << 12 | (data[i + 2] & 0x3F) << 6 | data[i + 3] & 0x3F,
            };
            if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
            i += need + 1;
        }
        consumed = n;
        return sb.ToString();
    }

    private static bool SurrogatePass(ReadOnlySpan<byte> data, int start, out int length, out int codePoint)
    {
        length = 3;
        codePoint = 0;
        if (start + 2 >= data.Length) return false;
        if (data[start] != 0xED || data[start + 1] < 0xA0 || data[start + 1] > 0xBF || data[start + 2] < 0x80 || data[start + 2] > 0xBF)
            return false;
        codePoint = 0xD000 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F;
        return true;
    }
}
