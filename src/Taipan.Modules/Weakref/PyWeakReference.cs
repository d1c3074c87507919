using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>weakref.ref: a .NET weak handle to the referent plus the optional callback. Subclassable
/// (weakref.KeyedRef); `ref(o)` without a callback hands back the existing plain ref, as CPython does.</summary>
internal class PyWeakReference : PyObject
{
    private readonly WeakReference<PyObject> target;
    public readonly PyObject? Callback;
    /// <summary>Set when the referent died (the handle may lag behind the finalizer).</summary>
    public volatile bool Cleared;
    private long hash = -1;

    public PyWeakReference(PyType type, PyObject referent, PyObject? callback) : base(type)
    {
        target = new WeakReference<PyObject>(referent);
        Callback = callback;
    }

    public PyObject? Target => !Cleared && target.TryGetTarget(out var o) ? o : null;

    public static PyWeakReference Create(PyType type, PyObject referent, PyObject? callback)
    {
        WeakrefTypes.CheckReferenceable(referent);
        if (callback == PyNone.Instance) callback = null;
        var list = WeakRefList.Of(referent, create: true)!;
        if (callback is null && type == WeakrefTypes.Ref && list.Basic(proxy: false, callable: false) is { } existing) return existing;
        var r = new PyWeakReference(type, referent, callback);
        list.Add(r);
        return r;
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            int np = args.Length - (kwnames?.Count ?? 0);
            if (np < 1 || np > 2)
                throw PyErrors.TypeError(np < 1 ? $"__new__ expected at least 1 argument, got {np}" : $"__new__ expected at most 2 arguments, got {np}");
            return Create((PyType)callable, args[0], np > 1 ? args[1] : null);
        };
        // ref.__init__ accepts (and ignores) the same arguments, so subclasses may add their own.
        t.Init = static (self, args, kwnames) => { };
        t.Call = static (callable, args, kwnames) =>
        {
            if (args.Length != 0) throw PyErrors.TypeError($"weakref() takes no arguments ({args.Length} given)");
            return ((PyWeakReference)callable).Target ?? PyNone.Instance;
        };
        t.Hash = static self =>
        {
            var r = (PyWeakReference)self;
            if (r.hash != -1) return r.hash;
            var o = r.Target ?? throw PyErrors.TypeError("weak object has gone away");
            return r.hash = PyOps.Hash(o);
        };
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyWeakReference x || b is not PyWeakReference y)
                return PyNotImplemented.Instance;
            var ox = x.Target;
            var oy = y.Target;
            if (ox is null || oy is null)
                return PyBool.FromBool(ReferenceEquals(x, y) == (op == CompareOp.Eq));
            return PyOps.RichCompare(ox, oy, op);
        };
        t.Repr = static self =>
        {
            var r = (PyWeakReference)self;
            var o = r.Target;
            var at = $"0x{ObjectIds.Of(self):x}";
            if (o is null) return PyStr.FromString($"<weakref at {at}; dead>");
            var name = PyOps.GetAttrOrNull(o, Names.Name) is PyStr n ? $" ({n.Value})" : "";
            return PyStr.FromString($"<weakref at {at}; to '{o.type.Name}' at 0x{ObjectIds.Of(o):x}{name}>");
        };
        BindingInstaller.AddGetter(t, "__callback__", static self => ((PyWeakReference)self).Callback ?? PyNone.Instance);
        BindingInstaller.AddClassMethod(t, "__class_getitem__", static (cls, args, kwnames) =>
            PyOps.Call(Taipan.Runtime.Objects.RuntimeTypes.GenericAlias, [cls!, args[0]]));
    }
}
