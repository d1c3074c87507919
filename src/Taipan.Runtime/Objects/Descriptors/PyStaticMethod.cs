using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>staticmethod: no binding; callable itself since 3.10.</summary>
internal sealed class PyStaticMethod : PyObject, IDictOwner
{
    public PyObject Callable;
    private PyDict? dict;

    public PyStaticMethod(PyObject callable) : this(RuntimeTypes.StaticMethod, callable) { }

    public PyStaticMethod(PyType type, PyObject callable) : base(type) => Callable = callable;

    public PyDict? GetDict(bool create) => create ? dict ??= new PyDict() : dict;

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.HasInstanceDict;
        t.DescrGet = static (descr, instance, owner) => ((PyStaticMethod)descr).Callable;
        t.Call = static (callable, args, kwnames) => PyOps.Call(((PyStaticMethod)callable).Callable, args, kwnames);
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("staticmethod() takes no keyword arguments");
            if (args.Length != 1) throw PyErrors.TypeError($"staticmethod expected 1 argument, got {args.Length}");
            return new PyStaticMethod((PyType)callable, args[0]);
        };
        t.Init = static (self, args, kwnames) => WrapperAttributes.Copy((PyStaticMethod)self, ((PyStaticMethod)self).Callable);
        t.Repr = static self => PyStr.FromString($"<staticmethod({PyOps.Repr(((PyStaticMethod)self).Callable).Value})>");
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        BindingInstaller.AddGetter(t, "__func__", static s => ((PyStaticMethod)s).Callable);
        BindingInstaller.AddGetter(t, "__wrapped__", static s => ((PyStaticMethod)s).Callable);
        BindingInstaller.AddGetter(t, "__isabstractmethod__", static s => PyClassMethod.IsAbstract(((PyStaticMethod)s).Callable));
        BindingInstaller.AddGetSet(t, "__dict__", static s => ((PyStaticMethod)s).GetDict(true)!, static (s, v) => ((PyStaticMethod)s).dict = (PyDict?)v);
    }
}
