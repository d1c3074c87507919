using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>getset_descriptor: a computed attribute of builtin instances (read-only for now).</summary>
internal sealed class PyGetSetDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType Owner;
    public readonly Func<PyObject, PyObject> Getter;
    /// <summary>Null for read-only attributes; called with null value for `del`.</summary>
    public readonly Action<PyObject, PyObject?>? Setter;

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null) : base(PyTypes.GetSetDescriptor)
    {
        Setter = setter;
        Owner = owner;
        Name = name;
        Getter = getter;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (instance is null) return d;
            if (!instance.type.IsSubtypeOf(d.Owner))
                throw PyErrors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.type.Name}' object");
            return d.Getter(instance);
        };
        t.DescrSet = static (descr, instance, value) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (d.Setter is not null)
            {
                if (!instance.type.IsSubtypeOf(d.Owner))
                    throw PyErrors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.type.Name}' object");
                d.Setter(instance, value);
                return;
            }
            throw PyErrors.AttributeError($"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
        };
        t.Repr = static self =>
        {
            var d = (PyGetSetDescriptor)self;
            return PyStr.FromString($"<attribute '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        BindingInstaller.AddGetter(t, "__name__", static s => PyStr.FromString(((PyGetSetDescriptor)s).Name));
        BindingInstaller.AddGetter(t, "__qualname__", static s => PyStr.FromString(((PyGetSetDescriptor)s).Owner.Qualname + "." + ((PyGetSetDescriptor)s).Name));
        BindingInstaller.AddGetter(t, "__objclass__", static s => ((PyGetSetDescriptor)s).Owner);
    }
}
