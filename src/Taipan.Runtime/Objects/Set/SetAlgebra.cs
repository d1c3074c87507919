using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The named set operations (union, intersection_update, issubset, ...) and the in-place operators.
/// Each follows its setobject.c algorithm step for step — which table is iterated, what is copied
/// first — because that decides the iteration order of the result, which must equal CPython's.
/// </summary>
internal sealed partial class PySet
{
    private static readonly string[] ReadOnlyMethods =
        { "__reduce__", "copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union" };

    /// <summary>make_new_set_basetype: results of set subclasses are plain sets (frozensets for frozenset subclasses).</summary>
    private PyType BaseType => type.IsSubtypeOf(PyTypes.FrozenSet) ? PyTypes.FrozenSet : PyTypes.Set;

    private static PySet NewBase(PySet like, PyObject? iterable) => FromIterable(like.BaseType, iterable);

    [PyMethod]
    internal PySet union(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("union", kwnames);
        var result = CopyAs(BaseType);
        foreach (var other in args)
            if (!ReferenceEquals(other, this)) result.UpdateFrom(other);
        return result;
    }

    [PyMethod]
    internal PySet intersection(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("intersection", kwnames);
        if (args.Length == 0) return CopyAs(BaseType);
        var result = this;
        foreach (var other in args) result = result.IntersectWith(other);
        return result;
    }

