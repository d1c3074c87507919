namespace Taipan.Runtime.Objects;

/// <summary>
/// The set algebra between two int-strategy tables on raw longs: the same probe sequences, slot
/// choices and resizes as <see cref="PySet.Lookup"/> and AddEntry (so the result's iteration order
/// is CPython's), without boxing each key into a PyInt and unboxing it again. Int keys compare
/// without Python code, so no restart checks are needed.
/// </summary>
internal sealed partial class PySet
{
    private bool IsIntTable => Strategy == SetStrategy.Int;

    /// <summary>set_lookkey for a small int key in an int-strategy table: its slot, or -1.</summary>
    private int LookupInt(long v, long hash)
    {
        int mask = Mask;
        var hashes = Hashes;
        var keys = IntKeys!;
        var state = IntState!;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            while (true)
            {
                byte st = state[j];
                if (st == Unused) return -1;
                if (st == Live && hashes[j] == hash && keys[j] == v) return j;
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_add_entry for a small int key into an int-strategy table.</summary>
    private void AddInt(long v, long hash)
    {
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            while (true)
            {
                byte st = IntState![j];
                if (st == Unused)
                {
                    if (freeslot >= 0)
                    {
                        Used++;
                        PutInt(freeslot, v, hash);
                        return;
                    }
                    Fill++;
                    Used++;
                    PutInt(j, v, hash);
                    if ((long)Fill * 5 < (long)mask * 3) return;
                    Resize(Used > 50000 ? Used * 2 : Used * 4);
                    return;
                }
                if (st == Live)
                {
                    if (Hashes[j] == hash && IntKeys![j] == v) return;
                }
                else
                {
                    freeslot = j;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void PutInt(int j, long v, long hash)
    {
        IntKeys![j] = v;
        IntState![j] = Live;
        Hashes[j] = hash;
    }

    /// <summary>x &amp; y when both are int tables (the smaller one iterated, as set_intersection).</summary>
    private static PySet AndInts(PySet small, PySet large, PySet result)
    {
        var keys = small.IntKeys!;
        var state = small.IntState!;
        var hashes = small.Hashes;
        for (int i = 0; i <= small.Mask; i++)
        {
            if (state[i] != Live) continue;
            if (large.LookupInt(keys[i], hashes[i]) >= 0) result.AddInt(keys[i], hashes[i]);
        }
        return result;
    }

    /// <summary>x - y when both are int tables (set_difference's loop over x).</summary>
    private static PySet SubtractInts(PySet x, PySet y, PySet result)
    {
        var keys = x.IntKeys!;
        var state = x.IntState!;
        var hashes = x.Hashes;
        for (int i = 0; i <= x.Mask; i++)
        {
            if (state[i] != Live) continue;
            if (y.LookupInt(keys[i], hashes[i]) < 0) result.AddInt(keys[i], hashes[i]);
        }
        return result;
    }

    /// <summary>result ^= x when both are int tables (set_symmetric_difference_update's loop).</summary>
    private static void XorInts(PySet x, PySet result)
    {
        var keys = x.IntKeys!;
        var state = x.IntState!;
        var hashes = x.Hashes;
        for (int i = 0; i <= x.Mask; i++)
        {
            if (state[i] != Live) continue;
            int j = result.LookupInt(keys[i], hashes[i]);
            if (j >= 0) result.MarkDummy(j);
            else result.AddInt(keys[i], hashes[i]);
        }
    }

    private bool IsSubsetOfInts(PySet other)
    {
        for (int i = 0; i <= Mask; i++)
            if (IntState![i] == Live && other.LookupInt(IntKeys![i], Hashes[i]) < 0) return false;
        return true;
    }

    /// <summary>Merge of an int table into an int table (set_merge's three cases).</summary>
    private void MergeInts(PySet other)
    {
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            // no dummies in other: its arrays are exactly the table set_merge's slot-by-slot copy builds
            Array.Copy(other.IntKeys!, IntKeys!, Mask + 1);
            Array.Copy(other.IntState!, IntState!, Mask + 1);
            Array.Copy(other.Hashes, Hashes, Mask + 1);
            Fill = other.Fill;
            Used = other.Used;
            return;
        }
        var keys = other.IntKeys!;
        var state = other.IntState!;
        var hashes = other.Hashes;
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            for (int i = 0; i <= other.Mask; i++)
                if (state[i] == Live) PutInt(FindClean(hashes[i]), keys[i], hashes[i]);
            return;
        }
        for (int i = 0; i <= other.Mask; i++)
            if (state[i] == Live) AddInt(keys[i], hashes[i]);
    }
}
