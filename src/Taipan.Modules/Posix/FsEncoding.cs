using System.Text;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>The filesystem encoding (UTF-8 with surrogateescape, as CPython on Linux) and bytes conversions.</summary>
internal static class FsEncoding
{
    public static bool IsBytes(PyObject o) => o is PyBytes;

    public static PyObject ToBytes(ReadOnlySpan<byte> data) => PyBytes.From(data.ToArray());

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview ...).</summary>
    public static bool TryGetBuffer(PyObject o, out byte[] data) => Buffers.TryGetBytes(o, out data);

    public static byte[] Encode(PyStr s) => Encode(s.Value, s);

    /// <summary>A str as a NUL-terminated C string in the filesystem encoding ("embedded null character" if it has one).</summary>
    public static byte[] CString(PyStr s)
    {
        var b = Encode(s);
        if (Array.IndexOf(b, (byte)0) >= 0) throw PyErrors.ValueError("embedded null character");
        var z = new byte[b.Length + 1];
        b.CopyTo(z, 0);
        return z;
    }

    /// <summary>str -> bytes, UTF-8 with surrogateescape (lone U+DC80..U+DCFF become the byte they escape).</summary>
    public static byte[] Encode(string s, PyObject? original = null)
    {
        var buf = new List<byte>(s.Length + 8);
        Span<byte> tmp = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80) { buf.Add((byte)c); continue; }
            int cp;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                if (c >= 0xDC80 && c <= 0xDCFF) { buf.Add((byte)(c - 0xDC00)); continue; }
                int pos = CodePointIndex(s, i);
                throw new PyException((PyBaseException)PyOps.Call(PyTypes.UnicodeEncodeError, new PyObject[] {
                    PyStr.FromAscii("utf-8"), original ?? PyStr.FromString(s), PyInt.FromLong(pos), PyInt.FromLong(pos + 1),
                    PyStr.FromAscii("surrogates not allowed") }));
            }
            else cp = c;
            int n = new Rune(cp).EncodeToUtf8(tmp);
            for (int k = 0; k < n; k++) buf.Add(tmp[k]);
        }
        return buf.ToArray();
    }

    private static int CodePointIndex(string s, int utf16Index)
    {
        int n = 0;
        for (int i = 0; i < utf16Index; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < utf16Index && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>bytes -> str, UTF-8 with surrogateescape.</summary>
    public static string Decode(ReadOnlySpan<byte> data)
    {
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            if (Rune.DecodeFromUtf8(data[i..], out var rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                i += used;
                continue;
            }
            sb.Append((char)(0xDC00 + b));
            i++;
        }
        return sb.ToString();
    }

    public static PyStr DecodeToStr(ReadOnlySpan<byte> data) => PyStr.FromString(Decode(data));

    /// <summary>A name produced by the OS, returned as bytes when the caller passed bytes (as CPython).</summary>
    public static PyObject Name(ReadOnlySpan<byte> data, bool asBytes) => asBytes ? ToBytes(data) : DecodeToStr(data);
}
