using System.Text;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// Bytes of a source file to text, as CPython 3.11 reads a file it runs: UTF-8 BOM,
/// PEP 263 coding cookie on line 1 or 2 (line 2 only after a blank or comment-only line 1),
/// UTF-8 otherwise; the same SyntaxError messages.
/// </summary>
public static class SourceDecoder
{
    private const string Pep263 = "see https://peps.python.org/pep-0263/ for details";

    /// <summary>Decodes as `python3.11 FILE` does.</summary>
    public static string Decode(byte[] bytes, string filename) => Decode(bytes, filename, fileMode: true);

    /// <summary>
    /// <paramref name="fileMode"/> false follows <c>compile(bytes, ...)</c>, which the import
    /// system uses: an unknown cookie is "unknown encoding: X" rather than "encoding problem: X".
    /// </summary>
    public static string Decode(byte[] bytes, string filename, bool fileMode) => Decode(bytes, filename, fileMode, out _);

    /// <summary>
    /// <paramref name="encodingDeclared"/>: a BOM or a coding cookie was found. CPython's parser
    /// then reports error offsets in characters, otherwise in bytes: construct the
    /// <see cref="Tokenizer"/> with <c>sourceWasBytes: !encodingDeclared</c>.
    /// </summary>
    public static string Decode(byte[] bytes, string filename, bool fileMode, out bool encodingDeclared)
    {
        ReadOnlySpan<byte> data = bytes;
        bool bom = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
        if (bom) data = data[3..];

        string? cookie = FindCookie(data, out int cookieLine);
        encodingDeclared = bom || cookie != null;
        if (bom && cookie != null && cookie != "utf-8")
            throw Problem($"encoding problem: {cookie} with BOM", filename);

        if (cookie == null || cookie == "utf-8")
            return DecodeUtf8(data, filename, declared: bom || cookie != null);

        var codec = SingleByteCodec.Lookup(cookie);
        if (codec == null)
        {
            if (IsUtf8Alias(cookie)) return DecodeUtf8(data, filename, declared: true, problemName: cookie, fileMode: fileMode);
            throw Problem(fileMode ? $"encoding problem: {cookie}" : $"unknown encoding: {cookie}", filename);
        }
        string? text = codec.Decode(data);
        if (text == null)
        {
            if (fileMode) throw Problem($"encoding problem: {cookie}", filename);
            int bad = codec.FirstUndecodable(data);
            throw Problem($"'{codec.Name}' codec can't decode byte 0x{data[bad]:x2} in position {bad}: {codec.ErrorReason}", filename);
        }
        return text;
    }

    private static PythonSyntaxError Problem(string msg, string filename) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, 0, -1, null, 0, -1);

    private static bool IsUtf8Alias(string name)
    {
        string n = SingleByteCodec.NormalizeCodecName(name);
        return n is "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001";
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> data, string filename, bool declared,
        string? problemName = null, bool fileMode = true)
    {
        int bad = FirstInvalidUtf8(data);
        if (bad < 0) return Encoding.UTF8.GetString(data);
        if (problemName != null && fileMode) throw Problem($"encoding problem: {problemName}", filename);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++)
            if (data[i] == '\n') { line++; lineStart = i + 1; }
        if (!declared)
        {
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                $"Non-UTF-8 code starting with '\\x{data[bad]:x2}' in file {filename} on line {line}, but no encoding declared; {Pep263}",
                filename, 0, -1, null, 0, -1);
        }
        // A declared UTF-8 file is not validated by CPython's reader; the bad bytes fail when
        // the parser decodes the token holding them.
        string reason = Utf8ErrorReason(data, bad, out int _);
        int lineEnd = data[lineStart..].IndexOf((byte)'\n');
        string text = Encoding.UTF8.GetString(lineEnd < 0 ? data[lineStart..] : data.Slice(lineStart, lineEnd + 1));
        return ThrowUnicodeError(filename, line, text, data[bad], reason);
    }

    private static string ThrowUnicodeError(string filename, int line, string text, byte b, string reason) =>
        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
            $"(unicode error) 'utf-8' codec can't decode byte 0x{b:x2} in position 0: {reason}",
            filename, line, 1, text, line, 1);

    /// <summary>Index of the first byte starting an invalid UTF-8 sequence (CPython's rules: no surrogates, no overlongs), or -1.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i < data.Length)
        {
            // ASCII runs are the common case.
            int k = data[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (k < 0) return -1;
            i += k;
            Utf8ErrorReason(data, i, out int len);
            if (len == 0) return i;
            i += len;
        }
        return -1;
    }

    /// <summary>Length of the valid sequence at <paramref name="i"/> (0 when invalid) and Python's reason when invalid.</summary>
    private static string Utf8ErrorReason(ReadOnlySpan<byte> data, int i, out int len)
    {
        byte b = data[i];
        len = 0;
        int need; int min = 0x80, max = 0xBF;
        if (b < 0x80) { len = 1; return ""; }
        if (b < 0xC2 || b > 0xF4) return "invalid start byte";
        if (b < 0xE0) need = 1;
        else if (b < 0xF0)
        {
            need = 2;
            if (b == 0xE0) min = 0xA0;
            else if (b == 0xED) max = 0x9F;
        }
        else
        {
            need = 3;
            if (b == 0xF0) min = 0x90;
            else if (b == 0xF4) max = 0x8F;
        }
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= data.Length) return "unexpected end of data";
            byte c = data[i + k];
            int lo = k == 1 ? min : 0x80, hi = k == 1 ? max : 0xBF;
            if (c < lo || c > hi) return "invalid continuation byte";
        }
        len = need + 1;
        return "";
    }

    /// <summary>The normalised cookie of line 1 or 2, or null.</summary>
    internal static string? FindCookie(ReadOnlySpan<byte> data, out int line)
    {
        line = 0;
        int start = 0;
        for (int n = 1; n <= 2 && start < data.Length; n++)
        {
            int nl = data[start..].IndexOf((byte)'\n');
            var l = nl < 0 ? data[start..] : data.Slice(start, nl + 1);
            string? spec = CodingSpec(l);
            if (spec != null) { line = n; return spec; }
            if (!IsBlankOrComment(l)) return null;
            if (nl < 0) break;
            start += nl + 1;
        }
        return null;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> l)
    {
        foreach (byte b in l)
        {
            if (b == '#' || b == '\n' || b == '\r') return true;
            if (b != ' ' && b != '\t' && b != '\f') return false;
        }
        return true;
    }

    private static string? CodingSpec(ReadOnlySpan<byte> s)
    {
        int size = s.Length;
        int i = 0;
        for (; i < size - 6; i++)
        {
            if (s[i] == '#') break;
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return null;
        }
        for (; i < size - 6; i++)
        {
            if (!s[i..].StartsWith("coding"u8)) continue;
            int t = i + 6;
            if (s[t] != ':' && s[t] != '=') continue;
            do { t++; } while (t < size && (s[t] == ' ' || s[t] == '\t'));
            int begin = t;
            while (t < size && (char.IsAsciiLetterOrDigit((char)s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) t++;
            if (begin < t) return NormalName(Encoding.ASCII.GetString(s[begin..t]));
        }
        return null;
    }

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings collapse, others stay as written.</summary>
    private static string NormalName(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length && i < 12; i++)
        {
            char c = s[i];
            sb.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }
        string buf = sb.ToString();
        if (buf == "utf-8" || buf.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (buf is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || buf.StartsWith("latin-1-", StringComparison.Ordinal)
            || buf.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || buf.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }
}
