using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>str.__format__ (format_string_internal): only 's', precision truncates, no sign/'z'/'#'/'='.</summary>
internal static class StrFormat
{
    public static PyStr Format(PyStr value, PyStr specText)
    {
        if (specText.Length == 0) return value.type == PyTypes.Str ? value : PyOps.Str(value);
        var spec = FormatSpec.Parse(value, specText, 's', '<');
        if (spec.Type != 's') throw FormatSpec.UnknownCode(spec.Type, value);
        return FormatInternal(value, ref spec);
    }

    public static PyStr FormatInternal(PyStr value, ref FormatSpec spec)
    {
        if (spec.Sign != '\0')
            throw PyErrors.ValueError(spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (spec.NoNegZero) throw PyErrors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate) throw PyErrors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=') throw PyErrors.ValueError("'=' alignment not allowed in string format specifier");
        int len = value.Length;
        if ((spec.Width == -1 || spec.Width <= len) && (spec.Precision == -1 || spec.Precision >= len))
            return value.type == PyTypes.Str ? value : PyStr.FromString(value.Value);
        if (spec.Precision >= 0 && len >= spec.Precision) len = (int)spec.Precision;
        long total = spec.Width >= 0 && spec.Width > len ? spec.Width : len;
        long lpad = spec.Align switch { '>' => total - len, '^' => (total - len) / 2, _ => 0 };
        long rpad = total - len - lpad;
        if (total > PyFormat.MaxResultLength) throw PyErrors.MemoryError();
        var sb = new StringBuilder((int)total);
        NumberLayout.AppendFill(sb, spec.Fill, lpad);
        sb.Append(value.Value, 0, value.Utf16Offset(len));
        NumberLayout.AppendFill(sb, spec.Fill, rpad);
        return PyStr.FromString(sb.ToString());
    }
}
