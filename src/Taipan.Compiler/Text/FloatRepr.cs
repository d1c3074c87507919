using System.Globalization;

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
        Span<char> buf = stackalloc char[MaxReprLength];
        return new string(buf[..Write(v, buf, addDotZero)]);
    }

    /// <summary>Longest repr: sign, 17 digits, "0." and 4 zeros or ".0", or "e-308".</summary>
    public const int MaxReprLength = 40;

    /// <summary>repr(v) into <paramref name="dest"/> (at least <see cref="MaxReprLength"/> long), without
    /// allocating (float repr is hot in serializers); returns the length written.</summary>
    public static int Write(double v, Span<char> dest, bool addDotZero = true)
    {
        if (double.IsNaN(v)) return Put(dest, 0, "nan");
        if (double.IsPositiveInfinity(v)) return Put(dest, 0, "inf");
        if (double.IsNegativeInfinity(v)) return Put(dest, 0, "-inf");
        int n = 0;
        if (v == 0)
        {
            if (double.IsNegative(v)) dest[n++] = '-';
            dest[n++] = '0';
            return addDotZero ? Put(dest, n, ".0") : n;
        }
        Span<char> digits = stackalloc char[32];
        int nd = ShortestDigits(v, out bool negative, digits, out int decpt);
        if (negative) dest[n++] = '-';
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                dest[n++] = '0';
                dest[n++] = '.';
                for (int k = 0; k < -decpt; k++) dest[n++] = '0';
                n = Put(dest, n, digits[..nd]);
            }
            else if (decpt >= nd)
            {
                n = Put(dest, n, digits[..nd]);
                for (int k = nd; k < decpt; k++) dest[n++] = '0';
                if (addDotZero) n = Put(dest, n, ".0");
            }
            else
            {
                n = Put(dest, n, digits[..decpt]);
                dest[n++] = '.';
                n = Put(dest, n, digits[decpt..nd]);
            }
        }
        else
        {
            dest[n++] = digits[0];
            if (nd > 1)
            {
                dest[n++] = '.';
                n = Put(dest, n, digits[1..nd]);
            }
            int exp = decpt - 1;
            dest[n++] = 'e';
            dest[n++] = exp < 0 ? '-' : '+';
            int a = Math.Abs(exp);
            if (a < 10) dest[n++] = '0';
            a.TryFormat(dest[n..], out int w, default, CultureInfo.InvariantCulture);
            n += w;
        }
        return n;
    }

    private static int Put(Span<char> dest, int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(dest[at..]);
        return at + text.Length;
    }

    /// <summary>Shortest round-trip digits of a finite non-zero value, without leading or trailing
    /// zeros, into <paramref name="digits"/> (returns their count); value = 0.digits × 10**decpt.</summary>
    internal static int ShortestDigits(double v, out bool negative, Span<char> digits, out int decpt)
    {
        Span<char> r = stackalloc char[40];
        v.TryFormat(r, out int len, "R", CultureInfo.InvariantCulture);
        negative = r[0] == '-';
        int nd = 0, intDigits = 0, exponent = 0;
        bool seenDot = false;
        for (int i = negative ? 1 : 0; i < len; i++)
        {
            char c = r[i];
            if (c == '.') seenDot = true;
            else if (c == 'E')
            {
                exponent = int.Parse(r[(i + 1)..len], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[nd++] = c;
                if (!seenDot) intDigits++;
            }
        }
        int lead = 0;
        while (lead < nd - 1 && digits[lead] == '0') { lead++; intDigits--; }
        int end = nd;
        while (end > lead + 1 && digits[end - 1] == '0') end--;
        if (lead > 0) digits[lead..end].CopyTo(digits);
        decpt = intDigits + exponent;
        return end - lead;
    }

    /// <summary>The string form of the digits (value = 0.digits × 10**decpt).</summary>
    internal static void ShortestDigits(double v, out bool negative, out string digits, out int decpt)
    {
        Span<char> d = stackalloc char[32];
        int n = ShortestDigits(v, out negative, d, out decpt);
        digits = new string(d[..n]);
    }
}
