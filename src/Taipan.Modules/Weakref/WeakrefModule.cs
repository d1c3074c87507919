using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>The _weakref module: ref and the counting functions; proxy returns a plain reference-forwarding object.</summary>
[PyModule("_weakref")]
internal static partial class WeakrefModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_weakref", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("ref"), PyWeakRef.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("ReferenceType"), PyWeakRef.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("ProxyType"), WeakProxy.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("CallableProxyType"), WeakProxy.PyTypeObject);
        return m;
    }

    private static List<PyWeakRef> LiveRefs(PyObject obj)
    {
        var result = new List<PyWeakRef>();
        if (!PyWeakRef.Watchers.TryGetValue(obj, out var w)) return result;
        lock (w.Refs)
            foreach (var r in w.Refs)
                if (r.TryGetTarget(out var live)) result.Add(live);
        return result;
    }

    [PyFunction]
    public static long getweakrefcount(PyObject @object) => LiveRefs(@object).Count;

    [PyFunction]
    public static PyObject getweakrefs(PyObject @object)
    {
        var list = new PyList();
        foreach (var r in LiveRefs(@object)) list.Append(r);
        return list;
    }

    [PyFunction]
    public static PyObject proxy(PyObject @object, PyObject? callback = null) => new WeakProxy(PyWeakRef.Create(PyWeakRef.PyTypeObject, @object, callback));

    [PyFunction]
    public static void _remove_dead_weakref(PyObject dct, PyObject key)
    {
        if (dct is not PyDict d) throw PyErrors.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {dct.type.Name}");
        if (d.GetItemOrNull(key) is PyWeakRef r && r.Target is null) d.DelItemIfPresent(key);
    }
}
