using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>
/// One CJK codec's conversion functions, in the shape of CPython's MultibyteCodec (multibytecodec.h): they work on
/// the input from a position, stop at the first problem and say what it is; the error policy is the caller's
/// (MbEngine). The codec state is 8 bytes (CPython's MultibyteCodec_State, packed little-endian in a ulong), so
/// getstate()/setstate() values equal CPython's.
/// </summary>
internal abstract class MbCodec
{
    /// <summary>Input ends inside a sequence (CPython's MBERR_TOOFEW).</summary>
    internal const int TooFew = -2;

    internal readonly string Name;

    protected MbCodec(string name) => Name = name;

    /// <summary>Decodes data[pos..]: 0 when all was consumed, TooFew when it ends inside a sequence (pos at its
    /// start), or n > 0 when the n bytes at pos are illegal.</summary>
    internal abstract int Decode(ref ulong state, ReadOnlySpan<byte> data, ref int pos, StringBuilder output);

    /// <summary>Encodes cps[pos..]: 0 when all was consumed, or n > 0 when the n code points at pos cannot be encoded.</summary>
    internal abstract int Encode(ref ulong state, ReadOnlySpan<int> cps, ref int pos, List<byte> output);

    internal virtual ulong DecoderInit => 0;
    internal virtual ulong EncoderInit => 0;

    /// <summary>Returns a stateful encoder to its initial state (e.g. ESC ( B), CPython's encreset.</summary>
    internal virtual void EncodeReset(ref ulong state, List<byte> output) { }

    internal static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }
}
