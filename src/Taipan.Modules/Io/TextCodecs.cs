using System.Text;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>An incremental decoder as TextIOWrapper drives it (decode/getstate/setstate/reset).
/// UTF-8, Latin-1 and ASCII are native; any other codec is the Python object codecs returns.</summary>
internal abstract class TextDecoder
{
    public abstract string Decode(ReadOnlySpan<byte> input, bool final);
    public abstract (byte[] Buffer, long Flags) GetState();
    public abstract void SetState(byte[] buffer, long flags);
    public abstract void Reset();
}

internal abstract class TextEncoder
{
    public abstract byte[] Encode(string text);
    public virtual void Reset() { }

    /// <summary>setstate(0): continue mid-stream (no BOM) after a seek away from the start.</summary>
    public virtual void SetStateZero() { }
}

/// <summary>Looks codecs up: native for the common three, the codecs module for the rest.</summary>
internal static class TextCodecs
{
    /// <summary>"utf-8", "latin-1", "ascii" for the natively handled codecs (any alias), else null.</summary>
    public static string? NativeName(string encoding)
    {
        var n = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "latin_1" or "latin1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "l1" or "latin" or "iso_ir_100" or "csisolatin1" => "latin-1",
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "iso646_us" => "ascii",
            _ => null,
        };
    }

    private static PyObject Codecs() => Taipan.Runtime.Interpreter.Import.ImportAbsolute("codecs");

    /// <summary>codecs.lookup(encoding): LookupError "unknown encoding: x" for unknown names.</summary>
    public static PyObject Lookup(string encoding) => IoCall.Method(Codecs(), "lookup", PyStr.FromString(encoding));

    public static TextDecoder Decoder(string encoding, string errors)
    {
        var native = NativeName(encoding);
        if (native == "utf-8") return new Utf8Decoder(errors);
        if (native is not null) return new SingleByteDecoder(native, errors);
        var info = Lookup(encoding);
        var factory = IoCall.Attr(info, "incrementaldecoder");
        return new PythonDecoder(PyOps.Call(factory, new PyObject[] { PyStr.FromString(errors) }));
    }

    public static TextEncoder Encoder(string encoding, string errors)
    {
        var native = NativeName(encoding);
        if (native is not null) return new NativeEncoder(native, errors);
        var info = Lookup(encoding);
        var factory = IoCall.Attr(info, "incrementalencoder");
        return new PythonEncoder(PyOps.Call(factory, new PyObject[] { PyStr.FromString(errors) }));
    }

    internal static PyException UnknownHandler(string errors) =>
        PyErrors.New(PyTypes.LookupError, $"unknown error handler name '{errors}'");

    internal static PyException DecodeError(string encoding, ReadOnlySpan<byte> input, int start, int end, string reason)
    {
        var e = PyOps.Call(PyTypes.UnicodeDecodeError, new PyObject[]
        {
            PyStr.FromAscii(encoding), IoBytes.FromSpan(input), PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromAscii(reason),
        });
        return new PyException((PyBaseException)e);
    }

    internal static PyException EncodeError(string encoding, string text, int start, int end, string reason)
    {
        var e = PyOps.Call(PyTypes.UnicodeEncodeError, new PyObject[]
        {
            PyStr.FromAscii(encoding), PyStr.FromString(text), PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromAscii(reason),
        });
        return new PyException((PyBaseException)e);
    }

    /// <summary>Appends the replacement a decode error handler gives for the bytes <paramref name="bad"/>.</summary>
    internal static void DecodeHandler(StringBuilder sb, string errors, string encoding, ReadOnlySpan<byte> input, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict": throw DecodeError(encoding, input, start, end, reason);
            case "replace": sb.Append('\uFFFD'); break;
            case "ignore": break;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                {
                    if (input[i] < 128) throw DecodeError(encoding, input, start, end, reason);
                    sb.Append((char)(0xDC00 + input[i]));
                }
                break;
            case "backslashreplace":
                for (int i = start; i < end; i++) sb.Append("\\x").Append(input[i].ToString("x2"));
                break;
            default: throw UnknownHandler(errors);
        }
    }
}

