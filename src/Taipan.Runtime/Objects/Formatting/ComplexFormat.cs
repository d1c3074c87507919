using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// complex.__format__ (format_complex_internal): both parts through DoubleToString, the
/// imaginary part always signed unless the real part is omitted, no '0' fill or '='.
/// complex's __format__ calls <see cref="Format"/> with its two parts.
/// </summary>
internal static class ComplexFormat
{
    public static PyStr Format(PyObject obj, double re, double im, PyStr specText)
    {
        if (specText.Length == 0) return PyOps.Str(obj);
        var spec = FormatSpec.Parse(obj, specText, '\0', '>');
        switch (spec.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n':
                return PyStr.FromString(FormatInternal(re, im, ref spec));
            default:
                throw FormatSpec.UnknownCode(spec.Type, obj);
        }
    }

    public static string FormatInternal(double re, double im, ref FormatSpec spec)
    {
        if (spec.Precision > int.MaxValue) throw PyErrors.ValueError("precision too big");
        if (spec.Fill == '0') throw PyErrors.ValueError("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=') throw PyErrors.ValueError("'=' alignment flag is not allowed in complex format specifier");
        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        var flags = DtoaFlags.None;
        if (spec.Alternate) flags |= DtoaFlags.Alternate;
        if (spec.NoNegZero) flags |= DtoaFlags.NoNegativeZero;
        char type = (char)spec.Type;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && !double.IsNegative(re)) skipRe = true; else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        string reText = FloatFormat.DoubleToString(re, type, precision, flags);
        string imText = FloatFormat.DoubleToString(im, type, precision, flags);
        var part = spec;
        part.Width = -1;
        part.Align = '<';
        string reOut = skipRe ? "" : NumberLayout.FromDecimalText(reText, ref part);
        if (!skipRe) part.Sign = '+';
        string imOut = NumberLayout.FromDecimalText(imText, ref part);
        int n = CodePoints(reOut) + CodePoints(imOut) + 1 + (parens ? 2 : 0);
        long total = spec.Width > n ? spec.Width : n;
        long lpad = spec.Align switch { '>' => total - n, '^' => (total - n) / 2, _ => 0 };
        long rpad = total - n - lpad;
        if (total > PyFormat.MaxResultLength) throw PyErrors.MemoryError();
        var sb = new StringBuilder((int)total);
        NumberLayout.AppendFill(sb, spec.Fill, lpad);
        if (parens) sb.Append('(');
        sb.Append(reOut).Append(imOut).Append('j');
        if (parens) sb.Append(')');
        NumberLayout.AppendFill(sb, spec.Fill, rpad);
        return sb.ToString();
    }

    private static int CodePoints(string s) => s.Length; // number text is ASCII
}
