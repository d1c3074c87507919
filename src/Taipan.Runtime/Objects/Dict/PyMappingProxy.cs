using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>mappingproxy: a read-only view of a mapping (type.__dict__).</summary>
internal sealed class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    public PyMappingProxy(PyObject mapping) : base(RuntimeTypes.MappingProxy) => Mapping = mapping;

    internal static void InitType(PyType t)
    {
        Builtins.GenericAlias.InstallClassGetItem(t);
        t.GetItem = static (self, key) => PyOps.GetItem(((PyMappingProxy)self).Mapping, key);
        t.Length = static self => PyOps.Length(((PyMappingProxy)self).Mapping);
        t.Contains = static (self, key) => PyOps.Contains(((PyMappingProxy)self).Mapping, key);
        t.Iter = static self => PyOps.GetIter(((PyMappingProxy)self).Mapping);
        t.Repr = static self => PyStr.FromString("mappingproxy(" + PyOps.Repr(((PyMappingProxy)self).Mapping).Value + ")");
        t.Str = static self => PyOps.Str(((PyMappingProxy)self).Mapping);
        t.RichCompare = static (a, b, op) => PyOps.RichCompare(((PyMappingProxy)a).Mapping, b, op);
        // As CPython's mappingproxy_or: unwrap whichever side is a proxy and apply `|` to the mappings
        // (the result is a new mapping; the proxied one is never changed, so `|=` is refused).
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => PyOps.BinaryOp(
            a is PyMappingProxy pa ? pa.Mapping : a, b is PyMappingProxy pb ? pb.Mapping : b, BinaryOp.Or);
        t.InplaceSlots[(int)BinaryOp.Or] = static (a, b) =>
            throw PyErrors.TypeError($"'|=' is not supported by {a.type.Name}; use '|' instead");
        t.New = static (callable, args, kwnames) =>
        {
            var m = ConstructorArgs.OptionalIterable("mappingproxy", args, kwnames) ?? throw PyErrors.TypeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            if (m.type.GetItem is null || m is PyList || m is PyTuple)
                throw PyErrors.TypeError($"mappingproxy() argument must be a mapping, not {m.type.Name}");
            return new PyMappingProxy(m);
        };
        foreach (var name in new[] { "keys", "values", "items", "copy", "__reversed__" })
        {
            var n = name;
            t.Dict.SetItem(StrIntern.Intern(n), new PyMethodDescriptor(t, n, (s, a, k) => PyOps.CallMethod(((PyMappingProxy)s!).Mapping, n, a, k)));
        }
        t.Dict.SetItem(StrIntern.Intern("get"), new PyMethodDescriptor(t, "get", static (s, a, k) => PyOps.CallMethod(((PyMappingProxy)s!).Mapping, "get", a, k)));
    }
}
