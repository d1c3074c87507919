using System.Globalization;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>complex(...) and complex(str): CPython's complex_new and complex_from_string_inner,
/// with its messages.</summary>
internal static class ComplexText
{
    private static readonly string[] ParamNames = { "real", "imag" };

    public static PyObject ComplexNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = ArgParser.Unpack(args, kwnames, "complex", ParamNames, 0, 0);
        var r = slots[0] ?? PyInt.Zero;
        var i = slots[1];
        if (r.type == PyTypes.Complex && i is null && type == PyTypes.Complex) return r;
        if (r is PyStr s)
        {
            if (i is not null) throw PyErrors.TypeError("complex() can't take second arg if first is a string");
            var (re, im) = Parse(s.Value);
            return Create(type, re, im);
        }
        if (i is PyStr) throw PyErrors.TypeError("complex() second arg can't be a string");
        var special = TryComplexSpecialMethod(r);
        if (special is not null) r = special;
        if (r is not PyComplex && r.type.Float is null && r.type.Index is null)
            throw PyErrors.TypeError($"complex() first argument must be a string or a number, not '{r.type.Name}'");
        if (i is not null && i is not PyComplex && i.type.Float is null && i.type.Index is null)
            throw PyErrors.TypeError($"complex() second argument must be a number, not '{i.type.Name}'");
        double crReal, crImag = 0.0, ciReal, ciImag = 0.0;
        bool crIsComplex = false, ciIsComplex = false;
        if (r is PyComplex rc)
        {
            crReal = rc.Real;
            crImag = rc.Imag;
            crIsComplex = true;
        }
        else
        {
            crReal = NumberToDouble(r);
        }
        if (i is null)
        {
            ciReal = crImag;
        }
        else if (i is PyComplex ic)
        {
            ciReal = ic.Real;
            ciImag = ic.Imag;
            ciIsComplex = true;
        }
        else
        {
            ciReal = NumberToDouble(i);
        }
        if (ciIsComplex) crReal -= ciImag;
        if (crIsComplex && i is not null) ciReal += crImag;
        return Create(type, crReal, ciReal);
    }

    private static PyObject Create(PyType type, double re, double im) =>
        type == PyTypes.Complex ? new PyComplex(re, im) : new PyComplex(type, re, im);

    /// <summary>PyNumber_Float's value: __float__ first, then __index__.</summary>
    private static double NumberToDouble(PyObject o) => FloatText.FloatValue(o);

    /// <summary>x.__complex__() when the type defines it; its result must be a complex.</summary>
    public static PyComplex? TryComplexSpecialMethod(PyObject o)
    {
        if (o.type == PyTypes.Complex) return null;
        if (o.type.Lookup("__complex__") is null) return null;
        var result = SlotDefinitions.CallSpecial(o, "__complex__", ReadOnlySpan<PyObject>.Empty)!;
        return result as PyComplex
            ?? throw PyErrors.TypeError($"__complex__ returned non-complex (type {result.type.Name})");
    }

    /// <summary>complex(str): "1+2j", "(1-2j)", "j", "-1.5e3", with spaces around and inside parentheses.</summary>
    public static (double, double) Parse(string text)
    {
        var s = UnicodeDigits.ToAscii(text);
        if (s.Contains('_'))
        {
            s = RemoveUnderscores(s)
                ?? throw PyErrors.ValueError($"could not convert string to complex: {PyStr.ReprOf(text)}");
        }
        return TryParseInner(s, out var re, out var im) ? (re, im) : throw PyErrors.ValueError("complex() arg is a malformed string");
    }

    /// <summary>_Py_string_to_number_with_underscores: an underscore must sit between two digits.</summary>
    internal static string? RemoveUnderscores(string s)
    {
        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (var c in s)
        {
            if (c == '_')
            {
                if (!(prev >= '0' && prev <= '9')) return null;
            }
            else
            {
                sb.Append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) return null;
            }
            prev = c;
        }
        return prev == '_' ? null : sb.ToString();
    }

    private static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static bool TryParseInner(string s, out double x, out double y)
    {
        x = y = 0.0;
        int pos = 0, n = s.Length;
        bool bracket = false;
        while (pos < n && IsSpace(s[pos])) pos++;
        if (pos < n && s[pos] == '(')
        {
            bracket = true;
            pos++;
            while (pos < n && IsSpace(s[pos])) pos++;
        }
        int end = FloatPrefix(s, pos, out double z);
        if (end != pos)
        {
            pos = end;
            if (pos < n && (s[pos] == '+' || s[pos] == '-'))
            {
                x = z;
                end = FloatPrefix(s, pos, out y);
                if (end != pos) pos = end;
                else y = s[pos++] == '+' ? 1.0 : -1.0;
                if (!(pos < n && (s[pos] == 'j' || s[pos] == 'J'))) return false;
                pos++;
            }
            else if (pos < n && (s[pos] == 'j' || s[pos] == 'J'))
            {
                pos++;
                y = z;
            }
            else
            {
                x = z;
            }
        }
        else
        {
            if (pos < n && (s[pos] == '+' || s[pos] == '-')) y = s[pos++] == '+' ? 1.0 : -1.0;
            else y = 1.0;
            if (!(pos < n && (s[pos] == 'j' || s[pos] == 'J'))) return false;
            pos++;
        }
        while (pos < n && IsSpace(s[pos])) pos++;
        if (bracket)
        {
            if (!(pos < n && s[pos] == ')')) return false;
            pos++;
            while (pos < n && IsSpace(s[pos])) pos++;
        }
        return pos == n;
    }

    /// <summary>PyOS_string_to_double with an end pointer: the longest float at <paramref name="start"/>
    /// (sign, digits, point, exponent, or inf/infinity/nan); returns start when there is none.
    /// Overflow gives ±inf, as CPython's parser does without an overflow exception.</summary>
    internal static int FloatPrefix(string s, int start, out double value)
    {
        value = 0.0;
        int pos = start, n = s.Length;
        bool negative = false;
        if (pos < n && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
        if (MatchWord(s, pos, "infinity")) { value = negative ? double.NegativeInfinity : double.PositiveInfinity; return pos + 8; }
        if (MatchWord(s, pos, "inf")) { value = negative ? double.NegativeInfinity : double.PositiveInfinity; return pos + 3; }
        if (MatchWord(s, pos, "nan")) { value = negative ? -PyFloat.NaN : PyFloat.NaN; return pos + 3; }
        int digitsStart = pos, digits = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') { pos++; digits++; }
        if (pos < n && s[pos] == '.')
        {
            pos++;
            while (pos < n && s[pos] >= '0' && s[pos] <= '9') { pos++; digits++; }
        }
        if (digits == 0) return start;
        if (pos < n && (s[pos] == 'e' || s[pos] == 'E'))
        {
            int p = pos + 1;
            if (p < n && (s[p] == '+' || s[p] == '-')) p++;
            int expDigits = 0;
            while (p < n && s[p] >= '0' && s[p] <= '9') { p++; expDigits++; }
            if (expDigits > 0) pos = p;
        }
        value = double.Parse(s.AsSpan(digitsStart, pos - digitsStart), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        return pos;
    }

    private static bool MatchWord(string s, int pos, string word) =>
        pos + word.Length <= s.Length && string.Compare(s, pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
