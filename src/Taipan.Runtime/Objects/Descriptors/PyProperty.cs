using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>property: a data descriptor calling fget/fset/fdel.</summary>
internal sealed class PyProperty : PyObject, IDictOwner
{
    public PyObject? Get, Set, Delete;
    public PyObject Doc = PyNone.Instance;
    public PyObject? Name;
    private bool docFromGetter;
    private PyDict? dict;

    public PyProperty(PyType type) : base(type) { }

    public PyDict? GetDict(bool create) => create ? dict ??= new PyDict() : dict;

    /// <summary>3.11's wording names the property when __set_name__ gave it a name, and the
    /// instance's type by its qualified name.</summary>
    private static string Qual(PyProperty p, PyObject instance) =>
        p.Name is PyStr n ? $"property '{n.Value}' of '{instance.type.Qualname}' object" : $"property of '{instance.type.Qualname}' object";

    internal static void InitType(PyType t)
    {
        t.DescrGet = static (descr, instance, owner) =>
        {
            var p = (PyProperty)descr;
            if (instance is null) return p;
            if (p.Get is null) throw PyErrors.AttributeError($"{Qual(p, instance)} has no getter");
            return PyOps.Call(p.Get, new[] { instance });
        };
        t.DescrSet = static (descr, instance, value) =>
        {
            var p = (PyProperty)descr;
            if (value is null)
            {
                if (p.Delete is null) throw PyErrors.AttributeError($"{Qual(p, instance)} has no deleter");
                PyOps.Call(p.Delete, new[] { instance });
            }
            else
            {
                if (p.Set is null) throw PyErrors.AttributeError($"{Qual(p, instance)} has no setter");
                PyOps.Call(p.Set, new[] { instance, value });
            }
        };
        t.New = static (callable, args, kwnames) => new PyProperty((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "property", new[] { "fget", "fset", "fdel", "doc" }, 0, 0);
            var p = (PyProperty)self;
            p.Get = s[0] == PyNone.Instance ? null : s[0];
            p.Set = s[1] == PyNone.Instance ? null : s[1];
            p.Delete = s[2] == PyNone.Instance ? null : s[2];
            if ((s[3] is null || s[3] == PyNone.Instance) && p.Get is not null)
            {
                var d = PyOps.GetAttrOrNull(p.Get, Names.Doc);
                if (d is not null && d != PyNone.Instance) { p.Doc = d; p.docFromGetter = true; }
            }
            else if (s[3] is not null) p.Doc = s[3]!;
            if (p.type != RuntimeTypes.Property && p.Doc != PyNone.Instance)
                ObjectAttributes.GenericSetAttr(p, Names.Doc, p.Doc);
        };
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.Dict.SetItem(StrIntern.Intern("fget"), new PyMemberDescriptor(t, "fget", static s => ((PyProperty)s).Get ?? PyNone.Instance));
        t.Dict.SetItem(StrIntern.Intern("fset"), new PyMemberDescriptor(t, "fset", static s => ((PyProperty)s).Set ?? PyNone.Instance));
        t.Dict.SetItem(StrIntern.Intern("fdel"), new PyMemberDescriptor(t, "fdel", static s => ((PyProperty)s).Delete ?? PyNone.Instance));
        BindingInstaller.AddGetSet(t, "__doc__", static s => ((PyProperty)s).Doc, static (s, v) => ((PyProperty)s).Doc = v ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "__isabstractmethod__", static s =>
        {
            var p = (PyProperty)s;
            foreach (var f in new[] { p.Get, p.Set, p.Delete })
                if (f is not null && PyOps.IsTrue(PyClassMethod.IsAbstract(f))) return PyBool.True;
            return PyBool.False;
        });
        t.Dict.SetItem(StrIntern.Intern("getter"), new PyMethodDescriptor(t, "getter", static (s, a, k) => Copy((PyProperty)s!, 0, a[0])));
        t.Dict.SetItem(StrIntern.Intern("setter"), new PyMethodDescriptor(t, "setter", static (s, a, k) => Copy((PyProperty)s!, 1, a[0])));
        t.Dict.SetItem(StrIntern.Intern("deleter"), new PyMethodDescriptor(t, "deleter", static (s, a, k) => Copy((PyProperty)s!, 2, a[0])));
        t.Dict.SetItem(StrIntern.Intern("__set_name__"), new PyMethodDescriptor(t, "__set_name__", static (s, a, k) =>
        {
            ((PyProperty)s!).Name = a[1];
            return PyNone.Instance;
        }));
    }

    /// <summary>property.getter/setter/deleter: a copy of the same type with one function replaced.</summary>
    private static PyObject Copy(PyProperty p, int which, PyObject f)
    {
        var get = which == 0 ? f : p.Get;
        var set = which == 1 ? f : p.Set;
        var del = which == 2 ? f : p.Delete;
        var doc = p.docFromGetter && which == 0 ? PyNone.Instance : p.Doc;
        var copy = PyOps.Call(p.type, new[] { get ?? PyNone.Instance, set ?? PyNone.Instance, del ?? PyNone.Instance, doc });
        if (copy is PyProperty pc) pc.Name = p.Name;
        return copy;
    }
}
