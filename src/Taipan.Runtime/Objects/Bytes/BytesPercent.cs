using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// bytes % args (PEP 461, CPython's _PyBytes_FormatEx): flags - + space # 0, width and precision
/// (numbers or *), %(key) lookups with bytes keys, conversions d i u o x X c b s r a e E f F g G %.
/// Integers are laid out here; floats go through float.__format__ with the equivalent spec, which
/// shares CPython's formatting rules for these conversions. The text is built as Latin-1 (one char
/// per byte) and encoded back.
/// </summary>
internal static class BytesPercent
{
    public static PyObject RemainderSlot(PyObject a, PyObject b)
    {
        if (a is PyBytes x) return PyBytes.From(Format(x.Value, b));
        if (a is PyByteArray y) return new PyByteArray(Format(y.Span, b));
        return PyNotImplemented.Instance;
    }

    private sealed class State
    {
        public PyObject Args = null!;
        public long ArgLen, ArgIdx;
        public PyObject? Dict;

        public PyObject NextArg()
        {
            if (ArgIdx < ArgLen)
            {
                long i = ArgIdx++;
                return ArgLen < 0 ? Args : ((PyTuple)Args)[(int)i];
            }
            throw PyErrors.TypeError("not enough arguments for format string");
        }
    }

    public static byte[] Format(ReadOnlySpan<byte> format, PyObject args)
    {
        var fmt = Encoding.Latin1.GetString(format);
        var st = new State { Args = args };
        if (args is PyTuple t) { st.ArgLen = t.Count; st.ArgIdx = 0; }
        else { st.ArgLen = -1; st.ArgIdx = -2; }
        if (args.type.GetItem is not null && args is not PyTuple && !Buffers.IsBuffer(args) && args is not PyStr) st.Dict = args;
        var sb = new StringBuilder(fmt.Length + 16);
        int n = fmt.Length, pos = 0;
        while (pos < n)
        {
            int pct = fmt.IndexOf('%', pos);
            if (pct < 0) { sb.Append(fmt, pos, n - pos); break; }
            sb.Append(fmt, pos, pct - pos);
            pos = pct + 1;
            FormatOne(fmt, ref pos, st, sb);
        }
        if (st.ArgIdx < st.ArgLen && st.Dict is null)
            throw PyErrors.TypeError("not all arguments converted during bytes formatting");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static void FormatOne(string fmt, ref int pos, State st, StringBuilder sb)
    {
        int n = fmt.Length;
        if (pos >= n) throw PyErrors.ValueError("incomplete format");
        if (fmt[pos] == '(')
        {
            if (st.Dict is null) throw PyErrors.TypeError("format requires a mapping");
            pos++;
            int keyStart = pos, depth = 1;
            while (depth > 0 && pos < n)
            {
                char k = fmt[pos++];
                if (k == ')') depth--;
                else if (k == '(') depth++;
            }
            if (depth > 0) throw PyErrors.ValueError("incomplete format key");
            var key = PyBytes.From(Encoding.Latin1.GetBytes(fmt.Substring(keyStart, pos - 1 - keyStart)));
            st.Args = PyOps.GetItem(st.Dict, key);
            st.ArgLen = -1;
            st.ArgIdx = -2;
        }
        bool left = false, plus = false, blank = false, alt = false, zero = false;
        while (pos < n)
        {
            char f = fmt[pos];
            if (f == '-') left = true;
            else if (f == '+') plus = true;
            else if (f == ' ') blank = true;
            else if (f == '#') alt = true;
            else if (f == '0') zero = true;
            else break;
            pos++;
        }
        long width = -1, prec = -1;
        if (pos < n && fmt[pos] == '*')
        {
            pos++;
            var w = st.NextArg();
            if (w is not PyInt) throw PyErrors.TypeError("* wants int");
            width = PyOps.AsIndex(w, PyTypes.OverflowError);
            if (width < 0) { left = true; width = -width; }
        }
        else
        {
            while (pos < n && char.IsAsciiDigit(fmt[pos]))
            {
                width = Math.Max(width, 0) * 10 + (fmt[pos++] - '0');
                if (width > int.MaxValue) throw PyErrors.ValueError("width too big");
            }
        }
        if (pos < n && fmt[pos] == '.')
        {
            pos++;
            prec = 0;
            if (pos < n && fmt[pos] == '*')
            {
                pos++;
                var p = st.NextArg();
                if (p is not PyInt) throw PyErrors.TypeError("* wants int");
                prec = Math.Max(0, PyOps.AsIndex(p, PyTypes.OverflowError));
            }
            else
                while (pos < n && char.IsAsciiDigit(fmt[pos]))
                {
                    prec = prec * 10 + (fmt[pos++] - '0');
                    if (prec > int.MaxValue) throw PyErrors.ValueError("precision too big");
                }
        }
        while (pos < n && fmt[pos] is 'h' or 'l' or 'L') pos++;
        if (pos >= n) throw PyErrors.ValueError("incomplete format");
        char type = fmt[pos++];
        if (type == '%')
        {
            sb.Append('%');
            return;
        }
        var v = st.NextArg();
        string body;
        string sign = "";
        bool numeric = false;
        switch (type)
        {
            case 's' or 'b':
                body = Encoding.Latin1.GetString(BytesOf(v));
                if (prec >= 0 && body.Length > prec) body = body.Substring(0, (int)prec);
                break;
            case 'r' or 'a':
                body = AsciiRepr(v);
                if (prec >= 0 && body.Length > prec) body = body.Substring(0, (int)prec);
                break;
            case 'c':
                body = ((char)CharByte(v)).ToString();
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
            {
                numeric = true;
                var iv = IntegerArg(v, type);
                var big = iv.IsSmall ? iv.Small : iv.Big;
                if (big.Sign < 0) sign = "-";
                else if (plus) sign = "+";
                else if (blank) sign = " ";
                var mag = BigInteger.Abs(big);
                string digits = type switch
                {
                    'o' => ToBase(mag, 8),
                    'x' => ToBase(mag, 16),
                    'X' => ToBase(mag, 16).ToUpperInvariant(),
                    _ => mag.ToString(CultureInfo.InvariantCulture),
                };
                if (prec > digits.Length) digits = new string('0', (int)prec - digits.Length) + digits;
                if (alt && type is 'o') sign += "0o";
                else if (alt && type is 'x') sign += "0x";
                else if (alt && type is 'X') sign += "0X";
                body = digits;
                break;
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                numeric = true;
                var fv = v is PyFloat ? v : new PyFloat(FloatArg(v, type));
                var spec = new StringBuilder();
                if (plus) spec.Append('+');
                else if (blank) spec.Append(' ');
                if (alt) spec.Append('#');
                spec.Append('.').Append(prec < 0 ? 6 : prec).Append(type);
                body = ((PyStr)PyOps.CallMethod(fv, "__format__", new PyObject[] { PyStr.FromAscii(spec.ToString()) })).Value;
                if (body.Length > 0 && (body[0] is '-' or '+' or ' '))
                {
                    sign = body.Substring(0, 1);
                    body = body.Substring(1);
                }
                break;
            }
            default:
                throw PyErrors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {pos - 1}");
        }
        int len = sign.Length + body.Length;
        if (width > len)
        {
            long pad = width - len;
            if (left) sb.Append(sign).Append(body).Append(' ', (int)pad);
            else if (zero && numeric) sb.Append(sign).Append('0', (int)pad).Append(body);
            else sb.Append(' ', (int)pad).Append(sign).Append(body);
        }
        else sb.Append(sign).Append(body);
    }

    private static string ToBase(BigInteger v, int b)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            int d = (int)(v % b);
            sb.Insert(0, BytesOps.HexDigit(d));
            v /= b;
        }
        return sb.ToString();
    }

    private static PyInt IntegerArg(PyObject v, char type)
    {
        if (v is PyInt i) return i;
        if (type is 'o' or 'x' or 'X')
        {
            if (v.type.Index is not null) return PyOps.Index(v);
            throw PyErrors.TypeError($"%{type} format: an integer is required, not {v.type.Name}");
        }
        if (v.type.Int is not null || v.type.Float is not null || v.type.Index is not null)
            return PyOps.NumberToInt(v, 0);
        throw PyErrors.TypeError($"%{type} format: a real number is required, not {v.type.Name}");
    }

    private static double FloatArg(PyObject v, char type)
    {
        if (v is PyInt || v.type.Float is not null || v.type.Index is not null) return PyOps.AsDouble(v);
        throw PyErrors.TypeError($"must be real number, not {v.type.Name}");
    }

    private static byte CharByte(PyObject v)
    {
        if (v is PyBytes b && b.Value.Length == 1) return b.Value[0];
        if (v is PyByteArray a && a.Count == 1) return a.Buffer[0];
        if (v is PyInt)
        {
            long c = PyOps.AsIndex(v, PyTypes.OverflowError);
            if (c >= 0 && c < 256) return (byte)c;
            throw PyErrors.OverflowError("%c arg not in range(256)");
        }
        throw PyErrors.TypeError("%c requires an integer in range(256) or a single byte");
    }

    private static byte[] BytesOf(PyObject v)
    {
        if (Buffers.TryGetSpan(v, out var span)) return span.ToArray();
        if (v.type.Lookup("__bytes__") is { } f)
        {
            var r = PyOps.Call(f, new[] { v });
            if (r is not PyBytes rb) throw PyErrors.TypeError($"__bytes__ returned non-bytes (type {r.type.Name})");
            return rb.Value;
        }
        throw PyErrors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.type.Name}'");
    }

    /// <summary>ascii(v): repr with non-ASCII characters escaped.</summary>
    private static string AsciiRepr(PyObject v)
    {
        var r = PyOps.Repr(v);
        if (r.IsAscii) return r.Value;
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            int c = r.CodePointAt(i);
            if (c < 128) sb.Append((char)c);
            else sb.Append(CodecErrors.BackslashEscape(c));
        }
        return sb.ToString();
    }
}
