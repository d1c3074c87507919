using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>
/// ISO-2022-JP (ASCII, JIS X 0208-1978/1983, JIS X 0201 Roman in G0) and ISO-2022-KR (KS X 1001 in G1 through
/// SO/SI). The state bytes are CPython's: G0..G3 charset marks (final byte, | 0x80 for double-byte sets) and a
/// flag byte (bit 0: shifted to G1), so getstate() values match.
/// </summary>
internal sealed class Iso2022Codec : MbCodec
{
    private const byte Esc = 0x1B, SO = 0x0E, SI = 0x0F;
    private const int Ascii = 'B', Jisx0208 = 'B' | 0x80, Jisx0208Old = '@' | 0x80, Jisx0201Roman = 'J', Ksx1001 = 'C' | 0x80;
    private const ulong Shifted = 1;
    private readonly bool korean;
    private DbcsTable? table;

    private Iso2022Codec(string name, bool korean) : base(name) => this.korean = korean;

    internal static Iso2022Codec Jp() => new("iso2022_jp", false);
    internal static Iso2022Codec Kr() => new("iso2022_kr", true);

    private DbcsTable Table => table ??= korean ? DbcsTable.Get("euc_kr", 51949) : DbcsTable.Get("euc_jp", 20932);

    private static int G(ulong state, int n) => (int)(state >> (8 * n)) & 0xFF;
    private static ulong SetG(ulong state, int n, int mark) => (state & ~(0xFFUL << (8 * n))) | ((ulong)mark << (8 * n));
    private static bool IsShifted(ulong state) => (G(state, 4) & (int)Shifted) != 0;
    private static ulong SetShifted(ulong state, bool on) => SetG(state, 4, on ? G(state, 4) | 1 : G(state, 4) & ~1);

    internal override ulong DecoderInit => Ascii | (Ascii << 8) | (Ascii << 16);
    internal override ulong EncoderInit => Ascii | (Ascii << 8);

    private bool Designated(int mark) => korean ? mark == Ksx1001 : mark is Jisx0208 or Jisx0208Old or Jisx0201Roman;

    private int DecodeDbcs(int c1, int c2)
    {
        if (c1 is < 0x21 or > 0x7E || c2 is < 0x21 or > 0x7E) return -1;
        if (!korean && c1 == 0x21 && c2 == 0x40) return 0xFF3C;
        if (korean && c1 == 0x24 && c2 == 0x54) return 0x3164; // the Hangul filler, which euc_kr only reads in make-up sequences
        return Table.Decode[DbcsTable.IndexOf2(c1 | 0x80, c2 | 0x80)];
    }

    internal override int Decode(ref ulong state, ReadOnlySpan<byte> data, ref int pos, StringBuilder output)
    {
        while (pos < data.Length)
        {
            int c = data[pos];
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
                    else
                    {
                        output.Append((char)Esc);
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
            int cp = DecodeDbcs(c, data[pos + 1]);
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

    /// <summary>The two 7-bit bytes of c in the double-byte set (JIS X 0208 or KS X 1001), or -1.</summary>
    private int EncodeDbcs(int c)
    {
        if (!korean && c == 0xFF3C) return 0x2140;
        if (korean && c == 0x3164) return 0x2454;
        if (c >= 0x10000) return -1;
        var t = Table;
        int idx = t.Encode[c];
        if (idx < DbcsTable.DoubleBase || idx >= DbcsTable.TripleBase) return -1;
        Span<byte> buf = stackalloc byte[4];
        t.Bytes(idx, buf);
        if (buf[0] < 0xA1 || buf[1] < 0xA1) return -1;
        return ((buf[0] & 0x7F) << 8) | (buf[1] & 0x7F);
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
            int code = EncodeDbcs(c);
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
                else if (G(state, 0) != Jisx0208)
                {
                    output.Add(Esc); output.Add((byte)'$'); output.Add((byte)'B');
                    state = SetG(state, 0, Jisx0208);
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