    /// <summary>set_intersection.</summary>
    private PySet IntersectWith(PyObject other)
    {
        if (ReferenceEquals(other, this)) return CopyAs(BaseType);
        if (other is PySet os) return (PySet)And(this, os);
        var result = new PySet(BaseType);
        var it = PyOps.GetIter(other);
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null)
        {
            long h = PyOps.Hash(key);
            if (Lookup(key, h) >= 0) result.AddEntry(key, h);
        }
        return result;
    }

    [PyMethod]
    internal void intersection_update(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("intersection_update", kwnames);
        if (args.Length == 0) return;
        var tmp = this;
        foreach (var other in args) tmp = tmp.IntersectWith(other);
        TakeBody(tmp);
    }

    [PyMethod]
    internal PySet difference(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("difference", kwnames);
        if (args.Length == 0) return CopyAs(BaseType);
        var result = DifferenceWith(args[0]);
        for (int i = 1; i < args.Length; i++) result.DifferenceUpdateWith(args[i]);
        return result;
    }

    /// <summary>set_difference.</summary>
    private PySet DifferenceWith(PyObject other)
    {
        if (other is PySet os) return (PySet)Subtract(this, os);
        if (other is PyDict d && (Used >> 2) <= d.Used)
        {
            var result = new PySet(BaseType);
            for (int i = 0; i <= Mask; i++)
            {
                if (!IsLive(i)) continue;
                var k = KeyAt(i);
                long h = Hashes[i]; // an __eq__ in the dict lookup may clear this set
                if (!d.ContainsKey(k, h)) result.AddEntry(k, h);
            }
            return result;
        }
        var copy = CopyAs(BaseType);
        copy.DifferenceUpdateWith(other);
        return copy;
    }

    /// <summary>set_difference_update_internal.</summary>
    private void DifferenceUpdateWith(PyObject other)
    {
        if (ReferenceEquals(other, this)) { clear(); return; }
        if (other is PySet os)
        {
            for (int i = 0; i <= os.Mask; i++)
                if (os.IsLive(i)) DiscardEntry(os.KeyAt(i), os.Hashes[i]);
            return;
        }
        if (other is PyDict d)
        {
            for (int pos = 0; pos < d.Filled; pos++)
                if (d.entries[pos].Key is { } k) DiscardEntry(k, d.entries[pos].Hash);
            return;
        }
        var it = PyOps.GetIter(other);
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null) Discard(key);
    }

    /// <summary>dict.fromkeys(set): every key with its stored hash.</summary>
    internal void CopyKeysInto(PyDict d, PyObject value)
    {
        for (int i = 0; i <= Mask; i++)
        {
            if (!IsLive(i)) continue;
            var k = KeyAt(i);
            long h = Hashes[i];
            d.SetItem(k, h, value);
        }
    }

    [PyMethod]
    internal void difference_update(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords("difference_update", kwnames);
        foreach (var other in args) DifferenceUpdateWith(other);
    }

    [PyMethod]
    internal PySet symmetric_difference(PyObject other)
    {
        var result = NewBase(this, other);
        result.SymmetricUpdateWith(this);
        return result;
    }

    [PyMethod]
    internal void symmetric_difference_update(PyObject other) => SymmetricUpdateWith(other);

    /// <summary>set_symmetric_difference_update.</summary>
    private void SymmetricUpdateWith(PyObject other)
    {
        if (ReferenceEquals(other, this)) { clear(); return; }
        if (other is PyDict d)
        {
            int pos = 0;
            while (pos < d.Filled)
            {
                ref var e = ref d.entries[pos++];
                if (e.Key is not { } key) continue;
                long hash = e.Hash; // the entry may be gone once an __eq__ has run
                if (!DiscardEntry(key, hash)) AddEntry(key, hash);
            }
            return;
        }
        var os = other as PySet ?? NewBase(this, other);
        for (int i = 0; i <= os.Mask; i++)
        {
            if (!os.IsLive(i)) continue;
            var k = os.KeyAt(i);
            long h = os.Hashes[i];
            if (!DiscardEntry(k, h)) AddEntry(k, h);
        }
    }

    [PyMethod]
    internal bool isdisjoint(PyObject other)
    {
        if (ReferenceEquals(other, this)) return Used == 0;
        if (other is PySet os)
        {
            var (small, large) = os.Used > Used ? (this, os) : (os, this);
            for (int i = 0; i <= small.Mask; i++)
                if (small.IsLive(i) && large.Lookup(small.KeyAt(i), small.Hashes[i]) >= 0) return false;
            return true;
        }
        var it = PyOps.GetIter(other);
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null)
            if (Contains(key)) return false;
        return true;
    }

    [PyMethod]
    internal bool issubset(PyObject other) =>
        other is PySet os ? IsSubsetOf(os) : IsSubsetOf(FromIterable(PyTypes.Set, other));

    [PyMethod]
    internal bool issuperset(PyObject other)
    {
        if (other is PySet os) return os.IsSubsetOf(this);
        var it = PyOps.GetIter(other);
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null)
            if (!Contains(key)) return false;
        return true;
    }

    private bool DiscardEntry(PyObject key, long hash)
    {
        int j = Lookup(key, hash);
        if (j < 0) return false;
        MarkDummy(j);
        return true;
    }

    /// <summary>set_swap_bodies, one way: this set takes over <paramref name="other"/>'s table.</summary>
    private void TakeBody(PySet other)
    {
        if (ReferenceEquals(other, this)) return;
        Strategy = other.Strategy;
        Hashes = other.Hashes;
        Keys = other.Keys;
        IntKeys = other.IntKeys;
        IntState = other.IntState;
        Mask = other.Mask;
        Fill = other.Fill;
        Used = other.Used;
        finger = 0;
        frozenHash = -1;
    }

    private static void NoKeywords(string name, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"set.{name}() takes no keyword arguments");
    }

    private static void InstallInplaceOperators(PyType t)
    {
        t.InplaceSlots[(int)BinaryOp.Or] = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            ((PySet)a).UpdateFrom(b);
            return a;
        };
        t.InplaceSlots[(int)BinaryOp.And] = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            var s = (PySet)a;
            s.TakeBody(s.IntersectWith(b));
            return a;
        };
        t.InplaceSlots[(int)BinaryOp.Subtract] = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            ((PySet)a).DifferenceUpdateWith(b);
            return a;
        };
        t.InplaceSlots[(int)BinaryOp.Xor] = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            ((PySet)a).SymmetricUpdateWith(b);
            return a;
        };
    }

    /// <summary>frozenset has set's non-mutating methods (one implementation, its own descriptors).</summary>
    private static void ShareReadOnlyMethods(PyType t)
    {
        foreach (var name in ReadOnlyMethods)
        {
            var key = StrIntern.Intern(name);
            var m = (PyMethodDescriptor)PyTypes.Set.Dict.GetItem(key);
            t.Dict.SetItem(key, new PyMethodDescriptor(t, name, m.Method));
        }
    }
}
