using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>weakref.ReferenceType, ProxyType and CallableProxyType, and which objects they accept.</summary>
internal static class WeakrefTypes
{
    public static readonly PyType Ref, Proxy, CallableProxy;
    private static readonly HashSet<string> refusedByName = new(StringComparer.Ordinal) { "bytes", "bytearray", "complex" };

    static WeakrefTypes()
    {
        Ref = PyType.CreateBuiltin(PyTypes.Type, "weakref.ReferenceType", PyTypes.Object, TypeFlags.BaseType, 320);
        Proxy = PyType.CreateBuiltin(PyTypes.Type, "weakref.ProxyType", PyTypes.Object, TypeFlags.None, 321);
        CallableProxy = PyType.CreateBuiltin(PyTypes.Type, "weakref.CallableProxyType", PyTypes.Object, TypeFlags.None, 321);
        PyWeakReference.InitType(Ref);
        PyWeakProxy.InitType(Proxy, callable: false);
        PyWeakProxy.InitType(CallableProxy, callable: true);
        BuiltinTypeSlots.Complete(Ref);
        BuiltinTypeSlots.Complete(Proxy);
        BuiltinTypeSlots.Complete(CallableProxy);
    }

    /// <summary>CPython's tp_weaklistoffset != 0: instances of Python classes (unless __slots__ left out
    /// __weakref__), functions, types, modules, sets, generators ...; not ints, strs, tuples, lists,
    /// dicts, exceptions and the other core value types.</summary>
    // Verdict per type: the rules below compare type names, too slow for every ref() (WeakSet.add).
    // Types do not change their referenceability, and the GIL serialises access.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, object> verdicts = new();
    private static readonly object Yes = new(), No = new();

    public static void CheckReferenceable(PyObject o)
    {
        if (!verdicts.TryGetValue(o.type, out var v))
        {
            v = IsReferenceable(o) ? Yes : No;
            verdicts.AddOrUpdate(o.type, v);
        }
        if (v == No) throw PyErrors.TypeError($"cannot create weak reference to '{o.type.Name}' object");
    }

    private static bool IsReferenceable(PyObject o)
    {
        var t = o.type;
        // A Python class's instances: through its __weakref__ slot, or because the builtin base it
        // extends is weakly referenceable itself (classes made by a metaclass are types).
        if (t.IsHeapType && t.Lookup("__weakref__") is not null) return true;
        while (t.IsHeapType && t.Base is not null) t = t.Base;
        bool ok;
        if (t == PyTypes.Object && o.type.IsHeapType) ok = false;
        else if (t == PyTypes.Set || t == PyTypes.FrozenSet || t == PyTypes.Type) ok = true;
        else ok = !(t == PyTypes.Int || t == PyTypes.Bool || t == PyTypes.Float || t == PyTypes.Str || t == PyTypes.Tuple
            || t == PyTypes.List || t == PyTypes.Dict || t == PyTypes.NoneType || t == PyTypes.Object || t == PyTypes.Range
            || t == PyTypes.Slice || t == PyTypes.NotImplementedType || t == PyTypes.EllipsisType
            || t.IsSubtypeOf(PyTypes.BaseException) || t == Ref || t == Proxy || t == CallableProxy
            || t.Iter is not null && t.IterNext is not null && t.Name.EndsWith("iterator", StringComparison.Ordinal)
            || t.Name is "property" or "staticmethod" or "classmethod" or "super" or "zip" or "enumerate" or "map"
                or "filter" or "reversed" or "mappingproxy" or "dict_keys" or "dict_values" or "dict_items"
            || refusedByName.Contains(t.Name));
        return ok;
    }
}
