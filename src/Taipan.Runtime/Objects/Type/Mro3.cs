namespace Taipan.Runtime.Objects;

/// <summary>C3 linearisation, with CPython's candidate order and error messages.</summary>
internal static class Mro3
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        if (bases.Length == 0) return new[] { type };
        if (bases.Length == 1)
        {
            var baseMro = bases[0].Mro;
            var single = new PyType[baseMro.Length + 1];
            single[0] = type;
            Array.Copy(baseMro, 0, single, 1, baseMro.Length);
            return single;
        }

        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j]))
                    throw PyErrors.TypeError($"duplicate base class {bases[i].Name}");

        // The lists to merge: each base's MRO, then the list of bases itself.
        var lists = new PyType[bases.Length + 1][];
        for (int i = 0; i < bases.Length; i++) lists[i] = bases[i].Mro;
        lists[bases.Length] = bases;
        var remain = new int[lists.Length];
        var result = new List<PyType> { type };

        while (true)
        {
            int exhausted = 0;
            bool found = false;
            for (int i = 0; i < lists.Length; i++)
            {
                if (remain[i] >= lists[i].Length) { exhausted++; continue; }
                var candidate = lists[i][remain[i]];
                if (InSomeTail(lists, remain, candidate)) continue;
                result.Add(candidate);
                for (int j = 0; j < lists.Length; j++)
                    if (remain[j] < lists[j].Length && ReferenceEquals(lists[j][remain[j]], candidate))
                        remain[j]++;
                found = true;
                break; // CPython restarts the scan from the first list after each pick
            }
            if (found) continue;
            if (exhausted == lists.Length) return result.ToArray();
            throw MroError(lists, remain);
        }
    }

    private static bool InSomeTail(PyType[][] lists, int[] remain, PyType candidate)
    {
        for (int j = 0; j < lists.Length; j++)
        {
            var list = lists[j];
            for (int k = remain[j] + 1; k < list.Length; k++)
                if (ReferenceEquals(list[k], candidate)) return true;
        }
        return false;
    }

    private static PyException MroError(PyType[][] lists, int[] remain)
    {
        // The distinct heads of the lists still to merge, in first-seen order.
        var heads = new List<PyType>();
        for (int i = 0; i < lists.Length; i++)
        {
            if (remain[i] >= lists[i].Length) continue;
            var head = lists[i][remain[i]];
            if (!heads.Contains(head)) heads.Add(head);
        }
        var sb = new System.Text.StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        for (int i = 0; i < heads.Count; i++)
        {
            sb.Append(' ').Append(heads[i].Name);
            if (i + 1 < heads.Count) sb.Append(',');
        }
        return PyErrors.TypeError(sb.ToString());
    }
}
