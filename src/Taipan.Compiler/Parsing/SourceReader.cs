using System.Text;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Compiler.Parsing;

/// <summary>
/// Bytes of a source file to text, per PEP 263/3120: UTF-8 BOM, a coding cookie in the first
/// two lines, UTF-8 by default. Newlines become "\n" as CPython's tokenizer translates them.
/// </summary>
internal static class SourceReader
{
    private static bool _providerRegistered;

    public static string Decode(byte[] bytes, string filename) => Decode(bytes, filename, out _);

    /// <summary>Decodes; <paramref name="declared"/> tells whether a BOM or coding cookie named the encoding.</summary>
    public static string Decode(byte[] bytes, string filename, out bool declared)
    {
        int start = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom) start = 3;
        string? cookie = FindCookie(bytes, start, out int cookieLine);
        Encoding enc;
        if (cookie != null)
        {
            string norm = NormalizeEncodingName(cookie);
            if (bom && !IsStrictUtf8Name(cookie))
                throw Problem("encoding problem: utf8 with BOM", filename);
            var e = GetEncoding(norm);
            if (e == null) throw Problem($"encoding problem: {cookie}", filename);
            enc = e;
        }
        else enc = new UTF8Encoding(false, true);
        string text;
        if (enc is UTF8Encoding)
        {
            var strict = new UTF8Encoding(false, true);
            try { text = strict.GetString(bytes, start, bytes.Length - start); }
            catch (DecoderFallbackException)
            {
                int bad = FirstInvalidUtf8(bytes, start);
                int line = 1;
                for (int i = start; i < bad; i++) if (bytes[i] == (byte)'\n') line++;
                if (cookie == null)
                    throw Problem($"Non-UTF-8 code starting with '\\x{bytes[bad]:x2}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", filename);
                throw Problem($"(unicode error) 'utf-8' codec can't decode byte 0x{bytes[bad]:x2} in position {bad}: invalid start byte", filename);
            }
        }
        else text = enc.GetString(bytes, start, bytes.Length - start);
        if (text.IndexOf('\r') >= 0) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        _ = cookieLine;
        declared = bom || cookie != null;
        return text;
    }

    private static PythonSyntaxError Problem(string msg, string filename) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, 0, -1, null, 0, -1);

    private static int FirstInvalidUtf8(byte[] b, int start)
    {
        int i = start;
        while (i < b.Length)
        {
            byte c = b[i];
            int need;
            if (c < 0x80) { i++; continue; }
            else if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF) need = 2;
            else if (c >= 0xF0 && c <= 0xF4) need = 3;
            else return i;
            if (i + need >= b.Length + 0 && i + need > b.Length - 1 + 1) return i;
            for (int k = 1; k <= need; k++)
                if (i + k >= b.Length || (b[i + k] & 0xC0) != 0x80) return i;
            i += need + 1;
        }
        return b.Length - 1;
    }

    private static string? FindCookie(byte[] b, int start, out int line)
    {
        line = 0;
        int pos = start;
        for (int ln = 1; ln <= 2 && pos < b.Length; ln++)
        {
            int end = pos;
            while (end < b.Length && b[end] != (byte)'\n' && b[end] != (byte)'\r') end++;
            string? c = CookieInLine(b, pos, end, out bool isCommentOrBlank);
            if (c != null) { line = ln; return c; }
            if (!isCommentOrBlank) return null;
            pos = end;
            if (pos < b.Length && b[pos] == (byte)'\r') pos++;
            if (pos < b.Length && b[pos] == (byte)'\n') pos++;
        }
        return null;
    }

    private static string? CookieInLine(byte[] b, int pos, int end, out bool commentOrBlank)
    {
        int i = pos;
        while (i < end && (b[i] == (byte)' ' || b[i] == (byte)'\t' || b[i] == (byte)'\f')) i++;
        commentOrBlank = i >= end || b[i] == (byte)'#';
        if (i >= end || b[i] != (byte)'#') return null;
        string line = Encoding.Latin1.GetString(b, i, end - i);
        int k = line.IndexOf("coding", StringComparison.Ordinal);
        while (k >= 0)
        {
            int j = k + 6;
            if (j < line.Length && (line[j] == ':' || line[j] == '='))
            {
                j++;
                while (j < line.Length && (line[j] == ' ' || line[j] == '\t')) j++;
                int st = j;
                while (j < line.Length && (char.IsAsciiLetterOrDigit(line[j]) || line[j] == '-' || line[j] == '_' || line[j] == '.')) j++;
                if (j > st) return line.Substring(st, j - st);
            }
            k = line.IndexOf("coding", k + 1, StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>With a BOM only "utf-8" (and "utf-8-*") is accepted, as CPython's get_normal_name spells it.</summary>
    private static bool IsStrictUtf8Name(string cookie)
    {
        string n = cookie.ToLowerInvariant().Replace('_', '-');
        return n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal);
    }

    private static string NormalizeEncodingName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal) || n == "utf8") return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" || n.StartsWith("latin-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-8859-1-", StringComparison.Ordinal) || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return n;
    }

    private static Encoding? GetEncoding(string norm)
    {
        if (norm == "utf-8") return new UTF8Encoding(false, true);
        if (norm == "iso-8859-1" || norm == "latin1" || norm == "l1") return Encoding.Latin1;
        if (!_providerRegistered)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            _providerRegistered = true;
        }
        try { return Encoding.GetEncoding(norm); }
        catch (ArgumentException) { return null; }
    }
}
