using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>builtin_function_or_method: a module function, or a builtin method bound to its receiver.</summary>
internal sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    /// <summary>Type name for bound methods, module name for functions ("builtins" prints bare).</summary>
    public readonly string OwnerName;
    public readonly PyObject? Self;
    public readonly NativeMethod Method;

    public PyBuiltinFunction(string name, string ownerName, PyObject? self, NativeMethod method) : base(PyTypes.BuiltinFunction)
    {
        Name = name;
        OwnerName = ownerName;
        Self = self;
        Method = method;
    }

    internal static void InitType(PyType t)
    {
        t.Call = static (callable, args, kwnames) =>
        {
            var f = (PyBuiltinFunction)callable;
            return f.Method(f.Self, args, kwnames);
        };
        t.Repr = static self =>
        {
            var f = (PyBuiltinFunction)self;
            if (f.Self is null || f.Self is PyModuleMarker) return PyStr.FromString($"<built-in function {f.Name}>");
            return PyStr.FromString($"<built-in method {f.Name} of {f.Self.type.Name} object at 0x{PyHash.HashIdentity(f.Self):x}>");
        };
        // heapq.merge reads next.__self__; module functions have no module object to point at yet.
        BindingInstaller.AddGetter(t, "__self__", static self => ((PyBuiltinFunction)self).Self is { } s && s is not PyModuleMarker ? s : PyNone.Instance);
        BindingInstaller.AddGetter(t, "__name__", static self => PyStr.FromString(((PyBuiltinFunction)self).Name));
    }
}

/// <summary>Placeholder receiver for module functions until module objects exist.</summary>
internal sealed class PyModuleMarker : PyObject
{
    public PyModuleMarker() : base(PyTypes.Object) { }
}
