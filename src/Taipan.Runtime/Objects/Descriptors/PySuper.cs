using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>super(type, obj): attribute lookup on obj's MRO starting after <see cref="ThisType"/>.</summary>
internal sealed class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PySuper((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("super() takes no keyword arguments");
            var s = (PySuper)self;
            PyType thisType;
            PyObject? obj = null;
            if (args.Length == 0)
            {
                (thisType, obj) = ZeroArgument();
            }
            else
            {
                if (args.Length > 2) throw PyErrors.TypeError($"super() takes at most 2 arguments ({args.Length} given)");
                thisType = args[0] as PyType ?? throw PyErrors.TypeError($"super() argument 1 must be a type, not {args[0].type.Name}");
                if (args.Length == 2 && args[1] != PyNone.Instance) obj = args[1];
            }
            s.ThisType = thisType;
            if (obj is not null)
            {
                s.ObjType = CheckObject(thisType, obj);
                s.Obj = obj;
            }
        };
        t.GetAttr = static (self, name) =>
        {
            var s = (PySuper)self;
            if (s.ObjType is not null && name.Value != "__class__")
            {
                var mro = s.ObjType.Mro;
                int i = 0;
                while (i < mro.Length && !ReferenceEquals(mro[i], s.ThisType)) i++;
                for (i++; i < mro.Length; i++)
                {
                    var v = mro[i].Dict.GetItemOrNull(name);
                    if (v is null) continue;
                    var get = v.type.DescrGet;
                    if (get is null) return v;
                    return get(v, ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj, s.ObjType);
                }
            }
            return ObjectAttributes.GenericGetAttr(self, name);
        };
        t.DescrGet = static (descr, instance, owner) =>
        {
            var s = (PySuper)descr;
            if (instance is null || s.Obj is not null) return s;
            var n = new PySuper(s.type) { ThisType = s.ThisType, Obj = instance, ObjType = CheckObject(s.ThisType!, instance) };
            return n;
        };
        t.Repr = static self =>
        {
            var s = (PySuper)self;
            return PyStr.FromString(s.ObjType is not null
                ? $"<super: <class '{s.ThisType?.Name}'>, <{s.ObjType.Name} object>>"
                : $"<super: <class '{s.ThisType?.Name}'>, NULL>");
        };
        BindingInstaller.AddGetter(t, "__thisclass__", static s => (PyObject?)((PySuper)s).ThisType ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "__self__", static s => ((PySuper)s).Obj ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "__self_class__", static s => (PyObject?)((PySuper)s).ObjType ?? PyNone.Instance);
    }

    /// <summary>supercheck: obj is an instance or a subclass of type.</summary>
    private static PyType CheckObject(PyType type, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtypeOf(type)) return ot;
        if (obj.type.IsSubtypeOf(type)) return obj.type;
        var cls = PyOps.GetAttrOrNull(obj, Names.Class);
        if (cls is PyType ct && ct != obj.type && ct.IsSubtypeOf(type)) return ct;
        throw PyErrors.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /// <summary>super() in a method: the first argument of the calling frame and its __class__ cell.</summary>
    private static (PyType, PyObject) ZeroArgument()
    {
        var f = ThreadState.Current.Frame ?? throw PyErrors.RuntimeError("super(): no current frame");
        var code = f.Code;
        if (code.ArgCount == 0 && (code.Flags & Compiler.Bytecode.CodeFlags.VarArgs) == 0)
            throw PyErrors.RuntimeError("super(): no arguments");
        var first = f.Slots[0].V;
        if (first is PyCell c0 && code.NCells > 0 && Array.IndexOf(code.Code.CellVars, code.Code.VarNames[0]) >= 0) first = c0.Contents;
        if (first is null) throw PyErrors.RuntimeError("super(): arg[0] deleted");
        for (int i = 0; i < code.NFrees; i++)
        {
            if (code.LocalNames[code.NLocals + code.NCells + i].Value != "__class__") continue;
            var cell = f.Slots[code.NLocals + code.NCells + i].V as PyCell;
            if (cell?.Contents is null) throw PyErrors.RuntimeError("super(): empty __class__ cell");
            if (cell.Contents is not PyType ty) throw PyErrors.RuntimeError("super(): __class__ is not a type (" + cell.Contents.type.Name + ")");
            return (ty, first);
        }
        throw PyErrors.RuntimeError("super(): __class__ cell not found");
    }
}
