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
            if (hook is not null)
            {
                try { return PyOps.Call(hook, new PyObject[] { name }); }
                catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
            }
            return null;
        };
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.Repr = static self =>
        {
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
        t.Dict.SetItem(StrIntern.Intern("__dir__"), new PyMethodDescriptor(t, "__dir__", static (s, a, k) => Dir(s!)));
    }

    /// <summary>module.__dir__: the module dict's own __dir__ (PEP 562) or its keys, not the type's attributes.</summary>
    private static PyObject Dir(PyObject self)
    {
        var dict = PyOps.GetAttr(self, Names.Dict);
        if (dict is not PyDict d) throw PyErrors.TypeError("<module>.__dict__ is not a dictionary");
        var dirfunc = d.GetItemOrNull(StrIntern.Intern("__dir__"));
        return dirfunc is not null ? PyOps.Call(dirfunc, ReadOnlySpan<PyObject>.Empty) : PyOps.ToList(d);
    }
}
