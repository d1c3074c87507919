using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>The stateless table codecs (shift_jis, cp932, euc_jp, gb2312, gbk, gb18030, big5, cp950, euc_kr, cp949,
/// johab). Every byte that is not a character alone starts a sequence (so one alone at the end is "incomplete"),
/// except in shift_jis/cp932, whose lead bytes are fixed ranges; an illegal sequence is reported one byte long,
/// as CPython's codecs do.</summary>
internal sealed class DbcsCodec : MbCodec
{
    internal enum Kind { Plain, EucJp, Gb18030, EucKr }

    private readonly string dataName;
    private readonly int codePage;
    private readonly Kind kind;
    private readonly int leadLow1, leadHigh1, leadLow2, leadHigh2;
    private DbcsTable? table;

    internal DbcsCodec(string name, string dataName, int codePage, Kind kind = Kind.Plain,
        int leadLow1 = 0x80, int leadHigh1 = 0xFF, int leadLow2 = 0, int leadHigh2 = -1) : base(name)
    {
        this.dataName = dataName;
        this.codePage = codePage;
        this.kind = kind;
        this.leadLow1 = leadLow1;
        this.leadHigh1 = leadHigh1;
        this.leadLow2 = leadLow2;
        this.leadHigh2 = leadHigh2;
    }

    internal DbcsTable Table => table ??= DbcsTable.Get(dataName, codePage);

    private bool IsLead(int b) => (b >= leadLow1 && b <= leadHigh1) || (b >= leadLow2 && b <= leadHigh2);

    internal override int Decode(ref ulong state, ReadOnlySpan<byte> data, ref int pos, StringBuilder output)
    {
        var t = Table;
        var dec = t.Decode;
        while (pos < data.Length)
        {
            int b = data[pos];
            int cp = dec[b];
            if (cp >= 0)
            {
                Append(output, cp);
                pos++;
                continue;
            }
            if (!IsLead(b)) return 1;
            if (pos + 1 >= data.Length) return TooFew;
            int b1 = data[pos + 1];
            int len = 2;
            if (kind == Kind.EucJp && b == 0x8F)
            {
                if (pos + 2 >= data.Length) return TooFew;
                int i3 = DbcsTable.IndexOf3(b1, data[pos + 2]);
                cp = i3 < 0 ? -1 : dec[i3];
                len = 3;
            }
            else if (kind == Kind.Gb18030 && b1 is >= 0x30 and <= 0x39)
            {
                if (pos + 3 >= data.Length) return TooFew;
                cp = Gb18030Four(dec, b, b1, data[pos + 2], data[pos + 3]);
                len = 4;
            }
            else if (kind == Kind.EucKr && b == 0xA4 && b1 == 0xD4)
            {
                if (data.Length - pos < 8) return TooFew;
                cp = HangulMakeup.Decode(data.Slice(pos, 8));
                len = 8;
            }
            else cp = dec[DbcsTable.IndexOf2(b, b1)];
            if (cp < 0) return 1;
            Append(output, cp);
            pos += len;
        }
        return 0;
    }

    private static int Gb18030Four(int[] dec, int a, int b, int c, int d)
    {
        int i4 = DbcsTable.IndexOf4(a, b, c, d);
        if (i4 >= 0) return dec[i4];
        if (a is >= 0x90 and <= 0xE3 && c is >= 0x81 and <= 0xFE && d is >= 0x30 and <= 0x39)
        {
            int cp = 0x10000 + ((a - 0x90) * 10 + (b - 0x30)) * 1260 + (c - 0x81) * 10 + (d - 0x30);
            return cp <= 0x10FFFF ? cp : -1;
        }
        return -1;
    }

    internal override int Encode(ref ulong state, ReadOnlySpan<int> cps, ref int pos, List<byte> output)
    {
        var t = Table;
        Span<byte> buf = stackalloc byte[8];
        while (pos < cps.Length)
        {
            int c = cps[pos];
            int idx = c < 0x10000 ? t.Encode[c] : -1;
            if (idx >= 0)
            {
                int n = t.Bytes(idx, buf);
                for (int k = 0; k < n; k++) output.Add(buf[k]);
            }
            else if (kind == Kind.Gb18030 && c >= 0x10000)
            {
                int v = c - 0x10000;
                output.Add((byte)(0x90 + v / 12600));
                output.Add((byte)(0x30 + v / 1260 % 10));
                output.Add((byte)(0x81 + v / 10 % 126));
                output.Add((byte)(0x30 + v % 10));
            }
            else if (kind == Kind.EucKr && c is >= 0xAC00 and <= 0xD7A3) HangulMakeup.Encode(c, output);
            else return 1;
            pos++;
        }
        return 0;
    }
}
