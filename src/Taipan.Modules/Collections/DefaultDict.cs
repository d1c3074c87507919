using System.Runtime.CompilerServices;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Collections;

/// <summary>collections.defaultdict: a dict subtype (instances are PyDicts, so every dict fast path
/// holds); default_factory lives in a side table because PyDict has no spare field.</summary>
internal static class DefaultDict
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("collections.defaultdict", -1, InitType, PyTypes.Dict);
    private static readonly ConditionalWeakTable<PyDict, StrongBox<PyObject?>> factories = new();

    private static StrongBox<PyObject?> Box(PyObject d) => factories.GetValue((PyDict)d, static _ => new StrongBox<PyObject?>());

    public static PyObject? Factory(PyObject d) => factories.TryGetValue((PyDict)d, out var b) ? b.Value : null;

    private static PyObject Missing(PyObject self, PyObject key)
    {
        var f = Factory(self);
        if (f is null) throw PyErrors.KeyError(key);
        var v = PyOps.Call(f, ReadOnlySpan<PyObject>.Empty);
        PyOps.SetItem(self, key, v);
        return v;
    }

    private static void InitType(PyType t)
    {
        var dictNew = PyTypes.Dict.New!;
        var dictInit = PyTypes.Dict.Init!;
        t.New = static (callable, args, kwnames) => new PyDict((PyType)callable);
        t.Init = (self, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = args.Length - nkw;
            PyObject? factory = null;
            if (npos > 0)
            {
                factory = args[0];
                if (factory == PyNone.Instance) factory = null;
                else if (factory.type.Call is null) throw PyErrors.TypeError("first argument must be callable or None");
                args = args[1..];
            }
            Box(self).Value = factory;
            dictInit(self, args, kwnames);
        };
        _ = dictNew;
        t.Repr = static self =>
        {
            var f = Factory(self);
            string fr;
            var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
            if (f is null) fr = "None";
            else if (!ts.ReprEnter(f)) fr = "...";
            else
            {
                try { fr = PyOps.Repr(f).Value; }
                finally { ts.ReprLeave(f); }
            }
            var dictRepr = PyTypes.Dict.Repr!(self);
            var name = self.type.Name[(self.type.Name.LastIndexOf('.') + 1)..];
            return PyStr.FromString(new StringBuilder(name).Append('(').Append(fr).Append(", ").Append(((PyStr)dictRepr).Value).Append(')').ToString());
        };
        t.GetItem = static (self, key) => ((PyDict)self).GetItemOrNull(key) ?? CallMissing(self, key);
        BindingInstaller.AddMethod(t, "__missing__", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "defaultdict.__missing__");
            return Missing(self!, args[0]);
        });
        BindingInstaller.AddMethod(t, "copy", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "defaultdict.copy");
            return Copy(self!);
        });
        BindingInstaller.AddMethod(t, "__copy__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "defaultdict.__copy__");
            return Copy(self!);
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            var f = Factory(self!);
            var items = PyOps.CallMethod(self!, "items", ReadOnlySpan<PyObject>.Empty);
            return PyTuple.Wrap(new PyObject[] { self!.type, f is null ? PyTuple.Empty : PyTuple.Of(f), PyNone.Instance, PyNone.Instance, PyOps.GetIter(items) });
        });
        BindingInstaller.AddGetSet(t, "default_factory", static self => Factory(self) ?? PyNone.Instance,
            static (self, v) => Box(self).Value = v is null || v == PyNone.Instance ? null : v);
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) =>
        {
            PyObject self, other;
            if (a.type.IsSubtypeOf(PyTypeObject)) { self = a; other = b; }
            else { self = b; other = a; }
            if (other is not PyDict) return PyNotImplemented.Instance;
            var r = Copy(self);
            if (ReferenceEquals(self, a)) PyOps.CallMethod(r, "update", new[] { b });
            else
            {
                // other | defaultdict: a new defaultdict with other's items updated by self's
                var n = Copy(self);
                PyOps.CallMethod(n, "clear", ReadOnlySpan<PyObject>.Empty);
                PyOps.CallMethod(n, "update", new[] { a });
                PyOps.CallMethod(n, "update", new[] { b });
                return n;
            }
            return r;
        };
    }

    /// <summary>The type's __missing__ (a Python subclass may override it).</summary>
    private static PyObject CallMissing(PyObject self, PyObject key)
    {
        if (self.type == PyTypeObject) return Missing(self, key);
        var m = self.type.Lookup("__missing__")!;
        var bound = m.type.DescrGet is { } get ? get(m, self, self.type) : m;
        return PyOps.Call(bound, new[] { key });
    }

    private static PyObject Copy(PyObject self)
    {
        var f = Factory(self);
        return PyOps.Call(self.type, new PyObject[] { f ?? PyNone.Instance, self });
    }
}
