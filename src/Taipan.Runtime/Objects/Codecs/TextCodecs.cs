using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>The fixed-width codecs: ascii, latin-1, UTF-16 and UTF-32 (with or without BOM), and the
/// charmap codec the Python-defined single-byte encodings (cp1252, ...) build on.</summary>
internal static class TextCodecs
{
    /// <summary>The code points of a str (lone surrogates stay single code points).</summary>
    public static int[] CodePoints(PyStr s)
    {
        var r = new int[s.Length];
        var v = s.Value;
        int k = 0;
        for (int i = 0; i < v.Length; i++)
        {
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
            {
                r[k++] = char.ConvertToUtf32(v[i], v[i + 1]);
                i++;
            }
            else r[k++] = v[i];
        }
        return r;
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
        else sb.Append((char)cp);
    }

    // --- ascii / latin-1 ----------------------------------------------------------------------

    /// <summary>ascii (limit 128) and latin-1 (limit 256).</summary>
    public static byte[] EncodeSingleByte(PyStr s, string errors, int limit)
    {
        string encoding = limit == 128 ? "ascii" : "latin-1";
        if (s.MaxCodePoint < limit)
        {
            var fast = new byte[s.Value.Length];
            for (int i = 0; i < fast.Length; i++) fast[i] = (byte)s.Value[i];
            return fast;
        }
        var cps = CodePoints(s);
        var output = new List<byte>(cps.Length);
        string reason = $"ordinal not in range({limit})";
        int i2 = 0;
        while (i2 < cps.Length)
        {
            if (cps[i2] < limit)
            {
                output.Add((byte)cps[i2++]);
                continue;
            }
            int end = i2 + 1;
            while (end < cps.Length && cps[end] >= limit) end++;
            i2 = CodecErrors.HandleEncode(errors, encoding, s, cps, i2, end, reason, output,
                c => c < limit, c => output.Add((byte)c), null);
        }
        return output.ToArray();
    }

    public static string DecodeLatin1(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);

    public static string DecodeAscii(ReadOnlySpan<byte> data, string errors)
    {
        int bad = -1;
        for (int i = 0; i < data.Length; i++) if (data[i] >= 128) { bad = i; break; }
        if (bad < 0) return Encoding.ASCII.GetString(data);
        var sb = new StringBuilder(data.Length);
        int k = 0;
        while (k < data.Length)
        {
            if (data[k] < 128) { sb.Append((char)data[k++]); continue; }
            k = CodecErrors.HandleDecode(errors, "ascii", ref data, k, k + 1, "ordinal not in range(128)", sb);
        }
        return sb.ToString();
    }

    // --- UTF-16 / UTF-32 ------------------------------------------------------------------------

