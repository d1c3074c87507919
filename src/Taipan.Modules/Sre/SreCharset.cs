namespace Taipan.Modules.Sre;

/// <summary>The character sets of IN operations: SRE(charset), and the per-pattern bitmaps of their answers
/// below 256 (a set's answer depends only on the code and the character: the locale is fixed to C).</summary>
internal static class SreCharset
{
    /// <summary>SRE(charset): is ch in the set starting at code[set]?</summary>
    public static bool Contains(uint[] code, int set, int ch)
    {
        bool ok = true;
        uint c = (uint)ch;
        for (;;)
        {
            switch (code[set++])
            {
                case SreOp.FAILURE:
                    return !ok;
                case SreOp.LITERAL:
                    if (c == code[set]) return ok;
                    set++;
                    break;
                case SreOp.CATEGORY:
                    if (SreChars.Category(code[set], ch)) return ok;
                    set++;
                    break;
                case SreOp.CHARSET:
                    if (c < 256 && (code[set + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    set += 8;
                    break;
                case SreOp.RANGE:
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    set += 2;
                    break;
                case SreOp.RANGE_UNI_IGNORE:
                {
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    uint u = (uint)SreChars.UpperUnicode(ch);
                    if (code[set] <= u && u <= code[set + 1]) return ok;
                    set += 2;
                    break;
                }
                case SreOp.NEGATE:
                    ok = !ok;
                    break;
                case SreOp.BIGCHARSET:
                {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    int count = (int)code[set++];
                    int block = -1;
                    if (c < 0x10000)
                    {
                        int bi = (int)(c >> 8);
                        block = (int)((code[set + (bi >> 2)] >> ((bi & 3) * 8)) & 0xFF);
                    }
                    set += 64;
                    if (block >= 0)
                    {
                        int bit = block * 256 + (int)(c & 255);
                        if ((code[set + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    /// <summary>Marks a set that has no bitmap (its code could not be walked).</summary>
    public static readonly ulong[] NoBits = System.Array.Empty<ulong>();

    /// <summary>The 256-bit answer table of the set at code[set].</summary>
    public static ulong[] Build(uint[] code, int set)
    {
        var bits = new ulong[4];
        try
        {
            for (int ch = 0; ch < 256; ch++)
                if (Contains(code, set, ch)) bits[ch >> 6] |= 1UL << (ch & 63);
        }
        catch (IndexOutOfRangeException)
        {
            return NoBits; // code not from re._compiler: leave the error to the matcher, where CPython reports it
        }
        return bits;
    }
}
