using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>int.__format__ (format_long_internal): b c d n o x X directly, e E f F g G % through float.</summary>
internal static class IntFormat
{
    public static PyStr Format(PyInt value, PyStr specText)
    {
        if (specText.Length == 0)
            return value.type == PyTypes.Int ? PyStr.FromAscii(IntText.ToDecimalString(value, InterpreterState.Current.IntMaxStrDigits)) : PyOps.Str(value);
        var spec = FormatSpec.Parse(value, specText, 'd', '>');
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return PyStr.FromString(FormatInternal(value, ref spec));
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return PyStr.FromAscii(FloatFormat.FormatInternal(value.ToDouble(), ref spec));
            default:
                throw FormatSpec.UnknownCode(spec.Type, value);
        }
    }

    public static string FormatInternal(PyInt value, ref FormatSpec spec)
    {
        if (spec.Precision != -1) throw PyErrors.ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegZero) throw PyErrors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0') throw PyErrors.ValueError("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) throw PyErrors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!value.TryGetLong(out long x))
                throw PyErrors.OverflowError("Python int too large to convert to C long");
            if (x < 0 || x > 0x10FFFF) throw PyErrors.OverflowError("%c arg not in range(0x110000)");
            return NumberLayout.Build('\0', "", ReadOnlySpan<char>.Empty, false, PyFormat.CodePointString((int)x), ref spec, false);
        }
        int radix = spec.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string prefix = spec.Alternate ? radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" } : "";
        string digits = Digits(value, radix);
        return NumberLayout.Build(value.IsNegative ? '-' : '\0', prefix, digits, false, ReadOnlySpan<char>.Empty, ref spec, spec.Type == 'X');
    }

    /// <summary>Digits of |value| in base 2, 8, 10 or 16 (lowercase); base 10 obeys sys.set_int_max_str_digits.</summary>
    public static string Digits(PyInt value, int radix)
    {
        if (radix == 10)
        {
            var s = IntText.ToDecimalString(value, InterpreterState.Current.IntMaxStrDigits);
            return s[0] == '-' ? s.Substring(1) : s;
        }
        if (value.TryGetLong(out long small) && small != long.MinValue)
        {
            ulong m = (ulong)Math.Abs(small);
            return radix switch
            {
                16 => m.ToString("x", CultureInfo.InvariantCulture),
                2 => Convert.ToString((long)m, 2),
                _ => Convert.ToString((long)m, 8),
            };
        }
        int shift = radix switch { 2 => 1, 8 => 3, _ => 4 };
        // Linear in the size: digits straight from the little-endian magnitude bytes.
        var bytes = BigInteger.Abs(value.Big).ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)BigInteger.Abs(value.Big).GetBitLength();
        var sb = new StringBuilder((int)(bitLength / shift + 1));
        for (long bit = 0; bit < bitLength; bit += shift)
        {
            int d = 0;
            for (int j = 0; j < shift; j++)
            {
                long b = bit + j;
                if (b < bitLength && ((bytes[b >> 3] >> (int)(b & 7)) & 1) != 0) d |= 1 << j;
            }
            sb.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
        }
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
