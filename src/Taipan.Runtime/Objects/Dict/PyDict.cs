using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// dict: CPython's compact ordered layout. Entries are appended to <see cref="entries"/> in
/// insertion order; <see cref="indices"/> is an open-addressing table (CPython's perturbed
/// probe) of positions into it. Deleting leaves a hole in the entries and a dummy in the
/// index. <see cref="AllStrKeys"/> is the str-key strategy: while it holds, lookups compare
/// exact strs by value and never call Python __eq__ (module globals, instance and type dicts).
/// </summary>
[PyType("dict")]
internal sealed partial class PyDict : PyObject
{
    private const int Empty = -1, Dummy = -2, MinSize = 8;

    internal struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    private int[] indices;
    internal Entry[] entries;
    /// <summary>Entries in use including deleted holes (next append position).</summary>
    internal int Filled;
    /// <summary>Live items (len()).</summary>
    internal int Used;
    /// <summary>Bumped on every mutation; iterators and caches compare it.</summary>
    internal uint Version;
    public bool AllStrKeys = true;

    public PyDict() : this(PyTypes.Dict) { }

    internal PyDict(PyType type) : base(type)
    {
        indices = NewIndices(MinSize);
        entries = new Entry[MinSize * 2 / 3];
    }

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        // A loop for the small tables of most dicts: Array.Fill<int> is not precompiled, so the first
        // dict of every process jitted it.
        if (size > 256) Array.Fill(a, Empty);
        else for (int i = 0; i < a.Length; i++) a[i] = Empty;
        return a;
    }

    public int Count => Used;

    /// <summary>Index into <see cref="entries"/> of the key, or -1.</summary>
    private int Find(PyObject key, long hash)
    {
    restart:
        var idx = indices;
        int mask = idx.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        bool keyIsStr = key.type == PyTypes.Str;
        while (true)
        {
            int ix = idx[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                var k = e.Key!;
                if (ReferenceEquals(k, key)) return ix;
                if (e.Hash == hash)
                {
                    if (keyIsStr && k.type == PyTypes.Str)
                    {
                        if (((PyStr)k).Value == ((PyStr)key).Value) return ix;
                    }
                    else if (k.type == PyTypes.Tuple && key.type == PyTypes.Tuple && PyTuple.FastEquals((PyTuple)k, (PyTuple)key) is bool teq)
                    {
                        if (teq) return ix;
                    }
                    else
                    {
                        var version = Version;
                        bool eq = PyOps.EqualsBool(k, key);
                        if (version != Version || !ReferenceEquals(idx, indices)) goto restart;
                        if (eq) return ix;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private void InsertIndex(long hash, int entryIndex)
    {
        var idx = indices;
        int mask = idx.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (idx[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        idx[i] = entryIndex;
    }

    private void Resize(int minUsed)
    {
        KeysVersion++;
        int size = MinSize;
        while (size * 2 / 3 <= minUsed) size <<= 1;
        var old = entries;
        int oldFilled = Filled;
        indices = NewIndices(size);
        entries = new Entry[size * 2 / 3];
        int n = 0;
        for (int i = 0; i < oldFilled; i++)
        {
            if (old[i].Key is null) continue;
            entries[n] = old[i];
            InsertIndex(old[i].Hash, n);
            n++;
        }
        Filled = n;
    }

    public PyObject? GetItemOrNull(PyObject key)
    {
        int ix = Find(key, PyOps.Hash(key));
        return ix < 0 ? null : entries[ix].Value;
    }

    public PyObject GetItem(PyObject key) => GetItemOrNull(key) ?? throw PyErrors.KeyError(key);

    public void SetItem(PyObject key, PyObject value) => SetItem(key, PyOps.Hash(key), value);

    public void SetItem(PyObject key, long hash, PyObject value)
    {
        int ix = Find(key, hash);
        if (ix >= 0)
        {
            entries[ix].Value = value;
            Version++;
            return;
        }
        AddNew(key, hash, value);
    }

    /// <summary>_collections._count_elements' step, mapping[key] = mapping.get(key, 0) + 1 on an exact dict
    /// lookup (no __missing__): one hash and one probe for a key already counted.</summary>
    internal void CountOne(PyObject key)
    {
        long hash = PyOps.Hash(key);
        int ix = Find(key, hash);
        if (ix < 0)
        {
            AddNew(key, hash, PyInt.One);
            return;
        }
        var old = entries[ix].Value!;
        var sum = old.type == PyTypes.Int && ((PyInt)old).IsSmall && ((PyInt)old).Small < long.MaxValue
            ? PyInt.FromLong(((PyInt)old).Small + 1)
            : PyOps.Add(old, PyInt.One);
        // Add may have run Python code (an __add__ of a stored value) that changed the table
        SetItem(key, hash, sum);
    }

    /// <summary>Appends a key a lookup just failed to find (no second hash or __eq__ call).</summary>
    private void AddNew(PyObject key, long hash, PyObject value)
    {
        if (Filled == entries.Length) Resize(Used * 3);
        if (key.type != PyTypes.Str) AllStrKeys = false;
        ref var e = ref entries[Filled];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        InsertIndex(hash, Filled);
        Filled++;
        Used++;
        Version++;
        KeysVersion++;
    }

    public bool DelItemIfPresent(PyObject key)
    {
        long hash = PyOps.Hash(key);
        int ix = Find(key, hash);
        if (ix < 0) return false;
        RemoveEntry(ix, hash);
        return true;
    }

    private void RemoveEntry(int ix, long hash)
    {
        var idx = indices;
        int mask = idx.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (idx[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        idx[i] = Dummy;
        entries[ix].Key = null;
        entries[ix].Value = null;
        Used--;
        Version++;
        KeysVersion++;
    }

    public void DelItem(PyObject key)
    {
        if (!DelItemIfPresent(key)) throw PyErrors.KeyError(key);
    }

    public bool ContainsKey(PyObject key) => Find(key, PyOps.Hash(key)) >= 0;

    /// <summary>With the hash already known (a set's stored hash): CPython never rehashes those.</summary>
    internal bool ContainsKey(PyObject key, long hash) => Find(key, hash) >= 0;

    /// <summary>PyDict_Next: walks live entries in insertion order.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < Filled)
        {
            ref var e = ref entries[pos++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    // --- Python methods --------------------------------------------------------------

    [PyMethod]
    internal PyObject get(PyObject key, PyObject? @default = null) => GetItemOrNull(key) ?? @default ?? PyNone.Instance;

    [PyMethod]
    internal PyObject setdefault(PyObject key, PyObject? @default = null)
    {
        // dict_setdefault: one hash and one lookup
        long hash = PyOps.Hash(key);
        int ix = Find(key, hash);
        if (ix >= 0) return entries[ix].Value!;
        var v = @default ?? PyNone.Instance;
        AddNew(key, hash, v);
        return v;
    }

    [PyMethod]
    internal PyObject pop(PyObject key, PyObject? @default = null)
    {
        long hash = PyOps.Hash(key);
        int ix = Find(key, hash);
        if (ix < 0) return @default ?? throw PyErrors.KeyError(key);
        var v = entries[ix].Value!;
        RemoveEntry(ix, hash);
        return v;
    }

    [PyMethod]
    internal PyTuple popitem()
    {
        for (int i = Filled - 1; i >= 0; i--)
        {
            if (entries[i].Key is null) continue;
            var result = PyTuple.Of(entries[i].Key!, entries[i].Value!);
            RemoveEntry(i, entries[i].Hash);
            Filled = i;
            return result;
        }
        throw PyErrors.KeyError(PyStr.FromAscii("popitem(): dictionary is empty"));
    }

    [PyMethod]
    internal void clear()
    {
        indices = NewIndices(MinSize);
        entries = new Entry[MinSize * 2 / 3];
        KeysVersion++;
        Filled = Used = 0;
        AllStrKeys = true;
        Version++;
    }

    [PyMethod]
    internal PyDict copy()
    {
        var d = new PyDict();
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) d.SetItem(k, v);
        return d;
    }

    /// <summary>dict.update([other], **kwargs)</summary>
    [PyMethod]
    internal void update(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        int np = args.Length - nk;
        if (np > 1) throw PyErrors.TypeError($"update expected at most 1 argument, got {np}");
        if (np == 1) MergeFrom(args[0]);
        for (int i = 0; i < nk; i++) SetItem(kwnames![i], args[np + i]);
    }

    /// <summary>dict_update_arg: a dict, anything with keys() (a mapping), or an iterable of pairs.</summary>
    internal void MergeFrom(PyObject other)
    {
        if (other is PyDict d && d.type.Iter == PyTypes.Dict.Iter)
        {
            // dict_merge: a key's __eq__ that changes the source's entries stops the merge
            int n = d.Filled;
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                SetItem(k, v);
                if (d.Filled != n) throw PyErrors.RuntimeError("dict mutated during update");
            }
            return;
        }
        if (PyOps.GetAttrOrNull(other, Names.Keys) is { } keysMethod)
        {
            var keys = PyOps.GetIter(PyOps.Call(keysMethod, ReadOnlySpan<PyObject>.Empty));
            PyObject? key;
            while ((key = PyOps.Next(keys)) is not null) SetItem(key, PyOps.GetItem(other, key));
            return;
        }
        UpdateFromPairs(other);
    }

    private void UpdateFromPairs(PyObject other)
    {
        var it = PyOps.GetIter(other);
        PyObject? item;
        int n = 0;
        while ((item = PyOps.Next(it)) is not null)
        {
            var pair = PyOps.TryGetIter(item)
                ?? throw PyErrors.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            var k = PyOps.Next(pair);
            var v = k is null ? null : PyOps.Next(pair);
            int len = k is null ? 0 : v is null ? 1 : PyOps.Next(pair) is null ? 2 : 3;
            if (len != 2)
                throw PyErrors.ValueError($"dictionary update sequence element #{n} has length {(len == 3 ? PyOps.Length(item) : len)}; 2 is required");
            SetItem(k!, v!);
            n++;
        }
    }

    [PyClassMethod]
    internal static PyObject fromkeys(PyType cls, PyObject iterable, PyObject? value = null)
    {
        value ??= PyNone.Instance;
        var result = PyOps.Call(cls, ReadOnlySpan<PyObject>.Empty);
        if (result is PyDict exact && exact.type == PyTypes.Dict)
        {
            // dict_fromkeys: an exact dict or set as the source keeps the stored hashes
            if (iterable.type == PyTypes.Dict)
            {
                var src = (PyDict)iterable;
                for (int i = 0; i < src.Filled; i++)
                    if (src.entries[i].Key is { } k) exact.SetItem(k, src.entries[i].Hash, value);
                return exact;
            }
            if (iterable.type == PyTypes.Set || iterable.type == PyTypes.FrozenSet)
            {
                ((PySet)iterable).CopyKeysInto(exact, value);
                return exact;
            }
        }
        var it = PyOps.GetIter(iterable);
        PyObject? key;
        if (result is PyDict d && d.type == PyTypes.Dict)
            while ((key = PyOps.Next(it)) is not null) d.SetItem(key, value);
        else
            while ((key = PyOps.Next(it)) is not null) PyOps.SetItem(result, key, value);
        return result;
    }

    [PyMethod]
    internal PyObject __reversed__() => new DictReverseIterator(PyTypes.DictReverseKeyIterator, this);

    [PyMethod]
    internal PyObject keys() => new DictView(PyTypes.DictKeys, this);

    [PyMethod]
    internal PyObject values() => new DictView(PyTypes.DictValues, this);

    [PyMethod]
    internal PyObject items() => new DictView(PyTypes.DictItems, this);

    // --- slots -----------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var d = (PyDict)self;
            if (d.Used == 0) return PyStr.FromAscii("{}");
            var state = InterpreterState.Current;
            if (!state.ReprEnter(self)) return PyStr.FromAscii("{...}");
            try
            {
                var sb = new StringBuilder("{");
                int pos = 0;
                bool first = true;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(PyOps.Repr(k).Value).Append(": ").Append(PyOps.Repr(v).Value);
                }
                return PyStr.FromString(sb.Append('}').ToString());
            }
            finally { state.ReprLeave(self); }
        };
        t.Hash = PyOps.HashNotImplemented;
        t.Length = static self => ((PyDict)self).Used;
        t.GetItem = static (self, key) =>
        {
            var d = (PyDict)self;
            var v = d.GetItemOrNull(key);
            if (v is not null) return v;
            // dict subclasses: __missing__ (defaultdict, Counter) before KeyError.
            if (d.type != PyTypes.Dict && SlotDefinitions.CallSpecial(self, "__missing__", [key]) is { } missing)
                return missing;
            throw PyErrors.KeyError(key);
        };
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) =>
        {
            if (a is not PyDict x || b is not PyDict y) return PyNotImplemented.Instance;
            var r = x.copy(); // always an exact dict, as CPython's dict_or
            r.MergeFrom(y);
            return r;
        };
        t.InplaceSlots[(int)BinaryOp.Or] = static (a, b) =>
        {
            ((PyDict)a).MergeFrom(b);
            return a;
        };
        t.SetItem = static (self, key, value) =>
        {
            var d = (PyDict)self;
            if (value is null) d.DelItem(key); else d.SetItem(key, value);
        };
        t.Contains = static (self, key) => ((PyDict)self).ContainsKey(key);
        t.Iter = static self => new DictIterator(PyTypes.DictKeyIterator, (PyDict)self);
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PyDict x || b is not PyDict y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            bool eq = x.Used == y.Used;
            int pos = 0;
            // PyObject_RichCompare's Py_EnterRecursiveCall: a dict that contains itself raises RecursionError
            var ts = Interpreter.ThreadState.Current;
            ts.EnterRecursiveCall(" in comparison");
            try
            {
                while (eq && x.Next(ref pos, out var k, out var v))
                {
                    var w = y.GetItemOrNull(k);
                    eq = w is not null && PyOps.EqualsBool(v, w);
                }
            }
            finally { ts.LeaveRecursiveCall(); }
            return PyBool.FromBool(eq == (op == CompareOp.Eq));
        };
        t.New = static (callable, args, kwnames) =>
        {
            return callable == PyTypes.Dict ? new PyDict() : new PyDict((PyType)callable);
        };
        t.Init = static (self, args, kwnames) =>
        {
            var source = ConstructorArgs.OptionalIterable("dict", args, kwnames, allowKeywords: true);
            var d = (PyDict)self;
            if (source is not null) d.MergeFrom(source);
            int nk = kwnames?.Count ?? 0;
            for (int i = 0; i < nk; i++) d.SetItem(kwnames![i], args[args.Length - nk + i]);
        };
        InstallPyBindings(t);
    }
}
