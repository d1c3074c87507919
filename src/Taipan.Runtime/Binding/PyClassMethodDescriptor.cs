using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>classmethod_descriptor: a builtin classmethod (dict.fromkeys, int.from_bytes) found on its
/// type; binds to the class, also when looked up through an instance or a subclass.</summary>
internal sealed class PyClassMethodDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType Owner;
    public readonly NativeMethod Method;

    public PyClassMethodDescriptor(PyType owner, string name, NativeMethod method) : base(PyTypes.ClassMethodDescriptor)
    {
        Owner = owner;
        Name = name;
        Method = method;
    }

    private PyType CheckClass(PyObject cls)
    {
        if (cls is not PyType t)
            throw PyErrors.TypeError($"descriptor '{Name}' for type '{Owner.Name}' needs a type, not a '{cls.type.Name}' as arg 2");
        if (!t.IsSubtypeOf(Owner))
            throw PyErrors.TypeError($"descriptor '{Name}' requires a subtype of '{Owner.Name}' but received '{t.Name}'");
        return t;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyClassMethodDescriptor)descr;
            var cls = d.CheckClass(owner ?? instance!.type);
            return new PyBuiltinFunction(d.Name, d.Owner.Name, cls, d.Method);
        };
        t.Call = static (callable, args, kwnames) =>
        {
            var d = (PyClassMethodDescriptor)callable;
            if (args.Length - (kwnames?.Count ?? 0) < 1)
                throw PyErrors.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
            return d.Method(d.CheckClass(args[0]), args[1..], kwnames);
        };
        t.Repr = static self =>
        {
            var d = (PyClassMethodDescriptor)self;
            return PyStr.FromString($"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }
}
