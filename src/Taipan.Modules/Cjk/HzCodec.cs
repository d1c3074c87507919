using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>HZ (RFC 1843): 7-bit GB2312 between ~{ and ~}, ~~ for a tilde, ~ newline a line continuation.
/// State byte 0 is 1 inside a ~{ section.</summary>
internal sealed class HzCodec : MbCodec
{
    private DbcsTable? table;

    internal HzCodec() : base("hz") { }

    private DbcsTable Table => table ??= DbcsTable.Get("gb2312", 20936);

    internal override int Decode(ref ulong state, ReadOnlySpan<byte> data, ref int pos, StringBuilder output)
    {
        var dec = Table.Decode;
        while (pos < data.Length)
        {
            int c = data[pos];
            bool gb = (state & 0xFF) != 0;
            if (c == '~')
            {
                if (pos + 1 >= data.Length) return TooFew;
                int c2 = data[pos + 1];
                if (c2 == '~' && !gb) output.Append('~');
                else if (c2 == '{' && !gb) state = 1;
                else if (c2 == '\n' && !gb) { }
                else if (c2 == '}' && gb) state = 0;
                else return 1;
                pos += 2;
                continue;
            }
            if (c >= 0x80) return 1;
            if (!gb)
            {
                output.Append((char)c);
                pos++;
                continue;
            }
            if (pos + 1 >= data.Length) return TooFew;
            int c1 = data[pos + 1];
            int cp = c1 >= 0x80 ? -1 : dec[DbcsTable.IndexOf2(c | 0x80, c1 | 0x80)];
            if (c < 0x21 || cp < 0) return 1;
            Append(output, cp);
            pos += 2;
        }
        return 0;
    }

    internal override int Encode(ref ulong state, ReadOnlySpan<int> cps, ref int pos, List<byte> output)
    {
        var t = Table;
        Span<byte> buf = stackalloc byte[4];
        while (pos < cps.Length)
        {
            int c = cps[pos];
            if (c < 0x80)
            {
                if (state != 0)
                {
                    output.Add((byte)'~'); output.Add((byte)'}');
                    state = 0;
                }
                output.Add((byte)c);
                if (c == '~') output.Add((byte)'~');
                pos++;
                continue;
            }
            int idx = c < 0x10000 ? t.Encode[c] : -1;
            if (idx < 0 || t.Bytes(idx, buf) != 2 || buf[0] < 0xA1 || buf[1] < 0xA1) return 1;
            if (state == 0)
            {
                output.Add((byte)'~'); output.Add((byte)'{');
                state = 1;
            }
            output.Add((byte)(buf[0] & 0x7F));
            output.Add((byte)(buf[1] & 0x7F));
            pos++;
        }
        return 0;
    }

    internal override void EncodeReset(ref ulong state, List<byte> output)
    {
        if (state == 0) return;
        output.Add((byte)'~'); output.Add((byte)'}');
        state = 0;
    }
}
