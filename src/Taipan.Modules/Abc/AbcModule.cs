using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using Taipan.Modules.Weakref;

namespace Taipan.Modules.Abc;

/// <summary>
/// _abc: the C accelerator of abc.ABCMeta (Modules/_abc.c), so abc.py does not fall back to _py_abc
/// (which start-up imports through site otherwise). Same steps, order and messages as _abc.c.
/// </summary>
[PyModule("_abc")]
internal static partial class AbcModule
{
    /// <summary>abc_invalidation_counter: bumped by every register(), it invalidates all negative caches.</summary>
    internal static long InvalidationCounter;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_abc", InstallPyBindings);
        return m;
    }

    private static readonly PyStr AbcImpl = StrIntern.Intern("_abc_impl");
    private static readonly PyStr AbstractMethods = StrIntern.Intern("__abstractmethods__");
    private static readonly PyStr IsAbstractMethod = StrIntern.Intern("__isabstractmethod__");
    private static readonly PyStr AbcTpFlags = StrIntern.Intern("__abc_tpflags__");

    private static AbcData GetImpl(PyObject self) =>
        PyOps.GetAttr(self, AbcImpl) as AbcData ?? throw PyErrors.TypeError("_abc_impl is set to a wrong type");

    /// <summary>_PyObject_LookupAttr: the attribute, or null when getting it raises AttributeError.</summary>
    private static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try { return PyOps.GetAttrOrNull(o, name); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
    }

    private static bool IsAbstract(PyObject value) =>
        LookupAttr(value, IsAbstractMethod) is { } flag && PyOps.IsTrue(flag);

    /// <summary>__abstractmethods__: the abstract names of the class body plus the inherited ones still abstract.</summary>
    private static void ComputeAbstractMethods(PyObject self)
    {
        var abstracts = new PySet(PyTypes.FrozenSet);
        var ns = PyOps.GetAttr(self, Names.Dict);
        var keys = PyOps.CallMethod(ns, "keys", ReadOnlySpan<PyObject>.Empty);
        var keyList = PyOps.Call(PyTypes.List, [keys]) as PyList ?? throw PyErrors.TypeError("keys() did not return a list");
        for (int i = 0; i < keyList.Count; i++)
        {
            var key = keyList[i];
            var value = PyOps.GetItem(ns, key);
            if (IsAbstract(value)) abstracts.Add(key);
        }
        var bases = PyOps.GetAttr(self, StrIntern.Intern("__bases__")) as PyTuple ?? throw PyErrors.TypeError("__bases__ is not tuple");
        foreach (var item in bases.Items)
        {
            var baseAbstracts = LookupAttr(item, AbstractMethods);
            if (baseAbstracts is null) continue;
            var it = PyOps.GetIter(baseAbstracts);
            PyObject? key;
            while ((key = PyOps.Next(it)) is not null)
            {
                var value = key is PyStr name ? LookupAttr(self, name)
                    : throw PyErrors.TypeError($"attribute name must be string, not '{key.type.Name}'");
                if (value is null) continue;
                if (IsAbstract(value)) abstracts.Add(key);
            }
        }
        ObjectAttributes.SetAttr(self, AbstractMethods, abstracts);
    }

    [PyFunction]
    internal static void _abc_init(PyObject self)
    {
        ComputeAbstractMethods(self);
        var data = new AbcData(InvalidationCounter);
        ObjectAttributes.SetAttr(self, AbcImpl, data);
        // __abc_tpflags__ (collections.abc's Sequence/Mapping flags for pattern matching) is consumed
        // here as in CPython; Taipan's MATCH_SEQUENCE/MATCH_MAPPING ask the ABCs themselves.
        if (self is PyType cls && cls.Dict.GetItemOrNull(AbcTpFlags) is { } flags)
        {
            if (flags is PyInt i)
            {
                const long Sequence = 1 << 5, Mapping = 1 << 6;
                long val = i.IsSmall ? i.Small : 0;
                if ((val & (Sequence | Mapping)) == (Sequence | Mapping))
                    throw PyErrors.TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            }
            ObjectAttributes.SetAttr(cls, AbcTpFlags, null);
        }
    }

    [PyFunction]
    internal static PyObject _abc_register(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType) throw PyErrors.TypeError("Can only register classes");
        if (TypeChecks.IsSubclass(subclass, self)) return subclass; // already a subclass
        // Tested after "already a subclass", so X.register(X) is a no-op rather than a cycle.
        if (TypeChecks.IsSubclass(self, subclass)) throw PyErrors.RuntimeError("Refusing to create an inheritance cycle");
        GetImpl(self).Registry.Add(subclass);
        InvalidationCounter++;
        return subclass;
    }

    [PyFunction]
    internal static PyObject _abc_instancecheck(PyObject self, PyObject instance)
    {
        var impl = GetImpl(self);
        var subclass = PyOps.GetAttr(instance, Names.Class);
        if (impl.Cache.Contains(subclass)) return PyBool.True;
        var subtype = instance.type;
        if (subtype == subclass)
        {
            if (impl.NegativeCacheVersion == InvalidationCounter && impl.NegativeCache.Contains(subclass)) return PyBool.False;
            return PyOps.CallMethod(self, "__subclasscheck__", [subclass]);
        }
        var result = PyOps.CallMethod(self, "__subclasscheck__", [subclass]);
        if (PyOps.IsTrue(result)) return result;
        return PyOps.CallMethod(self, "__subclasscheck__", [subtype]);
    }

    [PyFunction]
    internal static PyObject _abc_subclasscheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType subtype) throw PyErrors.TypeError("issubclass() arg 1 must be a class");
        var impl = GetImpl(self);
        // 1. The positive cache.
        if (impl.Cache.Contains(subclass)) return PyBool.True;
        // 2. The negative cache, dropped when a register() happened since it was built.
        if (impl.NegativeCacheVersion < InvalidationCounter)
        {
            impl.NegativeCache.Clear();
            impl.NegativeCacheVersion = InvalidationCounter;
        }
        else if (impl.NegativeCache.Contains(subclass)) return PyBool.False;
        // 3. The subclass hook.
        var ok = PyOps.CallMethod(self, "__subclasshook__", [subclass]);
        if (ok == PyBool.True) { impl.Cache.Add(subclass); return PyBool.True; }
        if (ok == PyBool.False) { impl.NegativeCache.Add(subclass); return PyBool.False; }
        if (ok != PyNotImplemented.Instance) throw PyErrors.New(PyTypes.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        // 4. A direct subclass.
        foreach (var t in subtype.Mro)
            if (t == self) { impl.Cache.Add(subclass); return PyBool.True; }
        // 5. A subclass of a registered class (recursively).
        if (impl.Registry.Contains(subclass)) return PyBool.True;
        foreach (var rkey in impl.Registry.Snapshot())
        {
            if (TypeChecks.IsSubclass(subclass, rkey)) { impl.Cache.Add(subclass); return PyBool.True; }
        }
        // 6. A subclass of a subclass (recursively).
        var subclasses = PyOps.CallMethod(self, "__subclasses__", ReadOnlySpan<PyObject>.Empty) as PyList
            ?? throw PyErrors.TypeError("__subclasses__() must return a list");
        for (int i = 0; i < subclasses.Count; i++)
        {
            if (TypeChecks.IsSubclass(subclass, subclasses[i])) { impl.Cache.Add(subclass); return PyBool.True; }
        }
        impl.NegativeCache.Add(subclass);
        return PyBool.False;
    }

    [PyFunction]
    internal static PyObject _get_dump(PyObject self)
    {
        var impl = GetImpl(self);
        return PyTuple.Of(WeakSet(impl.Registry), WeakSet(impl.Cache), WeakSet(impl.NegativeCache), PyInt.FromLong(impl.NegativeCacheVersion));
    }

    private static PySet WeakSet(WeakClassSet set)
    {
        var result = new PySet();
        foreach (var o in set.Snapshot()) result.Add(PyWeakReference.Create(WeakrefTypes.Ref, o, null));
        return result;
    }

    [PyFunction]
    internal static void _reset_registry(PyObject self) => GetImpl(self).Registry.Clear();

    [PyFunction]
    internal static void _reset_caches(PyObject self)
    {
        var impl = GetImpl(self);
        impl.Cache.Clear();
        impl.NegativeCache.Clear();
    }

    [PyFunction]
    internal static long get_cache_token() => InvalidationCounter;
}
