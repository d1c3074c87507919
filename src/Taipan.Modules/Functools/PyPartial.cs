using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Functools;

/// <summary>functools.partial(func, /, *args, **keywords). A partial of an exact partial without
/// instance attributes is flattened, as in CPython.</summary>
internal sealed class PyPartial : PyObject, IDictOwner
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("functools.partial", 25, InitType);
    private PyObject func;
    private PyTuple args;
    private PyDict keywords;
    private PyDict? dict;

    private PyPartial(PyType t, PyObject func, PyTuple args, PyDict keywords) : base(t)
    {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    public PyDict? GetDict(bool create) => dict ??= create ? new PyDict() : null;

    /// <summary>T_OBJECT READONLY members say so in CPython's words.</summary>
    private static void ReadOnlyMember(PyObject self, PyObject? value) => throw PyErrors.AttributeError("readonly attribute");

    private static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.Vectorcall;
        t.Flags |= TypeFlags.HasInstanceDict;
        t.New = static (callable, a, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = a.Length - nkw;
            if (npos < 1) throw PyErrors.TypeError("type 'partial' takes at least one argument");
            var func = a[0];
            PyObject[] pargs = Array.Empty<PyObject>();
            PyDict? pkw = null;
            if (func is PyPartial inner && inner.type.Call == PyTypeObject.Call && inner.dict is null)
            {
                pargs = inner.args.Items;
                pkw = inner.keywords;
                func = inner.func;
            }
            if (func.type.Call is null) throw PyErrors.TypeError("the first argument must be callable");
            var all = new PyObject[pargs.Length + npos - 1];
            pargs.CopyTo(all, 0);
            a.Slice(1, npos - 1).CopyTo(all.AsSpan(pargs.Length));
            var kw = new PyDict();
            if (pkw is not null)
            {
                int pos = 0;
                while (pkw.Next(ref pos, out var k, out var v)) kw.SetItem(k, v);
            }
            for (int i = 0; i < nkw; i++) kw.SetItem(kwnames![i], a[npos + i]);
            return new PyPartial((PyType)callable, func, PyTuple.Wrap(all), kw);
        };
        t.Call = static (self, a, kwnames) =>
        {
            var p = (PyPartial)self;
            int nkw = kwnames?.Count ?? 0;
            int npos = a.Length - nkw;
            int pkw = p.keywords.Count;
            if (pkw == 0)
            {
                if (p.args.Count == 0) return PyOps.Call(p.func, a, kwnames);
                var merged = new PyObject[p.args.Count + a.Length];
                p.args.Items.CopyTo(merged, 0);
                a.CopyTo(merged.AsSpan(p.args.Count));
                return PyOps.Call(p.func, merged, kwnames);
            }
            // keywords: the partial's, updated by the call's
            var kw = new PyDict();
            int pos = 0;
            while (p.keywords.Next(ref pos, out var k, out var v)) kw.SetItem(k, v);
            for (int i = 0; i < nkw; i++) kw.SetItem(kwnames![i], a[npos + i]);
            var all = new PyObject[p.args.Count + npos + kw.Count];
            p.args.Items.CopyTo(all, 0);
            a[..npos].CopyTo(all.AsSpan(p.args.Count));
            var names = new PyObject[kw.Count];
            int j = 0;
            pos = 0;
            while (kw.Next(ref pos, out var k2, out var v2))
            {
                names[j] = k2;
                all[p.args.Count + npos + j] = v2;
                j++;
            }
            return PyOps.Call(p.func, all, PyTuple.Wrap(names));
        };
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.Repr = static self =>
        {
            var p = (PyPartial)self;
            var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
            if (!ts.ReprEnter(self)) return PyStr.FromAscii("...");
            try
            {
                var sb = new StringBuilder(p.type.Name).Append('(').Append(PyOps.Repr(p.func).Value);
                foreach (var x in p.args.Items) sb.Append(", ").Append(PyOps.Repr(x).Value);
                int pos = 0;
                while (p.keywords.Next(ref pos, out var k, out var v))
                    sb.Append(", ").Append(PyOps.Str(k).Value).Append('=').Append(PyOps.Repr(v).Value);
                return PyStr.FromString(sb.Append(')').ToString());
            }
            finally { ts.ReprLeave(self); }
        };
        BindingInstaller.AddGetSet(t, "func", static self => ((PyPartial)self).func, ReadOnlyMember);
        BindingInstaller.AddGetSet(t, "args", static self => ((PyPartial)self).args, ReadOnlyMember);
        BindingInstaller.AddGetSet(t, "keywords", static self => ((PyPartial)self).keywords, ReadOnlyMember);
        BindingInstaller.AddGetSet(t, "__dict__", static self => ((PyPartial)self).GetDict(true)!, static (self, v) =>
        {
            if (v is not PyDict d) throw PyErrors.TypeError("__dict__ must be set to a dictionary");
            ((PyPartial)self).dict = d;
        });
        ModuleTypes.AddClassMethod(t, "__class_getitem__", static (cls, a, k) => new Taipan.Runtime.Builtins.GenericAlias(cls!, a[0]));
    }
}
