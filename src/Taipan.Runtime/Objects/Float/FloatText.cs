using System.Globalization;
using System.Text;
using Taipan.Runtime.Builtins;

namespace Taipan.Runtime.Objects;

/// <summary>float(str): Python's float literal grammar (underscores between digits, inf/nan
/// words, Unicode decimal digits), then .NET's correctly rounded parser.</summary>
internal static class FloatText
{
    public static double Parse(string text) =>
        TryParse(text, out double v) ? v : throw new PyException(InvalidLiteral(text));

    private static PyBaseException InvalidLiteral(string text) =>
        PyErrors.Make(PyTypes.ValueError, $"could not convert string to float: {PyStr.ReprOf(text)}");

    /// <summary>float(s) for an exact str: the value, or null with the ValueError in <paramref name="error"/>
    /// (raised by the eval loop without a .NET throw).</summary>
    public static PyFloat? ParseOrError(string text, out PyBaseException? error)
    {
        if (TryParse(text, out double v))
        {
            error = null;
            return new PyFloat(v);
        }
        error = InvalidLiteral(text);
        return null;
    }

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        text = UnicodeDigits.ToAscii(text);
        int start = 0, end = text.Length;
        while (start < end && PyStr.IsPythonWhitespace(text[start])) start++;
        while (end > start && PyStr.IsPythonWhitespace(text[end - 1])) end--;
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c > 127) return false;
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
            value = negative ? -PyFloat.NaN : PyFloat.NaN;
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
        int nk = kwnames?.Count ?? 0;
        // A subclass with its own __init__ may take keywords; float.__new__ ignores them (3.11).
        if (nk > 0 && (type == PyTypes.Float || type.Init == PyTypes.Float.Init)) throw PyErrors.TypeError("float() takes no keyword arguments");
        int np = args.Length - nk;
        if (np > 1) throw PyErrors.TypeError($"float expected at most 1 argument, got {np}");
        double value = np == 0 ? 0.0 : FloatValue(args[0]);
        if (type == PyTypes.Float) return np == 1 && args[0].type == PyTypes.Float ? args[0] : new PyFloat(value);
        return new PyFloat(type, value);
    }

    /// <summary>PyNumber_Float: str and bytes-likes parse; numbers go through __float__ or __index__.</summary>
    internal static double FloatValue(PyObject x)
    {
        if (x.type == PyTypes.Float) return ((PyFloat)x).Value;
        if (x.type.Float is { } toFloat)
        {
            // A subclass's own __float__ wins (PyNumber_Float), and its result must be a float.
            var r = toFloat(x);
            if (r is PyFloat rf) return rf.Value;
            throw PyErrors.TypeError($"{x.type.Name}.__float__ returned non-float (type {r.type.Name})");
        }
        if (x.type.Index is not null) return PyOps.Index(x).ToDouble();
        if (x is PyFloat f) return f.Value;
        if (x is PyStr s) return Parse(s.Value);
        if (BytesLike.TryGetBytes(x, out var bytes))
        {
            var chars = new char[bytes.Length];
            bool ok = true;
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
                if (bytes[i] >= 128 || bytes[i] == 0) ok = false;
            }
            if (ok && TryParse(new string(chars), out double v)) return v;
            throw PyErrors.ValueError($"could not convert string to float: {PyOps.Repr(x).Value}");
        }
        throw PyErrors.TypeError($"float() argument must be a string or a real number, not '{x.type.Name}'");
    }
}
