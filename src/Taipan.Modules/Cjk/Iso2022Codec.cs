using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>
/// ISO-2022-JP (ASCII, JIS X 0208-1978/1983, JIS X 0201 Roman in G0), ISO-2022-JP-1 (+ JIS X 0212), ISO-2022-JP-2
/// (+ KS X 1001, GB2312; ISO-8859-1/7 in G2 read through ESC N, never written, as in CPython) and ISO-2022-KR
/// (KS X 1001 in G1 through SO/SI). The state bytes are CPython's: G0..G3 charset marks (final byte, | 0x80 for double-byte sets) and a
/// flag byte (bit 0: shifted to G1), so getstate() values match.
/// </summary>
internal sealed class Iso2022Codec : MbCodec
{
    private const byte Esc = 0x1B, SO = 0x0E, SI = 0x0F;
    private const int Ascii = 'B', Jisx0208 = 'B' | 0x80, Jisx0208Old = '@' | 0x80, Jisx0201Roman = 'J', Ksx1001 = 'C' | 0x80,
        Jisx0212 = 'D' | 0x80, Gb2312 = 'A' | 0x80, Iso8859_1 = 'A', Iso8859_7 = 'F';
    private const ulong Shifted = 1;
    private const int EscThroughout = 2;
    private readonly bool korean;
    private readonly int level; // ISO-2022-JP: 0, -1 or -2
    private DbcsTable? table;

    private Iso2022Codec(string name, bool korean, int level = 0) : base(name)
    {
        this.korean = korean;
        this.level = level;
    }

    internal static Iso2022Codec Jp() => new("iso2022_jp", false);
    internal static Iso2022Codec Jp1() => new("iso2022_jp_1", false, 1);
    internal static Iso2022Codec Jp2() => new("iso2022_jp_2", false, 2);
    internal static Iso2022Codec Kr() => new("iso2022_kr", true);

    private DbcsTable Table => table ??= korean ? DbcsTable.Get("euc_kr", 51949) : DbcsTable.Get("euc_jp", 20932);
    private static DbcsTable KrTable => DbcsTable.Get("euc_kr", 51949);
    private static DbcsTable GbTable => DbcsTable.Get("gb2312", 20936);

    private static int G(ulong state, int n) => (int)(state >> (8 * n)) & 0xFF;
    private static ulong SetG(ulong state, int n, int mark) => (state & ~(0xFFUL << (8 * n))) | ((ulong)mark << (8 * n));
    private static bool IsShifted(ulong state) => (G(state, 4) & (int)Shifted) != 0;
    private static ulong SetShifted(ulong state, bool on) => SetG(state, 4, on ? G(state, 4) | 1 : G(state, 4) & ~1);

    internal override ulong DecoderInit => Ascii | (Ascii << 8) | (Ascii << 16);
    internal override ulong EncoderInit => Ascii | (Ascii << 8);

    private bool Designated(int mark) => korean ? mark == Ksx1001
        : mark is Jisx0208 or Jisx0208Old or Jisx0201Roman || (level >= 1 && mark == Jisx0212)
            || (level >= 2 && mark is Ksx1001 or Gb2312 or Iso8859_1 or Iso8859_7);

    private int DecodeDbcs(int charset, int c1, int c2)
    {
        if (c1 is < 0x21 or > 0x7E || c2 is < 0x21 or > 0x7E) return -1;
        switch (charset)
        {
            case Jisx0208 or Jisx0208Old:
                if (c1 == 0x21 && c2 == 0x40) return 0xFF3C;
                return Table.Decode[DbcsTable.IndexOf2(c1 | 0x80, c2 | 0x80)];
            case Jisx0212:
                return Table.Decode[DbcsTable.IndexOf3(c1 | 0x80, c2 | 0x80)];
            case Ksx1001:
                if (c1 == 0x24 && c2 == 0x54) return 0x3164; // the Hangul filler, which euc_kr only reads in make-up sequences
                return KrTable.Decode[DbcsTable.IndexOf2(c1 | 0x80, c2 | 0x80)];
            case Gb2312:
                return GbTable.Decode[DbcsTable.IndexOf2(c1 | 0x80, c2 | 0x80)];
        }
        return -1;
    }

