using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// CPython's calc_number_widths + fill_number: lays a number out as
/// [lpadding][sign][prefix][spadding][grouped digits][decimal point][remainder][rpadding].
/// With fill '0' and '=' alignment the zeros become part of the digits, so they get grouped too
/// (format(1234, '010,') == '00,001,234').
/// </summary>
internal static class NumberLayout
{
    /// <summary>Text from DoubleToString ("-123.45e+06", "inf"): sign, leading digit run, '.', rest.</summary>
    public static string FromDecimalText(string text, ref FormatSpec spec)
    {
        int idx = 0;
        char signChar = '\0';
        if (text.Length > 0 && text[0] == '-') { signChar = '-'; idx = 1; }
        int p = idx;
        while (p < text.Length && text[p] >= '0' && text[p] <= '9') p++;
        bool hasDecimal = p < text.Length && text[p] == '.';
        int remStart = hasDecimal ? p + 1 : p;
        return Build(signChar, "", text.AsSpan(idx, p - idx), hasDecimal, text.AsSpan(remStart), ref spec, false);
    }

    public static string Build(char signChar, string prefix, ReadOnlySpan<char> digits, bool hasDecimal,
        ReadOnlySpan<char> remainder, ref FormatSpec spec, bool upper)
    {
        if (spec.Width > PyFormat.MaxResultLength) throw PyErrors.MemoryError();
        char sign = '\0';
        switch (spec.Sign)
        {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: if (signChar == '-') sign = '-'; break;
        }
        // The remainder is ASCII except for 'c', whose one character may be astral (two UTF-16 units).
        int remainderLength = remainder.Length == 2 && char.IsHighSurrogate(remainder[0]) ? 1 : remainder.Length;
        long nonDigit = (sign != '\0' ? 1 : 0) + prefix.Length + (hasDecimal ? 1 : 0) + remainderLength;
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigit : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, spec.Grouping);
        long padding = spec.Width - (nonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        var sb = new StringBuilder((int)Math.Max(spec.Width, nonDigit + grouped.Length));
        AppendFill(sb, spec.Fill, lpad);
        if (sign != '\0') sb.Append(sign);
        sb.Append(upper ? prefix.ToUpperInvariant() : prefix);
        AppendFill(sb, spec.Fill, spad);
        sb.Append(upper ? grouped.ToUpperInvariant() : grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        AppendFill(sb, spec.Fill, rpad);
        return sb.ToString();
    }

    public static void AppendFill(StringBuilder sb, int fill, long count)
    {
        if (count <= 0) return;
        if (fill < 0x10000) { sb.Append((char)fill, (int)count); return; }
        var s = PyFormat.CodePointString(fill);
        for (long i = 0; i < count; i++) sb.Append(s);
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: groups of 3 (',' or '_') or 4 ('_' in bin/oct/hex) from the
    /// right, left-padded with zeros up to <paramref name="minWidth"/> (separators count toward it).</summary>
    private static string Group(ReadOnlySpan<char> digits, long minWidth, Grouping grouping)
    {
        int groupSize = grouping switch { Grouping.Comma or Grouping.Underscore => 3, Grouping.UnderscoreFour => 4, _ => 0 };
        char sep = grouping == Grouping.Comma ? ',' : '_';
        var rev = new StringBuilder(digits.Length + digits.Length / 3 + 4);
        long remaining = digits.Length;
        int pos = digits.Length;
        bool useSep = false, broken = false;
        if (groupSize > 0)
        {
            while (true)
            {
                long l = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                long zeros = Math.Max(0, l - remaining);
                long chars = Math.Max(0, Math.Min(remaining, l));
                if (useSep) rev.Append(sep);
                for (long i = 0; i < chars; i++) rev.Append(digits[--pos]);
                rev.Append('0', (int)zeros);
                useSep = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
                minWidth -= 1;
            }
        }
        if (!broken)
        {
            long l = Math.Max(Math.Max(remaining, minWidth), 1);
            long zeros = Math.Max(0, l - remaining);
            long chars = Math.Max(0, Math.Min(remaining, l));
            if (useSep) rev.Append(sep);
            if (groupSize == 0 && zeros == 0) return digits.ToString();
            for (long i = 0; i < chars; i++) rev.Append(digits[--pos]);
            rev.Append('0', (int)zeros);
        }
        var a = new char[rev.Length];
        for (int i = 0; i < a.Length; i++) a[i] = rev[a.Length - 1 - i];
        return new string(a);
    }
}
