using System.Globalization;
using System.Text;

namespace Taipan.Compiler.Text;

/// <summary>
/// repr(float): the shortest digit string that round-trips (what CPython's dtoa mode 0
/// produces), laid out as CPython's float_repr_style 'short' does: positional when the
/// decimal exponent is in [-4, 16), otherwise d.ddde±XX with at least two exponent digits.
/// .NET's "R" format yields the same shortest digits (since .NET Core 3.0).
/// One copy for the whole implementation: the AST dumper, the disassembler and float.__repr__.
/// </summary>
internal static class FloatRepr
{
    /// <param name="addDotZero">false for the parts of a complex repr, where CPython writes `1` not `1.0`.</param>
    public static string Repr(double v, bool addDotZero = true)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsPositiveInfinity(v)) return "inf";
        if (double.IsNegativeInfinity(v)) return "-inf";
        if (v == 0) return (double.IsNegative(v) ? "-0" : "0") + (addDotZero ? ".0" : "");
        ShortestDigits(v, out bool negative, out string digits, out int decpt);
        var sb = new StringBuilder(digits.Length + 8);
        if (negative) sb.Append('-');
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Shortest round-trip digits without trailing zeros, and the decimal point position
    /// (value = 0.digits × 10**decpt).</summary>
    internal static void ShortestDigits(double v, out bool negative, out string digits, out int decpt)
    {
        var r = v.ToString("R", CultureInfo.InvariantCulture);
        negative = r[0] == '-';
        int i = negative ? 1 : 0;
        int exponent = 0;
        int e = r.IndexOf('E');
        string mantissa = e >= 0 ? r.Substring(i, e - i) : r.Substring(i);
        if (e >= 0) exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa.Substring(0, dot) : mantissa;
        string fracPart = dot >= 0 ? mantissa.Substring(dot + 1) : "";
        string all = intPart + fracPart;
        int point = intPart.Length + exponent;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        all = all.Substring(lead);
        int end = all.Length;
        while (end > 1 && all[end - 1] == '0') end--;
        digits = all.Substring(0, end);
        decpt = point;
    }
}
