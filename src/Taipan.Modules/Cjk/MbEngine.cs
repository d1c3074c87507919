using System.Text;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Cjk;

/// <summary>
/// Runs an MbCodec over a whole input with an error policy, as CPython's multibytecodec.c does: strict, ignore and
/// replace inline (replace writes U+FFFD when decoding and the codec's own "?" when encoding), every other name
/// through the codecs error registry with a UnicodeDecodeError/UnicodeEncodeError carrying the codec's name.
/// </summary>
internal static class MbEngine
{
    internal const string Illegal = "illegal multibyte sequence", Incomplete = "incomplete multibyte sequence";

    /// <summary>Decodes data from pos; with <paramref name="final"/> false a sequence cut at the end stays
    /// unconsumed (returns where it starts), else it is an "incomplete" error.</summary>
    internal static int Decode(MbCodec codec, ref ulong state, ReadOnlySpan<byte> data, string errors, bool final, StringBuilder output)
    {
        int pos = 0;
        while (true)
        {
            int r = codec.Decode(ref state, data, ref pos, output);
            if (r == 0) return pos;
            if (r == MbCodec.TooFew && !final) return pos;
            int esize = r == MbCodec.TooFew ? data.Length - pos : r;
            pos = DecodeError(codec, errors, data, pos, esize, r == MbCodec.TooFew ? Incomplete : Illegal, output);
        }
    }

    private static int DecodeError(MbCodec codec, string errors, ReadOnlySpan<byte> data, int pos, int esize, string reason, StringBuilder output)
    {
        switch (errors)
        {
            case "strict":
                throw CodecErrors.DecodeError(codec.Name, data, pos, pos + esize, reason);
            case "ignore":
                return pos + esize;
            case "replace":
                output.Append('\uFFFD');
                return pos + esize;
        }
        var handler = CodecRegistry.Current.LookupError(errors);
        var exc = CodecErrors.DecodeErrorObject(codec.Name, data, pos, pos + esize, reason);
        var r = PyOps.Call(handler, new PyObject[] { exc });
        if (r is not PyTuple t || t.Count != 2 || t[0] is not PyStr s || t[1] is not PyInt)
            throw PyErrors.TypeError("decoding error handler must return (str, int) tuple");
        output.Append(s.Value);
        return NewPosition(t[1], data.Length);
    }

    private static int NewPosition(PyObject o, int length)
    {
        var n = ((PyInt)o).Big;
        if (n < 0) n += length;
        if (n < 0 || n > length) throw PyErrors.IndexError($"position {n} from error handler out of bounds");
        return (int)n;
    }

    internal static int[] CodePoints(string s)
    {
        var cps = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps[n++] = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else cps[n++] = c;
        }
        return n == cps.Length ? cps : cps[..n];
    }

    /// <summary>Encodes all of <paramref name="text"/>; with <paramref name="reset"/> the state is returned to the
    /// initial one at the end (the escape sequences of ISO-2022).</summary>
    internal static void Encode(MbCodec codec, ref ulong state, PyStr text, string errors, bool reset, List<byte> output)
    {
        var cps = CodePoints(text.Value);
        int pos = 0;
        while (pos < cps.Length)
        {
            int r = codec.Encode(ref state, cps, ref pos, output);
            if (r == 0) break;
            pos = EncodeError(codec, ref state, errors, text, cps, pos, r, output);
        }
        if (reset) codec.EncodeReset(ref state, output);
    }

    private static readonly int[] Question = ['?'];

    private static int EncodeError(MbCodec codec, ref ulong state, string errors, PyStr text, int[] cps, int pos, int esize, List<byte> output)
    {
        switch (errors)
        {
            case "strict":
                throw CodecErrors.EncodeError(codec.Name, text, pos, pos + esize, Illegal);
            case "ignore":
                return pos + esize;
            case "replace":
            {
                int p = 0;
                if (codec.Encode(ref state, Question, ref p, output) != 0) output.Add((byte)'?');
                return pos + esize;
            }
        }
        var handler = CodecRegistry.Current.LookupError(errors);
        var exc = CodecErrors.EncodeErrorObject(codec.Name, text, pos, pos + esize, Illegal);
        var r = PyOps.Call(handler, new PyObject[] { exc });
        if (r is not PyTuple t || t.Count != 2 || (t[0] is not PyStr && t[0] is not PyBytes) || t[1] is not PyInt)
            throw PyErrors.TypeError("encoding error handler must return (str, int) tuple");
        if (t[0] is PyBytes b) output.AddRange(b.Value);
        else Encode(codec, ref state, (PyStr)t[0], "strict", false, output);
        return NewPosition(t[1], cps.Length);
    }
}