internal sealed class Utf8Decoder : TextDecoder
{
    private readonly string errors;
    private byte[] pending = Array.Empty<byte>();

    public Utf8Decoder(string errors) => this.errors = errors;

    public override (byte[] Buffer, long Flags) GetState() => (pending, 0);
    public override void SetState(byte[] buffer, long flags) => pending = buffer;
    public override void Reset() => pending = Array.Empty<byte>();

    public override string Decode(ReadOnlySpan<byte> chunk, bool final)
    {
        ReadOnlySpan<byte> input = chunk;
        if (pending.Length > 0)
        {
            var joined = new byte[pending.Length + chunk.Length];
            pending.CopyTo(joined, 0);
            chunk.CopyTo(joined.AsSpan(pending.Length));
            input = joined;
            pending = Array.Empty<byte>();
        }
        var sb = new StringBuilder(input.Length);
        int i = 0;
        while (i < input.Length)
        {
            byte b = input[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need;
            int cp;
            byte lo = 0x80, hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2; cp = b & 0x0F;
                if (b == 0xE0) lo = 0xA0; else if (b == 0xED) hi = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3; cp = b & 0x07;
                if (b == 0xF0) lo = 0x90; else if (b == 0xF4) hi = 0x8F;
            }
            else
            {
                TextCodecs.DecodeHandler(sb, errors, "utf-8", input, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int j = 1;
            bool bad = false;
            for (; j <= need; j++)
            {
                if (i + j >= input.Length) break;
                byte c = input[i + j];
                byte l = j == 1 ? lo : (byte)0x80, h = j == 1 ? hi : (byte)0xBF;
                if (c < l || c > h) { bad = true; break; }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (bad)
            {
                TextCodecs.DecodeHandler(sb, errors, "utf-8", input, i, i + j, "invalid continuation byte");
                i += j;
                continue;
            }
            if (j <= need)
            {
                // Ran out of input inside a sequence.
                if (!final)
                {
                    pending = input.Slice(i).ToArray();
                    break;
                }
                TextCodecs.DecodeHandler(sb, errors, "utf-8", input, i, input.Length, "unexpected end of data");
                i = input.Length;
                continue;
            }
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
            i += need + 1;
        }
        return sb.ToString();
    }
}

internal sealed class SingleByteDecoder : TextDecoder
{
    private readonly string encoding, errors;

    public SingleByteDecoder(string encoding, string errors)
    {
        this.encoding = encoding;
        this.errors = errors;
    }

    public override (byte[] Buffer, long Flags) GetState() => (Array.Empty<byte>(), 0);
    public override void SetState(byte[] buffer, long flags) { }
    public override void Reset() { }

    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        var sb = new StringBuilder(input.Length);
        bool ascii = encoding == "ascii";
        for (int i = 0; i < input.Length; i++)
        {
            if (ascii && input[i] >= 0x80)
            {
                int end = i + 1;
                TextCodecs.DecodeHandler(sb, errors, "ascii", input, i, end, "ordinal not in range(128)");
                continue;
            }
            sb.Append((char)input[i]);
        }
        return sb.ToString();
    }
}

internal sealed class NativeEncoder : TextEncoder
{
    private readonly string encoding, errors;

    public NativeEncoder(string encoding, string errors)
    {
        this.encoding = encoding;
        this.errors = errors;
    }

    public override byte[] Encode(string text)
    {
        int limit = encoding == "utf-8" ? int.MaxValue : encoding == "latin-1" ? 256 : 128;
        var output = new List<byte>(text.Length);
        int cpIndex = 0;
        Span<byte> tmp = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++, cpIndex++)
        {
            char c = text[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) cp = char.ConvertToUtf32(c, text[++i]);
            bool lone = cp >= 0xD800 && cp <= 0xDFFF;
            if (cp < 0x80) { output.Add((byte)cp); continue; }
            if (limit == int.MaxValue && !lone)
            {
                int n = new Rune(cp).EncodeToUtf8(tmp);
                for (int k = 0; k < n; k++) output.Add(tmp[k]);
                continue;
            }
            if (limit != int.MaxValue && cp < limit) { output.Add((byte)cp); continue; }
            // An unencodable run: consecutive characters the codec cannot take (CPython reports the run).
            int startCp = cpIndex, endCp = cpIndex + 1, j = i + 1;
            var run = new List<int> { cp };
            while (j < text.Length)
            {
                int ncp = text[j];
                int width = 1;
                if (char.IsHighSurrogate(text[j]) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1])) { ncp = char.ConvertToUtf32(text[j], text[j + 1]); width = 2; }
                bool bad = limit == int.MaxValue ? ncp >= 0xD800 && ncp <= 0xDFFF : ncp >= limit;
                if (!bad) break;
                run.Add(ncp);
                j += width;
                endCp++;
            }
            string reason = limit == int.MaxValue ? "surrogates not allowed" : $"ordinal not in range({limit})";
            switch (errors)
            {
                case "strict": throw TextCodecs.EncodeError(encoding, text, startCp, endCp, reason);
                case "ignore": break;
                case "replace": foreach (var _ in run) output.Add((byte)'?'); break;
                case "surrogateescape":
                    foreach (var r in run)
                    {
                        if (r < 0xDC80 || r > 0xDCFF) throw TextCodecs.EncodeError(encoding, text, startCp, endCp, reason);
                        output.Add((byte)(r - 0xDC00));
                    }
                    break;
                case "surrogatepass" when limit == int.MaxValue:
                    foreach (var r in run) { output.Add((byte)(0xE0 | (r >> 12))); output.Add((byte)(0x80 | ((r >> 6) & 0x3F))); output.Add((byte)(0x80 | (r & 0x3F))); }
                    break;
                case "backslashreplace":
                    foreach (var r in run)
                    {
                        var esc = r < 0x100 ? "\\x" + r.ToString("x2") : r < 0x10000 ? "\\u" + r.ToString("x4") : "\\U" + r.ToString("x8");
                        foreach (var ch in esc) output.Add((byte)ch);
                    }
                    break;
                case "xmlcharrefreplace":
                    foreach (var r in run) foreach (var ch in "&#" + r + ";") output.Add((byte)ch);
                    break;
                default: throw TextCodecs.UnknownHandler(errors);
            }
            i = j - 1;
            cpIndex = endCp - 1;
        }
        return output.ToArray();
    }
}

