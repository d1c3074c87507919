using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>weakref.proxy: forwards every operation to the referent; ReferenceError once it died.</summary>
internal sealed class PyWeakProxy : PyWeakReference
{
    public PyWeakProxy(PyType type, PyObject referent, PyObject? callback) : base(type, referent, callback) { }

    public static PyObject Create(PyObject referent, PyObject? callback)
    {
        WeakrefTypes.CheckReferenceable(referent);
        if (callback == PyNone.Instance) callback = null;
        bool callable = referent.type.Call is not null;
        var list = WeakRefList.Of(referent, create: true)!;
        if (callback is null && list.Basic(proxy: true, callable) is { } existing) return existing;
        var p = new PyWeakProxy(callable ? WeakrefTypes.CallableProxy : WeakrefTypes.Proxy, referent, callback);
        list.Add(p);
        return p;
    }

    private static PyObject Referent(PyObject self) =>
        ((PyWeakProxy)self).Target ?? throw PyErrors.New(PyTypes.ReferenceError, "weakly-referenced object no longer exists");

    private static PyObject Unwrap(PyObject o) => o is PyWeakProxy p ? Referent(p) : o;

    internal static void InitType(PyType t, bool callable)
    {
        t.GetAttr = static (self, name) => PyOps.GetAttrOrNull(Referent(self), name);
        t.SetAttr = static (self, name, value) =>
        {
            if (value is null) PyOps.CallMethod(PyTypes.Object, "__delattr__", [Referent(self), name]);
            else PyOps.CallMethod(PyTypes.Object, "__setattr__", [Referent(self), name, value]);
        };
        t.Repr = static self =>
        {
            var p = (PyWeakProxy)self;
            var o = Referent(self);
            return PyStr.FromString($"<weakproxy at 0x{ObjectIds.Of(self):x}; to '{o.type.Name}' at 0x{ObjectIds.Of(o):x}>");
        };
        t.Str = static self => PyOps.Str(Referent(self));
        t.Hash = static self => throw PyErrors.TypeError($"unhashable type: '{self.type.Name}'");
        t.Bool = static self => PyOps.IsTrue(Referent(self));
        t.Length = static self => PyOps.Length(Referent(self));
        t.GetItem = static (self, key) => PyOps.GetItem(Referent(self), key);
        t.SetItem = static (self, key, value) =>
        {
            if (value is null) PyOps.DelItem(Referent(self), key); else PyOps.SetItem(Referent(self), key, value);
        };
        t.Contains = static (self, item) => PyOps.Contains(Referent(self), item);
        t.Iter = static self => PyOps.GetIter(Referent(self));
        t.IterNext = static self => PyOps.Next(Referent(self));
        t.RichCompare = static (a, b, op) => PyOps.RichCompare(Unwrap(a), Unwrap(b), op);
        t.Negative = static self => PyOps.Negative(Referent(self));
        t.Positive = static self => PyOps.Positive(Referent(self));
        t.Absolute = static self => PyOps.Absolute(Referent(self));
        t.Invert = static self => PyOps.Invert(Referent(self));
        t.Index = static self => PyOps.Index(Referent(self));
        for (int op = 0; op < t.NumberSlots.Length; op++)
        {
            var bop = (BinaryOp)op;
            t.NumberSlots[op] = (a, b) => PyOps.BinaryOp(Unwrap(a), Unwrap(b), bop);
            t.InplaceSlots[op] = (a, b) => PyOps.InplaceOp(Unwrap(a), Unwrap(b), bop);
        }
        if (callable) t.Call = static (self, args, kwnames) => PyOps.Call(Referent(self), args, kwnames);
        BindingInstaller.AddMethod(t, "__bytes__", static (self, a, k) => PyOps.CallMethod(Referent(self!), "__bytes__", a, k));
        BindingInstaller.AddMethod(t, "__reversed__", static (self, a, k) => PyOps.CallMethod(Referent(self!), "__reversed__", a, k));
    }
}
