namespace Taipan.Modules.UnicodeData;

/// <summary>
/// NFD/NFKD/NFC/NFKC as CPython 3.11's unicodedata computes them, including its ucd_3_2_0 view
/// (characters unassigned in 3.2.0 do not decompose; five corrected mappings keep their 3.2.0
/// form; combining classes and compositions are the current ones for both, as in CPython).
/// </summary>
internal static class Normalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>Full decomposition followed by canonical ordering.</summary>
    public static List<int> Decompose(List<int> input, bool compat, bool old)
    {
        var t = UcdTables.Instance;
        var output = new List<int>(input.Count + 8);
        var stack = new Stack<int>();
        foreach (int c in input)
        {
            stack.Push(c);
            while (stack.Count > 0)
            {
                int code = stack.Pop();
                if (code >= SBase && code < SBase + SCount)
                {
                    int s = code - SBase;
                    output.Add(LBase + s / NCount);
                    output.Add(VBase + s % NCount / TCount);
                    if (s % TCount != 0) output.Add(TBase + s % TCount);
                    continue;
                }
                if (old && t.OldCorrections.TryGetValue(code, out int corrected))
                {
                    stack.Push(corrected);
                    continue;
                }
                if ((old && t.UnassignedInOld(code)) || !t.Decomposed.TryGetValue(code, out var d) || (d.Compat && !compat))
                {
                    output.Add(code);
                    continue;
                }
                for (int k = d.Chars.Length - 1; k >= 0; k--) stack.Push(d.Chars[k]);
            }
        }

        // Canonical ordering: a stable insertion sort of each run of non-starters by combining class.
        for (int i = 1; i < output.Count; i++)
        {
            int cur = t.Combining(output[i]);
            if (cur == 0) continue;
            int cp = output[i];
            int j = i;
            while (j > 0 && t.Combining(output[j - 1]) > cur)
            {
                output[j] = output[j - 1];
                j--;
            }
            output[j] = cp;
        }
        return output;
    }

    /// <summary>Decomposition, then canonical composition.</summary>
    public static List<int> Compose(List<int> input, bool compat, bool old)
    {
        var t = UcdTables.Instance;
        var data = Decompose(input, compat, old);
        int len = data.Count;
        var output = new List<int>(len);
        bool[]? skipped = null;
        int i = 0;
        while (i < len)
        {
            if (skipped is not null && skipped[i])
            {
                i++;
                continue;
            }
            int code = data[i];
            // Hangul: the input is decomposed, so only <L, V> and an optional T follow.
            if (code >= LBase && code < LBase + LCount && i + 1 < len && data[i + 1] >= VBase && data[i + 1] < VBase + VCount)
            {
                code = SBase + ((code - LBase) * VCount + (data[i + 1] - VBase)) * TCount;
                i += 2;
                if (i < len && data[i] > TBase && data[i] < TBase + TCount)
                {
                    code += data[i] - TBase;
                    i++;
                }
                output.Add(code);
                continue;
            }
            if (!t.CompositionFirsts.Contains(code))
            {
                output.Add(code);
                i++;
                continue;
            }
            // Combine with each following unblocked character that composes with the result so far.
            int comb = 0;
            for (int i1 = i + 1; i1 < len; i1++)
            {
                int code1 = data[i1];
                int comb1 = t.Combining(code1);
                if (comb != 0)
                {
                    if (comb1 == 0) break;
                    if (comb >= comb1) continue; // blocked
                }
                if (!t.Compositions.TryGetValue(UcdTables.Pair(code, code1), out int composed))
                {
                    if (comb1 == 0) break;
                    comb = comb1;
                    continue;
                }
                code = composed;
                (skipped ??= new bool[len])[i1] = true;
                if (!t.CompositionFirsts.Contains(code)) break;
            }
            output.Add(code);
            i++;
        }
        return output;
    }
}
