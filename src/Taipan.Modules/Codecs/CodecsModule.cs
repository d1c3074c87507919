using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Codecs;

/// <summary>
/// _codecs: the registry (register/lookup/register_error/lookup_error) and the native codec
/// functions the stdlib encodings package calls. Each *_decode returns (str, bytes consumed),
/// each *_encode (bytes, characters consumed), as CPython's.
/// </summary>
[PyModule("_codecs")]
internal static partial class CodecsModule
{
    public static PyModule Create() => NativeModules.FromBindings("_codecs", InstallPyBindings);

    private static string Errors(PyObject? errors, string function)
    {
        if (errors is null || errors == PyNone.Instance) return "strict";
        return errors is PyStr s ? s.Value : throw ArgParser.BadArgument(function, "argument 2", "str or None", errors);
    }

    private static PyStr Text(PyObject o, string function) =>
        o as PyStr ?? throw ArgParser.BadArgument(function, "argument 1", "str", o);

    /// <summary>The 'y*' converter: any bytes-like object.</summary>
    private static ReadOnlySpan<byte> Data(PyObject o, string function)
    {
        if (Buffers.TryGetSpan(o, out var span)) return span;
        throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
    }

    /// <summary>The 's*' converter: bytes-like, or str as UTF-8.</summary>
    private static byte[] DataOrText(PyObject o, string function)
    {
        if (o is PyStr s) return Utf8Codec.Encode(s, "strict");
        return Data(o, function).ToArray();
    }

    private static PyTuple Encoded(byte[] b, PyStr source) => PyTuple.Of(PyBytes.From(b), PyInt.FromLong(source.Length));

    private static PyTuple Decoded(string s, long consumed) => PyTuple.Of(PyStr.FromString(s), PyInt.FromLong(consumed));

    // --- registry -------------------------------------------------------------------------------

    [PyFunction]
    public static void register(PyObject search_function) => CodecRegistry.Current.Register(search_function);

    [PyFunction]
    public static void unregister(PyObject search_function) => CodecRegistry.Current.Unregister(search_function);

    [PyFunction]
    public static PyObject lookup(string encoding) => CodecRegistry.Current.Lookup(encoding);

    [PyFunction]
    public static void _forget_codec(string encoding) =>
        CodecRegistry.Current.Cache.DelItemIfPresent(PyStr.FromString(CodecRegistry.Normalize(encoding)));

    [PyFunction]
    public static void register_error(string errors, PyObject handler) => CodecRegistry.Current.RegisterError(errors, handler);

    [PyFunction]
    public static PyObject lookup_error(string name) => CodecRegistry.Current.LookupError(name);

    [PyFunction(PosOnly = 0)]
    public static PyObject encode(PyObject obj, string encoding = "utf-8", string errors = "strict") =>
        Transcode(obj, encoding, errors, 0, "encoder");

    [PyFunction(PosOnly = 0)]
    public static PyObject decode(PyObject obj, string encoding = "utf-8", string errors = "strict") =>
        Transcode(obj, encoding, errors, 1, "decoder");

    private static PyObject Transcode(PyObject obj, string encoding, string errors, int which, string what)
    {
        var info = (PyTuple)CodecRegistry.Current.Lookup(encoding);
        PyObject r;
        try { r = PyOps.Call(info[which], new PyObject[] { obj, PyStr.FromString(errors) }); }
        catch (PyException e) when (CodecErrorWrap.TryWrap(e, which == 0 ? "encoding" : "decoding", encoding, out var wrapped)) { throw wrapped; }
        if (r is not PyTuple { Count: 2 } t) throw PyErrors.TypeError($"{what} must return a tuple (object, integer)");
        return t[0];
    }

    // --- UTF-8 ------------------------------------------------------------------------------------

