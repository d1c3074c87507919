using System.Globalization;

namespace Taipan.Runtime.Objects;

/// <summary>How digits are grouped: CPython's LT_* locale kinds for the format mini-language.</summary>
internal enum Grouping : byte { None, Comma, Underscore, UnderscoreFour }

/// <summary>
/// A parsed format-spec mini-language string ([[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]),
/// as CPython's parse_internal_render_format_spec: the same defaults, the same checks in the same order,
/// the same messages. Type-specific checks live with each formatter.
/// </summary>
internal struct FormatSpec
{
    public int Fill;          // code point
    public char Align;        // '<' '>' '^' '='
    public char Sign;         // '\0' '+' '-' ' '
    public bool NoNegZero;    // 'z'
    public bool Alternate;    // '#'
    public long Width;        // -1: not given
    public Grouping Grouping;
    public long Precision;    // -1: not given
    public int Type;          // code point, '\0' for none

    public static FormatSpec Parse(PyObject obj, PyStr spec, char defaultType, char defaultAlign)
    {
        var f = new FormatSpec { Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, Type = defaultType };
        int end = spec.Length, pos = 0;
        bool alignGiven = false, fillGiven = false;
        if (end - pos >= 2 && IsAlign(spec.CodePointAt(pos + 1)))
        {
            f.Align = (char)spec.CodePointAt(pos + 1);
            f.Fill = spec.CodePointAt(pos);
            fillGiven = alignGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(spec.CodePointAt(pos)))
        {
            f.Align = (char)spec.CodePointAt(pos);
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && spec.CodePointAt(pos) is '+' or '-' or ' ')
        {
            f.Sign = (char)spec.CodePointAt(pos);
            pos++;
        }
        if (end - pos >= 1 && spec.CodePointAt(pos) == 'z') { f.NoNegZero = true; pos++; }
        if (end - pos >= 1 && spec.CodePointAt(pos) == '#') { f.Alternate = true; pos++; }
        if (!fillGiven && end - pos >= 1 && spec.CodePointAt(pos) == '0')
        {
            f.Fill = '0';
            if (!alignGiven && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        if (GetInteger(spec, ref pos, end, out long width) == 0) width = -1;
        f.Width = width;
        if (end - pos > 0 && spec.CodePointAt(pos) == ',') { f.Grouping = Grouping.Comma; pos++; }
        if (end - pos > 0 && spec.CodePointAt(pos) == '_')
        {
            if (f.Grouping != Grouping.None) throw CommaAndUnderscore();
            f.Grouping = Grouping.Underscore;
            pos++;
        }
        if (end - pos > 0 && spec.CodePointAt(pos) == ',' && f.Grouping == Grouping.Underscore) throw CommaAndUnderscore();
        if (end - pos > 0 && spec.CodePointAt(pos) == '.')
        {
            pos++;
            if (GetInteger(spec, ref pos, end, out f.Precision) == 0)
                throw PyErrors.ValueError("Format specifier missing precision");
        }
        if (end - pos > 1)
            throw PyErrors.ValueError($"Invalid format specifier '{spec.Value}' for object of type '{obj.type.Name}'");
        if (end - pos == 1) f.Type = spec.CodePointAt(pos);
        if (f.Grouping != Grouping.None)
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == Grouping.Underscore:
                    f.Grouping = Grouping.UnderscoreFour;
                    break;
                default:
                    throw PyErrors.ValueError($"Cannot specify '{(f.Grouping == Grouping.Comma ? ',' : '_')}' with {CodeText(f.Type)}.");
            }
        }
        return f;
    }

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    private static PyException CommaAndUnderscore() => PyErrors.ValueError("Cannot specify both ',' and '_'.");

    /// <summary>Digits at pos (any Unicode decimal digit, as Py_UNICODE_TODECIMAL); returns how many were read.</summary>
    private static int GetInteger(PyStr spec, ref int pos, int end, out long value)
    {
        value = 0;
        int n = 0;
        for (; pos < end; pos++, n++)
        {
            int c = spec.CodePointAt(pos);
            int d = c < 0x10000 ? CharUnicodeInfo.GetDecimalDigitValue((char)c) : CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(c), 0);
            if (d < 0) break;
            if (value > (long.MaxValue - d) / 10) throw PyErrors.ValueError("Too many decimal digits in format string");
            value = value * 10 + d;
        }
        return n;
    }

    /// <summary>A type code in a message: 'x', or '\x..' outside printable ASCII (CPython's two cases).</summary>
    public static string CodeText(int type) =>
        type > 32 && type < 128 ? $"'{(char)type}'" : $"'\\x{type:x}'";

    public static PyException UnknownCode(int type, PyObject obj) =>
        PyErrors.ValueError($"Unknown format code {CodeText(type)} for object of type '{obj.type.Name}'");
}