    /// <summary>byteorder: -1 little, 1 big, 0 native with a BOM first (little-endian machine).</summary>
    public static byte[] EncodeUtf16(PyStr s, string errors, int byteorder)
    {
        string encoding = byteorder switch { -1 => "utf-16-le", 1 => "utf-16-be", _ => "utf-16" };
        bool big = byteorder == 1;
        if (!Utf8Codec.HasSurrogate(s.Value)) return Utf16Units(s.Value, byteorder);
        var output = new List<byte>(s.Value.Length * 2 + 2);
        void Unit(int u)
        {
            if (big) { output.Add((byte)(u >> 8)); output.Add((byte)u); }
            else { output.Add((byte)u); output.Add((byte)(u >> 8)); }
        }
        void Char(int cp)
        {
            if (cp >= 0x10000)
            {
                cp -= 0x10000;
                Unit(0xD800 | cp >> 10);
                Unit(0xDC00 | cp & 0x3FF);
            }
            else Unit(cp);
        }
        if (byteorder == 0) Unit(0xFEFF);
        var cps = CodePoints(s);
        int i = 0;
        while (i < cps.Length)
        {
            int cp = cps[i];
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                // One surrogate per error, as CPython's UTF-16 encoder; a 1-byte 'surrogateescape'
                // replacement is not a whole code unit and fails.
                if (errors == "surrogateescape") throw CodecErrors.EncodeError(encoding, s, i, i + 1, "surrogates not allowed");
                i = CodecErrors.HandleEncode(errors, encoding, s, cps, i, i + 1, "surrogates not allowed", output,
                    static c => c < 0xD800 || c > 0xDFFF, Char,
                    c => big ? new[] { (byte)(c >> 8), (byte)c } : new[] { (byte)c, (byte)(c >> 8) });
                continue;
            }
            Char(cp);
            i++;
        }
        return output.ToArray();
    }

    /// <summary>UTF-16 of text without lone surrogates: its own code units (BOM first for byteorder 0).</summary>
    private static byte[] Utf16Units(string text, int byteorder)
    {
        int bom = byteorder == 0 ? 2 : 0;
        var r = new byte[bom + text.Length * 2];
        var units = System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan());
        units.CopyTo(r.AsSpan(bom));
        if ((byteorder == 1) == BitConverter.IsLittleEndian)
            for (int i = bom; i < r.Length; i += 2) (r[i], r[i + 1]) = (r[i + 1], r[i]);
        if (bom > 0) System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(r, 0xFEFF);
        return r;
    }

    /// <summary>UTF-32 of text without lone surrogates (BOM first for byteorder 0, native order as CPython).</summary>
    private static byte[] Utf32Units(PyStr s, int byteorder)
    {
        int bom = byteorder == 0 ? 4 : 0;
        var r = new byte[bom + s.Length * 4];
        var dst = r.AsSpan();
        bool big = byteorder == 1;
        if (bom > 0) System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(dst, 0xFEFF);
        var v = s.Value;
        int at = bom;
        for (int i = 0; i < v.Length; i++, at += 4)
        {
            uint cp = v[i];
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) cp = (uint)char.ConvertToUtf32(v[i], v[++i]);
            if (big) System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(dst.Slice(at), cp);
            else System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(dst.Slice(at), cp);
        }
        return r;
    }

    /// <summary>Decodes UTF-16; byteorder in/out as codecs.utf_16_ex_decode (0: detect a BOM).</summary>
    public static string DecodeUtf16(ReadOnlySpan<byte> data, string errors, ref int byteorder, bool final, out int consumed)
    {
        int i = 0;
        if (byteorder == 0 && data.Length >= 2)
        {
            if (data[0] == 0xFF && data[1] == 0xFE) { byteorder = -1; i = 2; }
            else if (data[0] == 0xFE && data[1] == 0xFF) { byteorder = 1; i = 2; }
        }
        bool big = byteorder == 1;
        string encoding = byteorder switch { -1 => "utf-16-le", 1 => "utf-16-be", _ => "utf-16" };
        var sb = new StringBuilder(data.Length / 2);
        int n = data.Length;
        while (i < n)
        {
            if (n - i < 2)
            {
                if (!final) break;
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, n, "truncated data", sb);
                n = data.Length;
                continue;
            }
            int u = big ? data[i] << 8 | data[i + 1] : data[i + 1] << 8 | data[i];
            if (u < 0xD800 || u > 0xDFFF)
            {
                sb.Append((char)u);
                i += 2;
                continue;
            }
            if (u >= 0xDC00)
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + 2, "illegal encoding", sb, SurrogatePass16(big));
                n = data.Length;
                continue;
            }
            if (n - i < 4)
            {
                if (!final) break;
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, n, "unexpected end of data", sb, SurrogatePass16(big));
                n = data.Length;
                continue;
            }
            int u2 = big ? data[i + 2] << 8 | data[i + 3] : data[i + 3] << 8 | data[i + 2];
            if (u2 < 0xDC00 || u2 > 0xDFFF)
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + 2, "illegal UTF-16 surrogate", sb, SurrogatePass16(big));
                n = data.Length;
                continue;
            }
            sb.Append((char)u).Append((char)u2);
            i += 4;
        }
        consumed = i;
        return sb.ToString();
    }

    private static CodecErrors.SurrogatePassDecoder SurrogatePass16(bool big) =>
        (ReadOnlySpan<byte> d, int start, out int length, out int cp) =>
        {
            length = 2;
            cp = 0;
            if (start + 1 >= d.Length) return false;
            cp = big ? d[start] << 8 | d[start + 1] : d[start + 1] << 8 | d[start];
            return cp >= 0xD800 && cp <= 0xDFFF;
        };

    public static byte[] EncodeUtf32(PyStr s, string errors, int byteorder)
    {
        string encoding = byteorder switch { -1 => "utf-32-le", 1 => "utf-32-be", _ => "utf-32" };
        bool big = byteorder == 1;
        if (!Utf8Codec.HasSurrogate(s.Value)) return Utf32Units(s, byteorder);
        var output = new List<byte>(s.Length * 4 + 4);
        void Char(int cp)
        {
            if (big) { output.Add((byte)(cp >> 24)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 8)); output.Add((byte)cp); }
            else { output.Add((byte)cp); output.Add((byte)(cp >> 8)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 24)); }
        }
        if (byteorder == 0) Char(0xFEFF);
        var cps = CodePoints(s);
        int i = 0;
        while (i < cps.Length)
        {
            int cp = cps[i];
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                if (errors == "surrogateescape") throw CodecErrors.EncodeError(encoding, s, i, i + 1, "surrogates not allowed");
                i = CodecErrors.HandleEncode(errors, encoding, s, cps, i, i + 1, "surrogates not allowed", output,
                    static c => c < 0xD800 || c > 0xDFFF, Char,
                    c => big ? new[] { (byte)0, (byte)0, (byte)(c >> 8), (byte)c } : new[] { (byte)c, (byte)(c >> 8), (byte)0, (byte)0 });
                continue;
            }
            Char(cp);
            i++;
        }
        return output.ToArray();
    }

    public static string DecodeUtf32(ReadOnlySpan<byte> data, string errors, ref int byteorder, bool final, out int consumed)
    {
        int i = 0;
        if (byteorder == 0 && data.Length >= 4)
        {
            if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { byteorder = -1; i = 4; }
            else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { byteorder = 1; i = 4; }
        }
        bool big = byteorder == 1;
        string encoding = byteorder switch { -1 => "utf-32-le", 1 => "utf-32-be", _ => "utf-32" };
        var sb = new StringBuilder(data.Length / 4);
        int n = data.Length;
        while (i < n)
        {
            if (n - i < 4)
            {
                if (!final) break;
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, n, "truncated data", sb);
                n = data.Length;
                continue;
            }
            long cp = big
                ? (long)data[i] << 24 | (long)data[i + 1] << 16 | (long)data[i + 2] << 8 | data[i + 3]
                : (long)data[i + 3] << 24 | (long)data[i + 2] << 16 | (long)data[i + 1] << 8 | data[i];
            if (cp > 0x10FFFF)
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + 4, "code point not in range(0x110000)", sb);
                n = data.Length;
                continue;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                i = CodecErrors.HandleDecode(errors, encoding, ref data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", sb,
                    (ReadOnlySpan<byte> d, int start, out int length, out int c) => { length = 4; c = (int)cp; return true; });
                n = data.Length;
                continue;
            }
            AppendCodePoint(sb, (int)cp);
            i += 4;
        }
        consumed = i;
        return sb.ToString();
    }

    // --- charmap ----------------------------------------------------------------------------------

    /// <summary>codecs.charmap_decode: mapping is a str (decoding table), a dict or None (latin-1).</summary>
    public static string CharmapDecode(ReadOnlySpan<byte> data, string errors, PyObject? mapping)
    {
        if (mapping is null || mapping == PyNone.Instance) return DecodeLatin1(data);
        var sb = new StringBuilder(data.Length);
        int i = 0;
        if (mapping is PyStr table)
        {
            var cps = CodePoints(table);
            while (i < data.Length)
            {
                int b = data[i];
                if (b < cps.Length && cps[b] != 0xFFFE)
                {
                    AppendCodePoint(sb, cps[b]);
                    i++;
                    continue;
                }
                i = CodecErrors.HandleDecode(errors, "charmap", ref data, i, i + 1, "character maps to <undefined>", sb);
            }
            return sb.ToString();
        }
        while (i < data.Length)
        {
            PyObject? v;
            try { v = PyOps.GetItem(mapping, PyInt.FromLong(data[i])); }
            catch (PyException e) when (e.Matches(PyTypes.LookupError)) { v = null; }
            if (v is null || v == PyNone.Instance || (v is PyStr vs0 && vs0.Length == 1 && vs0.CodePointAt(0) == 0xFFFE))
            {
                i = CodecErrors.HandleDecode(errors, "charmap", ref data, i, i + 1, "character maps to <undefined>", sb);
                continue;
            }
            if (v is PyInt iv)
            {
                long c = iv.IsSmall ? iv.Small : -1;
                if (c < 0 || c > 0x10FFFF) throw PyErrors.TypeError("character mapping must be in range(0x110000)");
                AppendCodePoint(sb, (int)c);
            }
            else if (v is PyStr vs) sb.Append(vs.Value);
            else throw PyErrors.TypeError("character mapping must return integer, None or str");
            i++;
        }
        return sb.ToString();
    }

    /// <summary>codecs.charmap_encode: mapping is an EncodingMap (from charmap_build) or a dict.</summary>
    public static byte[] CharmapEncode(PyStr s, string errors, PyObject? mapping)
    {
        if (mapping is null || mapping == PyNone.Instance) return EncodeSingleByte(s, errors, 256);
        var cps = CodePoints(s);
        var output = new List<byte>(cps.Length);
        bool TryMap(int cp, List<byte> o)
        {
            if (mapping is EncodingMap em)
            {
                if (!em.Map.TryGetValue(cp, out byte b)) return false;
                o.Add(b);
                return true;
            }
            PyObject? v;
            try { v = PyOps.GetItem(mapping, PyInt.FromLong(cp)); }
            catch (PyException e) when (e.Matches(PyTypes.LookupError)) { return false; }
            if (v == PyNone.Instance) return false;
            if (v is PyInt iv)
            {
                if (!iv.IsSmall || iv.Small < 0 || iv.Small > 255) throw PyErrors.TypeError("character mapping must be in range(256)");
                o.Add((byte)iv.Small);
            }
            else if (v is PyBytes bv) o.AddRange(bv.Value);
            else throw PyErrors.TypeError("character mapping must return integer, bytes or None, not " + v.type.Name);
            return true;
        }
        int i = 0;
        while (i < cps.Length)
        {
            if (TryMap(cps[i], output)) { i++; continue; }
            int end = i + 1;
            var probe = new List<byte>();
            while (end < cps.Length && !TryMap(cps[end], probe)) end++;
            int from = i, to = end;
            i = CodecErrors.HandleEncode(errors, "charmap", s, cps, i, end, "character maps to <undefined>", output,
                c => TryMap(c, new List<byte>()),
                c => { if (!TryMap(c, output)) throw CodecErrors.EncodeError("charmap", s, from, to, "character maps to <undefined>"); },
                null);
        }
        return output.ToArray();
    }
}