    [PyFunction]
    public static PyTuple utf_8_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_8_encode");
        return Encoded(Utf8Codec.Encode(s, Errors(errors, "utf_8_encode")), s);
    }

    [PyFunction]
    public static PyTuple utf_8_decode(PyObject data, PyObject? errors = null, bool final = false)
    {
        var text = Utf8Codec.Decode(Data(data, "utf_8_decode"), Errors(errors, "utf_8_decode"), final, out int consumed);
        return Decoded(text, consumed);
    }

    [PyFunction]
    public static PyTuple utf_7_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_7_encode");
        return Encoded(Utf7Codec.Encode(s), s);
    }

    [PyFunction]
    public static PyTuple utf_7_decode(PyObject data, PyObject? errors = null, bool final = false)
    {
        var text = Utf7Codec.Decode(Data(data, "utf_7_decode"), Errors(errors, "utf_7_decode"), final, out int consumed);
        return Decoded(text, consumed);
    }

    // --- UTF-16 / UTF-32 ----------------------------------------------------------------------------

    [PyFunction]
    public static PyTuple utf_16_encode(PyObject str, PyObject? errors = null, long byteorder = 0)
    {
        var s = Text(str, "utf_16_encode");
        return Encoded(TextCodecs.EncodeUtf16(s, Errors(errors, "utf_16_encode"), Math.Sign(byteorder)), s);
    }

    [PyFunction]
    public static PyTuple utf_16_le_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_16_le_encode");
        return Encoded(TextCodecs.EncodeUtf16(s, Errors(errors, "utf_16_le_encode"), -1), s);
    }

    [PyFunction]
    public static PyTuple utf_16_be_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_16_be_encode");
        return Encoded(TextCodecs.EncodeUtf16(s, Errors(errors, "utf_16_be_encode"), 1), s);
    }

    private static PyTuple Utf16(PyObject data, PyObject? errors, bool final, int order, string name)
    {
        var text = TextCodecs.DecodeUtf16(Data(data, name), Errors(errors, name), ref order, final, out int consumed);
        return Decoded(text, consumed);
    }

    [PyFunction]
    public static PyTuple utf_16_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, final, 0, "utf_16_decode");

    [PyFunction]
    public static PyTuple utf_16_le_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, final, -1, "utf_16_le_decode");

    [PyFunction]
    public static PyTuple utf_16_be_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, final, 1, "utf_16_be_decode");

    [PyFunction]
    public static PyTuple utf_16_ex_decode(PyObject data, PyObject? errors = null, long byteorder = 0, bool final = false)
    {
        int order = Math.Sign(byteorder);
        var text = TextCodecs.DecodeUtf16(Data(data, "utf_16_ex_decode"), Errors(errors, "utf_16_ex_decode"), ref order, final, out int consumed);
        return PyTuple.Of(PyStr.FromString(text), PyInt.FromLong(consumed), PyInt.FromLong(order));
    }

    [PyFunction]
    public static PyTuple utf_32_encode(PyObject str, PyObject? errors = null, long byteorder = 0)
    {
        var s = Text(str, "utf_32_encode");
        return Encoded(TextCodecs.EncodeUtf32(s, Errors(errors, "utf_32_encode"), Math.Sign(byteorder)), s);
    }

    [PyFunction]
    public static PyTuple utf_32_le_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_32_le_encode");
        return Encoded(TextCodecs.EncodeUtf32(s, Errors(errors, "utf_32_le_encode"), -1), s);
    }

    [PyFunction]
    public static PyTuple utf_32_be_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "utf_32_be_encode");
        return Encoded(TextCodecs.EncodeUtf32(s, Errors(errors, "utf_32_be_encode"), 1), s);
    }

    private static PyTuple Utf32(PyObject data, PyObject? errors, bool final, int order, string name)
    {
        var text = TextCodecs.DecodeUtf32(Data(data, name), Errors(errors, name), ref order, final, out int consumed);
        return Decoded(text, consumed);
    }

    [PyFunction]
    public static PyTuple utf_32_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, final, 0, "utf_32_decode");

    [PyFunction]
    public static PyTuple utf_32_le_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, final, -1, "utf_32_le_decode");

    [PyFunction]
    public static PyTuple utf_32_be_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, final, 1, "utf_32_be_decode");

    [PyFunction]
    public static PyTuple utf_32_ex_decode(PyObject data, PyObject? errors = null, long byteorder = 0, bool final = false)
    {
        int order = Math.Sign(byteorder);
        var text = TextCodecs.DecodeUtf32(Data(data, "utf_32_ex_decode"), Errors(errors, "utf_32_ex_decode"), ref order, final, out int consumed);
        return PyTuple.Of(PyStr.FromString(text), PyInt.FromLong(consumed), PyInt.FromLong(order));
    }

    // --- single byte ----------------------------------------------------------------------------------

    [PyFunction]
    public static PyTuple latin_1_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "latin_1_encode");
        return Encoded(TextCodecs.EncodeSingleByte(s, Errors(errors, "latin_1_encode"), 256), s);
    }

    [PyFunction]
    public static PyTuple latin_1_decode(PyObject data, PyObject? errors = null)
    {
        var d = Data(data, "latin_1_decode");
        return Decoded(TextCodecs.DecodeLatin1(d), d.Length);
    }

    [PyFunction]
    public static PyTuple ascii_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "ascii_encode");
        return Encoded(TextCodecs.EncodeSingleByte(s, Errors(errors, "ascii_encode"), 128), s);
    }

    [PyFunction]
    public static PyTuple ascii_decode(PyObject data, PyObject? errors = null)
    {
        var d = Data(data, "ascii_decode");
        return Decoded(TextCodecs.DecodeAscii(d, Errors(errors, "ascii_decode")), d.Length);
    }

    [PyFunction]
    public static PyTuple charmap_encode(PyObject str, PyObject? errors = null, PyObject? mapping = null)
    {
        var s = Text(str, "charmap_encode");
        return Encoded(TextCodecs.CharmapEncode(s, Errors(errors, "charmap_encode"), mapping), s);
    }

    [PyFunction]
    public static PyTuple charmap_decode(PyObject data, PyObject? errors = null, PyObject? mapping = null)
    {
        var d = Data(data, "charmap_decode");
        return Decoded(TextCodecs.CharmapDecode(d, Errors(errors, "charmap_decode"), mapping), d.Length);
    }

    [PyFunction]
    public static PyObject charmap_build(PyObject map)
    {
        var table = map as PyStr ?? throw ArgParser.BadArgument("charmap_build", "argument", "str", map);
        if (table.Length == 256 && table.CodePointAt(0) == 0) return EncodingMap.Build(table);
        // Like CPython, tables that are not a full 256-character map become a plain dict.
        var d = new PyDict();
        for (int i = 0; i < table.Length; i++) d.SetItem(PyInt.FromLong(table.CodePointAt(i)), PyInt.FromLong(i));
        return d;
    }

    // --- escapes --------------------------------------------------------------------------------------

    [PyFunction]
    public static PyTuple unicode_escape_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "unicode_escape_encode");
        return Encoded(EscapeCodecs.UnicodeEscapeEncode(s), s);
    }

    [PyFunction]
    public static PyTuple unicode_escape_decode(PyObject data, PyObject? errors = null, bool final = true)
    {
        var d = DataOrText(data, "unicode_escape_decode");
        var text = EscapeCodecs.UnicodeEscapeDecode(d, Errors(errors, "unicode_escape_decode"), final, out int consumed);
        // final: all of the caller's input counts as consumed, even after a handler replaced it
        return Decoded(text, final ? d.Length : consumed);
    }

    [PyFunction]
    public static PyTuple raw_unicode_escape_encode(PyObject str, PyObject? errors = null)
    {
        var s = Text(str, "raw_unicode_escape_encode");
        return Encoded(EscapeCodecs.RawUnicodeEscapeEncode(s), s);
    }

    [PyFunction]
    public static PyTuple raw_unicode_escape_decode(PyObject data, PyObject? errors = null, bool final = true)
    {
        var d = DataOrText(data, "raw_unicode_escape_decode");
        var text = EscapeCodecs.RawUnicodeEscapeDecode(d, Errors(errors, "raw_unicode_escape_decode"), final, out int consumed);
        // final: all of the caller's input counts as consumed, even after a handler replaced it
        return Decoded(text, final ? d.Length : consumed);
    }

    [PyFunction]
    public static PyTuple escape_encode(PyObject data, PyObject? errors = null)
    {
        if (data is not PyBytes b) throw ArgParser.BadArgument("escape_encode", "argument 1", "bytes", data);
        return PyTuple.Of(PyBytes.From(EscapeCodecs.EscapeEncode(b.Value)), PyInt.FromLong(b.Value.Length));
    }

    [PyFunction]
    public static PyTuple escape_decode(PyObject data, PyObject? errors = null)
    {
        var d = DataOrText(data, "escape_decode");
        return PyTuple.Of(PyBytes.From(EscapeCodecs.EscapeDecode(d, Errors(errors, "escape_decode"))), PyInt.FromLong(d.Length));
    }

    [PyFunction]
    public static PyTuple readbuffer_encode(PyObject data, PyObject? errors = null)
    {
        var d = DataOrText(data, "readbuffer_encode");
        return PyTuple.Of(PyBytes.From(d), PyInt.FromLong(d.Length));
    }
}
