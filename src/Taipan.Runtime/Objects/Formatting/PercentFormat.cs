using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The parts of printf-style formatting that depend on the target type: str % args converts
/// %s/%r/%a/%c to text here; bytes % args (Objects/Bytes) supplies its own (%b, %s via the buffer
/// protocol, %c from an int 0..255 or a 1-byte bytes, %r/%a as ascii()). Text is passed around as
/// .NET strings; a bytes implementation works on Latin-1 strings (one char per byte) and encodes
/// the result back with Latin-1.
/// </summary>
internal interface IPercentConverter
{
    /// <summary>%s %r %a (and %b for bytes): the text for <paramref name="v"/>.</summary>
    string ConvertText(char type, PyObject v);
    /// <summary>%c: the one character (as a string: astral code points are two UTF-16 units).</summary>
    string ConvertChar(PyObject v);
    /// <summary>Whether <paramref name="type"/> is a text conversion this target accepts (s r a, plus b for bytes).</summary>
    bool IsTextType(char type);
    /// <summary>Whether <paramref name="args"/> is used as the mapping for %(name)s keys (str: any non-tuple,
    /// non-str object with __getitem__; bytes also excludes bytes/bytearray).</summary>
    bool IsMapping(PyObject args);
    /// <summary>The key object for a %(name) lookup (a str for str, a bytes for bytes).</summary>
    PyObject MakeKey(string text);
    /// <summary>"string" or "bytes", for "not all arguments converted during X formatting".</summary>
    string TargetName { get; }
    /// <summary>The float for %e %f %g (the str and bytes targets word the type error differently).</summary>
    double ToDouble(PyObject v);
    /// <summary>str only: %s/%r/%a of an exact int without width or precision writes its digits directly.</summary>
    bool IntTextFastPath { get; }
}

/// <summary>
/// printf-style formatting (CPython's PyUnicode_Format): flags - + space # 0, width and precision
/// (numbers or *), %(key) mapping lookups, conversions d i u o x X e E f F g G c s r a %,
/// and CPython's argument-count and type errors. <see cref="FormatStr"/> is str % args;
/// <see cref="Format"/> is the engine, reusable for bytes with another <see cref="IPercentConverter"/>.
/// </summary>
internal static class PercentFormat
{
    [Flags]
    private enum F { None = 0, LJust = 1, Sign = 2, Blank = 4, Alt = 8, Zero = 16 }

    public static PyStr FormatStr(PyStr format, PyObject args) =>
        PyStr.FromString(Format(format.Value, args, StrConverter.Instance));