internal sealed class PythonDecoder : TextDecoder
{
    private readonly PyObject decoder;

    public PythonDecoder(PyObject decoder) => this.decoder = decoder;

    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        var r = PyOps.Call(IoCall.Attr(decoder, "decode"), new[] { IoBytes.FromSpan(input), PyBool.FromBool(final) });
        return r is PyStr s ? s.Value : throw PyErrors.TypeError($"decoder should return a string result, not '{r.type.Name}'");
    }

    public override (byte[] Buffer, long Flags) GetState()
    {
        var st = IoCall.Method(decoder, "getstate");
        if (st is not PyTuple t || t.Count != 2) throw PyErrors.TypeError("illegal decoder state");
        return (IoBytes.ToArray(t[0]), IoCall.Index(t[1]));
    }

    public override void SetState(byte[] buffer, long flags) =>
        IoCall.Method(decoder, "setstate", PyTuple.Of(IoBytes.FromSpan(buffer), PyInt.FromLong(flags)));

    public override void Reset() => IoCall.Method(decoder, "reset");
}

internal sealed class PythonEncoder : TextEncoder
{
    private readonly PyObject encoder;

    public PythonEncoder(PyObject encoder) => this.encoder = encoder;

    public override byte[] Encode(string text)
    {
        var r = IoCall.Method(encoder, "encode", PyStr.FromString(text));
        if (!IoBytes.IsBytesLike(r)) throw PyErrors.TypeError($"encoder should return a bytes object, not '{r.type.Name}'");
        return IoBytes.ToArray(r);
    }

    public override void Reset() => IoCall.Method(encoder, "reset");

    public override void SetStateZero()
    {
        if (IoCall.AttrOrNull(encoder, "setstate") is { } setstate) PyOps.Call(setstate, new PyObject[] { PyInt.FromLong(0) });
    }
}