    /// <summary>ESC N c: one character from G2 (CPython's iso2022processg2); -1 when c is not valid there.</summary>
    private static int DecodeG2(int g2, int c)
    {
        switch (g2)
        {
            case Iso8859_1:
                return c < 0x80 ? c + 0x80 : -1;
            case Iso8859_7:
            {
                int x = c ^ 0x80;
                if (x < 0xA0) return x;
                if (x is 0xA4 or 0xA5 or 0xAA or 0xAE or 0xD2 or 0xFF) return -1;
                return x switch
                {
                    0xA1 => 0x2018, 0xA2 => 0x2019, 0xAF => 0x2015,
                    0xB4 or 0xB5 or 0xB6 or >= 0xB8 and not 0xBB and not 0xBD => 0x2D0 + x,
                    _ => x,
                };
            }
            case Ascii:
                return c < 0x80 ? c : -1;
        }
        return -1;
    }

    internal override int Decode(ref ulong state, ReadOnlySpan<byte> data, ref int pos, StringBuilder output)
    {
        while (pos < data.Length)
        {
            int c = data[pos];
            if ((G(state, 4) & EscThroughout) != 0)
            {
                // after an ESC that starts no ISO-2022 sequence, bytes pass through (as Latin-1) up to a final byte
                output.Append((char)c);
                pos++;
                if (c is >= 'A' and <= 'Z' or '@') state = SetG(state, 4, G(state, 4) & ~EscThroughout);
                continue;
            }
            switch (c)
            {
                case Esc:
                {
                    if (pos + 1 >= data.Length) return TooFew;
                    int c2 = data[pos + 1];
                    if (c2 is '(' or ')' or '$' or '.' or '&')
                    {
                        int r = ProcessEscape(ref state, data, ref pos);
                        if (r != 0) return r;
                    }
                    else if (level >= 2 && c2 == 'N')
                    {
                        if (pos + 2 >= data.Length) return TooFew;
                        int g2 = DecodeG2(G(state, 2), data[pos + 2]);
                        if (g2 < 0) return 3;
                        output.Append((char)g2);
                        pos += 3;
                    }
                    else
                    {
                        output.Append((char)Esc);
                        state = SetG(state, 4, G(state, 4) | EscThroughout);
                        pos++;
                    }
                    continue;
                }
                case SI when korean:
                    state = SetShifted(state, false);
                    pos++;
                    continue;
                case SO when korean:
                    state = SetShifted(state, true);
                    pos++;
                    continue;
                case '\n':
                    state = SetShifted(state, false);
                    output.Append('\n');
                    pos++;
                    continue;
            }
            if (c < 0x20)
            {
                output.Append((char)c);
                pos++;
                continue;
            }
            if (c >= 0x80) return 1;
            int charset = IsShifted(state) ? G(state, 1) : G(state, 0);
            if (charset == Ascii)
            {
                output.Append((char)c);
                pos++;
                continue;
            }
            if (charset == Jisx0201Roman)
            {
                output.Append(c == 0x5C ? '\u00A5' : c == 0x7E ? '\u203E' : (char)c);
                pos++;
                continue;
            }
            if (pos + 1 >= data.Length) return TooFew;
            int cp = DecodeDbcs(charset, c, data[pos + 1]);
            if (cp < 0) return 2;
            Append(output, cp);
            pos += 2;
        }
        return 0;
    }

    /// <summary>CPython's iso2022processesc: an escape sequence ends at its first byte in A-Z or @ (ESC & @ may
    /// prefix ESC $ B in ISO-2022-JP); an unknown or undesignated set is an error as long as the sequence.</summary>
    private int ProcessEscape(ref ulong state, ReadOnlySpan<byte> data, ref int pos)
    {
        const int MaxEscLen = 16;
        int left = data.Length - pos;
        int esclen = 0, i;
        for (i = 1; i < MaxEscLen; i++)
        {
            if (i >= left) return TooFew;
            int b = data[pos + i];
            if (b is >= 'A' and <= 'Z' or '@')
            {
                esclen = i + 1;
                break;
            }
            if (!korean && i + 1 < left && b == '&' && data[pos + i + 1] == '@') i += 2;
        }
        if (i >= MaxEscLen) return 1;
        int charset, designation;
        switch (esclen)
        {
            case 3:
                if (data[pos + 1] == '$')
                {
                    charset = data[pos + 2] | 0x80;
                    designation = 0;
                }
                else
                {
                    charset = data[pos + 2];
                    if (data[pos + 1] == '(') designation = 0;
                    else if (data[pos + 1] == ')') designation = 1;
                    else if (level >= 2 && data[pos + 1] == '.') designation = 2;
                    else return 3;
                }
                break;
            case 4:
                if (data[pos + 1] != '$') return 4;
                charset = data[pos + 3] | 0x80;
                if (data[pos + 2] == '(') designation = 0;
                else if (data[pos + 2] == ')') designation = 1;
                else return 4;
                break;
            case 6:
                if (!korean && data[pos + 3] == Esc && data[pos + 4] == '$' && data[pos + 5] == 'B')
                {
                    charset = Jisx0208;
                    designation = 0;
                }
                else return 6;
                break;
            default:
                return esclen;
        }
        if (charset != Ascii && !Designated(charset)) return esclen;
        state = SetG(state, designation, charset);
        pos += esclen;
        return 0;
    }

