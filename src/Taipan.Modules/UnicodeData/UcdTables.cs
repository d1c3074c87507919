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

        public Record(BinaryReader r)
        {
            Category = r.ReadByte();
            Bidirectional = r.ReadByte();
            Combining = r.ReadByte();
            EastAsianWidth = r.ReadByte();
            Mirrored = r.ReadByte() != 0;
            Decimal = r.ReadByte();
            Digit = r.ReadByte();
            Numeric = r.ReadUInt16();
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
        using var buffered = new BufferedStream(inflate, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.ASCII);
        if (r.ReadUInt32() != 0x31444355) throw new InvalidOperationException("UnicodeData.bin: bad magic");
        Categories = ReadStrings(r);
        Bidirectionals = ReadStrings(r);
        EastAsianWidths = ReadStrings(r);
        var numerics = ReadStrings(r);
        Numerics = new double[numerics.Length];
        for (int i = 1; i < numerics.Length; i++)
            Numerics[i] = double.Parse(numerics[i], System.Globalization.CultureInfo.InvariantCulture);

        unassigned = Array.IndexOf(Categories, "Cn");
        records = new Record[r.ReadUInt16()];
        for (int i = 0; i < records.Length; i++) records[i] = new Record(r);
        blocks = new ushort[r.ReadUInt16()][];
        for (int i = 0; i < blocks.Length; i++)
        {
            var b = new ushort[1 << Shift];
            for (int j = 0; j < b.Length; j++) b[j] = r.ReadUInt16();
            blocks[i] = b;
        }
        indexNew = ReadUShorts(r, 0x110000 >> Shift);
        indexOld = ReadUShorts(r, 0x110000 >> Shift);

        int n = r.ReadInt32();
        Decompositions = new Dictionary<int, string>(n);
        Decomposed = new Dictionary<int, (bool, int[])>(n);
        for (int i = 0; i < n; i++)
        {
            int cp = ReadU24(r);
            string d = new(r.ReadChars(r.ReadByte()));
            Decompositions[cp] = d;
            Decomposed[cp] = Parse(d);
        }
        n = r.ReadInt32();
        Compositions = new Dictionary<long, int>(n);
        CompositionFirsts = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            int a = ReadU24(r), b = ReadU24(r), c = ReadU24(r);
            Compositions[Pair(a, b)] = c;
            CompositionFirsts.Add(a);
        }
        n = r.ReadByte();
        OldCorrections = new Dictionary<int, int>(n);
        for (int i = 0; i < n; i++)
        {
            int a = ReadU24(r);
            OldCorrections[a] = ReadU24(r);
        }
        n = r.ReadUInt16();
        NamedSequences = new Dictionary<string, int[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string name = new(r.ReadChars(r.ReadByte()));
            var seq = new int[r.ReadByte()];
            for (int j = 0; j < seq.Length; j++) seq[j] = ReadU24(r);
            NamedSequences[name] = seq;
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

    private static string[] ReadStrings(BinaryReader r)
    {
        var a = new string[r.ReadByte()];
        for (int i = 0; i < a.Length; i++) a[i] = new string(r.ReadChars(r.ReadByte()));
        return a;
    }

    private static ushort[] ReadUShorts(BinaryReader r, int n)
    {
        var a = new ushort[n];
        for (int i = 0; i < n; i++) a[i] = r.ReadUInt16();
        return a;
    }

    private static int ReadU24(BinaryReader r) => r.ReadByte() | (r.ReadByte() << 8) | (r.ReadByte() << 16);
}