    /// <summary>bytes % args (and bytearray % args): the format's bytes in, the result's bytes out.
    /// The bytes type wraps the result; see <see cref="BytesPercentConverter"/> for %b/%s/%c/%r/%a.
    /// <paramref name="makeBytes"/> makes a bytes object (the %(key) lookups use bytes keys).</summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> format, PyObject args, Func<byte[], PyObject> makeBytes)
    {
        var text = Format(System.Text.Encoding.Latin1.GetString(format), args, new BytesPercentConverter(makeBytes));
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    /// <summary>str.__mod__ slot: NotImplemented unless the left operand is a str.</summary>
    public static PyObject RemainderSlot(PyObject a, PyObject b) =>
        a is PyStr s ? FormatStr(s, b) : PyNotImplemented.Instance;

    private sealed class State
    {
        public PyObject Args = null!;
        public long ArgLen, ArgIdx;
        public PyObject? Dict;

        public PyObject NextArg()
        {
            long i = ArgIdx;
            if (i < ArgLen)
            {
                ArgIdx++;
                return ArgLen < 0 ? Args : ((PyTuple)Args)[(int)i];
            }
            throw PyErrors.TypeError("not enough arguments for format string");
        }
    }

    public static string Format(string fmt, PyObject args, IPercentConverter conv)
    {
        var st = new State { Args = args };
        if (args is PyTuple t) { st.ArgLen = t.Count; st.ArgIdx = 0; }
        else { st.ArgLen = -1; st.ArgIdx = -2; }
        if (conv.IsMapping(args)) st.Dict = args;
        var sb = new StringBuilder(fmt.Length + 16);
        int n = fmt.Length, pos = 0;
        while (pos < n)
        {
            int pct = fmt.IndexOf('%', pos);
            if (pct < 0) { sb.Append(fmt, pos, n - pos); break; }
            sb.Append(fmt, pos, pct - pos);
            pos = pct + 1;
            if (pos < n && fmt[pos] == '%') { sb.Append('%'); pos++; continue; }
            FormatOne(fmt, ref pos, st, conv, sb);
            if (st.Dict is not null && st.ArgIdx < st.ArgLen)
                throw PyErrors.TypeError($"not all arguments converted during {conv.TargetName} formatting");
        }
        if (st.ArgIdx < st.ArgLen && st.Dict is null)
            throw PyErrors.TypeError($"not all arguments converted during {conv.TargetName} formatting");
        return sb.ToString();
    }

    /// <summary>One conversion after a '%': unicode_format_arg_parse + _format + _output.</summary>
    private static void FormatOne(string fmt, ref int pos, State st, IPercentConverter conv, StringBuilder sb)
    {
        int n = fmt.Length;
        bool incomplete = false;
        char ch = pos < n ? fmt[pos] : '\0';
        bool Next(ref int p, ref char c)
        {
            if (p >= n) { incomplete = true; return false; }
            c = fmt[p++];
            return true;
        }
        if (ch == '(')
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
            var key = conv.MakeKey(fmt.Substring(keyStart, pos - 1 - keyStart));
            st.Args = PyOps.GetItem(st.Dict, key);
            st.ArgLen = -1;
            st.ArgIdx = -2;
        }
        var flags = F.None;
        while (Next(ref pos, ref ch))
        {
            switch (ch)
            {
                case '-': flags |= F.LJust; continue;
                case '+': flags |= F.Sign; continue;
                case ' ': flags |= F.Blank; continue;
                case '#': flags |= F.Alt; continue;
                case '0': flags |= F.Zero; continue;
            }
            break;
        }
        long width = -1;
        int prec = -1;
        if (ch == '*')
        {
            var v = st.NextArg();
            if (v is not PyInt wi) throw PyErrors.TypeError("* wants int");
            width = wi.TryGetLong(out long w) ? w : throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
            if (width < 0) { flags |= F.LJust; width = -width; }
            Next(ref pos, ref ch);
        }
        else if (ch >= '0' && ch <= '9')
        {
            width = ch - '0';
            while (Next(ref pos, ref ch))
            {
                if (ch < '0' || ch > '9') break;
                if (width > (long.MaxValue - (ch - '0')) / 10) throw PyErrors.ValueError("width too big");
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.' && !incomplete)
        {
            prec = 0;
            Next(ref pos, ref ch);
            if (ch == '*' && !incomplete)
            {
                var v = st.NextArg();
                if (v is not PyInt pi) throw PyErrors.TypeError("* wants int");
                if (!pi.TryGetLong(out long p) || p > int.MaxValue || p < int.MinValue)
                    throw PyErrors.OverflowError("Python int too large to convert to C int");
                prec = p < 0 ? 0 : (int)p;
                Next(ref pos, ref ch);
            }
            else if (ch >= '0' && ch <= '9' && !incomplete)
            {
                prec = ch - '0';
                while (Next(ref pos, ref ch))
                {
                    if (ch < '0' || ch > '9') break;
                    if (prec > (int.MaxValue - (ch - '0')) / 10) throw PyErrors.ValueError("precision too big");
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (!incomplete && (ch == 'h' || ch == 'l' || ch == 'L')) Next(ref pos, ref ch);
        if (incomplete) throw PyErrors.ValueError("incomplete format");
        if (width > PyFormat.MaxResultLength || prec > PyFormat.MaxResultLength) throw PyErrors.MemoryError();

        var arg = st.NextArg();
        string text;
        bool signed = false;
        if (conv.IsTextType(ch))
        {
            if (conv.IntTextFastPath && arg.type == PyTypes.Int && width == -1 && prec == -1)
            {
                sb.Append(IntText.ToDecimalString((PyInt)arg, InterpreterState.Current.IntMaxStrDigits));
                return;
            }
            text = conv.ConvertText(ch, arg);
        }
        else
        {
            switch (ch)
            {
                case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
                    text = FormatLong(arg, ch, (flags & F.Alt) != 0, prec);
                    signed = true;
                    break;
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    text = FloatFormat.DoubleToString(conv.ToDouble(arg), ch, prec < 0 ? 6 : prec, (flags & F.Alt) != 0 ? DtoaFlags.Alternate : DtoaFlags.None);
                    signed = true;
                    break;
                case 'c':
                    text = conv.ConvertChar(arg);
                    break;
                default:
                    throw PyErrors.ValueError($"unsupported format character '{(ch >= 31 && ch <= 126 ? ch : '?')}' (0x{(int)ch:x}) at index {pos - 1}");
            }
        }
        Output(sb, text, ch, flags, width, prec, signed);
    }

    /// <summary>mainformatlong + _PyUnicode_FormatLong: [sign][0x if '#'][zeros up to precision][digits].</summary>
    public static string FormatLong(PyObject v, char type, bool alt, int prec)
    {
        // %d of an exact machine-sized int: its decimal text; Output adds the sign and padding.
        if (prec < 0 && v.type == PyTypes.Int && ((PyInt)v).IsSmall && type is 'd' or 'i' or 'u')
            return ((PyInt)v).Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool isNumber = v.type.Index is not null || v.type.Int is not null || v.type.Float is not null;
        PyInt i;
        if (!isNumber) throw WrongType(v, type);
        if (v is PyInt pi) i = pi;
        else
        {
            try
            {
                i = type is 'o' or 'x' or 'X' ? PyOps.Index(v) : PyOps.NumberToInt(v, InterpreterState.Current.IntMaxStrDigits);
            }
            catch (PyException e) when (e.Matches(PyTypes.TypeError))
            {
                throw WrongType(v, type);
            }
        }
        int radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits = IntFormat.Digits(i, radix);
        var sb = new StringBuilder(digits.Length + 4);
        if (i.IsNegative) sb.Append('-');
        if (alt && radix != 10) sb.Append('0').Append(type == 'o' ? 'o' : type);
        if (prec > digits.Length) sb.Append('0', prec - digits.Length);
        sb.Append(type == 'X' ? digits.ToUpperInvariant() : digits);
        return sb.ToString();
    }

    private static PyException WrongType(PyObject v, char type) => PyErrors.TypeError(type is 'o' or 'x' or 'X'
        ? $"%{type} format: an integer is required, not {v.type.Name}"
        : $"%{type} format: a real number is required, not {v.type.Name}");

    /// <summary>unicode_format_arg_output: truncation for s/r/a, sign, '#' prefix, zero or space padding.</summary>
    private static void Output(StringBuilder sb, string str, char ch, F flags, long width, int prec, bool signed)
    {
        // the common plain %s/%d: no need to count code points
        if (width == -1 && prec == -1 && (flags & (F.Sign | F.Blank)) == 0)
        {
            sb.Append(str);
            return;
        }
        int len = CodePointLength(str);
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F.Sign | F.Blank)) == 0)
        {
            sb.Append(str);
            return;
        }
        char fill = signed && (flags & F.Zero) != 0 ? '0' : ' ';
        if (ch is 's' or 'r' or 'a' or 'b' && prec >= 0 && len > prec) len = prec;
        int pindex = 0;
        char signChar = '\0';
        if (signed)
        {
            char c = str.Length > 0 ? str[0] : '\0';
            if (c == '-' || c == '+') { signChar = c; len--; pindex++; }
            else if ((flags & F.Sign) != 0) signChar = '+';
            else if ((flags & F.Blank) != 0) signChar = ' ';
            else signed = false;
        }
        if (width < len) width = len;
        if (signed)
        {
            if (fill != ' ') sb.Append(signChar);
            if (width > len) width--;
        }
        bool prefix = (flags & F.Alt) != 0 && ch is 'x' or 'X' or 'o';
        if (prefix)
        {
            if (fill != ' ') { sb.Append(str, pindex, 2); pindex += 2; }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & F.LJust) == 0)
        {
            sb.Append(fill, (int)(width - len));
            width = len;
        }
        if (fill == ' ')
        {
            if (signed) sb.Append(signChar);
            if (prefix) { sb.Append(str, pindex, 2); pindex += 2; }
        }
        if (len > 0) sb.Append(str, pindex, Utf16Length(str, pindex, len));
        if (width > len) sb.Append(' ', (int)(width - len));
    }

    private static int CodePointLength(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return s.Length;
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>UTF-16 length of <paramref name="count"/> code points starting at UTF-16 offset <paramref name="start"/>.</summary>
    private static int Utf16Length(string s, int start, int count)
    {
        if (!s.AsSpan(start).ContainsAnyInRange('\uD800', '\uDFFF')) return Math.Min(count, s.Length - start);
        int i = start;
        for (int k = 0; k < count && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i - start;
    }

    /// <summary>The str target: %s str(), %r repr(), %a ascii(), %c from an int or a 1-character str.</summary>
    private sealed class StrConverter : IPercentConverter
    {
        public static readonly StrConverter Instance = new();

        public bool IsTextType(char type) => type is 's' or 'r' or 'a';

        public string ConvertText(char type, PyObject v) => type switch
        {
            's' => v.type == PyTypes.Str ? ((PyStr)v).Value : PyOps.Str(v).Value,
            'r' => PyOps.Repr(v).Value,
            _ => PyFormat.Ascii(v).Value,
        };

        public string ConvertChar(PyObject v)
        {
            if (v is PyStr s)
            {
                if (s.Length == 1) return s.Value;
                throw PyErrors.TypeError("%c requires int or char");
            }
            if (v.type.Index is null) throw PyErrors.TypeError("%c requires int or char");
            var i = PyOps.Index(v);
            if (!i.TryGetLong(out long x) || x < 0 || x > 0x10FFFF) throw PyErrors.OverflowError("%c arg not in range(0x110000)");
            return PyFormat.CodePointString((int)x);
        }

        public bool IsMapping(PyObject args) => args is not PyTuple && args is not PyStr && args.type.GetItem is not null;

        public PyObject MakeKey(string text) => PyStr.FromString(text);

        public string TargetName => "string";

        public double ToDouble(PyObject v) => PyOps.AsDouble(v);

        public bool IntTextFastPath => true;
    }
}
