using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>weakref.proxy: forwards attribute access, calls, str and repr to the referent while it lives.</summary>
internal sealed class WeakProxy : PyObject
{
    public static readonly PyType PyTypeObject = NativeTypes.Create("weakref.ProxyType", PyTypes.Object, TypeFlags.None, 254, InitType);

    private readonly PyWeakRef reference;

    public WeakProxy(PyWeakRef reference) : base(PyTypeObject) => this.reference = reference;

    private PyObject Target => reference.Target ?? throw PyErrors.New(PyTypes.ReferenceError, "weakly-referenced object no longer exists");

    private static void InitType(PyType t)
    {
        t.GetAttr = static (self, name) => PyOps.GetAttrOrNull(((WeakProxy)self).Target, name);
        t.SetAttr = static (self, name, value) =>
        {
            var target = ((WeakProxy)self).Target;
            if (value is null) PyOps.CallMethod(target, "__delattr__", new PyObject[] { name });
            else PyOps.CallMethod(target, "__setattr__", new PyObject[] { name, value });
        };
        t.Call = static (callable, args, kwnames) => PyOps.Call(((WeakProxy)callable).Target, args, kwnames);
        t.Str = static self => PyOps.Str(((WeakProxy)self).Target);
        t.Repr = static self =>
        {
            var o = ((WeakProxy)self).reference.Target;
            return PyStr.FromString(o is null
                ? $"<weakproxy at 0x{PyHash.HashIdentity(self):x}; dead>"
                : $"<weakproxy at 0x{PyHash.HashIdentity(self):x}; to '{o.type.Name}' at 0x{PyHash.HashIdentity(o):x}>");
        };
        t.Bool = static self => PyOps.IsTrue(((WeakProxy)self).Target);
        t.Hash = static self => throw PyErrors.TypeError("unhashable type: 'weakref.ProxyType'");
    }
}
