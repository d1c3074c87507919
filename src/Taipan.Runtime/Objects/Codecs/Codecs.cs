namespace Taipan.Runtime.Objects;

/// <summary>
/// str.encode / bytes.decode / str(bytes, encoding): the common codecs run natively (as CPython's
/// fast paths for utf-8, ascii, latin-1 and the UTF-16/32 family); any other name goes through
/// the codec registry, i.e. the stdlib encodings package.
/// </summary>
internal static class Codecs
{
    private enum Native { None, Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be }

    /// <summary>encodings.normalize_encoding plus the aliases of the natively implemented codecs.</summary>
    private static Native NativeCodec(string encoding)
    {
        switch (encoding)
        {
            case "utf-8" or "utf8": return Native.Utf8;
            case "ascii": return Native.Ascii;
            case "latin-1" or "latin1": return Native.Latin1;
        }
        var n = CodecRegistry.Normalize(encoding).Replace('-', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => Native.Utf8,
            "ascii" or "us_ascii" or "646" or "us" or "iso646_us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "cp367" or "csascii" or "ibm367" or "iso_ir_6" => Native.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "ibm819" or "iso_ir_100" or "iso_8859_1:1987" or "csisolatin1" => Native.Latin1,
            "utf_16" or "utf16" or "u16" => Native.Utf16,
            "utf_16_le" or "utf_16le" => Native.Utf16Le,
            "utf_16_be" or "utf_16be" => Native.Utf16Be,
            "utf_32" or "utf32" or "u32" => Native.Utf32,
            "utf_32_le" or "utf_32le" => Native.Utf32Le,
            "utf_32_be" or "utf_32be" => Native.Utf32Be,
            _ => Native.None,
        };
    }

    public static byte[] Encode(PyStr s, string encoding, string errors)
    {
        switch (NativeCodec(encoding))
        {
            case Native.Utf8: return Utf8Codec.Encode(s, errors);
            case Native.Ascii: return TextCodecs.EncodeSingleByte(s, errors, 128);
            case Native.Latin1: return TextCodecs.EncodeSingleByte(s, errors, 256);
            case Native.Utf16: return TextCodecs.EncodeUtf16(s, errors, 0);
            case Native.Utf16Le: return TextCodecs.EncodeUtf16(s, errors, -1);
            case Native.Utf16Be: return TextCodecs.EncodeUtf16(s, errors, 1);
            case Native.Utf32: return TextCodecs.EncodeUtf32(s, errors, 0);
            case Native.Utf32Le: return TextCodecs.EncodeUtf32(s, errors, -1);
            case Native.Utf32Be: return TextCodecs.EncodeUtf32(s, errors, 1);
        }
        var info = TextCodec(encoding, "encode", "codecs.encode()");
        PyObject r;
        try { r = PyOps.Call(((PyTuple)info)[0], new PyObject[] { s, PyStr.FromString(errors) }); }
        catch (PyException e) when (CodecErrorWrap.TryWrap(e, "encoding", encoding, out var wrapped)) { throw wrapped; }
        if (r is not PyTuple { Count: 2 } t) throw PyErrors.TypeError("encoder must return a tuple (object, integer)");
        if (t[0] is PyBytes b) return b.Value;
        if (t[0] is PyByteArray ba) return ba.Span.ToArray();
        throw PyErrors.TypeError($"'{encoding}' encoder returned '{t[0].type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    public static PyStr Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        // PyUnicode_FromEncodedObject: empty input decodes to '' without looking the codec up.
        if (data.Length == 0) return PyStr.Empty;
        int consumed, order;
        switch (NativeCodec(encoding))
        {
            case Native.Utf8: return PyStr.FromString(Utf8Codec.Decode(data, errors, true, out _));
            case Native.Ascii: return PyStr.FromString(TextCodecs.DecodeAscii(data, errors));
            case Native.Latin1: return PyStr.FromString(TextCodecs.DecodeLatin1(data));
            case Native.Utf16: order = 0; return PyStr.FromString(TextCodecs.DecodeUtf16(data, errors, ref order, true, out consumed));
            case Native.Utf16Le: order = -1; return PyStr.FromString(TextCodecs.DecodeUtf16(data, errors, ref order, true, out consumed));
            case Native.Utf16Be: order = 1; return PyStr.FromString(TextCodecs.DecodeUtf16(data, errors, ref order, true, out consumed));
            case Native.Utf32: order = 0; return PyStr.FromString(TextCodecs.DecodeUtf32(data, errors, ref order, true, out consumed));
            case Native.Utf32Le: order = -1; return PyStr.FromString(TextCodecs.DecodeUtf32(data, errors, ref order, true, out consumed));
            case Native.Utf32Be: order = 1; return PyStr.FromString(TextCodecs.DecodeUtf32(data, errors, ref order, true, out consumed));
        }
        var info = TextCodec(encoding, "decode", "codecs.decode()");
        PyObject r;
        try { r = PyOps.Call(((PyTuple)info)[1], new PyObject[] { PyBytes.From(data.ToArray()), PyStr.FromString(errors) }); }
        catch (PyException e) when (CodecErrorWrap.TryWrap(e, "decoding", encoding, out var wrapped)) { throw wrapped; }
        if (r is not PyTuple { Count: 2 } t) throw PyErrors.TypeError("decoder must return a tuple (object,integer)");
        if (t[0] is PyStr s) return s;
        throw PyErrors.TypeError($"'{encoding}' decoder returned '{t[0].type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    /// <summary>_PyCodec_LookupTextEncoding: the CodecInfo, refusing bytes-to-bytes codecs.</summary>
    private static PyObject TextCodec(string encoding, string what, string alternative)
    {
        var info = CodecRegistry.Current.Lookup(encoding);
        if (info is not PyTuple) throw PyErrors.TypeError("codec search functions must return 4-tuples");
        if (PyOps.GetAttrOrNull(info, PyStr.FromAscii("_is_text_encoding")) is { } isText && !PyOps.IsTrue(isText))
            throw PyErrors.New(PyTypes.LookupError, $"'{encoding}' is not a text encoding; use {alternative} to handle arbitrary codecs");
        return info;
    }
}
