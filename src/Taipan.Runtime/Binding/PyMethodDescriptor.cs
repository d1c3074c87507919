using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>method_descriptor: a builtin method found on its type; binds to an instance on access.</summary>
internal sealed class PyMethodDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType Owner;
    public readonly NativeMethod Method;

    public PyMethodDescriptor(PyType owner, string name, NativeMethod method) : this(PyTypes.MethodDescriptor, owner, name, method) { }

    /// <summary><paramref name="kind"/> is method_descriptor, or wrapper_descriptor for a slot wrapper (int.__add__).</summary>
    public PyMethodDescriptor(PyType kind, PyType owner, string name, NativeMethod method) : base(kind)
    {
        Owner = owner;
        Name = name;
        Method = method;
    }

    private void CheckSelf(PyObject self)
    {
        if (!self.type.IsSubtypeOf(Owner))
            throw PyErrors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.type.Name}' object");
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyMethodDescriptor)descr;
            if (instance is null) return d;
            d.CheckSelf(instance);
            if (d.type == PyTypes.WrapperDescriptor)
                return new PyBuiltinFunction(PyTypes.MethodWrapper, d.Name, d.Owner.Name, instance, d.Method) { ObjClass = d.Owner };
            return new PyBuiltinFunction(PyTypes.BuiltinFunction, d.Name, d.Owner.Name, instance, d.Method);
        };
        t.Call = static (callable, args, kwnames) =>
        {
            var d = (PyMethodDescriptor)callable;
            int positional = args.Length - (kwnames?.Count ?? 0);
            if (d.type == PyTypes.WrapperDescriptor)
            {
                // wrapperdescr_call words its errors differently from method_descriptor's
                if (positional < 1)
                    throw PyErrors.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
                if (!args[0].type.IsSubtypeOf(d.Owner))
                    throw PyErrors.TypeError($"descriptor '{d.Name}' requires a '{d.Owner.Name}' object but received a '{args[0].type.Name}'");
            }
            else if (positional < 1)
                throw PyErrors.TypeError($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
            else
                d.CheckSelf(args[0]);
            return d.Method(args[0], args[1..], kwnames);
        };
        t.Repr = static self =>
        {
            var d = (PyMethodDescriptor)self;
            return PyStr.FromString(d.type == PyTypes.WrapperDescriptor
                ? $"<slot wrapper '{d.Name}' of '{d.Owner.Name}' objects>"
                : $"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        BindingInstaller.AddGetter(t, "__name__", static s => PyStr.FromString(((PyMethodDescriptor)s).Name));
        BindingInstaller.AddGetter(t, "__qualname__", static s => PyStr.FromString(((PyMethodDescriptor)s).Owner.Qualname + "." + ((PyMethodDescriptor)s).Name));
        BindingInstaller.AddGetter(t, "__objclass__", static s => ((PyMethodDescriptor)s).Owner);
        BindingInstaller.AddGetter(t, "__text_signature__", static s => PyNone.Instance);
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__reduce__");
            var d = (PyMethodDescriptor)self!;
            return PyTuple.Of(PyBuiltinFunction.BuiltinGetAttr, PyTuple.Of(d.Owner, PyStr.FromString(d.Name)));
        });
    }
}
