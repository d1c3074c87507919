using System.Globalization;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Codec error handling (PEP 293). The builtin handlers run inline without building an exception
/// object; a registered handler gets the UnicodeEncodeError/UnicodeDecodeError and returns
/// (replacement, new position), as in CPython's unicode_encode_call_errorhandler.
/// </summary>
internal static class CodecErrors
{
    public static bool IsBuiltin(string name) => name is "strict" or "ignore" or "replace" or "backslashreplace"
        or "xmlcharrefreplace" or "namereplace" or "surrogateescape" or "surrogatepass";

    // --- exceptions ----------------------------------------------------------------------------

    public static PyBaseException EncodeErrorObject(string encoding, PyObject text, int start, int end, string reason) =>
        (PyBaseException)PyOps.Call(PyTypes.UnicodeEncodeError, new PyObject[]
        {
            PyStr.FromString(encoding), text, PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromString(reason),
        });

    public static PyBaseException DecodeErrorObject(string encoding, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        (PyBaseException)PyOps.Call(PyTypes.UnicodeDecodeError, new PyObject[]
        {
            PyStr.FromString(encoding), PyBytes.From(data.ToArray()), PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromString(reason),
        });

    public static PyException EncodeError(string encoding, PyObject text, int start, int end, string reason) =>
        new(EncodeErrorObject(encoding, text, start, end, reason));

    public static PyException DecodeError(string encoding, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        new(DecodeErrorObject(encoding, data, start, end, reason));

    // --- encoding --------------------------------------------------------------------------------

    /// <summary>
    /// Handles unencodable code points cps[start..end). Appends the replacement to <paramref name="output"/>
    /// via <paramref name="encodeReplacement"/> (for str replacements) or raw (bytes), returns the position
    /// to resume at. <paramref name="surrogatePass"/> encodes one surrogate for 'surrogatepass' (null: not supported).
    /// </summary>
    public static int HandleEncode(string errors, string encoding, PyStr text, int[] cps, int start, int end, string reason,
        List<byte> output, Func<int, bool> encodable, Action<int> encodeChar, Func<int, byte[]?>? surrogatePass)
    {
        switch (errors)
        {
            case "strict":
                break;
            case "ignore":
                return end;
            case "replace":
                for (int i = start; i < end; i++) encodeChar('?');
                return end;
            case "backslashreplace":
                for (int i = start; i < end; i++) EncodeAscii(encodeChar, BackslashEscape(cps[i]));
                return end;
            case "xmlcharrefreplace":
                for (int i = start; i < end; i++) EncodeAscii(encodeChar, "&#" + cps[i].ToString(CultureInfo.InvariantCulture) + ";");
                return end;
            case "namereplace":
                for (int i = start; i < end; i++)
                {
                    var name = Taipan.Compiler.Lexing.UnicodeNames.NameOf(cps[i]);
                    EncodeAscii(encodeChar, name is null ? BackslashEscape(cps[i]) : "\\N{" + name + "}");
                }
                return end;
            case "surrogateescape":
            {
                int i = start;
                for (; i < end; i++)
                {
                    if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) break;
                    output.Add((byte)(cps[i] - 0xDC00));
                }
                if (i == end) return end;
                throw EncodeError(encoding, text, start, end, reason);
            }
            case "surrogatepass":
            {
                if (surrogatePass is null) break;
                int i = start;
                for (; i < end; i++)
                {
                    if (cps[i] < 0xD800 || cps[i] > 0xDFFF) break;
                    var b = surrogatePass(cps[i]);
                    if (b is null) break;
                    output.AddRange(b);
                }
                if (i == end) return end;
                throw EncodeError(encoding, text, start, end, reason);
            }
            default:
            {
                var handler = CodecRegistry.Current.CustomHandler(errors)
                    ?? throw PyErrors.New(PyTypes.LookupError, $"unknown error handler name '{errors}'");
                var exc = EncodeErrorObject(encoding, text, start, end, reason);
                var (replacement, pos) = CallHandler(handler, exc, cps.Length, "encoding");
                // The UTF-8/16/32 encoders take an ASCII str or whole code units of bytes, else they raise
                // the original error (CPython's unicode_encode_utf8 and _PyUnicode_EncodeUTF16/32).
                bool utf = encoding.StartsWith("utf-", StringComparison.Ordinal) && encoding != "utf-7";
                int unit = encoding.StartsWith("utf-16", StringComparison.Ordinal) ? 2 : encoding.StartsWith("utf-32", StringComparison.Ordinal) ? 4 : 1;
                if (replacement is PyBytes rb)
                {
                    if (utf && rb.Value.Length % unit != 0) throw EncodeError(encoding, text, start, end, reason);
                    output.AddRange(rb.Value);
                }
                else
                {
                    var rs = (PyStr)replacement;
                    for (int k = 0; k < rs.Length; k++)
                    {
                        int c = rs.CodePointAt(k);
                        if (!encodable(c) || (utf && c >= 128)) throw EncodeError(encoding, text, start, end, reason);
                        encodeChar(c);
                    }
                }
                return pos;
            }
        }
        throw EncodeError(encoding, text, start, end, reason);
    }

    /// <summary>Builtin replacements are ASCII text, encoded by the codec itself (UTF-16 writes two bytes each).</summary>
    private static void EncodeAscii(Action<int> encodeChar, string s)
    {
        foreach (var c in s) encodeChar(c);
    }

    public static string BackslashEscape(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);

    // --- decoding ----------------------------------------------------------------------------------

    /// <summary>
    /// Handles undecodable bytes data[start..end); appends the replacement text and returns the resume
    /// position. <paramref name="surrogatePass"/> tries to decode one surrogate at start (returns its
    /// byte length and code point) for 'surrogatepass'.
    /// </summary>
    public static int HandleDecode(string errors, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason,
        StringBuilder output, SurrogatePassDecoder? surrogatePass = null) =>
        HandleDecode(errors, encoding, data, start, end, reason, output, surrogatePass, out _);

    /// <summary>As above, for a decoder that follows a handler replacing the input: a custom handler
    /// may assign exc.object, and decoding goes on in the new bytes from the returned position
    /// (CPython's unicode_decode_call_errorhandler_writer); <paramref name="data"/> is then the new input.</summary>
    public static int HandleDecode(string errors, string encoding, ref ReadOnlySpan<byte> data, int start, int end, string reason,
        StringBuilder output, SurrogatePassDecoder? surrogatePass = null)
    {
        int pos = HandleDecode(errors, encoding, data, start, end, reason, output, surrogatePass, out var replaced);
        if (replaced is not null) data = replaced;
        return pos;
    }

    private static int HandleDecode(string errors, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason,
        StringBuilder output, SurrogatePassDecoder? surrogatePass, out byte[]? replaced)
    {
        replaced = null;
        switch (errors)
        {
            case "strict":
                break;
            case "ignore":
                return end;
            case "replace":
                output.Append('\uFFFD');
                return end;
            case "backslashreplace":
                for (int i = start; i < end; i++) output.Append("\\x").Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
                return end;
            case "surrogateescape":
            {
                // PyCodec_SurrogateEscapeErrors: up to 4 bytes >= 128 per call; decoding resumes after them.
                int i = start;
                for (; i < end && i - start < 4; i++)
                {
                    if (data[i] < 128) break;
                    output.Append((char)(0xDC00 + data[i]));
                }
                if (i > start) return i;
                break;
            }
            case "surrogatepass":
            {
                if (surrogatePass is not null && surrogatePass(data, start, out int len, out int cp))
                {
                    output.Append((char)cp);
                    return start + len;
                }
                break;
            }
            case "xmlcharrefreplace" or "namereplace":
                throw PyErrors.TypeError($"don't know how to handle UnicodeDecodeError in error callback");
            default:
            {
                var handler = CodecRegistry.Current.CustomHandler(errors)
                    ?? throw PyErrors.New(PyTypes.LookupError, $"unknown error handler name '{errors}'");
                var exc = DecodeErrorObject(encoding, data, start, end, reason);
                var r = PyOps.Call(handler, new PyObject[] { exc });
                int length = data.Length;
                var objAttr = PyOps.GetAttrOrNull(exc, StrIntern.Intern("object"));
                if (objAttr is not PyBytes obj) throw PyErrors.TypeError("object attribute must be bytes");
                if (!obj.Value.AsSpan().SequenceEqual(data))
                {
                    replaced = obj.Value;
                    length = replaced.Length;
                }
                var (replacement, pos) = CheckHandlerResult(r, length, "decoding");
                if (replacement is not PyStr rs)
                    throw PyErrors.TypeError("decoding error handler must return (str, int) tuple");
                output.Append(rs.Value);
                return pos;
            }
        }
        throw DecodeError(encoding, data, start, end, reason);
    }

    public delegate bool SurrogatePassDecoder(ReadOnlySpan<byte> data, int start, out int length, out int codePoint);

    private static (PyObject, int) CallHandler(PyObject handler, PyBaseException exc, int length, string what) =>
        CheckHandlerResult(PyOps.Call(handler, new PyObject[] { exc }), length, what);

    private static (PyObject, int) CheckHandlerResult(PyObject r, int length, string what)
    {
        if (r is not PyTuple t || t.Count != 2 || t[1] is not PyInt || (t[0] is not PyStr && !(what == "encoding" && t[0] is PyBytes)))
            throw PyErrors.TypeError(what == "encoding"
                ? "encoding error handler must return (str/bytes, int) tuple"
                : "decoding error handler must return (str, int) tuple");
        long pos = PyOps.AsIndex(t[1], PyTypes.IndexError);
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw PyErrors.IndexError($"position {pos} from error handler out of bounds");
        return (t[0], (int)pos);
    }

    // --- the builtin handlers as Python callables (codecs.lookup_error) --------------------------

    public static PyObject BuiltinHandlerFunction(string name) =>
        new PyBuiltinFunction(name + "_errors", "_codecs", null, (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, name + "_errors");
            return CallBuiltin(name, args[0]);
        });

