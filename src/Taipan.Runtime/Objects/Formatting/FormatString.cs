using System.Globalization;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>One piece of a str.format template: literal text, then optionally a replacement field.</summary>
internal struct MarkupPiece
{
    public int LiteralStart, LiteralEnd;
    public bool FieldPresent;
    public int NameStart, NameEnd;
    public int SpecStart, SpecEnd;      // SpecStart == -1: no format spec
    public int Conversion;              // '\0' when absent
    public bool SpecNeedsExpanding;
}

/// <summary>
/// str.format / str.format_map / _string.formatter_parser: CPython's unicode_format.h
/// (MarkupIterator, parse_field, field_name_split, FieldNameIterator, auto-numbering), same
/// grammar quirks and messages. Works on the UTF-16 text: every syntax character is ASCII.
/// </summary>
internal sealed class FormatString
{
    private enum AutoNumberState { Init, Auto, Manual }

    private readonly PyObject? args;    // null for format_map
    private readonly PyObject? kwargs;  // null when no keywords were given
    private AutoNumberState state;
    private int nextField;

    private FormatString(PyObject? args, PyObject? kwargs)
    {
        this.args = args;
        this.kwargs = kwargs;
    }

    public static PyStr Format(PyStr template, PyTuple args, PyObject? kwargs) =>
        PyStr.FromString(new FormatString(args, kwargs).Build(template.Value, 2));

    public static PyStr FormatMap(PyStr template, PyObject mapping) =>
        PyStr.FromString(new FormatString(null, mapping).Build(template.Value, 2));

    private string Build(string s, int depth)
    {
        if (depth <= 0) throw PyErrors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(s.Length + 16);
        int pos = 0;
        while (NextMarkup(s, ref pos, out var piece))
        {
            sb.Append(s, piece.LiteralStart, piece.LiteralEnd - piece.LiteralStart);
            if (!piece.FieldPresent) continue;
            var obj = GetFieldObject(s, piece.NameStart, piece.NameEnd);
            if (piece.Conversion != '\0') obj = Convert(obj, piece.Conversion);
            PyStr spec = PyStr.Empty;
            if (piece.SpecStart >= 0)
            {
                var specText = s.Substring(piece.SpecStart, piece.SpecEnd - piece.SpecStart);
                if (piece.SpecNeedsExpanding) specText = Build(specText, depth - 1);
                spec = PyStr.FromString(specText);
            }
            sb.Append(PyFormat.Format(obj, spec).Value);
        }
        return sb.ToString();
    }

    public static PyObject Convert(PyObject obj, int conversion) => conversion switch
    {
        'r' => PyOps.Repr(obj),
        's' => PyOps.Str(obj),
        'a' => PyFormat.Ascii(obj),
        _ => throw PyErrors.ValueError(conversion > 32 && conversion < 127
            ? $"Unknown conversion specifier {(char)conversion}"
            : $"Unknown conversion specifier \\x{conversion:x}"),
    };

