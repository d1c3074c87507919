using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// The embedded UnicodeData.bin (tools/gen_unicode_tables.py): names, aliases and NFKC data
/// from CPython 3.11. Loaded on first use only: most programs never need it.
/// </summary>
internal sealed class UnicodeData
{
    private static UnicodeData? s_instance;

    public readonly Dictionary<string, int> CodeByName = new(40000 + 12000, StringComparer.Ordinal);
    public readonly Dictionary<int, string> NameByCode = new(40000);
    public readonly List<(int First, int Last)> CjkRanges = new();
    public readonly Dictionary<int, int[]> Nfkd = new(6000);
    public readonly Dictionary<int, byte> Ccc = new(1000);
    public readonly Dictionary<long, int> Compose = new(1000);

    public static UnicodeData Instance
    {
        get
        {
            var d = Volatile.Read(ref s_instance);
            if (d != null) return d;
            d = new UnicodeData();
            Interlocked.CompareExchange(ref s_instance, d, null);
            return s_instance!;
        }
    }

    private UnicodeData()
    {
        using var raw = typeof(UnicodeData).Assembly.GetManifestResourceStream("Taipan.Compiler.Lexing.UnicodeData.bin")
            ?? throw new InvalidOperationException("SystemError: Taipan.Compiler is missing its UnicodeData.bin resource");
        using var inflate = new DeflateStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(inflate);
        string section = "";
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0) continue;
            if (line[0] == '@') { section = line; continue; }
            int semi = line.IndexOf(';');
            var key = line.AsSpan(0, semi);
            var value = line.AsSpan(semi + 1);
            switch (section)
            {
                case "@names":
                {
                    int cp = Hex(key);
                    string name = value.ToString();
                    CodeByName[name] = cp;
                    NameByCode[cp] = name;
                    break;
                }
                case "@aliases":
                    CodeByName.TryAdd(value.ToString(), Hex(key));
                    break;
                case "@cjk":
                    CjkRanges.Add((Hex(key), Hex(value)));
                    break;
                case "@nfkd":
                {
                    var parts = value.ToString().Split(' ');
                    var cps = new int[parts.Length];
                    for (int i = 0; i < parts.Length; i++) cps[i] = Hex(parts[i]);
                    Nfkd[Hex(key)] = cps;
                    break;
                }
                case "@ccc":
                    Ccc[Hex(key)] = byte.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "@compose":
                {
                    int sp = key.IndexOf(' ');
                    Compose[Pair(Hex(key[..sp]), Hex(key[(sp + 1)..]))] = Hex(value);
                    break;
                }
            }
        }
    }

    public static long Pair(int a, int b) => ((long)a << 21) | (uint)b;

    private static int Hex(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
