using System.Text;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Operator;

/// <summary>operator.itemgetter(item, *items).</summary>
internal sealed class ItemGetter : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("operator.itemgetter", 21, InitType);
    private readonly PyObject[] items;

    private ItemGetter(PyType t, PyObject[] items) : base(t) => this.items = items;

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "itemgetter");
            if (args.Length == 0) throw PyErrors.TypeError("itemgetter expected 1 argument, got 0");
            return new ItemGetter((PyType)callable, args.ToArray());
        };
        t.Call = static (self, args, kwnames) =>
        {
            var g = (ItemGetter)self;
            ModuleTypes.NoKeywords(kwnames, "itemgetter");
            ArgParser.CheckPositional(args, null, "itemgetter", 1, 1);
            var obj = args[0];
            if (g.items.Length == 1) return PyOps.GetItem(obj, g.items[0]);
            var r = new PyObject[g.items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = PyOps.GetItem(obj, g.items[i]);
            return PyTuple.Wrap(r);
        };
        t.Repr = static self =>
        {
            var g = (ItemGetter)self;
            var sb = new StringBuilder(g.type.IsHeapType ? g.type.Name : "operator.itemgetter").Append('(');
            for (int i = 0; i < g.items.Length; i++) sb.Append(i > 0 ? ", " : "").Append(PyOps.Repr(g.items[i]).Value);
            return PyStr.FromString(sb.Append(')').ToString());
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            var g = (ItemGetter)self!;
            return PyTuple.Of(g.type, PyTuple.Wrap((PyObject[])g.items.Clone()));
        });
    }
}

/// <summary>operator.attrgetter(attr, *attrs): dotted names are split once, at construction.</summary>
internal sealed class AttrGetter : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("operator.attrgetter", 22, InitType);
    private readonly PyStr[][] paths;
    private readonly PyObject[] names;

    private AttrGetter(PyType t, PyStr[][] paths, PyObject[] names) : base(t)
    {
        this.paths = paths;
        this.names = names;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "attrgetter");
            if (args.Length == 0) throw PyErrors.TypeError("attrgetter expected 1 argument, got 0");
            var paths = new PyStr[args.Length][];
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is not PyStr s) throw PyErrors.TypeError("attribute name must be a string");
                var parts = s.Value.Split('.');
                paths[i] = new PyStr[parts.Length];
                for (int j = 0; j < parts.Length; j++) paths[i][j] = StrIntern.Intern(parts[j]);
            }
            return new AttrGetter((PyType)callable, paths, args.ToArray());
        };
        t.Call = static (self, args, kwnames) =>
        {
            var g = (AttrGetter)self;
            ModuleTypes.NoKeywords(kwnames, "attrgetter");
            ArgParser.CheckPositional(args, null, "attrgetter", 1, 1);
            var obj = args[0];
            if (g.paths.Length == 1) return Resolve(obj, g.paths[0]);
            var r = new PyObject[g.paths.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Resolve(obj, g.paths[i]);
            return PyTuple.Wrap(r);
        };
        t.Repr = static self =>
        {
            var g = (AttrGetter)self;
            var sb = new StringBuilder(g.type.IsHeapType ? g.type.Name : "operator.attrgetter").Append('(');
            for (int i = 0; i < g.names.Length; i++) sb.Append(i > 0 ? ", " : "").Append(PyOps.Repr(g.names[i]).Value);
            return PyStr.FromString(sb.Append(')').ToString());
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            var g = (AttrGetter)self!;
            return PyTuple.Of(g.type, PyTuple.Wrap((PyObject[])g.names.Clone()));
        });
    }

    private static PyObject Resolve(PyObject obj, PyStr[] path)
    {
        foreach (var name in path) obj = PyOps.GetAttr(obj, name);
        return obj;
    }
}

/// <summary>operator.methodcaller(name, /, *args, **kwargs).</summary>
internal sealed class MethodCaller : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("operator.methodcaller", 23, InitType);
    private readonly PyStr name;
    private readonly PyObject[] args;
    private readonly PyTuple? kwnames;

    private MethodCaller(PyType t, PyStr name, PyObject[] args, PyTuple? kwnames) : base(t)
    {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (ArgParser.Positional(args, kwnames) < 1) throw PyErrors.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr s) throw PyErrors.TypeError("method name must be a string");
            return new MethodCaller((PyType)callable, StrIntern.Intern(s.Value), args[1..].ToArray(), kwnames is { Count: > 0 } ? kwnames : null);
        };
        t.Call = static (self, args, kwnames) =>
        {
            var m = (MethodCaller)self;
            ModuleTypes.NoKeywords(kwnames, "methodcaller");
            ArgParser.CheckPositional(args, null, "methodcaller", 1, 1);
            return PyOps.Call(PyOps.GetAttr(args[0], m.name), m.args, m.kwnames);
        };
        t.Repr = static self =>
        {
            var m = (MethodCaller)self;
            var sb = new StringBuilder(m.type.IsHeapType ? m.type.Name : "operator.methodcaller").Append('(').Append(PyOps.Repr(m.name).Value);
            int nkw = m.kwnames?.Count ?? 0;
            int npos = m.args.Length - nkw;
            for (int i = 0; i < npos; i++) sb.Append(", ").Append(PyOps.Repr(m.args[i]).Value);
            for (int i = 0; i < nkw; i++) sb.Append(", ").Append(((PyStr)m.kwnames![i]).Value).Append('=').Append(PyOps.Repr(m.args[npos + i]).Value);
            return PyStr.FromString(sb.Append(')').ToString());
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            return ((MethodCaller)self!).Reduce();
        });
    }

    /// <summary>As CPython: (type, (name, *args)) without keywords; with keywords the keywords go into
    /// a functools.partial of the type, since a reduce tuple's arguments are positional only.</summary>
    private PyObject Reduce()
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (nkw == 0)
        {
            var all = new PyObject[npos + 1];
            all[0] = name;
            Array.Copy(args, 0, all, 1, npos);
            return PyTuple.Of(type, PyTuple.Wrap(all));
        }
        var partial = PyOps.GetAttr(Import.ImportAbsolute("functools"), StrIntern.Intern("partial"));
        var pargs = new PyObject[2 + nkw];
        pargs[0] = type;
        pargs[1] = name;
        Array.Copy(args, npos, pargs, 2, nkw);
        var bound = PyOps.Call(partial, pargs, kwnames);
        return PyTuple.Of(bound, PyTuple.Wrap(args[..npos]));
    }
}
