using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>The attributes of type objects (type's getsets and methods): __name__, __qualname__,
/// __module__, __bases__, __mro__, __dict__, __doc__, mro(), __subclasses__(), isinstance hooks.</summary>
internal static class TypeAttributes
{
    public static void Install(PyType t)
    {
        t.New = TypeCreation.TypeNew;
        t.SetAttr = ObjectAttributes.TypeSetAttr;
        t.Init = static (self, args, kwnames) =>
        {
            int n = args.Length - (kwnames?.Count ?? 0);
            if (n != 1 && n != 3) throw PyErrors.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        BindingInstaller.AddGetSet(t, "__name__", static s => PyStr.FromString(ShortName((PyType)s)), static (s, v) =>
        {
            var ty = Mutable(s, "__name__", v);
            var newName = (v as PyStr ?? throw PyErrors.TypeError($"can only assign string to {ty.Name}.__name__, not '{v?.type.Name}'")).Value;
            TypeCreation.CheckName(newName);
            ty.Name = newName;
        });
        BindingInstaller.AddGetSet(t, "__qualname__", static s => PyStr.FromString(((PyType)s).IsHeapType ? ((PyType)s).Qualname : ShortName((PyType)s)), static (s, v) =>
        {
            var ty = Mutable(s, "__qualname__", v);
            ty.Qualname = (v as PyStr ?? throw PyErrors.TypeError($"can only assign string to {ty.Name}.__qualname__, not '{v?.type.Name}'")).Value;
        });
        BindingInstaller.AddGetSet(t, "__module__", static s =>
        {
            var ty = (PyType)s;
            if (ty.IsHeapType) return ty.Dict.GetItemOrNull(Names.Module) ?? throw PyErrors.AttributeError("__module__");
            int dot = ty.Name.LastIndexOf('.');
            return PyStr.FromString(dot >= 0 ? ty.Name[..dot] : "builtins");
        }, static (s, v) => Mutable(s, "__module__", v).SetTypeAttribute(Names.Module, v));
        BindingInstaller.AddGetSet(t, "__doc__", static s =>
        {
            var ty = (PyType)s;
            var d = ty.Dict.GetItemOrNull(Names.Doc);
            if (d is null) return PyNone.Instance;
            if (!ty.IsHeapType) return d;
            return d.type.DescrGet is { } get ? get(d, null, ty) : d;
        }, static (s, v) => Mutable(s, "__doc__", v).SetTypeAttribute(Names.Doc, v));
        BindingInstaller.AddGetSet(t, "__bases__", static s =>
        {
            var ty = (PyType)s;
            return PyTuple.Wrap(Array.ConvertAll(ty.Bases, static b => (PyObject)b));
        }, static (s, v) => ((PyType)s).SetBases(v));
        BindingInstaller.AddGetter(t, "__base__", static s => (PyObject?)((PyType)s).Base ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "__mro__", static s => PyTuple.Wrap(Array.ConvertAll(((PyType)s).Mro, static b => (PyObject)b)));
        BindingInstaller.AddGetter(t, "__dict__", static s => new PyMappingProxy(((PyType)s).Dict));
        BindingInstaller.AddGetter(t, "__flags__", static s => PyInt.FromLong(CPythonFlags((PyType)s)));
        BindingInstaller.AddGetter(t, "__basicsize__", static s => PyInt.FromLong(16));
        // tp_itemsize of CPython's variable-size layouts (int digits, tuple items, bytes, type's members)
        BindingInstaller.AddGetter(t, "__itemsize__", static s =>
        {
            var ty = (PyType)s;
            long size = ty.IsSubtypeOf(PyTypes.Int) ? 4 : ty.IsSubtypeOf(PyTypes.Tuple) ? 8
                : ty.LayoutId == PyTypes.BytesLayout ? 1 : ty.IsSubtypeOf(PyTypes.Type) ? 40 : 0;
            return PyInt.FromLong(size);
        });
        BindingInstaller.AddGetSet(t, "__abstractmethods__", static s =>
        {
            var ty = (PyType)s;
            var v = ty != PyTypes.Type ? ty.Dict.GetItemOrNull(Names.Abstractmethods) : null;
            return v ?? throw PyErrors.AttributeError("__abstractmethods__");
        }, static (s, v) =>
        {
            var ty = (PyType)s;
            if (v is null)
            {
                if (ty.Dict.GetItemOrNull(Names.Abstractmethods) is null) throw PyErrors.AttributeError("__abstractmethods__");
                ty.Dict.DelItem(Names.Abstractmethods);
            }
            else ty.Dict.SetItem(Names.Abstractmethods, v);
            AbstractMethods.Refresh(ty);
            ty.Modified();
        });
        Method(t, "mro", static (s, a, k) => PyList.FromSpan(Array.ConvertAll(((PyType)s!).Mro, static b => (PyObject)b)));
        Method(t, "__subclasses__", static (s, a, k) =>
        {
            var l = new PyList();
            foreach (var sub in ((PyType)s!).LiveSubclasses()) l.Append(sub);
            return l;
        });
        Method(t, "__instancecheck__", static (s, a, k) => PyBool.FromBool(TypeChecks.RealIsInstance(a[0], (PyType)s!)));
        Method(t, "__subclasscheck__", static (s, a, k) => PyBool.FromBool(TypeChecks.RealIsSubclass(a[0], s!)));
        Method(t, "__dir__", static (s, a, k) =>
        {
            var names = new PyDict();
            foreach (var ty in ((PyType)s!).Mro)
            {
                int pos = 0;
                while (ty.Dict.Next(ref pos, out var key, out _)) names.SetItem(key, PyNone.Instance);
            }
            var l = new PyList();
            int p = 0;
            while (names.Next(ref p, out var key2, out _)) l.Append(key2);
            return l;
        });
        t.Dict.SetItem(Names.Prepare, new PyClassMethod(new PyBuiltinFunction("__prepare__", "type", null, static (s, a, k) => new PyDict())));
        t.Dict.SetItem(StrIntern.Intern("__or__"), new PyMethodDescriptor(t, "__or__", static (s, a, k) => Builtins.UnionType.Make(s!, a[0])));
        t.Dict.SetItem(StrIntern.Intern("__ror__"), new PyMethodDescriptor(t, "__ror__", static (s, a, k) => Builtins.UnionType.Make(a[0], s!)));
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => Builtins.UnionType.Make(a, b);
    }

    /// <summary>type_name: a builtin type's tp_name is "module.Name" for types outside builtins; __name__ is the part after the dot.</summary>
    private static string ShortName(PyType t)
    {
        if (t.IsHeapType) return t.Name;
        int dot = t.Name.LastIndexOf('.');
        return dot >= 0 ? t.Name[(dot + 1)..] : t.Name;
    }

    private static void Method(PyType t, string name, NativeMethod m) =>
        t.Dict.SetItem(StrIntern.Intern(name), new PyMethodDescriptor(t, name, m));

    /// <summary>check_set_special_type_attr: builtin types are immutable, and these attributes can't be deleted.</summary>
    private static PyType Mutable(PyObject s, string attr, PyObject? value)
    {
        var ty = (PyType)s;
        if (!ty.IsHeapType) throw PyErrors.TypeError($"cannot set '{attr}' attribute of immutable type '{ty.Name}'");
        if (value is null) throw PyErrors.TypeError($"cannot delete '{attr}' attribute of immutable type '{ty.Name}'");
        return ty;
    }


    /// <summary>__flags__ in CPython's Py_TPFLAGS_* encoding: copyreg, pickle, inspect and the test suite
    /// test its bits (HEAPTYPE above all), not Taipan's own TypeFlags.</summary>
    private static long CPythonFlags(PyType t)
    {
        long f = 1L << 12; // READY
        if (t.IsHeapType) f |= (1L << 9) | (1L << 14); // HEAPTYPE, HAVE_GC
        else f |= 1L << 8; // IMMUTABLETYPE
        if ((t.Flags & TypeFlags.Immutable) != 0) f |= 1L << 8;
        if ((t.Flags & TypeFlags.BaseType) != 0) f |= 1L << 10;
        if ((t.Flags & TypeFlags.IsAbstract) != 0) f |= 1L << 20;
        if (!t.IsHeapType)
        {
            if ((t.Flags & TypeFlags.MethodDescriptor) != 0) f |= 1L << 17;
            if ((t.Flags & TypeFlags.Vectorcall) != 0) f |= 1L << 11;
        }
        if (t.IsSubtypeOf(PyTypes.List) || t.IsSubtypeOf(PyTypes.Tuple) || t.IsSubtypeOf(PyTypes.Range)) f |= 1L << 5; // SEQUENCE
        if (t.IsSubtypeOf(PyTypes.Dict)) f |= 1L << 6; // MAPPING
        if (t.IsSubtypeOf(PyTypes.Int)) f |= 1L << 24;
        if (t.IsSubtypeOf(PyTypes.List)) f |= 1L << 25;
        if (t.IsSubtypeOf(PyTypes.Tuple)) f |= 1L << 26;
        if (t.IsSubtypeOf(BytesTypes.Bytes)) f |= 1L << 27;
        if (t.IsSubtypeOf(PyTypes.Str)) f |= 1L << 28;
        if (t.IsSubtypeOf(PyTypes.Dict)) f |= 1L << 29;
        if (t.IsSubtypeOf(PyTypes.BaseException)) f |= 1L << 30;
        if (t.IsSubtypeOf(PyTypes.Type)) f |= 1L << 31;
        return f;
    }
}