    /// <summary>PyCodec_SurrogatePassErrors as a function: surrogates in the exception's own UTF encoding
    /// (from its encoding attribute); anything else re-raises the exception.</summary>
    private static PyObject SurrogatePassHandler(PyBaseException exc, PyObject obj, int start, int end, bool encode)
    {
        var encName = PyOps.GetAttrOrNull(exc, StrIntern.Intern("encoding")) as PyStr;
        int width = StandardUtfWidth(encName?.Value ?? "", out bool big);
        if (width == 0) throw new PyException(exc);
        if (encode)
        {
            var s = (PyStr)obj;
            var bytes = new List<byte>();
            for (int i = start; i < end; i++)
            {
                int c = s.CodePointAt(i);
                if (c < 0xD800 || c > 0xDFFF) throw new PyException(exc);
                switch (width)
                {
                    case 3:
                        bytes.Add((byte)(0xE0 | c >> 12)); bytes.Add((byte)(0x80 | c >> 6 & 0x3F)); bytes.Add((byte)(0x80 | c & 0x3F));
                        break;
                    case 2:
                        if (big) { bytes.Add((byte)(c >> 8)); bytes.Add((byte)c); } else { bytes.Add((byte)c); bytes.Add((byte)(c >> 8)); }
                        break;
                    default:
                        if (big) { bytes.Add(0); bytes.Add(0); bytes.Add((byte)(c >> 8)); bytes.Add((byte)c); }
                        else { bytes.Add((byte)c); bytes.Add((byte)(c >> 8)); bytes.Add(0); bytes.Add(0); }
                        break;
                }
            }
            return PyTuple.Of(PyBytes.From(bytes.ToArray()), PyInt.FromLong(end));
        }
        // Decoding: one surrogate at start; the codec calls again for the next.
        var data = Buffers.Require(obj);
        int ch = 0;
        if (start + width <= data.Length)
        {
            switch (width)
            {
                case 3:
                    if ((data[start] & 0xF0) == 0xE0 && (data[start + 1] & 0xC0) == 0x80 && (data[start + 2] & 0xC0) == 0x80)
                        ch = (data[start] & 0x0F) << 12 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F;
                    break;
                case 2:
                    ch = big ? data[start] << 8 | data[start + 1] : data[start + 1] << 8 | data[start];
                    break;
                default:
                    ch = big ? data[start] << 24 | data[start + 1] << 16 | data[start + 2] << 8 | data[start + 3]
                        : data[start + 3] << 24 | data[start + 2] << 16 | data[start + 1] << 8 | data[start];
                    break;
            }
        }
        if (ch < 0xD800 || ch > 0xDFFF) throw new PyException(exc);
        return PyTuple.Of(PyStr.FromString(((char)ch).ToString()), PyInt.FromLong(start + width));
    }