    /// <summary>MarkupIterator_next: false at the end of the template.</summary>
    public static bool NextMarkup(string s, ref int pos, out MarkupPiece piece)
    {
        piece = default;
        piece.SpecStart = -1;
        if (pos >= s.Length) return false;
        int start = pos;
        char c = '\0';
        bool markupFollows = false;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{' || c == '}') { markupFollows = true; break; }
        }
        bool atEnd = pos >= s.Length;
        int len = pos - start;
        if (c == '}' && (atEnd || c != s[pos])) throw PyErrors.ValueError("Single '}' encountered in format string");
        if (atEnd && c == '{') throw PyErrors.ValueError("Single '{' encountered in format string");
        if (!atEnd)
        {
            if (c == s[pos]) { pos++; markupFollows = false; }
            else len--;
        }
        piece.LiteralStart = start;
        piece.LiteralEnd = start + len;
        if (!markupFollows) return true;
        piece.FieldPresent = true;
        ParseField(s, ref pos, ref piece);
        return true;
    }

    private static void ParseField(string s, ref int pos, ref MarkupPiece piece)
    {
        char c = '\0';
        piece.NameStart = pos;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{') throw PyErrors.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        piece.NameEnd = pos - 1;
        if (c == '!' || c == ':')
        {
            if (c == '!')
            {
                if (pos >= s.Length) throw PyErrors.ValueError("end of string while looking for conversion specifier");
                piece.Conversion = char.IsHighSurrogate(s[pos]) && pos + 1 < s.Length && char.IsLowSurrogate(s[pos + 1])
                    ? char.ConvertToUtf32(s[pos++], s[pos++])
                    : s[pos++];
                if (pos < s.Length)
                {
                    c = s[pos++];
                    if (c == '}') return;
                    if (c != ':') throw PyErrors.ValueError("expected ':' after conversion specifier");
                }
            }
            piece.SpecStart = pos;
            int count = 1;
            while (pos < s.Length)
            {
                c = s[pos++];
                if (c == '{') { piece.SpecNeedsExpanding = true; count++; }
                else if (c == '}' && --count == 0) { piece.SpecEnd = pos - 1; return; }
            }
            throw PyErrors.ValueError("unmatched '{' in format spec");
        }
        if (c != '}') throw PyErrors.ValueError("expected '}' before end of string");
    }

    /// <summary>get_integer: -1 unless the whole (non-empty) text is decimal digits.</summary>
    public static long GetInteger(string s, int start, int end)
    {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int d = CharUnicodeInfo.GetDecimalDigitValue(s[i]);
            if (d < 0) return -1;
            if (acc > (long.MaxValue - d) / 10) throw PyErrors.ValueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /// <summary>field_name_split: the first part (up to '.' or '['); returns where the rest starts.</summary>
    public static int SplitFirst(string s, int start, int end, out long index)
    {
        int p = start;
        while (p < end && s[p] != '.' && s[p] != '[') p++;
        index = GetInteger(s, start, p);
        return p;
    }

    private PyObject GetFieldObject(string s, int start, int end)
    {
        int rest = SplitFirst(s, start, end, out long index);
        bool empty = rest == start;
        if (empty || index != -1)
        {
            if (state == AutoNumberState.Init) state = empty ? AutoNumberState.Auto : AutoNumberState.Manual;
            if (state == AutoNumberState.Manual && empty)
                throw PyErrors.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (state == AutoNumberState.Auto && !empty)
                throw PyErrors.ValueError("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = nextField++;
        }
        PyObject obj;
        if (index == -1)
        {
            var key = PyStr.FromString(s.Substring(start, rest - start));
            if (kwargs is null) throw PyErrors.KeyError(key);
            obj = PyOps.GetItem(kwargs, key);
        }
        else
        {
            if (args is null) throw PyErrors.ValueError("Format string contains positional fields");
            var t = (PyTuple)args;
            if (index >= t.Count) throw PyErrors.New(PyTypes.IndexError, $"Replacement index {index} out of range for positional args tuple");
            obj = t[(int)index];
        }
        int pos = rest;
        while (NextNamePart(s, ref pos, end, out bool isAttr, out long idx, out int ns, out int ne))
        {
            var name = PyStr.FromString(s.Substring(ns, ne - ns));
            if (isAttr) obj = PyOps.GetAttr(obj, name);
            else if (idx == -1) obj = PyOps.GetItem(obj, name);
            else obj = PyOps.GetItem(obj, PyInt.FromLong(idx));
        }
        return obj;
    }

    /// <summary>FieldNameIterator_next: false at the end.</summary>
    public static bool NextNamePart(string s, ref int pos, int end, out bool isAttr, out long index, out int nameStart, out int nameEnd)
    {
        isAttr = false;
        index = -1;
        nameStart = nameEnd = pos;
        if (pos >= end) return false;
        char c = s[pos++];
        if (c == '.')
        {
            isAttr = true;
            nameStart = pos;
            while (pos < end && s[pos] != '.' && s[pos] != '[') pos++;
            nameEnd = pos;
        }
        else if (c == '[')
        {
            nameStart = pos;
            bool seen = false;
            while (pos < end)
            {
                if (s[pos++] == ']') { seen = true; break; }
            }
            if (!seen) throw PyErrors.ValueError("Missing ']' in format string");
            nameEnd = pos - 1;
            index = GetInteger(s, nameStart, nameEnd);
        }
        else
        {
            throw PyErrors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (nameStart == nameEnd) throw PyErrors.ValueError("Empty attribute in format string");
        return true;
    }
}
