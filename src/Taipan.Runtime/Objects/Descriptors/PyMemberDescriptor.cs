namespace Taipan.Runtime.Objects;

/// <summary>member_descriptor: one `__slots__` entry, stored in <see cref="PyInstance.Members"/>.</summary>
internal sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly PyStr Name;
    public readonly int Index;
    /// <summary>A builtin type's read-only PyMemberDef (property.fget, ...): read by this getter; -1 index.</summary>
    public readonly Func<PyObject, PyObject>? NativeGetter;

    public PyMemberDescriptor(PyType owner, PyStr name, int index) : base(RuntimeTypes.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    public PyMemberDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter) : this(owner, PyStr.FromString(name), -1) =>
        NativeGetter = getter;

    private PyObject?[] MembersOf(PyObject instance)
    {
        if (!instance.type.IsSubtypeOf(Owner))
            throw PyErrors.TypeError($"descriptor '{Name.Value}' for '{Owner.Name}' objects doesn't apply to a '{instance.type.Name}' object");
        if (instance is PyInstance pi) return pi.Members ?? throw PyErrors.SystemError("slot storage missing");
        // Subclasses of builtin types (weakref.KeyedRef, exceptions with __slots__) keep their slot
        // values beside the object, as their C# class has no room for them.
        return sideMembers.GetValue(instance, static o => new PyObject?[o.type.MemberCount]);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyObject?[]> sideMembers = new();

    internal static void InitType(PyType t)
    {
        t.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyMemberDescriptor)descr;
            if (instance is null) return d;
            if (d.NativeGetter is not null)
            {
                if (!instance.type.IsSubtypeOf(d.Owner))
                    throw PyErrors.TypeError($"descriptor '{d.Name.Value}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.type.Name}' object");
                return d.NativeGetter(instance);
            }
            return d.MembersOf(instance)[d.Index] ?? throw PyErrors.AttributeError($"'{instance.type.Name}' object has no attribute '{d.Name.Value}'");
        };
        t.DescrSet = static (descr, instance, value) =>
        {
            var d = (PyMemberDescriptor)descr;
            if (d.NativeGetter is not null) throw PyErrors.AttributeError("readonly attribute");
            var m = d.MembersOf(instance);
            if (value is null && m[d.Index] is null)
                throw PyErrors.AttributeError($"'{instance.type.Name}' object has no attribute '{d.Name.Value}'");
            m[d.Index] = value;
        };
        t.Repr = static self =>
        {
            var d = (PyMemberDescriptor)self;
            return PyStr.FromString($"<member '{d.Name.Value}' of '{d.Owner.Name}' objects>");
        };
        Binding.BindingInstaller.AddGetter(t, "__name__", static s => ((PyMemberDescriptor)s).Name);
        Binding.BindingInstaller.AddGetter(t, "__qualname__", static s => PyStr.FromString(((PyMemberDescriptor)s).Owner.Qualname + "." + ((PyMemberDescriptor)s).Name.Value));
        Binding.BindingInstaller.AddGetter(t, "__objclass__", static s => ((PyMemberDescriptor)s).Owner);
    }
}
