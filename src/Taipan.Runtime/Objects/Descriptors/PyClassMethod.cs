using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>classmethod: binds to the class.</summary>
internal sealed class PyClassMethod : PyObject, IDictOwner
{
    public PyObject Callable;
    private PyDict? dict;

    public PyClassMethod(PyObject callable) : this(RuntimeTypes.ClassMethod, callable) { }

    public PyClassMethod(PyType type, PyObject callable) : base(type) => Callable = callable;

    public PyDict? GetDict(bool create) => create ? dict ??= new PyDict() : dict;

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.HasInstanceDict;
        t.DescrGet = static (descr, instance, owner) =>
        {
            var cm = (PyClassMethod)descr;
            var cls = (PyObject?)owner ?? instance!.type;
            // 3.11 chains through the wrapped object's __get__ (classmethod(property) works).
            if (cm.Callable.type.DescrGet is { } get && cm.Callable.type != RuntimeTypes.Function)
                return get(cm.Callable, cls, cls.type);
            return new PyBoundMethod(cm.Callable, cls);
        };
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("classmethod() takes no keyword arguments");
            if (args.Length != 1) throw PyErrors.TypeError($"classmethod expected 1 argument, got {args.Length}");
            return new PyClassMethod((PyType)callable, args[0]);
        };
        t.Init = static (self, args, kwnames) => WrapperAttributes.Copy((PyClassMethod)self, ((PyClassMethod)self).Callable);
        t.Repr = static self => PyStr.FromString($"<classmethod({PyOps.Repr(((PyClassMethod)self).Callable).Value})>");
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        BindingInstaller.AddGetter(t, "__func__", static s => ((PyClassMethod)s).Callable);
        BindingInstaller.AddGetter(t, "__wrapped__", static s => ((PyClassMethod)s).Callable);
        BindingInstaller.AddGetter(t, "__isabstractmethod__", static s => IsAbstract(((PyClassMethod)s).Callable));
        BindingInstaller.AddGetSet(t, "__dict__", static s => ((PyClassMethod)s).GetDict(true)!, static (s, v) => ((PyClassMethod)s).dict = (PyDict?)v);
    }

    internal static PyObject IsAbstract(PyObject f)
    {
        var r = PyOps.GetAttrOrNull(f, StrIntern.Intern("__isabstractmethod__"));
        return PyBool.FromBool(r is not null && PyOps.IsTrue(r));
    }
}
