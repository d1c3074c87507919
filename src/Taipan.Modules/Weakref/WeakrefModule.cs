using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>The _weakref module (weakref.py and _weakrefset.py build on it).</summary>
[PyModule("_weakref")]
internal static partial class WeakrefModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_weakref", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("ref"), WeakrefTypes.Ref);
        m.Dict.SetItem(PyStr.FromAscii("ReferenceType"), WeakrefTypes.Ref);
        m.Dict.SetItem(PyStr.FromAscii("ProxyType"), WeakrefTypes.Proxy);
        m.Dict.SetItem(PyStr.FromAscii("CallableProxyType"), WeakrefTypes.CallableProxy);
        return m;
    }

    [PyFunction]
    internal static long getweakrefcount(PyObject @object) => WeakRefList.Of(@object, create: false)?.Live().Count ?? 0;

    [PyFunction]
    internal static PyList getweakrefs(PyObject @object)
    {
        var result = new PyList();
        if (WeakRefList.Of(@object, create: false) is { } list)
            foreach (var r in list.Live()) result.Append(r);
        return result;
    }

    [PyFunction]
    internal static PyObject proxy(PyObject @object, PyObject? callback = null) => PyWeakProxy.Create(@object, callback);

    /// <summary>Deletes dct[key] if it is a dead weakref (WeakValueDictionary's cleanup).</summary>
    [PyFunction]
    internal static void _remove_dead_weakref(PyObject dct, PyObject key)
    {
        if (dct is not PyDict d) throw PyErrors.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {dct.type.Name}");
        var v = d.GetItemOrNull(key);
        if (v is PyWeakReference r && r.Target is null) d.DelItem(key);
    }
}