    /// <summary>get_standard_encoding: the byte width of a UTF-8/16/32 encoding name (0: another encoding)
    /// and whether it is big-endian (a bare utf-16/utf-32 is the machine's little-endian).</summary>
    private static int StandardUtfWidth(string e, out bool big)
    {
        big = false;
        if (e == "cp_utf8") return 3;
        if (!e.StartsWith("utf", StringComparison.Ordinal)) return 0;
        e = e.Substring(3);
        if (e.StartsWith('-') || e.StartsWith('_')) e = e.Substring(1);
        if (e == "8") return 3;
        int width = e.StartsWith("16", StringComparison.Ordinal) ? 2 : e.StartsWith("32", StringComparison.Ordinal) ? 4 : 0;
        if (width == 0) return 0;
        e = e.Substring(2);
        if (e.Length == 0) return width;
        if (e.StartsWith('-') || e.StartsWith('_')) e = e.Substring(1);
        if (e.Length == 2 && char.ToLowerInvariant(e[1]) == 'e')
        {
            if (char.ToLowerInvariant(e[0]) == 'b') { big = true; return width; }
            if (char.ToLowerInvariant(e[0]) == 'l') return width;
        }
        return 0;
    }

    /// <summary>A builtin handler applied to an exception object (for code that calls it directly).</summary>
    private static PyObject CallBuiltin(string name, PyObject exc)
    {
        if (name == "strict")
            throw exc is PyBaseException strictExc ? new PyException(strictExc) : PyErrors.TypeError("codec must pass exception instance");
        // The handlers know the three concrete errors only (a bare UnicodeError has no object/start/end).
        if (!exc.type.IsSubtypeOf(PyTypes.UnicodeEncodeError) && !exc.type.IsSubtypeOf(PyTypes.UnicodeDecodeError)
            && !exc.type.IsSubtypeOf(PyTypes.UnicodeTranslateError))
            throw PyErrors.TypeError($"don't know how to handle {exc.type.Name} in error callback");
        var be = (PyBaseException)exc;
        var obj = PyOps.GetAttr(exc, PyStr.FromAscii("object"));
        int start = (int)PyOps.AsIndex(PyOps.GetAttr(exc, PyStr.FromAscii("start")), PyTypes.OverflowError);
        int end = (int)PyOps.AsIndex(PyOps.GetAttr(exc, PyStr.FromAscii("end")), PyTypes.OverflowError);
        bool decode = exc.type.IsSubtypeOf(PyTypes.UnicodeDecodeError);
        bool encode = exc.type.IsSubtypeOf(PyTypes.UnicodeEncodeError);
        var sb = new StringBuilder();
        switch (name)
        {
            case "ignore":
                break;
            case "replace":
                if (decode) sb.Append('\uFFFD');
                else for (int i = start; i < end; i++) sb.Append(encode ? '?' : '\uFFFD');
                break;
            case "backslashreplace":
                if (decode)
                {
                    var data = Buffers.Require(obj);
                    for (int i = start; i < end; i++) sb.Append("\\x").Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
                }
                else
                {
                    var s = (PyStr)obj;
                    for (int i = start; i < end; i++) sb.Append(BackslashEscape(s.CodePointAt(i)));
                }
                break;
            case "xmlcharrefreplace" when encode:
            {
                var s = (PyStr)obj;
                for (int i = start; i < end; i++) sb.Append("&#").Append(s.CodePointAt(i)).Append(';');
                break;
            }
            case "namereplace" when encode:
            {
                var s = (PyStr)obj;
                for (int i = start; i < end; i++)
                {
                    var n = Taipan.Compiler.Lexing.UnicodeNames.NameOf(s.CodePointAt(i));
                    sb.Append(n is null ? BackslashEscape(s.CodePointAt(i)) : "\\N{" + n + "}");
                }
                break;
            }
            case "surrogateescape" when decode:
            {
                // PyCodec_SurrogateEscapeErrors: up to 4 leading bytes >= 128; an ASCII byte first is an error.
                var data = Buffers.Require(obj);
                int i = start;
                for (; i < end && i - start < 4; i++)
                {
                    if (data[i] < 128) break;
                    sb.Append((char)(0xDC00 + data[i]));
                }
                if (i == start) throw new PyException(be);
                return PyTuple.Of(PyStr.FromString(sb.ToString()), PyInt.FromLong(i));
            }
            case "surrogateescape" when encode:
            {
                var s = (PyStr)obj;
                var bytes = new byte[end - start];
                for (int i = start; i < end; i++)
                {
                    int c = s.CodePointAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) throw new PyException(be);
                    bytes[i - start] = (byte)(c - 0xDC00);
                }
                return PyTuple.Of(PyBytes.From(bytes), PyInt.FromLong(end));
            }
            case "surrogatepass" when encode || decode:
                return SurrogatePassHandler(be, obj, start, end, encode);
            default:
                throw PyErrors.TypeError($"don't know how to handle {exc.type.Name} in error callback");
        }
        return PyTuple.Of(PyStr.FromString(sb.ToString()), PyInt.FromLong(end));
    }
}
