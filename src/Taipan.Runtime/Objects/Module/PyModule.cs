using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>A module: a namespace dict. Module globals are this dict.</summary>
internal sealed class PyModule : PyObject, IDictOwner
{
    public PyDict Dict;

    public PyModule(PyType type, PyDict dict) : base(type) => Dict = dict;

    public PyModule(string name, PyObject? doc = null) : base(RuntimeTypes.Module)
    {
        Dict = new PyDict();
        Dict.SetItem(Names.Name, PyStr.FromString(name));
        Dict.SetItem(Names.Doc, doc ?? PyNone.Instance);
        Dict.SetItem(Names.Package, PyNone.Instance);
        Dict.SetItem(Names.Loader, PyNone.Instance);
        Dict.SetItem(Names.Spec, PyNone.Instance);
    }

    public string Name => Dict.GetItemOrNull(Names.Name) is PyStr s ? s.Value : "?";

    public PyDict? GetDict(bool create) => Dict;

    public void Set(string name, PyObject value) => Dict.SetItem(StrIntern.Intern(name), value);

    [ThreadStatic] private static PyException? hookError;
    [ThreadStatic] private static PyModule? hookModule;
    [ThreadStatic] private static PyStr? hookName;

    /// <summary>The AttributeError the module's __getattr__ raised for the lookup that just missed.</summary>
    internal static PyException? TakeHookError(PyModule m, PyStr name)
    {
        var e = hookError;
        if (e is null || !ReferenceEquals(hookModule, m) || !ReferenceEquals(hookName, name)) return null;
        hookError = null;
        hookModule = null;
        hookName = null;
        return e;
    }

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.HasInstanceDict | TypeFlags.BaseType;
        t.GetAttr = static (self, name) =>
        {
            var r = ObjectAttributes.GenericGetAttr(self, name);
            if (r is not null) return r;
            // PEP 562: module-level __getattr__.
            var m = (PyModule)self;
            var hook = m.Dict.GetItemOrNull(Names.Getattr);
            if (hook is null) return null;
            try
            {
                return PyOps.Call(hook, new PyObject[] { name });
            }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError))
            {
                // A lookup (hasattr, from-list handling) sees a miss; getattr() raises this very
                // exception with the hook's message (see TakeHookError).
                hookError = e;
                hookModule = m;
                hookName = name;
                return null;
            }
        };
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.Repr = static self =>
        {
            // module_repr is importlib's _module_repr (loaders' module_repr, spec origins, __file__).
            if (InterpreterState.Current.ImportModuleRepr is { } moduleRepr)
                return PyOps.Call(moduleRepr, new[] { self });
            var m = (PyModule)self;
            var name = m.Dict.GetItemOrNull(Names.Name) is PyStr s ? s.Value : "?";
            if (m.Dict.GetItemOrNull(Names.File) is PyStr f) return PyStr.FromString($"<module '{name}' from '{f.Value}'>");
            return PyStr.FromString($"<module '{name}' (built-in)>");
        };
        t.New = static (callable, args, kwnames) => new PyModule((PyType)callable, new PyDict());
        t.Init = static (self, args, kwnames) =>
        {
            var slots = ArgParser.Unpack(args, kwnames, "module", new[] { "name", "doc" }, 0, 1);
            var m = (PyModule)self;
            m.Dict.SetItem(Names.Name, slots[0] as PyStr ?? throw PyErrors.TypeError($"module.__init__() argument 'name' must be str, not {slots[0]!.type.Name}"));
            m.Dict.SetItem(Names.Doc, slots[1] ?? PyNone.Instance);
            m.Dict.SetItem(Names.Package, PyNone.Instance);
            m.Dict.SetItem(Names.Loader, PyNone.Instance);
            m.Dict.SetItem(Names.Spec, PyNone.Instance);
        };
        BindingInstaller.AddGetter(t, "__dict__", static s => ((PyModule)s).Dict);
        // module_dir: the namespace's own __dir__ (PEP 562) or its keys; dir() sorts them.
        BindingInstaller.AddMethod(t, "__dir__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__dir__");
            var dict = PyOps.GetAttr(self!, Names.Dict);
            if (dict is not PyDict d) throw PyErrors.TypeError("<module>.__dict__ is not a dictionary");
            var dirFunc = d.GetItemOrNull(StrIntern.Intern("__dir__"));
            return dirFunc is not null ? PyOps.Call(dirFunc, ReadOnlySpan<PyObject>.Empty) : PyOps.ToList(d);
        });
        // module.__annotations__ is created on first read (3.10+), stored in the namespace.
        BindingInstaller.AddGetSet(t, "__annotations__", static s =>
        {
            var d = ((PyModule)s).Dict;
            var a = d.GetItemOrNull(Names.Annotations);
            if (a is null)
            {
                a = new PyDict();
                d.SetItem(Names.Annotations, a);
            }
            return a;
        }, static (s, v) =>
        {
            var d = ((PyModule)s).Dict;
            if (v is not null) d.SetItem(Names.Annotations, v);
            else if (d.GetItemOrNull(Names.Annotations) is null) throw PyErrors.AttributeError("__annotations__");
            else d.DelItem(Names.Annotations);
        });
    }
}
