using System.Globalization;
using System.Numerics;
using System.Text;
using Taipan.Runtime.Builtins;

namespace Taipan.Runtime.Objects;

/// <summary>int ↔ text: int(str, base) parsing and str/bin/oct/hex formatting, with
/// CPython's messages and the 3.11 limit on decimal digits (sys.set_int_max_str_digits).</summary>
internal static class IntText
{
    public static string ToDecimalString(PyInt value, int maxDigits)
    {
        if (value.IsSmall) return value.Small.ToString(CultureInfo.InvariantCulture);
        var big = value.Big;
        // Cheap pre-check on the bit length (log10(2) < 0.30103) before the quadratic conversion.
        if (maxDigits > 0)
        {
            long bits = (long)BigInteger.Abs(big).GetBitLength();
            if ((bits - 1) * 0.30102999566398 + 1 > maxDigits + 1) throw DigitsLimitOnOutput(maxDigits);
        }
        var s = big.ToString(CultureInfo.InvariantCulture);
        int digits = s.Length - (big.Sign < 0 ? 1 : 0);
        if (maxDigits > 0 && digits > maxDigits) throw DigitsLimitOnOutput(maxDigits);
        return s;
    }

    private static PyException DigitsLimitOnOutput(int maxDigits) => PyErrors.ValueError(
        $"Exceeds the limit ({maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>bin/oct/hex text: "-0x1f". Power-of-two bases have no digit limit.</summary>
    public static string ToPrefixedString(PyInt value, int radix)
    {
        string prefix = radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        int shift = radix switch { 2 => 1, 8 => 3, _ => 4 };
        var magnitude = BigInteger.Abs(value.Big);
        var sb = new StringBuilder();
        if (magnitude.IsZero) sb.Append('0');
        var mask = new BigInteger(radix - 1);
        while (!magnitude.IsZero)
        {
            int d = (int)(magnitude & mask);
            sb.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            magnitude >>= shift;
        }
        sb.Append(prefix[1]).Append('0');
        if (value.IsNegative) sb.Append('-');
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>int(text, base) as CPython's PyLong_FromUnicodeObject. Returns the value or throws ValueError.</summary>
    public static PyInt Parse(string text, int radix, int maxDigits)
    {
        if (radix != 0 && (radix < 2 || radix > 36)) throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
        return TryParse(text, radix, maxDigits) ?? throw InvalidLiteral(text, radix);
    }

    private static PyException InvalidLiteral(string text, int radix) => new(InvalidLiteralValue(text, radix));

    private static PyBaseException InvalidLiteralValue(string text, int radix)
    {
        var repr = PyStr.ReprOf(text);
        if (repr.Length > 200) repr = repr.Substring(0, 200);
        return PyErrors.Make(PyTypes.ValueError, $"invalid literal for int() with base {radix}: {repr}");
    }

    /// <summary>int(s) for an exact str: the value, or null with the ValueError in <paramref name="error"/>
    /// (the eval loop raises it without a .NET throw: `try: int(s) except ValueError` is common).</summary>
    public static PyInt? ParseOrError(string text, out PyBaseException? error)
    {
        var v = TryParse(text, 10, InterpreterState.Current.IntMaxStrDigits);
        error = v is null ? InvalidLiteralValue(text, 10) : null;
        return v;
    }

    private static PyInt? TryParse(string text, int radix, int maxDigits)
    {
        text = UnicodeDigits.ToAscii(text);
        int start = 0, end = text.Length;
        while (start < end && PyStr.IsPythonWhitespace(text[start])) start++;
        while (end > start && PyStr.IsPythonWhitespace(text[end - 1])) end--;
        if (start == end) return null;
        bool negative = false;
        if (text[start] == '+' || text[start] == '-')
        {
            negative = text[start] == '-';
            start++;
        }
        // Normalise digits (Unicode decimal digits count as their ASCII value).
        var digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c > 127) return null;
            digits.Append(c);
        }
        var s = digits.ToString();
        int pos = 0;
        bool prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            char p = char.ToLowerInvariant(s[1]);
            int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixRadix != 0 && (radix == 0 || radix == prefixRadix))
            {
                radix = prefixRadix;
                pos = 2;
                prefixed = true;
            }
        }
        if (radix == 0)
        {
            radix = 10;
            // Base 0 forbids leading zeros unless the whole number is zero ("0_0" is fine).
            if (s.Length > 0 && s[0] == '0')
            {
                foreach (var c in s)
                    if (c != '0' && c != '_') return null;
            }
        }
        // Underscores: single, between digits, or right after a base prefix.
        var clean = new StringBuilder(s.Length);
        bool lastUnderscore = !prefixed; // a leading '_' is only allowed after a prefix
        if (pos >= s.Length) return null;
        for (int i = pos; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= radix) return null;
            clean.Append(c);
            lastUnderscore = false;
        }
        if (lastUnderscore || clean.Length == 0) return null;
        var ds = clean.ToString();
        bool powerOfTwo = (radix & (radix - 1)) == 0;
        if (!powerOfTwo && maxDigits > 0 && ds.Length > maxDigits)
            throw PyErrors.ValueError(
                $"Exceeds the limit ({maxDigits} digits) for integer string conversion: value has {ds.Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        var magnitude = Accumulate(ds, radix);
        return PyInt.FromBig(negative ? -magnitude : magnitude);
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }

    private static BigInteger Accumulate(string digits, int radix)
    {
        if (radix == 10 && digits.Length > 18)
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        // Chunks of digits whose value fits a long, then one big multiply-add per chunk.
        int chunk = 1;
        long chunkScale = radix;
        while (chunkScale <= long.MaxValue / radix / radix) { chunkScale *= radix; chunk++; }
        BigInteger result = BigInteger.Zero;
        int i = 0;
        while (i < digits.Length)
        {
            int take = Math.Min(chunk, digits.Length - i);
            long v = 0, scale = 1;
            for (int k = 0; k < take; k++)
            {
                v = v * radix + DigitValue(digits[i + k]);
                scale *= radix;
            }
            result = result.IsZero ? v : result * scale + v;
            i += take;
        }
        return result;
    }

    /// <summary>int.__new__(type, x=0, base=10).</summary>
    public static PyObject IntNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        int np = args.Length - nk;
        PyObject? x = np > 0 ? args[0] : null;
        PyObject? b = np > 1 ? args[1] : null;
        if (args.Length > 2) throw PyErrors.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        for (int i = 0; i < nk; i++)
        {
            var name = ((PyStr)kwnames![i]).Value;
            if (name == "base" && b is null) b = args[np + i];
            else if (name == "base") throw PyErrors.TypeError("argument for int() given by name ('base') and position (2)");
            else throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for int()");
        }
        var value = IntValue(x, b);
        return type == PyTypes.Int ? value : PyInt.ForSubtype(type, value);
    }

    private static PyInt IntValue(PyObject? x, PyObject? b)
    {
        if (x is null)
        {
            if (b is not null) throw PyErrors.TypeError("int() missing string argument");
            return PyInt.Zero;
        }
        int maxDigits = InterpreterState.Current.IntMaxStrDigits;
        if (b is null) return NumberToInt(x, maxDigits);
        var radixObj = PyOps.Index(b);
        long radix = radixObj.IsSmall ? radixObj.Small : long.MaxValue;
        if (radix != 0 && (radix < 2 || radix > 36)) throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (x is PyStr s) return Parse(s.Value, (int)radix, maxDigits);
        if (x.type.Name is "bytes" or "bytearray" && BytesLike.TryGetBytes(x, out var bytes)) return ParseBytes(x, bytes, (int)radix, maxDigits);
        throw PyErrors.TypeError("int() can't convert non-string with explicit base");
    }

    /// <summary>PyNumber_Long: __int__, __index__, __trunc__, then str/bytes/bytearray/buffers.</summary>
    public static PyInt NumberToInt(PyObject x, int maxDigits)
    {
        if (x.type == PyTypes.Int) return (PyInt)x;
        if (x.type.Int is { } f)
        {
            var r = f(x);
            if (r is PyInt i) return PyInt.Exact(i);
            throw PyErrors.TypeError($"__int__ returned non-int (type {r.type.Name})");
        }
        if (x.type.Index is not null) return PyOps.Index(x);
        if (x.type.Lookup("__trunc__") is not null)
        {
            Warn("The delegation of int() to __trunc__ is deprecated.");
            var r = SlotDefinitions.CallSpecial(x, "__trunc__", ReadOnlySpan<PyObject>.Empty)!;
            if (r is PyInt i) return PyInt.Exact(i);
            if (r.type.Index is null) throw PyErrors.TypeError($"__trunc__ returned non-Integral (type {r.type.Name})");
            return PyOps.Index(r);
        }
        if (x is PyStr s) return Parse(s.Value, 10, maxDigits);
        if (BytesLike.TryGetBytes(x, out var bytes)) return ParseBytes(x, bytes, 10, maxDigits);
        throw PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.type.Name}'");
    }

    /// <summary>PyErr_WarnEx(PyExc_DeprecationWarning, message, 1) through warnings.py (filters, once-per-location).</summary>
    private static void Warn(string message)
    {
        PyObject warnings;
        try
        {
            warnings = Interpreter.Import.ImportAbsolute("warnings");
        }
        catch (PyException)
        {
            return; // warnings.py cannot be imported (yet): the value is still computed, unwarned
        }
        PyOps.CallMethod(warnings, "warn", new PyObject[] { PyStr.FromString(message), PyTypes.DeprecationWarning, PyInt.One });
    }

    /// <summary>int(b"..."): ASCII text; the error shows the bytes' repr.</summary>
    private static PyInt ParseBytes(PyObject original, byte[] bytes, int radix, int maxDigits)
    {
        var chars = new char[bytes.Length];
        bool ascii = true;
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
            if (bytes[i] >= 128 || bytes[i] == 0) ascii = false;
        }
        var parsed = ascii ? TryParse(new string(chars), radix, maxDigits) : null;
        if (parsed is not null) return parsed;
        if (radix != 0 && (radix < 2 || radix > 36)) throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
        var repr = PyOps.Repr(original).Value;
        if (repr.Length > 200) repr = repr.Substring(0, 200);
        throw PyErrors.ValueError($"invalid literal for int() with base {radix}: {repr}");
    }
}
