using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// list.sort: a stable merge sort that compares only with `&lt;` (as CPython's timsort does, so
/// user __lt__ is all a class needs), computes each key once, keeps equal items in order under
/// reverse=True, and reports "list modified during sort". An int-strategy list sorts its raw longs
/// (stability is unobservable for equal ints).
/// </summary>
internal sealed partial class PyList
{
    /// <summary>list.sort(*, key=None, reverse=False)</summary>
    [PyMethod]
    internal void sort(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        if (args.Length > nk) throw PyErrors.TypeError("sort() takes no positional arguments");
        PyObject? key = null;
        bool reverse = false;
        for (int i = 0; i < nk; i++)
        {
            var name = ((PyStr)kwnames![i]).Value;
            var v = args[args.Length - nk + i];
            if (name == "key") key = v;
            else if (name == "reverse") reverse = Binding.ArgParser.ToBool(v);
            else throw PyErrors.TypeError($"sort() got an unexpected keyword argument '{name}'");
        }
        Sort(key == PyNone.Instance ? null : key, reverse);
    }

    public void Sort(PyObject? key, bool reverse)
    {
        if (Count < 2) return;
        if (key is null && Strategy == ListStrategy.Int)
        {
            Array.Sort(Ints!, 0, Count);
            if (reverse) Array.Reverse(Ints!, 0, Count);
            return;
        }
        var items = ToArray();
        int n = items.Length;
        var strategy = Strategy;
        // CPython empties the list while sorting so that mutation is detectable.
        ClearStorage();
        PyObject[] keys = items;
        try
        {
            if (key is not null)
            {
                keys = new PyObject[n];
                // The argument is a one-item span over the item itself: no array per call.
                for (int i = 0; i < n; i++) Store(keys, i, PyOps.Call(key, new ReadOnlySpan<PyObject>(in items[i])));
            }
            if (reverse)
            {
                Array.Reverse(keys);
                if (!ReferenceEquals(keys, items)) Array.Reverse(items);
            }
            var values = ReferenceEquals(keys, items) ? null : items;
            switch (KindOf(keys))
            {
                case KeyKind.Int: MergeSort<IntLess>(keys, values, n); break;
                case KeyKind.Float: MergeSort<FloatLess>(keys, values, n); break;
                case KeyKind.Str: MergeSort<StrLess>(keys, values, n); break;
                case KeyKind.Tuple: MergeSort<TupleLess>(keys, values, n); break;
                default: MergeSort<AnyLess>(keys, values, n); break;
            }
            if (reverse)
            {
                Array.Reverse(keys);
                if (!ReferenceEquals(keys, items)) Array.Reverse(items);
            }
        }
        finally
        {
            // CPython tests that no storage was allocated meanwhile: an append and a pop leave the count
            // at 0 but the storage (or strategy) changed
            bool modified = Count != 0 || Strategy != ListStrategy.Empty || Ints is not null || Floats is not null || Objects is not null;
            ClearStorage();
            if (strategy is ListStrategy.Object or ListStrategy.Str)
            {
                // items is a fresh PyObject[] of our own: it becomes the storage again
                Strategy = strategy;
                Objects = items;
                Count = n;
            }
            else
            {
                foreach (var item in items) Append(item);
            }
            if (modified) throw PyErrors.ValueError("list modified during sort");
        }
    }

    private void ClearStorage()
    {
        Strategy = ListStrategy.Empty;
        Ints = null;
        Floats = null;
        Objects = null;
        Count = 0;
    }

    private enum KeyKind { Any, Int, Float, Str, Tuple }

    /// <summary>CPython's unsafe_*_compare pre-check: when every key has the same exact type the
    /// sort uses that type's comparison directly (no rich comparison dispatch per compare).</summary>
    private static KeyKind KindOf(PyObject[] keys)
    {
        var t = keys[0].type;
        KeyKind kind = t == PyTypes.Int ? KeyKind.Int : t == PyTypes.Float ? KeyKind.Float
            : t == PyTypes.Str ? KeyKind.Str : t == PyTypes.Tuple ? KeyKind.Tuple : KeyKind.Any;
        if (kind == KeyKind.Any) return kind;
        foreach (var k in keys)
        {
            if (k.type != t) return KeyKind.Any;
            // Big ints and astral strs take the general comparisons.
            if (kind == KeyKind.Int && !Unsafe.As<PyInt>(k).IsSmall) return KeyKind.Any;
            if (kind == KeyKind.Str && Unsafe.As<PyStr>(k).HasAstral) return KeyKind.Any;
        }
        return kind;
    }

