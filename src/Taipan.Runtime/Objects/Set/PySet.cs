using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// set and frozenset (one C# class, the type field tells them apart). The table reproduces
/// CPython's setobject.c layout exactly — slot = hash &amp; mask, a run of up to 9 linear
/// probes, then perturbed jumps; dummies on delete; fill*5 ≥ mask*3 triggers a resize to
/// used*4 (used*2 past 50,000) — because iteration walks the table, so the order of a set
/// of ints is observable and must equal CPython's.
/// </summary>
[PyType("set")]
internal sealed partial class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject DummyKey = new SetDummy();

    internal long[] Hashes = new long[MinSize];
    internal PyObject?[] Keys = new PyObject?[MinSize];
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

    // --- table ---------------------------------------------------------------------------

    public void Add(PyObject key) => AddEntry(key, PyOps.Hash(key));

    private void AddEntry(PyObject key, long hash)
    {
    restart:
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
                var k = Keys[j];
                long h = Hashes[j];
                if (h == 0 && k is null)
                {
                    if (freeslot >= 0)
                    {
                        Used++;
                        Keys[freeslot] = key;
                        Hashes[freeslot] = hash;
                        return;
                    }
                    Fill++;
                    Used++;
                    Keys[j] = key;
                    Hashes[j] = hash;
                    if ((long)Fill * 5 < (long)mask * 3) return;
                    Resize(Used > 50000 ? Used * 2 : Used * 4);
                    return;
                }
                if (h == hash)
                {
                    if (ReferenceEquals(k, key)) return;
                    if (k!.type == PyTypes.Str && key.type == PyTypes.Str)
                    {
                        if (((PyStr)k).Value == ((PyStr)key).Value) return;
                    }
                    else
                    {
                        var table = Keys;
                        bool eq = PyOps.EqualsBool(k, key);
                        if (eq) return;
                        if (!ReferenceEquals(table, Keys) || !ReferenceEquals(Keys[j], k)) goto restart;
                        mask = Mask;
                    }
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

    /// <summary>Slot of the key, or -1.</summary>
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
                var k = Keys[j];
                long h = Hashes[j];
                if (h == 0 && k is null) return -1;
                if (h == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    if (k!.type == PyTypes.Str && key.type == PyTypes.Str)
                    {
                        if (((PyStr)k).Value == ((PyStr)key).Value) return j;
                    }
                    else
                    {
                        var table = Keys;
                        bool eq = PyOps.EqualsBool(k, key);
                        if (!ReferenceEquals(table, Keys) || !ReferenceEquals(Keys[j], k)) goto restart;
                        if (eq) return j;
                        mask = Mask;
                    }
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void InsertClean(long[] hashes, PyObject?[] keys, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] is null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (keys[i + j] is null) { keys[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = Keys;
        var oldHashes = Hashes;
        if (newSize == MinSize && oldKeys.Length == MinSize && Fill == Used) return;
        var keys = new PyObject?[newSize];
        var hashes = new long[newSize];
        int mask = newSize - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey)) InsertClean(hashes, keys, mask, k, oldHashes[i]);
        }
        Keys = keys;
        Hashes = hashes;
        Mask = mask;
        Fill = Used;
    }

    public bool Contains(PyObject key) => Lookup(key, PyOps.Hash(key)) >= 0;

    public bool Discard(PyObject key)
    {
        int j = Lookup(key, PyOps.Hash(key));
        if (j < 0) return false;
        Keys[j] = DummyKey;
        Hashes[j] = -1;
        Used--;
        return true;
    }

    /// <summary>set_merge: adds every element of another set, copying its layout when possible.</summary>
    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3) Resize((Used + other.Used) * 2);
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            for (int i = 0; i <= other.Mask; i++)
            {
                if (other.Keys[i] is { } k) { Keys[i] = k; Hashes[i] = other.Hashes[i]; }
            }
            Fill = other.Fill;
            Used = other.Used;
            return;
        }
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            for (int i = 0; i <= other.Mask; i++)
            {
                var k = other.Keys[i];
                if (k is not null && !ReferenceEquals(k, DummyKey)) InsertClean(Hashes, Keys, Mask, k, other.Hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other.Mask; i++)
        {
            var k = other.Keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey)) AddEntry(k, other.Hashes[i]);
        }
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
        {
            var k = Keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey)) yield return k;
        }
    }

    internal bool IsLive(int i) => Keys[i] is { } k && !ReferenceEquals(k, DummyKey);

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
        while (Keys[i] is null || ReferenceEquals(Keys[i], DummyKey))
        {
            i++;
            if (i > Mask) i = 0;
        }
        var key = Keys[i]!;
        Keys[i] = DummyKey;
        Hashes[i] = -1;
        Used--;
        finger = i + 1;
        return key;
    }

    [PyMethod]
    internal void clear()
    {
        Keys = new PyObject?[MinSize];
        Hashes = new long[MinSize];
        Mask = MinSize - 1;
        Fill = Used = 0;
    }

    [PyMethod]
    internal PySet copy() => CopyAs(type);

    [PyMethod]
    internal void update(PyObject iterable) => UpdateFrom(iterable);

    // --- operators (order of the result follows CPython's algorithms) -------------------

    private static PySet AsSetOperand(PyObject o) => (PySet)o;

    internal static PyObject Or(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        var r = x.CopyAs(x.type);
        r.Merge(y);
        return r;
    }

    internal static PyObject And(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        var result = new PySet(x.type);
        var (small, large) = y.Used > x.Used ? (x, y) : (y, x);
        for (int i = 0; i <= small.Mask; i++)
        {
            if (!small.IsLive(i)) continue;
            var k = small.Keys[i]!;
            if (large.Lookup(k, small.Hashes[i]) >= 0) result.AddEntry(k, small.Hashes[i]);
        }
        return result;
    }

    internal static PyObject Subtract(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        if ((x.Used >> 2) > y.Used)
        {
            var copy = x.CopyAs(x.type);
            foreach (var k in y.Items()) copy.Discard(k);
            return copy;
        }
        var result = new PySet(x.type);
        for (int i = 0; i <= x.Mask; i++)
        {
            if (!x.IsLive(i)) continue;
            if (y.Lookup(x.Keys[i]!, x.Hashes[i]) < 0) result.AddEntry(x.Keys[i]!, x.Hashes[i]);
        }
        return result;
    }

    internal static PyObject Xor(PyObject a, PyObject b)
    {
        if (a is not PySet x || b is not PySet y) return PyNotImplemented.Instance;
        var result = y.CopyAs(x.type);
        for (int i = 0; i <= x.Mask; i++)
        {
            if (!x.IsLive(i)) continue;
            var k = x.Keys[i]!;
            long h = x.Hashes[i];
            int j = result.Lookup(k, h);
            if (j >= 0) { result.Keys[j] = DummyKey; result.Hashes[j] = -1; result.Used--; }
            else result.AddEntry(k, h);
        }
        return result;
    }

    private bool IsSubsetOf(PySet other)
    {
        if (Used > other.Used) return false;
        for (int i = 0; i <= Mask; i++)
            if (IsLive(i) && other.Lookup(Keys[i]!, Hashes[i]) < 0) return false;
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
            ? static (callable, args, kwnames) => FromIterable((PyType)callable, args.Length > 0 ? args[0] : null)
            : static (callable, args, kwnames) => FromIterable((PyType)callable, args.Length > 0 ? args[0] : null);
        if (!frozen) InstallPyBindings(t);
    }
}
