using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Taipan.Modules.UnicodeData;

/// <summary>
/// The character properties of CPython 3.11's unicodedata (Unicode 14.0.0 and the 3.2.0 view of
/// ucd_3_2_0), read from the embedded UnicodeData.bin (tools/gen_unicodedata.py describes the
/// layout). Loaded on first use: importing unicodedata costs nothing until a function is called.
/// Two-level lookup: a per-version index of 256-character blocks (blocks shared between
/// versions), each block an array of record ids.
/// </summary>
internal sealed class UcdTables
{
    private const int Shift = 8;
    private static UcdTables? s_instance;

    public readonly string[] Categories;
    public readonly string[] Bidirectionals;
    public readonly string[] EastAsianWidths;
    /// <summary>Numeric values as CPython's doubles; index 0 means "none".</summary>
    public readonly double[] Numerics;
    private readonly Record[] records;
    private readonly ushort[][] blocks;
    private readonly ushort[] indexNew;
    private readonly ushort[] indexOld;
    private readonly int unassigned; // category id of "Cn"
    /// <summary>unicodedata.decomposition() strings (Unicode 14.0.0).</summary>
    public readonly Dictionary<int, string> Decompositions;
    /// <summary>Canonical (false) or compatibility (true) one-level decomposition, parsed.</summary>
    public readonly Dictionary<int, (bool Compat, int[] Chars)> Decomposed;
    public readonly Dictionary<long, int> Compositions;
    /// <summary>Code points that start a composition pair (saves a dictionary probe per character).</summary>
    public readonly HashSet<int> CompositionFirsts;
    /// <summary>3.2.0 normalization: the mappings Unicode corrected after 3.2.0, in their 3.2.0 form.</summary>
    public readonly Dictionary<int, int> OldCorrections;
    public readonly Dictionary<string, int[]> NamedSequences;

    public readonly struct Record
    {
        public readonly byte Category, Bidirectional, Combining, EastAsianWidth;
        public readonly bool Mirrored;
        /// <summary>Value + 1; 0 when the character has none.</summary>
        public readonly byte Decimal, Digit;
        public readonly ushort Numeric;

        public Record(ref Reader r)
        {
            Category = (byte)r.U8();
            Bidirectional = (byte)r.U8();
            Combining = (byte)r.U8();
            EastAsianWidth = (byte)r.U8();
            Mirrored = r.U8() != 0;
            Decimal = (byte)r.U8();
            Digit = (byte)r.U8();
            Numeric = (ushort)r.U16();
        }
    }

    public static UcdTables Instance
    {
        get
        {
            var d = Volatile.Read(ref s_instance);
            if (d != null) return d;
            Interlocked.CompareExchange(ref s_instance, new UcdTables(), null);
            return s_instance!;
        }
    }

    private UcdTables()
    {
        using var raw = typeof(UcdTables).Assembly.GetManifestResourceStream("UnicodeData.bin")
            ?? throw new InvalidOperationException("Taipan.Modules is missing its UnicodeData.bin resource");
        using var inflate = new DeflateStream(raw, CompressionMode.Decompress);
        var bytes = new MemoryStream(300_000);
        inflate.CopyTo(bytes);
        var r = new Reader(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        if (r.U32() != 0x31444355) throw new InvalidOperationException("UnicodeData.bin: bad magic");
        Categories = r.Strings();
        Bidirectionals = r.Strings();
        EastAsianWidths = r.Strings();
        var numerics = r.Strings();
        Numerics = new double[numerics.Length];
        for (int i = 1; i < numerics.Length; i++)
            Numerics[i] = double.Parse(numerics[i], System.Globalization.CultureInfo.InvariantCulture);

        unassigned = Array.IndexOf(Categories, "Cn");
        records = new Record[r.U16()];
        for (int i = 0; i < records.Length; i++) records[i] = new Record(ref r);
        blocks = new ushort[r.U16()][];
        for (int i = 0; i < blocks.Length; i++) blocks[i] = r.U16Array(1 << Shift);
        indexNew = r.U16Array(0x110000 >> Shift);
        indexOld = r.U16Array(0x110000 >> Shift);

        int n = (int)r.U32();
        Decompositions = new Dictionary<int, string>(n);
        Decomposed = new Dictionary<int, (bool, int[])>(n);
        for (int i = 0; i < n; i++)
        {
            int cp = r.U24();
            string d = r.Ascii(r.U8());
            Decompositions[cp] = d;
            Decomposed[cp] = Parse(d);
        }
        n = (int)r.U32();
        Compositions = new Dictionary<long, int>(n);
        CompositionFirsts = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            int a = r.U24(), b = r.U24(), c = r.U24();
            Compositions[Pair(a, b)] = c;
            CompositionFirsts.Add(a);
        }
        n = r.U8();
        OldCorrections = new Dictionary<int, int>(n);
        for (int i = 0; i < n; i++)
        {
            int a = r.U24();
            OldCorrections[a] = r.U24();
        }
        n = r.U16();
        NamedSequences = new Dictionary<string, int[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string name = r.Ascii(r.U8());
            var seq = new int[r.U8()];
            for (int j = 0; j < seq.Length; j++) seq[j] = r.U24();
            NamedSequences[name] = seq;
        }
    }

    /// <summary>A cursor over the inflated blob (little-endian).</summary>
    internal ref struct Reader
    {
        private readonly ReadOnlySpan<byte> data;
        private int pos;

        public Reader(ReadOnlySpan<byte> data) => this.data = data;

        public int U8() => data[pos++];

        public int U16()
        {
            int v = BinaryPrimitives.ReadUInt16LittleEndian(data[pos..]);
            pos += 2;
            return v;
        }

        public int U24()
        {
            int v = data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16);
            pos += 3;
            return v;
        }

        public uint U32()
        {
            uint v = BinaryPrimitives.ReadUInt32LittleEndian(data[pos..]);
            pos += 4;
            return v;
        }

        public ushort[] U16Array(int n)
        {
            var a = new ushort[n];
            for (int i = 0; i < n; i++) a[i] = BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 2 * i)..]);
            pos += 2 * n;
            return a;
        }

        public string Ascii(int n)
        {
            string s = Encoding.ASCII.GetString(data.Slice(pos, n));
            pos += n;
            return s;
        }

        public string[] Strings()
        {
            var a = new string[U8()];
            for (int i = 0; i < a.Length; i++) a[i] = Ascii(U8());
            return a;
        }
    }

    public static long Pair(int a, int b) => ((long)a << 21) | (uint)b;

    /// <summary>The record of <paramref name="cp"/> in Unicode 14.0.0 or (old) as ucd_3_2_0 sees it.</summary>
    public ref readonly Record Get(int cp, bool old)
    {
        var index = old ? indexOld : indexNew;
        return ref records[blocks[index[cp >> Shift]][cp & ((1 << Shift) - 1)]];
    }

    /// <summary>Combining class in 14.0.0: normalization uses it for both versions, as CPython does.</summary>
    public int Combining(int cp) => records[blocks[indexNew[cp >> Shift]][cp & ((1 << Shift) - 1)]].Combining;

    /// <summary>ucd_3_2_0 treats characters unassigned in 3.2.0 as having no name or decomposition.</summary>
    public bool UnassignedInOld(int cp) => Get(cp, old: true).Category == unassigned;

    private static (bool, int[]) Parse(string d)
    {
        bool compat = d[0] == '<';
        var parts = (compat ? d[(d.IndexOf('>') + 2)..] : d).Split(' ');
        var cps = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            cps[i] = int.Parse(parts[i], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return (compat, cps);
    }
}
