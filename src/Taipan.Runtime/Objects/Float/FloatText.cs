using System.Globalization;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>float(str): Python's float literal grammar (underscores between digits, inf/nan
/// words, Unicode decimal digits), then .NET's correctly rounded parser.</summary>
internal static class FloatText
{
    public static double Parse(string text) =>
        TryParse(text, out double v) ? v : throw PyErrors.ValueError($"could not convert string to float: {PyStr.ReprOf(text)}");

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        int start = 0, end = text.Length;
        while (start < end && PyStr.IsPythonWhitespace(text[start])) start++;
        while (end > start && PyStr.IsPythonWhitespace(text[end - 1])) end--;
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c > 127)
            {
                if (!char.IsDigit(c)) return false;
                c = (char)('0' + (int)char.GetNumericValue(c));
            }
            sb.Append(c);
        }
        var s = sb.ToString();
        int pos = 0;
        bool negative = false;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) { negative = s[pos] == '-'; pos++; }
        var rest = s.Substring(pos);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // .NET's double.NaN has the sign bit set; C's NAN (CPython's float('nan')) does not.
            value = BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8000000000000UL) : 0x7FF8000000000000L);
            return true;
        }
        var clean = new StringBuilder(s.Length);
        if (negative) clean.Append('-');
        int digitsBefore = DigitPart(s, ref pos, clean);
        int digitsAfter = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            clean.Append('.');
            pos++;
            digitsAfter = DigitPart(s, ref pos, clean);
            if (digitsAfter < 0) return false;
        }
        if (digitsBefore < 0 || digitsBefore + Math.Max(digitsAfter, 0) == 0) return false;
        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            clean.Append('e');
            pos++;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) clean.Append(s[pos++]);
            if (DigitPart(s, ref pos, clean) <= 0) return false;
        }
        if (pos != s.Length) return false;
        value = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>digit (['_'] digit)*: the number of digits read, 0 if none, -1 if an underscore is misplaced.</summary>
    private static int DigitPart(string s, ref int pos, StringBuilder into)
    {
        int n = 0;
        while (pos < s.Length)
        {
            char c = s[pos];
            if (c >= '0' && c <= '9') { into.Append(c); n++; pos++; continue; }
            if (c == '_' && n > 0 && pos + 1 < s.Length && s[pos + 1] >= '0' && s[pos + 1] <= '9') { pos++; continue; }
            if (c == '_') return -1;
            break;
        }
        return n;
    }

    /// <summary>float.__new__(type, x=0.0).</summary>
    public static PyObject FloatNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("float() takes no keyword arguments");
        if (args.Length > 1) throw PyErrors.TypeError($"float expected at most 1 argument, got {args.Length}");
        if (type != PyTypes.Float) throw PyErrors.SystemError("float subclass instances arrive with the interpreter");
        if (args.Length == 0) return new PyFloat(0.0);
        var x = args[0];
        if (x.type == PyTypes.Float) return x;
        if (x is PyStr s) return new PyFloat(Parse(s.Value));
        if (x.type.Float is not null || x.type.Index is not null) return new PyFloat(PyOps.AsDouble(x));
        throw PyErrors.TypeError($"float() argument must be a string or a real number, not '{x.type.Name}'");
    }
}
