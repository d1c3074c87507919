using System.Globalization;
using System.Text;

namespace Taipan.Modules.Cjk;

/// <summary>
/// The mapping of one table-driven CJK codec, built on first use from .NET's code page (System.Text.Encoding.CodePages)
/// and a small embedded list of the places where CPython's mapping differs (Data/NAME.txt, written by
/// gen_cjk_tables.py from python3.11 itself). Byte sequences are numbered in one fixed order ("index"): the 256
/// single bytes, then the 2-byte sequences 80 00..FF FF, then EUC-JP's 8F A1 A1..8F FE FE or GB18030's four-byte
/// 81 30 81 30..84 39 FE 39; decoding and encoding go through that index.
/// </summary>
internal sealed class DbcsTable
{
    internal const int DoubleBase = 256, TripleBase = 256 + 32768;
    private const int TripleCount = 94 * 94, QuadCount = 4 * 10 * 126 * 10;

    /// <summary>Code point per sequence index, -1 when the sequence is not valid.</summary>
    internal readonly int[] Decode;
    /// <summary>Sequence index per BMP code point, -1 when it cannot be encoded.</summary>
    internal readonly int[] Encode = new int[0x10000];
    private readonly bool triple, quad;

    private DbcsTable(bool triple, bool quad)
    {
        this.triple = triple;
        this.quad = quad;
        Decode = new int[TripleBase + (triple ? TripleCount : quad ? QuadCount : 0)];
    }

    internal static int IndexOf2(int lead, int trail) => DoubleBase + ((lead - 0x80) << 8) + trail;

    internal static int IndexOf3(int a, int b) =>
        a is >= 0xA1 and <= 0xFE && b is >= 0xA1 and <= 0xFE ? TripleBase + (a - 0xA1) * 94 + (b - 0xA1) : -1;

    internal static int IndexOf4(int a, int b, int c, int d) =>
        a is >= 0x81 and <= 0x84 && b is >= 0x30 and <= 0x39 && c is >= 0x81 and <= 0xFE && d is >= 0x30 and <= 0x39
            ? TripleBase + (a - 0x81) * 12600 + (b - 0x30) * 1260 + (c - 0x81) * 10 + (d - 0x30)
            : -1;

    /// <summary>Writes the bytes of sequence <paramref name="index"/>; returns their count.</summary>
    internal int Bytes(int index, Span<byte> dest)
    {
        if (index < DoubleBase)
        {
            dest[0] = (byte)index;
            return 1;
        }
        if (index < TripleBase)
        {
            int v = index - DoubleBase;
            dest[0] = (byte)(0x80 + (v >> 8));
            dest[1] = (byte)v;
            return 2;
        }
        int r = index - TripleBase;
        if (triple)
        {
            dest[0] = 0x8F;
            dest[1] = (byte)(0xA1 + r / 94);
            dest[2] = (byte)(0xA1 + r % 94);
            return 3;
        }
        dest[0] = (byte)(0x81 + r / 12600);
        dest[1] = (byte)(0x30 + r / 1260 % 10);
        dest[2] = (byte)(0x81 + r / 10 % 126);
        dest[3] = (byte)(0x30 + r % 10);
        return 4;
    }

    private static readonly Dictionary<string, DbcsTable> Cache = new();

    internal static DbcsTable Get(string dataName, int codePage)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(dataName, out var t))
            {
                t = Build(dataName, codePage);
                Cache[dataName] = t;
            }
            return t;
        }
    }

    private static DbcsTable Build(string dataName, int codePage)
    {
        var t = new DbcsTable(codePage == 20932, codePage == 54936);
        var enc = CodePagesEncodingProvider.Instance.GetEncoding(codePage, new EncoderReplacementFallback(""), new DecoderReplacementFallback("\uFFFF"))
            ?? throw new InvalidOperationException("code page " + codePage + " is not available");
        Span<byte> seq = stackalloc byte[4];
        Span<char> chars = stackalloc char[8];
        for (int i = 0; i < t.Decode.Length; i++)
        {
            int n = t.Bytes(i, seq);
            int m = enc.GetChars(seq[..n], chars);
            t.Decode[i] = m == 1 && chars[0] != '\uFFFF' ? chars[0]
                : m == 2 && char.IsHighSurrogate(chars[0]) && char.IsLowSurrogate(chars[1]) ? char.ConvertToUtf32(chars[0], chars[1])
                : -1;
        }
        Array.Fill(t.Encode, -1);
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and < 0xE000) continue;
            one[0] = (char)c;
            int n = enc.GetBytes(one, seq);
            if (n > 0) t.Encode[c] = t.IndexOf(seq[..n]);
        }
        t.ApplyDifferences(dataName);
        return t;
    }

    private int IndexOf(ReadOnlySpan<byte> s) => s.Length switch
    {
        1 => s[0],
        2 => s[0] >= 0x80 ? IndexOf2(s[0], s[1]) : -1,
        3 => triple && s[0] == 0x8F ? IndexOf3(s[1], s[2]) : -1,
        4 => quad ? IndexOf4(s[0], s[1], s[2], s[3]) : -1,
        _ => -1,
    };

    private int ParseSequence(string hex)
    {
        var b = Convert.FromHexString(hex);
        int i = IndexOf(b);
        if (i < 0) throw new InvalidOperationException("bad sequence in CJK table data: " + hex);
        return i;
    }

    /// <summary>X a b: sequences a..b (index order) are invalid; D a v...: a and the following sequences decode to
    /// v...; E c bytes|-: the encoding of c. Removed sequences are no longer produced by the encoder, and an added
    /// mapping is also the encoding of its code point when that had none (the rule gen_cjk_tables.py assumes).</summary>
    private void ApplyDifferences(string dataName)
    {
        using var stream = typeof(DbcsTable).Assembly.GetManifestResourceStream("cjk." + dataName + ".txt")
            ?? throw new InvalidOperationException("missing CJK table data " + dataName);
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') lines.Add(line.Split(' '));
        var removed = new bool[Decode.Length];
        bool anyRemoved = false;
        foreach (var f in lines)
        {
            if (f[0] != "X") continue;
            int a = ParseSequence(f[1]), b = ParseSequence(f[2]);
            for (int i = a; i <= b; i++)
            {
                Decode[i] = -1;
                removed[i] = true;
            }
            anyRemoved = true;
        }
        if (anyRemoved)
            for (int c = 0; c < Encode.Length; c++)
                if (Encode[c] >= 0 && removed[Encode[c]]) Encode[c] = -1;
        foreach (var f in lines)
        {
            if (f[0] != "D") continue;
            int a = ParseSequence(f[1]);
            for (int k = 2; k < f.Length; k++)
            {
                int cp = int.Parse(f[k], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                Decode[a] = cp;
                if (cp < 0x10000 && Encode[cp] < 0) Encode[cp] = a;
                a++;
            }
        }
        foreach (var f in lines)
        {
            if (f[0] != "E") continue;
            int cp = int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Encode[cp] = f[2] == "-" ? -1 : ParseSequence(f[2]);
        }
    }
}
