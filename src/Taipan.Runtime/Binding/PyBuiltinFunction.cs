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
    /// <summary>The type whose slot wrapper made this method-wrapper (its __objclass__); null otherwise.</summary>
    public PyType? ObjClass;
    /// <summary>A builtin type's static method (str.maketrans): its type names it in repr and
    /// __qualname__, but like METH_STATIC it is called with no self and its __self__ is None.</summary>
    public PyType? StaticOwner;

    public PyBuiltinFunction(string name, string ownerName, PyObject? self, NativeMethod method)
        : this(PyTypes.BuiltinFunction, name, ownerName, self, method) { }

    /// <summary><paramref name="kind"/> is builtin_function_or_method, or method-wrapper for a bound slot wrapper.</summary>
    public PyBuiltinFunction(PyType kind, string name, string ownerName, PyObject? self, NativeMethod method) : base(kind)
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
            if (f.type == PyTypes.MethodWrapper)
                return PyStr.FromString($"<method-wrapper '{f.Name}' of {f.Self!.type.Name} object at 0x{ObjectIds.Of(f.Self):x}>");
            if (f.StaticOwner is not null) return PyStr.FromString($"<built-in method {f.Name} of type object at 0x{ObjectIds.Of(f.StaticOwner):x}>");
            if (f.Self is null or PyModuleMarker or PyModule) return PyStr.FromString($"<built-in function {f.Name}>");
            if (f.Self is PyType cls) return PyStr.FromString($"<built-in method {f.Name} of type object at 0x{ObjectIds.Of(f.Self):x}>");
            return PyStr.FromString($"<built-in method {f.Name} of {f.Self.type.Name} object at 0x{ObjectIds.Of(f.Self):x}>");
        };
        t.Hash = static self => ((PyBuiltinFunction)self).Self is { } s ? PyHash.HashIdentity(s) ^ self.type.Name.Length : PyHash.HashIdentity(self);
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PyBuiltinFunction x || b is not PyBuiltinFunction y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            bool eq = ReferenceEquals(x, y) || (ReferenceEquals(x.Self, y.Self) && x.Self is not null && ReferenceEquals(x.Method, y.Method));
            return PyBool.FromBool(eq == (op == CompareOp.Eq));
        };
        BindingInstaller.AddGetter(t, "__name__", static s => PyStr.FromString(((PyBuiltinFunction)s).Name));
        BindingInstaller.AddGetter(t, "__qualname__", static s =>
        {
            var f = (PyBuiltinFunction)s;
            if (f.StaticOwner is not null) return PyStr.FromString(f.StaticOwner.Qualname + "." + f.Name);
            if (f.Self is null or PyModuleMarker or PyModule) return PyStr.FromString(f.Name);
            var owner = f.Self as PyType ?? f.Self.type;
            return PyStr.FromString(owner.Qualname + "." + f.Name);
        });
        BindingInstaller.AddGetter(t, "__self__", static s => ((PyBuiltinFunction)s).Self is { } o and not PyModuleMarker ? o : PyNone.Instance);
        BindingInstaller.AddGetter(t, "__module__", static s =>
        {
            var f = (PyBuiltinFunction)s;
            return f.StaticOwner is null && (f.Self is null or PyModuleMarker or PyModule) ? PyStr.FromString(f.OwnerName) : PyNone.Instance;
        });
        BindingInstaller.AddGetter(t, "__text_signature__", static s => PyNone.Instance);
        if (t == PyTypes.MethodWrapper)
            BindingInstaller.AddGetter(t, "__objclass__", static s => ((PyBuiltinFunction)s).ObjClass ?? (PyObject)((PyBuiltinFunction)s).Self!.type);
        // meth_reduce / wrapper_reduce: a module function pickles as its global name, a bound method as getattr(self, name)
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__reduce__");
            var f = (PyBuiltinFunction)self!;
            if (f.StaticOwner is { } so) return PyTuple.Of(BuiltinGetAttr, PyTuple.Of(so, PyStr.FromString(f.Name)));
            if (f.type != PyTypes.MethodWrapper && (f.Self is null || f.Self is PyModuleMarker || f.Self.type == RuntimeTypes.Module))
                return PyStr.FromString(f.Name);
            return PyTuple.Of(BuiltinGetAttr, PyTuple.Of(f.Self!, PyStr.FromString(f.Name)));
        });
    }

    internal static PyObject BuiltinGetAttr =>
        InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("getattr")) ?? throw PyErrors.New(PyTypes.AttributeError, "getattr");
}

/// <summary>Placeholder receiver for module functions until module objects exist.</summary>
internal sealed class PyModuleMarker : PyObject
{
    public PyModuleMarker() : base(PyTypes.Object) { }
}
