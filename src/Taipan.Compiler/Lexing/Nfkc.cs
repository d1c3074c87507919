namespace Taipan.Compiler.Lexing;

/// <summary>
/// Unicode NFKC with CPython 3.11's data. .NET's string.Normalize is a no-op under
/// InvariantGlobalization, and identifiers must be NFKC-normalised (PEP 3131).
/// </summary>
public static class Nfkc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>An identifier's text as CPython stores it: ASCII unchanged, otherwise NFKC.</summary>
    public static string NormalizeIdentifier(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
            if (c >= 0x80) return Normalize(name);
        return name.ToString();
    }

    public static string Normalize(ReadOnlySpan<char> s)
    {
        var data = UnicodeData.Instance;
        var cps = new List<int>(s.Length + 4);
        for (int i = 0; i < s.Length;)
        {
            int cp = Tokenizer.CodePointAt(s, i, out int w);
            i += w;
            if (cp >= SBase && cp < SBase + SCount)
            {
                int si = cp - SBase;
                cps.Add(LBase + si / NCount);
                cps.Add(VBase + si % NCount / TCount);
                if (si % TCount != 0) cps.Add(TBase + si % TCount);
            }
            else if (data.Nfkd.TryGetValue(cp, out int[]? d)) cps.AddRange(d);
            else cps.Add(cp);
        }

        // Canonical ordering: stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int c = Ccc(data, cps[i]);
            if (c == 0) continue;
            int j = i;
            while (j > 0 && Ccc(data, cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }

        // Canonical composition.
        var result = new List<int>(cps.Count);
        int starter = -1;
        int lastCcc = 0;
        foreach (int cp in cps)
        {
            int ccc = Ccc(data, cp);
            if (starter >= 0)
            {
                bool adjacent = starter == result.Count - 1;
                bool blocked = !adjacent && (lastCcc == 0 || lastCcc >= ccc);
                if (!blocked && TryCompose(data, result[starter], cp, out int composed))
                {
                    result[starter] = composed;
                    continue;
                }
            }
            if (ccc == 0) starter = result.Count;
            lastCcc = ccc;
            result.Add(cp);
        }

        var sb = new System.Text.StringBuilder(result.Count);
        foreach (int cp in result)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static int Ccc(UnicodeData data, int cp) => cp < 0x300 ? 0 : data.Ccc.TryGetValue(cp, out byte c) ? c : 0;

    private static bool TryCompose(UnicodeData data, int a, int b, out int composed)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
        {
            composed = SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
            return true;
        }
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
        {
            composed = a + (b - TBase);
            return true;
        }
        return data.Compose.TryGetValue(UnicodeData.Pair(a, b), out composed);
    }
}
