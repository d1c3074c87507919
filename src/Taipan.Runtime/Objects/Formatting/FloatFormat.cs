using System.Globalization;
using System.Text;

namespace Taipan.Runtime.Objects;

[Flags]
internal enum DtoaFlags { None = 0, Sign = 1, AddDotZero = 2, Alternate = 4, NoNegativeZero = 8 }

/// <summary>
/// float → text: PyOS_double_to_string (types e E f F g G r, CPython's layout rules: where the
/// exponent starts, zero padding, '#', the ".0" of repr-like output) and float.__format__.
/// </summary>
internal static class FloatFormat
{
    /// <summary>PyOS_double_to_string: <paramref name="type"/> is one of e E f F g G r ('r' takes no precision).</summary>
    public static string DoubleToString(double v, char type, int precision, DtoaFlags flags)
    {
        if (precision > PyFormat.MaxResultLength) throw PyErrors.MemoryError();
        bool upper = type is 'E' or 'F' or 'G';
        char code = char.ToLowerInvariant(type);
        var sb = new StringBuilder(24);
        bool negative = double.IsNegative(v);
        if (!double.IsFinite(v))
        {
            if (double.IsNaN(v)) return upper ? "NAN" : "nan";
            if (negative) sb.Append('-'); else if ((flags & DtoaFlags.Sign) != 0) sb.Append('+');
            sb.Append(upper ? "INF" : "inf");
            return sb.ToString();
        }
        string digits;
        int decpt;
        switch (code)
        {
            case 'e':
                precision++;
                digits = FloatDigits.Significant(v, precision, out decpt);
                break;
            case 'f':
                digits = FloatDigits.Fixed(v, precision, out decpt);
                break;
            case 'g':
                if (precision == 0) precision = 1;
                digits = FloatDigits.Significant(v, precision, out decpt);
                break;
            default:
                digits = FloatDigits.Shortest(v, out decpt);
                break;
        }
        if ((flags & DtoaFlags.NoNegativeZero) != 0 && negative && digits == "0") negative = false;
        return Layout(sb, digits, decpt, negative, code, precision, flags, upper);
    }

    /// <summary>format_float_short's layout of dtoa digits (a slice of the digits padded with zeros on both sides).</summary>
    private static string Layout(StringBuilder sb, string digits, int decpt, bool negative, char code, int precision, DtoaFlags flags, bool upper)
    {
        bool alt = (flags & DtoaFlags.Alternate) != 0, addDot0 = (flags & DtoaFlags.AddDotZero) != 0;
        int digitsLen = digits.Length;
        int vEnd = digitsLen;
        bool useExp = false;
        int exp = 0;
        switch (code)
        {
            case 'e': useExp = true; vEnd = precision; break;
            case 'f': vEnd = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        if (useExp) { exp = decpt - 1; decpt = 1; }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
        else vEnd = vEnd > decpt ? vEnd : decpt;

        if (negative) sb.Append('-');
        else if ((flags & DtoaFlags.Sign) != 0) sb.Append('+');
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vStart).Append('.').Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vStart);
        }
        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen).Append('.').Append('0', vEnd - decpt);
        }
        else
        {
            sb.Append('0', vEnd - digitsLen);
        }
        if (sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>float.__format__ (and int.__format__ with a float presentation type).</summary>
    public static PyStr Format(PyObject obj, double value, PyStr specText)
    {
        if (specText.Length == 0) return PyOps.Str(obj);
        var spec = FormatSpec.Parse(obj, specText, '\0', '>');
        switch (spec.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                return PyStr.FromString(FormatInternal(value, ref spec));
            default:
                throw FormatSpec.UnknownCode(spec.Type, obj);
        }
    }

    /// <summary>format_float_internal: digits from DoubleToString, then sign/padding/grouping by NumberLayout.</summary>
    public static string FormatInternal(double value, ref FormatSpec spec)
    {
        if (spec.Precision > int.MaxValue) throw PyErrors.ValueError("precision too big");
        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        var flags = DtoaFlags.None;
        if (spec.Alternate) flags |= DtoaFlags.Alternate;
        if (spec.NoNegZero) flags |= DtoaFlags.NoNegativeZero;
        char type = (char)spec.Type;
        if (type == '\0') { flags |= DtoaFlags.AddDotZero; type = 'r'; defaultPrecision = 0; }
        if (type == 'n') type = 'g';
        bool percent = false;
        if (type == '%') { type = 'f'; value *= 100; percent = true; }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var text = DoubleToString(value, type, precision, flags);
        if (percent) text += "%";
        if (spec.Sign != '+' && spec.Sign != ' ' && spec.Width == -1 && spec.Type != 'n' && spec.Grouping == Grouping.None)
            return text;
        return NumberLayout.FromDecimalText(text, ref spec);
    }
}