    /// <summary>The two 7-bit bytes of c in a double-byte set (its euc bytes without the high bits), or -1.</summary>
    private static int EncodeIn(DbcsTable t, int c, bool triple)
    {
        if (c >= 0x10000) return -1;
        int idx = t.Encode[c];
        if (idx < 0) return -1;
        Span<byte> buf = stackalloc byte[4];
        int n = t.Bytes(idx, buf);
        if (triple)
        {
            if (n != 3) return -1;
            return ((buf[1] & 0x7F) << 8) | (buf[2] & 0x7F);
        }
        if (n != 2 || buf[0] < 0xA1 || buf[1] < 0xA1) return -1;
        return ((buf[0] & 0x7F) << 8) | (buf[1] & 0x7F);
    }

    /// <summary>The charset (in CPython's order of designations) and 7-bit code of c, or (0, -1).</summary>
    private (int Charset, int Code) EncodeDbcs(int c)
    {
        if (korean)
        {
            if (c == 0x3164) return (Ksx1001, 0x2454);
            return (Ksx1001, EncodeIn(Table, c, false));
        }
        if (c == 0xFF3C) return (Jisx0208, 0x2140);
        int code = EncodeIn(Table, c, false);
        if (code >= 0) return (Jisx0208, code);
        if (level >= 1 && (code = EncodeIn(Table, c, true)) >= 0) return (Jisx0212, code);
        if (level >= 2)
        {
            if (c == 0x3164) return (Ksx1001, 0x2454);
            if ((code = EncodeIn(KrTable, c, false)) >= 0) return (Ksx1001, code);
            if ((code = EncodeIn(GbTable, c, false)) >= 0) return (Gb2312, code);
        }
        return (0, -1);
    }

    internal override int Encode(ref ulong state, ReadOnlySpan<int> cps, ref int pos, List<byte> output)
    {
        while (pos < cps.Length)
        {
            int c = cps[pos];
            if (c < 0x80)
            {
                if (G(state, 0) != Ascii)
                {
                    output.Add(Esc); output.Add((byte)'('); output.Add((byte)'B');
                    state = SetG(state, 0, Ascii);
                }
                if (IsShifted(state))
                {
                    output.Add(SI);
                    state = SetShifted(state, false);
                }
                output.Add((byte)c);
                pos++;
                continue;
            }
            var (charset, code) = EncodeDbcs(c);
            if (code >= 0)
            {
                if (korean)
                {
                    if (G(state, 1) != Ksx1001)
                    {
                        output.Add(Esc); output.Add((byte)'$'); output.Add((byte)')'); output.Add((byte)'C');
                        state = SetG(state, 1, Ksx1001);
                    }
                    if (!IsShifted(state))
                    {
                        output.Add(SO);
                        state = SetShifted(state, true);
                    }
                }
                else if (G(state, 0) != charset)
                {
                    output.Add(Esc); output.Add((byte)'$');
                    if (charset != Jisx0208) output.Add((byte)'(');
                    output.Add((byte)(charset & 0x7F));
                    state = SetG(state, 0, charset);
                }
                output.Add((byte)(code >> 8));
                output.Add((byte)code);
                pos++;
                continue;
            }
            if (!korean && c is 0xA5 or 0x203E)
            {
                if (G(state, 0) != Jisx0201Roman)
                {
                    output.Add(Esc); output.Add((byte)'('); output.Add((byte)'J');
                    state = SetG(state, 0, Jisx0201Roman);
                }
                output.Add(c == 0xA5 ? (byte)0x5C : (byte)0x7E);
                pos++;
                continue;
            }
            return 1;
        }
        return 0;
    }

    internal override void EncodeReset(ref ulong state, List<byte> output)
    {
        if (IsShifted(state))
        {
            output.Add(SI);
            state = SetShifted(state, false);
        }
        if (G(state, 0) != Ascii)
        {
            output.Add(Esc); output.Add((byte)'('); output.Add((byte)'B');
            state = SetG(state, 0, Ascii);
        }
    }
}