    private interface ILess
    {
        bool Less(PyObject a, PyObject b);
    }

    private struct AnyLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => LessThan(a, b);
    }

    private struct IntLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Small < Unsafe.As<PyInt>(b).Small;
    }

    private struct FloatLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => Unsafe.As<PyFloat>(a).Value < Unsafe.As<PyFloat>(b).Value;
    }

    private struct StrLess : ILess
    {
        // No astral characters: UTF-16 order is code point order.
        public bool Less(PyObject a, PyObject b) => string.CompareOrdinal(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value) < 0;
    }

    private struct TupleLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => TupleLessThan(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items);
    }

    /// <summary>tuple &lt; tuple: the first pair of items that are not equal decides, as tuple's
    /// richcompare does, with exact int/str/float items compared without dispatch.</summary>
    private static bool TupleLessThan(PyObject[] x, PyObject[] y)
    {
        int n = Math.Min(x.Length, y.Length), i = 0;
        for (; i < n; i++)
        {
            var p = x[i];
            var q = y[i];
            if (ReferenceEquals(p, q)) continue;
            var t = p.type;
            if (t == q.type)
            {
                // One comparison answers both "equal?" and "less?" for these types.
                if (t == PyTypes.Str)
                {
                    var ps = Unsafe.As<PyStr>(p);
                    var qs = Unsafe.As<PyStr>(q);
                    if (!ps.HasAstral && !qs.HasAstral)
                    {
                        int c = string.CompareOrdinal(ps.Value, qs.Value);
                        if (c == 0) continue;
                        return c < 0;
                    }
                    if (ps.Value == qs.Value) continue;
                    break;
                }
                if (t == PyTypes.Int && Unsafe.As<PyInt>(p).IsSmall && Unsafe.As<PyInt>(q).IsSmall)
                {
                    long a = Unsafe.As<PyInt>(p).Small, b = Unsafe.As<PyInt>(q).Small;
                    if (a == b) continue;
                    return a < b;
                }
                if (t == PyTypes.Float)
                {
                    double a = Unsafe.As<PyFloat>(p).Value, b = Unsafe.As<PyFloat>(q).Value;
                    if (a == b) continue;
                    return a < b; // NaN: unequal, and not less, as tuple comparison finds
                }
            }
            if (!PyOps.EqualsBool(p, q)) break;
        }
        if (i >= n) return x.Length < y.Length;
        return LessThan(x[i], y[i]);
    }

    /// <summary>a &lt; b when it is decided without running any Python code (exact small ints, floats,
    /// strs, and tuples of those, compared item by item as tuple's richcompare does); null when it
    /// would need dispatch. For heapq and other C# comparers that must otherwise call RichCompare.</summary>
    internal static bool? PureLess(PyObject a, PyObject b)
    {
        var t = a.type;
        if (t != b.type) return null;
        if (t == PyTypes.Tuple)
        {
            var x = Unsafe.As<PyTuple>(a).Items;
            var y = Unsafe.As<PyTuple>(b).Items;
            int n = Math.Min(x.Length, y.Length);
            for (int i = 0; i < n; i++)
            {
                var p = x[i];
                var q = y[i];
                if (ReferenceEquals(p, q)) continue;
                if (PureCompare(p, q) is not int c) return null;
                if (c == 0) continue;
                return c < 0;
            }
            return x.Length < y.Length;
        }
        return PureCompare(a, b) is int d ? d < 0 : null;
    }

    /// <summary>-1/0/1 for two scalars of one exact pure type; 2 for unordered floats (NaN: neither
    /// equal nor less); null otherwise.</summary>
    private static int? PureCompare(PyObject p, PyObject q)
    {
        var t = p.type;
        if (t != q.type) return null;
        if (t == PyTypes.Int)
        {
            if (!Unsafe.As<PyInt>(p).IsSmall || !Unsafe.As<PyInt>(q).IsSmall) return null;
            return Unsafe.As<PyInt>(p).Small.CompareTo(Unsafe.As<PyInt>(q).Small);
        }
        if (t == PyTypes.Float)
        {
            double u = Unsafe.As<PyFloat>(p).Value, v = Unsafe.As<PyFloat>(q).Value;
            return u < v ? -1 : u > v ? 1 : u == v ? 0 : 2;
        }
        if (t == PyTypes.Str)
        {
            int c = PyStr.Compare(Unsafe.As<PyStr>(p), Unsafe.As<PyStr>(q));
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LessThan(PyObject a, PyObject b)
    {
        if (a.type == PyTypes.Int && b.type == PyTypes.Int && ((PyInt)a).IsSmall && ((PyInt)b).IsSmall)
            return ((PyInt)a).Small < ((PyInt)b).Small;
        if (a.type == PyTypes.Float && b.type == PyTypes.Float) return ((PyFloat)a).Value < ((PyFloat)b).Value;
        if (a.type == PyTypes.Str && b.type == PyTypes.Str) return PyStr.Compare((PyStr)a, (PyStr)b) < 0;
        if (a.type == PyTypes.Tuple && b.type == PyTypes.Tuple) return TupleLessThan(((PyTuple)a).Items, ((PyTuple)b).Items);
        var r = PyOps.RichCompare(a, b, CompareOp.Lt);
        if (ReferenceEquals(r, PyBool.True)) return true;
        if (ReferenceEquals(r, PyBool.False)) return false;
        return PyOps.IsTrue(r);
    }

    /// <summary>Stable: binary insertion sort on runs of 32, then bottom-up merges. <paramref name="values"/>
    /// (when sorting by key) is permuted alongside <paramref name="keys"/>.</summary>
    private static void MergeSort<TLess>(PyObject[] keys, PyObject[]? values, int n) where TLess : struct, ILess
    {
        const int Run = 32;
        for (int lo = 0; lo < n; lo += Run) InsertionSort<TLess>(keys, values, lo, Math.Min(lo + Run, n));
        if (n <= Run) return;
        var tmpK = new PyObject[n];
        var tmpV = values is null ? null : new PyObject[n];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                if (!default(TLess).Less(keys[mid], keys[mid - 1])) continue; // already in order
                Merge<TLess>(keys, values, tmpK, tmpV, lo, mid, hi);
            }
        }
    }

    private static void InsertionSort<TLess>(PyObject[] keys, PyObject[]? values, int lo, int hi) where TLess : struct, ILess
    {
        for (int i = lo + 1; i < hi; i++)
        {
            var k = keys[i];
            var v = values?[i];
            // Binary search for the rightmost position where k is not less than the item before it.
            int left = lo, right = i;
            while (left < right)
            {
                int m = (left + right) >> 1;
                if (default(TLess).Less(k, keys[m])) right = m;
                else left = m + 1;
            }
            if (left == i) continue;
            Array.Copy(keys, left, keys, left + 1, i - left);
            Store(keys, left, k);
            if (values is not null)
            {
                Array.Copy(values, left, values, left + 1, i - left);
                Store(values, left, v!);
            }
        }
    }

    private static void Merge<TLess>(PyObject[] keys, PyObject[]? values, PyObject[] tmpK, PyObject[]? tmpV, int lo, int mid, int hi) where TLess : struct, ILess
    {
        int leftLen = mid - lo;
        Array.Copy(keys, lo, tmpK, lo, leftLen);
        if (values is not null) Array.Copy(values, lo, tmpV!, lo, leftLen);
        int i = lo, j = mid, k = lo, iEnd = mid;
        while (i < iEnd && j < hi)
        {
            // Take from the right only when strictly less: keeps equal items in order.
            if (default(TLess).Less(keys[j], tmpK[i]))
            {
                Store(keys, k, keys[j]);
                if (values is not null) Store(values, k, values[j]);
                j++;
            }
            else
            {
                Store(keys, k, tmpK[i]);
                if (values is not null) Store(values, k, tmpV![i]);
                i++;
            }
            k++;
        }
        int rest = iEnd - i;
        if (rest > 0)
        {
            Array.Copy(tmpK, i, keys, k, rest);
            if (values is not null) Array.Copy(tmpV!, i, values, k, rest);
        }
    }

    /// <summary>keys[i] = v without .NET's covariant array-store check (CastHelpers.StelemRef, which
    /// walks the class chain for every PyObject subclass: most of a key sort's time). Every array the
    /// sort stores into is a PyObject[] it allocated itself, so the check cannot fail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(PyObject[] a, int i, PyObject v)
    {
        if ((uint)i >= (uint)a.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), i) = v;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();

    public PyTuple ToTuple() => PyTuple.Wrap(ToArray());

    /// <summary>Drops items from <paramref name="newCount"/> on.</summary>
    public void TruncateTo(int newCount)
    {
        if (newCount >= Count) return;
        if (Objects is not null) Array.Clear(Objects, newCount, Count - newCount);
        Count = newCount;
    }
}
