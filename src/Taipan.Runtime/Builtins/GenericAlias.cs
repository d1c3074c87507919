using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>types.GenericAlias: `list[int]` (PEP 585).</summary>
internal sealed class GenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyTuple Args;

    public GenericAlias(PyObject origin, PyObject args) : this(RuntimeTypes.GenericAlias, origin, args) { }

    /// <summary>An instance of types.GenericAlias or of a Python subclass (collections.abc's _CallableGenericAlias).</summary>
    public GenericAlias(PyType type, PyObject origin, PyObject args) : base(type)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Of(args);
    }

    internal static string TypeRepr(PyObject o)
    {
        if (o == PyEllipsis.Instance) return "...";
        if (o is PyType t)
        {
            if (t.IsHeapType) return PyOps.Str(PyOps.GetAttr(t, Names.Module)).Value is var m && m != "builtins" ? m + "." + t.Qualname : t.Qualname;
            return t.Name;
        }
        if (o is GenericAlias || o is UnionType) return PyOps.Repr(o).Value;
        var qual = PyOps.GetAttrOrNull(o, Names.QualName);
        var mod = PyOps.GetAttrOrNull(o, Names.Module);
        if (qual is PyStr q && mod is PyStr ms) return ms.Value == "builtins" ? q.Value : ms.Value + "." + q.Value;
        return PyOps.Repr(o).Value;
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var g = (GenericAlias)self;
            var sb = new StringBuilder(TypeRepr(g.Origin)).Append('[');
            if (g.Args.Count == 0) sb.Append("()");
            for (int i = 0; i < g.Args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var a = g.Args[i];
                if (a is PyList l)
                {
                    sb.Append('[');
                    for (int j = 0; j < l.Count; j++) sb.Append(j > 0 ? ", " : "").Append(TypeRepr(l[j]));
                    sb.Append(']');
                }
                else sb.Append(TypeRepr(a));
            }
            return PyStr.FromString(sb.Append(']').ToString());
        };
        t.Call = static (callable, args, kwnames) => PyOps.Call(((GenericAlias)callable).Origin, args, kwnames);
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not GenericAlias gb) return PyNotImplemented.Instance;
            var ga = (GenericAlias)a;
            bool eq = PyOps.EqualsBool(ga.Origin, gb.Origin) && PyOps.EqualsBool(ga.Args, gb.Args);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static self => PyOps.Hash(((GenericAlias)self).Origin) ^ PyOps.Hash(((GenericAlias)self).Args);
        t.GetAttr = static (self, name) =>
        {
            var r = ObjectAttributes.GenericGetAttr(self, name);
            if (r is not null) return r;
            var n = name.Value;
            if (n.StartsWith("__", StringComparison.Ordinal) && n.EndsWith("__", StringComparison.Ordinal)) return null;
            return PyOps.GetAttrOrNull(((GenericAlias)self).Origin, name);
        };
        t.GetItem = static (self, key) => new GenericAlias(((GenericAlias)self).Origin, key);
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => UnionType.Make(a, b);
        BindingInstaller.AddGetter(t, "__origin__", static s => ((GenericAlias)s).Origin);
        BindingInstaller.AddGetter(t, "__args__", static s => ((GenericAlias)s).Args);
        BindingInstaller.AddGetter(t, "__parameters__", static s => PyTuple.Empty);
        BindingInstaller.AddMethod(t, "__mro_entries__", static (s, a, k) => PyTuple.Of(((GenericAlias)s!).Origin));
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length != 2) throw PyErrors.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return new GenericAlias((PyType)callable, args[0], args[1]);
        };
    }

    /// <summary>__class_getitem__ for the builtin generic types (list, dict, tuple, ...).</summary>
    public static void InstallClassGetItem(PyType t) =>
        t.Dict.SetItem(Names.ClassGetItem, new PyClassMethod(new PyBuiltinFunction("__class_getitem__", t.Name, null,
            static (s, a, k) => new GenericAlias(a[0], a[1]))));
}

/// <summary>types.UnionType: `int | str` (PEP 604).</summary>
internal sealed class UnionType : PyObject
{
    public readonly PyTuple Args;

    private UnionType(PyTuple args) : base(RuntimeTypes.UnionType) => Args = args;

    private static bool IsUnionable(PyObject o) => o == PyNone.Instance || o is PyType || o is GenericAlias || o is UnionType;

    public static PyObject Make(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var items = new List<PyObject>();
        void Add(PyObject x)
        {
            if (x is UnionType u) { foreach (var i in u.Args.Items) Add(i); return; }
            if (x == PyNone.Instance) x = PyTypes.NoneType;
            foreach (var existing in items) if (PyOps.EqualsBool(existing, x)) return;
            items.Add(x);
        }
        Add(a);
        Add(b);
        if (items.Count == 1) return items[0];
        return new UnionType(PyTuple.Wrap(items.ToArray()));
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var u = (UnionType)self;
            var parts = new string[u.Args.Count];
            for (int i = 0; i < parts.Length; i++)
                parts[i] = u.Args[i] == PyTypes.NoneType ? "None" : GenericAlias.TypeRepr(u.Args[i]);
            return PyStr.FromString(string.Join(" | ", parts));
        };
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => Make(a, b);
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not UnionType ub) return PyNotImplemented.Instance;
            var sa = new PySet(PyTypes.FrozenSet);
            foreach (var x in ((UnionType)a).Args.Items) sa.Add(x);
            var sb = new PySet(PyTypes.FrozenSet);
            foreach (var x in ub.Args.Items) sb.Add(x);
            bool eq = PyOps.EqualsBool(sa, sb);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static self =>
        {
            var s = new PySet(PyTypes.FrozenSet);
            foreach (var x in ((UnionType)self).Args.Items) s.Add(x);
            return PyOps.Hash(s);
        };
        BindingInstaller.AddGetter(t, "__args__", static s => ((UnionType)s).Args);
        BindingInstaller.AddGetter(t, "__parameters__", static s => PyTuple.Empty);
        t.Dict.SetItem(StrIntern.Intern("__instancecheck__"), new PyMethodDescriptor(t, "__instancecheck__", static (s, a, k) =>
        {
            foreach (var x in ((UnionType)s!).Args.Items) if (TypeChecks.IsInstance(a[0], x)) return PyBool.True;
            return PyBool.False;
        }));
        t.Dict.SetItem(StrIntern.Intern("__subclasscheck__"), new PyMethodDescriptor(t, "__subclasscheck__", static (s, a, k) =>
        {
            foreach (var x in ((UnionType)s!).Args.Items) if (TypeChecks.IsSubclass(a[0], x)) return PyBool.True;
            return PyBool.False;
        }));
    }
}
