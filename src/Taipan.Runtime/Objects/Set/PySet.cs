using System.Runtime.CompilerServices;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// set and frozenset (one C# class, the type field tells them apart). The table reproduces
/// CPython's setobject.c layout exactly — slot = hash &amp; mask, a run of up to 9 linear
/// probes, then perturbed jumps; dummies on delete; fill*5 ≥ mask*3 triggers a resize to
/// used*4 (used*2 past 50,000) — because iteration walks the table, so the order of a set
/// of ints is observable and must equal CPython's. Keys are stored per <see cref="SetStrategy"/>.
/// </summary>
[PyType("set")]
internal sealed partial class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private const byte Unused = 0, Live = 1, Dummy = 2;
    private static readonly PyObject DummyKey = new SetDummy();

    internal SetStrategy Strategy = SetStrategy.Int;
    internal long[] Hashes = new long[MinSize];
    /// <summary>Object strategy: null = unused, <see cref="DummyKey"/> = deleted.</summary>
    internal PyObject?[]? Keys;
    /// <summary>Int strategy: the keys, with <see cref="IntState"/> saying which slots are live.</summary>
    internal long[]? IntKeys = new long[MinSize];
    internal byte[]? IntState = new byte[MinSize];
    internal int Mask = MinSize - 1;
    internal int Fill;
    internal int Used;
    private int finger;
    private long frozenHash = -1;

    public PySet() : base(PyTypes.Set) { }

    public PySet(PyType type) : base(type) { }

    public static PySet FromIterable(PyType type, PyObject? iterable)
    {
        var s = new PySet(type);
        if (iterable is not null) s.UpdateFrom(iterable);
        return s;
    }

    public int Count => Used;
    public bool IsFrozen => type == PyTypes.FrozenSet;

    private sealed class SetDummy : PyObject
    {
        public SetDummy() : base(PyTypes.Object) { }
    }

    // --- slot access, per strategy ---------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FitsIntStrategy(PyObject key) => key.type == PyTypes.Int && ((PyInt)key).IsSmall;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsUnused(int j) => Strategy == SetStrategy.Int ? IntState![j] == Unused : Keys![j] is null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsLive(int j) =>
        Strategy == SetStrategy.Int ? IntState![j] == Live : Keys![j] is { } k && !ReferenceEquals(k, DummyKey);

    /// <summary>The key in a live slot (boxed for the int strategy).</summary>
    internal PyObject KeyAt(int j) => Strategy == SetStrategy.Int ? PyInt.FromLong(IntKeys![j]) : Keys![j]!;

    private void StoreAt(int j, PyObject key, long hash)
    {
        if (Strategy == SetStrategy.Int)
        {
            IntKeys![j] = ((PyInt)key).Small;
            IntState![j] = Live;
        }
        else
        {
            Keys![j] = key;
        }
        Hashes[j] = hash;
    }

    private void MarkDummy(int j)
    {
        if (Strategy == SetStrategy.Int) IntState![j] = Dummy;
        else Keys![j] = DummyKey;
        Hashes[j] = -1;
        Used--;
    }

    /// <summary>Boxes the int keys where they lie: same slots, same order.</summary>
    private void SwitchToObjects()
    {
        var keys = new PyObject?[Mask + 1];
        for (int j = 0; j <= Mask; j++)
        {
            if (IntState![j] == Live) keys[j] = PyInt.FromLong(IntKeys![j]);
            else if (IntState[j] == Dummy) keys[j] = DummyKey;
        }
        Keys = keys;
        IntKeys = null;
        IntState = null;
        Strategy = SetStrategy.Object;
    }

    /// <summary>Compares the live key in slot j (whose hash equals <paramref name="hash"/>) with <paramref name="key"/>.
    /// Sets <paramref name="restart"/> when a Python __eq__ changed the table (CPython's "table != so->table ||
    /// entry->key != startkey"): a cleared or resized set has new arrays, and clear() may also switch the strategy.</summary>
    private bool SameKey(int j, PyObject key, out bool restart)
    {
        restart = false;
        var hashes = Hashes;
        if (Strategy == SetStrategy.Int)
        {
            long stored = IntKeys![j];
            if (FitsIntStrategy(key)) return stored == ((PyInt)key).Small;
            bool same = PyOps.EqualsBool(PyInt.FromLong(stored), key);
            if (!ReferenceEquals(hashes, Hashes) || Strategy != SetStrategy.Int || IntState![j] != Live || IntKeys![j] != stored) restart = true;
            return same;
        }
        var k = Keys![j]!;
        if (ReferenceEquals(k, key)) return true;
        if (k.type == PyTypes.Str && key.type == PyTypes.Str) return ((PyStr)k).Value == ((PyStr)key).Value;
        if (k.type == PyTypes.Tuple && key.type == PyTypes.Tuple && PyTuple.FastEquals((PyTuple)k, (PyTuple)key) is bool teq) return teq;
        var table = Keys;
        bool eq = PyOps.EqualsBool(k, key);
        if (!ReferenceEquals(hashes, Hashes) || !ReferenceEquals(table, Keys) || !ReferenceEquals(Keys![j], k)) restart = true;
        return eq;
    }

    // --- table ---------------------------------------------------------------------------

    public void Add(PyObject key) => AddEntry(key, PyOps.Hash(key));

    /// <summary>set_add_entry: probe runs of 9 slots then perturbed jumps; the last dummy seen is reused.</summary>
    private void AddEntry(PyObject key, long hash)
    {
    restart:
        // after a restart too: an __eq__ that cleared the set put it back on the int strategy
        if (Strategy == SetStrategy.Int && !FitsIntStrategy(key)) SwitchToObjects();
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
                long h = Hashes[j];
                if (h == 0 && IsUnused(j))
                {
                    if (freeslot >= 0)
                    {
                        Used++;
                        StoreAt(freeslot, key, hash);
                        return;
                    }
                    Fill++;
                    Used++;
                    StoreAt(j, key, hash);
                    if ((long)Fill * 5 < (long)mask * 3) return;
                    Resize(Used > 50000 ? Used * 2 : Used * 4);
                    return;
                }
                if (h == hash)
                {
                    if (SameKey(j, key, out bool changed)) return;
                    if (changed) goto restart;
                    mask = Mask;
                }
                else if (h == -1)
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

    /// <summary>set_lookkey: slot of the key, or -1.</summary>
    private int Lookup(PyObject key, long hash)
    {
    restart:
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            while (true)
            {
                long h = Hashes[j];
                if (h == 0 && IsUnused(j)) return -1;
                if (h == hash)
                {
                    bool same = SameKey(j, key, out bool changed);
                    if (changed) goto restart;
                    if (same) return j;
                    mask = Mask;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_insert_clean: first unused slot on the probe path (no dummies, no duplicates).</summary>
    private int FindClean(long hash)
    {
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (IsUnused(i)) return i;
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (IsUnused(i + j)) return i + j;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void CleanInsert(PyObject key, long hash) => StoreAt(FindClean(hash), key, hash);

    /// <summary>Allocates an empty table of <paramref name="size"/> slots in the current strategy.</summary>
    private void NewTable(int size)
    {
        Hashes = new long[size];
        if (Strategy == SetStrategy.Int)
        {
            IntKeys = new long[size];
            IntState = new byte[size];
        }
        else
        {
            Keys = new PyObject?[size];
        }
        Mask = size - 1;
    }

    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize == MinSize && Mask + 1 == MinSize && Fill == Used) return;
        var oldHashes = Hashes;
        var oldKeys = Keys;
        var oldInts = IntKeys;
        var oldState = IntState;
        int oldSize = Mask + 1;
        NewTable(newSize);
        for (int i = 0; i < oldSize; i++)
        {
            if (Strategy == SetStrategy.Int)
            {
                if (oldState![i] != Live) continue;
                int j = FindClean(oldHashes[i]);
                IntKeys![j] = oldInts![i];
                IntState![j] = Live;
                Hashes[j] = oldHashes[i];
            }
            else
            {
                var k = oldKeys![i];
                if (k is not null && !ReferenceEquals(k, DummyKey)) CleanInsert(k, oldHashes[i]);
            }
        }
        Fill = Used;
    }

    public bool Contains(PyObject key) => LookupKey(key) >= 0;

    /// <summary>set_contains_key / set_discard_key: a set, unhashable, is looked up as the frozenset of its items.</summary>
    private int LookupKey(PyObject key)
    {
        long hash;
        try
        {
            hash = PyOps.Hash(key);
        }
        catch (PyException e) when (key is PySet ks && !ks.type.IsSubtypeOf(PyTypes.FrozenSet) && e.Matches(PyTypes.TypeError))
        {
            var frozen = FromIterable(PyTypes.FrozenSet, key);
            return Lookup(frozen, FrozenHash(frozen));
        }
        return Lookup(key, hash);
    }

    public bool Discard(PyObject key)
    {
        int j = LookupKey(key);
        if (j < 0) return false;
        MarkDummy(j);
        return true;
    }

    /// <summary>set_merge: adds every element of another set, copying its layout when possible.</summary>
    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if (Strategy == SetStrategy.Int && other.Strategy == SetStrategy.Object) SwitchToObjects();
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3) Resize((Used + other.Used) * 2);
        if (IsIntTable && other.IsIntTable)
        {
            MergeInts(other);
            return;
        }
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            for (int i = 0; i <= other.Mask; i++)
                if (other.IsLive(i)) StoreAt(i, other.KeyAt(i), other.Hashes[i]);
            Fill = other.Fill;
            Used = other.Used;
            return;
        }
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            for (int i = 0; i <= other.Mask; i++)
                if (other.IsLive(i)) CleanInsert(other.KeyAt(i), other.Hashes[i]);
            return;
        }
        for (int i = 0; i <= other.Mask; i++)
            if (other.IsLive(i)) AddEntry(other.KeyAt(i), other.Hashes[i]);
    }

    /// <summary>set_update_internal.</summary>
    public void UpdateFrom(PyObject iterable)
    {
        if (iterable is PySet other) { Merge(other); return; }
        if (iterable is PyDict d)
        {
            if ((long)(Fill + d.Used) * 5 >= (long)Mask * 3) Resize((Used + d.Used) * 2);
            int pos = 0;
            while (pos < d.Filled)
            {
                ref var e = ref d.entries[pos++];
                if (e.Key is not null) AddEntry(e.Key, e.Hash);
            }
            return;
        }
        var it = PyOps.GetIter(iterable);
        PyObject? item;
        while ((item = PyOps.Next(it)) is not null) Add(item);
    }

    /// <summary>Live keys in table order (iteration order).</summary>
    public IEnumerable<PyObject> Items()
    {
        for (int i = 0; i <= Mask; i++)
            if (IsLive(i)) yield return KeyAt(i);
    }

    private PySet CopyAs(PyType t)
    {
        var s = new PySet(t);
        s.Merge(this);
        return s;
    }

    // --- Python methods --------------------------------------------------------------

    [PyMethod]
    internal void add(PyObject key) => Add(key);

    [PyMethod]
    internal void discard(PyObject key) => Discard(key);

    [PyMethod]
    internal void remove(PyObject key)
    {
        if (!Discard(key)) throw PyErrors.KeyError(key);
    }

    [PyMethod]
    internal PyObject pop()
    {
        if (Used == 0) throw PyErrors.KeyError(PyStr.FromAscii("pop from an empty set"));
        int i = finger & Mask;
        while (!IsLive(i))
        {
            i++;
            if (i > Mask) i = 0;
        }
        var key = KeyAt(i);
        MarkDummy(i);
        finger = i + 1;
        return key;
    }

    [PyMethod]
    internal void clear()
    {
        Strategy = SetStrategy.Int;
        Keys = null;
        NewTable(MinSize);
        Fill = Used = 0;
    }

    [PyMethod]
    internal PySet copy() => type == PyTypes.FrozenSet ? this : CopyAs(BaseType);

    /// <summary>set_reduce: (type(self), (list(self),), state) — state is __getstate__()'s (the __dict__ and
    /// filled __slots__ of a subclass instance, else None).</summary>
    [PyMethod]
    internal PyObject __reduce__()
    {
        var list = new PyList();
        for (int i = 0; i <= Mask; i++)
            if (IsLive(i)) list.Append(KeyAt(i));
        return PyTuple.Of(type, PyTuple.Of(list), ObjectReduce.GetState(this, required: false));
    }

    [PyMethod]
    internal void update(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("update", kwnames);
        foreach (var other in args) UpdateFrom(other);
    }

    // --- operators (order of the result follows CPython's algorithms) -------------------

    internal static PyObject Or(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        var r = x.CopyAs(x.BaseType);
        r.Merge(y);
        return r;
    }

    internal static PyObject And(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        if (ReferenceEquals(x, y)) return x.CopyAs(x.BaseType);
        var result = new PySet(x.BaseType);
        var (small, large) = y.Used > x.Used ? (x, y) : (y, x);
        if (small.IsIntTable && large.IsIntTable) return AndInts(small, large, result);
        for (int i = 0; i <= small.Mask; i++)
        {
            if (!small.IsLive(i)) continue;
            var k = small.KeyAt(i);
            long h = small.Hashes[i]; // read before the lookup: an __eq__ may shrink either table
            if (large.Lookup(k, h) >= 0) result.AddEntry(k, h);
        }
        return result;
    }

    internal static PyObject Subtract(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        if ((x.Used >> 2) > y.Used || ReferenceEquals(x, y))
        {
            var copy = x.CopyAs(x.BaseType);
            if (ReferenceEquals(x, y)) { copy.clear(); return copy; }
            foreach (var k in y.Items()) copy.Discard(k);
            return copy;
        }
        var result = new PySet(x.BaseType);
        if (x.IsIntTable && y.IsIntTable) return SubtractInts(x, y, result);
        for (int i = 0; i <= x.Mask; i++)
        {
            if (!x.IsLive(i)) continue;
            var k = x.KeyAt(i);
            long h = x.Hashes[i];
            if (y.Lookup(k, h) < 0) result.AddEntry(k, h);
        }
        return result;
    }

    internal static PyObject Xor(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        var result = y.CopyAs(x.BaseType);
        if (ReferenceEquals(x, y)) { result.clear(); return result; }
        if (x.IsIntTable && result.IsIntTable)
        {
            XorInts(x, result);
            return result;
        }
        for (int i = 0; i <= x.Mask; i++)
        {
            if (!x.IsLive(i)) continue;
            var k = x.KeyAt(i);
            long h = x.Hashes[i];
            int j = result.Lookup(k, h);
            if (j >= 0) result.MarkDummy(j);
            else result.AddEntry(k, h);
        }
        return result;
    }

    private bool IsSubsetOf(PySet other)
    {
        if (Used > other.Used) return false;
        if (IsIntTable && other.IsIntTable) return IsSubsetOfInts(other);
        for (int i = 0; i <= Mask; i++)
            if (IsLive(i) && other.Lookup(KeyAt(i), Hashes[i]) < 0) return false;
        return true;
    }

    /// <summary>frozenset hash: shuffled entry hashes combined by xor, then dispersed (setobject.c).</summary>
    internal static long FrozenHash(PySet s)
    {
        if (s.frozenHash != -1) return s.frozenHash;
        ulong hash = 0;
        for (int i = 0; i <= s.Mask; i++)
            if (s.IsLive(i)) hash ^= ShuffleBits((ulong)s.Hashes[i]);
        hash ^= ((ulong)s.Used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        s.frozenHash = (long)hash;
        return s.frozenHash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    // --- slots -----------------------------------------------------------------------

    internal static void InitType(PyType t) => InitSlots(t, frozen: false);

    internal static void InitFrozenType(PyType t) => InitSlots(t, frozen: true);

    private static void InitSlots(PyType t, bool frozen)
    {
        t.Repr = static self =>
        {
            var s = (PySet)self;
            bool exactSet = s.type == PyTypes.Set;
            if (s.Used == 0) return PyStr.FromString(s.type.Name + "()");
            var state = InterpreterState.Current;
            if (!state.ReprEnter(self)) return PyStr.FromString(s.type.Name + "(...)");
            try
            {
                var sb = new StringBuilder();
                if (!exactSet) sb.Append(s.type.Name).Append('(');
                sb.Append('{');
                bool first = true;
                foreach (var k in s.Items())
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(PyOps.Repr(k).Value);
                }
                sb.Append('}');
                if (!exactSet) sb.Append(')');
                return PyStr.FromString(sb.ToString());
            }
            finally { state.ReprLeave(self); }
        };
        t.Hash = frozen ? static self => FrozenHash((PySet)self) : PyOps.HashNotImplemented;
        t.Length = static self => ((PySet)self).Used;
        t.Contains = static (self, key) => ((PySet)self).Contains(key);
        t.Iter = static self => new SetIterator((PySet)self);
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
            return op switch
            {
                CompareOp.Eq => PyBool.FromBool(x.Used == y.Used && x.IsSubsetOf(y)),
                CompareOp.Ne => PyBool.FromBool(!(x.Used == y.Used && x.IsSubsetOf(y))),
                CompareOp.Le => PyBool.FromBool(x.IsSubsetOf(y)),
                CompareOp.Ge => PyBool.FromBool(y.IsSubsetOf(x)),
                CompareOp.Lt => PyBool.FromBool(x.Used < y.Used && x.IsSubsetOf(y)),
                _ => PyBool.FromBool(y.Used < x.Used && y.IsSubsetOf(x)),
            };
        };
        t.NumberSlots[(int)BinaryOp.Or] = Or;
        t.NumberSlots[(int)BinaryOp.And] = And;
        t.NumberSlots[(int)BinaryOp.Subtract] = Subtract;
        t.NumberSlots[(int)BinaryOp.Xor] = Xor;
        t.New = frozen
            ? static (callable, args, kwnames) =>
            {
                if (callable != PyTypes.FrozenSet)
                {
                    // frozenset_new refuses keywords unless the subclass has its own __init__ to take them;
                    // it only looks at the positionals
                    var type = (PyType)callable;
                    if (type.Init == PyTypes.FrozenSet.Init) return FromIterable(type, ConstructorArgs.OptionalIterable("frozenset", args, kwnames));
                    int npos = args.Length - (kwnames?.Count ?? 0);
                    return FromIterable(type, ConstructorArgs.OptionalIterable("frozenset", args[..npos], null));
                }
                var iterable = ConstructorArgs.OptionalIterable("frozenset", args, kwnames);
                return iterable is not null && iterable.type == PyTypes.FrozenSet ? iterable : FromIterable(PyTypes.FrozenSet, iterable);
            }
            : static (callable, args, kwnames) =>
            {
                if (callable == PyTypes.Set && kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("set() takes no keyword arguments");
                return new PySet((PyType)callable);
            };
        if (!frozen)
            t.Init = static (self, args, kwnames) =>
            {
                var iterable = ConstructorArgs.OptionalIterable("set", args, kwnames);
                var s = (PySet)self;
                if (s.Count > 0) s.clear();
                if (iterable is not null) s.UpdateFrom(iterable);
            };
        if (!frozen)
        {
            InstallPyBindings(t);
            InstallInplaceOperators(t);
        }
        else
        {
            ShareReadOnlyMethods(t);
        }
    }
}
