namespace Taipan.Modules.Cjk;

/// <summary>KS X 1001:1998's 8-byte make-up sequences (A4 D4 then three compatibility jamo) for the Hangul syllables
/// outside the 2350 precomposed ones, as euc_kr writes and reads them.</summary>
internal static class HangulMakeup
{
    // Offsets of the compatibility jamo (A4 A1 + offset = U+3131 + offset) for each initial and final consonant.
    private static readonly byte[] Initials = [0, 1, 3, 6, 7, 8, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29];
    private static readonly byte[] Finals = [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29];
    private const int Filler = 0xD4, VowelBase = 0xBF;

    internal static void Encode(int syllable, List<byte> output)
    {
        int s = syllable - 0xAC00;
        int cho = s / 588, jung = s / 28 % 21, jong = s % 28;
        output.Add(0xA4); output.Add(Filler);
        output.Add(0xA4); output.Add((byte)(0xA1 + Initials[cho]));
        output.Add(0xA4); output.Add((byte)(VowelBase + jung));
        output.Add(0xA4); output.Add(jong == 0 ? (byte)Filler : (byte)(0xA1 + Finals[jong - 1]));
    }

    /// <summary>The syllable of A4 D4 A4 x A4 y A4 z, or -1.</summary>
    internal static int Decode(ReadOnlySpan<byte> s)
    {
        if (s[2] != 0xA4 || s[4] != 0xA4 || s[6] != 0xA4) return -1;
        int cho = Array.IndexOf(Initials, (byte)(s[3] - 0xA1));
        if (s[3] < 0xA1 || cho < 0) return -1;
        int jung = s[5] - VowelBase;
        if (jung is < 0 or > 20) return -1;
        int jong = 0;
        if (s[7] != Filler)
        {
            int f = s[7] < 0xA1 ? -1 : Array.IndexOf(Finals, (byte)(s[7] - 0xA1));
            if (f < 0) return -1;
            jong = f + 1;
        }
        return 0xAC00 + (cho * 21 + jung) * 28 + jong;
    }
}
