using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>Second bootstrap phase: fills each builtin type's slots and method table.</summary>
internal static class BuiltinTypeSlots
{
    public static void Install()
    {
        foreach (var t in PyType.Builtins) t.Dict.type = PyTypes.Dict;
        InitObject(PyTypes.Object);
        InitType(PyTypes.Type);
        PyNone.InitType(PyTypes.NoneType);
        PyNotImplemented.InitType(PyTypes.NotImplementedType);
        PyEllipsis.InitType(PyTypes.EllipsisType);
        PyInt.InitType(PyTypes.Int);
        PyBool.InitType(PyTypes.Bool);
        PyFloat.InitType(PyTypes.Float);
        PyComplex.InitType(PyTypes.Complex);
        PyStr.InitType(PyTypes.Str);
        PyTuple.InitType(PyTypes.Tuple);
        PyList.InitType(PyTypes.List);
        PyDict.InitType(PyTypes.Dict);
        PySet.InitType(PyTypes.Set);
        PySet.InitFrozenType(PyTypes.FrozenSet);
        PyRange.InitType(PyTypes.Range);
        PySlice.InitType(PyTypes.Slice);
        ListIterator.InitType(PyTypes.ListIterator);
        ListReverseIterator.InitType(PyTypes.ListReverseIterator);
        SequenceIterator.InitType(PyTypes.TupleIterator);
        StrIterator.InitType(PyTypes.StrIterator);
        StrIterator.InitType(PyTypes.StrAsciiIterator);
        SetIterator.InitType(PyTypes.SetIterator);
        RangeIterator.InitType(PyTypes.RangeIterator);
        SequenceGetItemIterator.InitType(PyTypes.SeqIterator);
        DictIterator.InitType(PyTypes.DictKeyIterator);
        DictIterator.InitType(PyTypes.DictValueIterator);
        DictIterator.InitType(PyTypes.DictItemIterator);
        DictReverseIterator.InitType(PyTypes.DictReverseKeyIterator);
        DictReverseIterator.InitType(PyTypes.DictReverseValueIterator);
        DictReverseIterator.InitType(PyTypes.DictReverseItemIterator);
        DictView.InitType(PyTypes.DictKeys);
        DictView.InitType(PyTypes.DictValues);
        DictView.InitType(PyTypes.DictItems);
        PyBuiltinFunction.InitType(PyTypes.BuiltinFunction);
        PyBuiltinFunction.InitType(PyTypes.MethodWrapper);
        PyMethodDescriptor.InitType(PyTypes.MethodDescriptor);
        PyMethodDescriptor.InitType(PyTypes.WrapperDescriptor);
        PyGetSetDescriptor.InitType(PyTypes.GetSetDescriptor);
        PyClassMethodDescriptor.InitType(PyTypes.ClassMethodDescriptor);
        PyBaseException.InitType(PyTypes.BaseException);
        StartupTrace.Mark("core type slots");
        RuntimeTypes.InitAll();
        StartupTrace.Mark("runtime types");
        BytesTypes.InitAll();
        ObjectType.Install(PyTypes.Object);
        ObjectReduce.Install(PyTypes.Object);
        TypeAttributes.Install(PyTypes.Type);
        StartupTrace.Mark("object/type members");
        InheritFromBases();
        foreach (var t in PyType.Builtins) { SlotWrappers.Install(t); DefaultDoc(t); }
        ObjectType.GetAttributeWrapper = PyTypes.Object.Dict.GetItemOrNull(StrIntern.Intern("__getattribute__"));
    }

    /// <summary>Builtin subclasses take every slot they did not set from their base (inherit_slots).</summary>
    private static void InheritFromBases()
    {
        foreach (var t in PyType.Builtins) InheritSlots(t);
    }

    /// <summary>Finishes a builtin type created after bootstrap (native modules' types: deque,
    /// weakref, Pattern ...): call after its slots and bindings are set.</summary>
    public static void Complete(PyType t)
    {
        t.Dict.type = PyTypes.Dict;
        InheritSlots(t);
        SlotWrappers.Install(t);
        DefaultDoc(t);
    }

    /// <summary>Every static type's dict has __doc__ (None without a docstring, as PyType_Ready
    /// sets it), so instances of an undocumented builtin type don't inherit object's docstring.</summary>
    private static void DefaultDoc(PyType t)
    {
        if (t.Dict.GetItemOrNull(Names.Doc) is null) t.Dict.SetItem(Names.Doc, PyNone.Instance);
    }

    private static void InheritSlots(PyType t)
    {
        for (int i = 1; i < t.Mro.Length; i++)
        {
            var b = t.Mro[i];
            t.Repr ??= b.Repr; t.Str ??= b.Str; t.Hash ??= b.Hash; t.RichCompare ??= b.RichCompare;
            t.Bool ??= b.Bool; t.Length ??= b.Length; t.GetItem ??= b.GetItem; t.SetItem ??= b.SetItem;
            t.Contains ??= b.Contains; t.Iter ??= b.Iter; t.IterNext ??= b.IterNext; t.Call ??= b.Call;
            t.New ??= b.New; t.Init ??= b.Init; t.GetAttr ??= b.GetAttr; t.SetAttr ??= b.SetAttr;
            t.DescrGet ??= b.DescrGet; t.DescrSet ??= b.DescrSet;
            t.Negative ??= b.Negative; t.Positive ??= b.Positive; t.Absolute ??= b.Absolute; t.Invert ??= b.Invert;
            t.Int ??= b.Int; t.Float ??= b.Float; t.Index ??= b.Index;
            t.SequenceConcat ??= b.SequenceConcat; t.SequenceRepeat ??= b.SequenceRepeat; t.TernaryPower ??= b.TernaryPower;
            for (int op = 0; op < t.NumberSlots.Length; op++)
            {
                t.NumberSlots[op] ??= b.NumberSlots[op];
                t.InplaceSlots[op] ??= b.InplaceSlots[op];
            }
        }
    }

    private static void InitObject(PyType t)
    {
        t.Repr = static self =>
        {
            var name = self.type.IsHeapType && self.type.Dict.GetItemOrNull(PyStr.FromString("__module__")) is PyStr m && m.Value != "builtins"
                ? m.Value + "." + self.type.Qualname
                : self.type.Name;
            return PyStr.FromString($"<{name} object at 0x{ObjectIds.Of(self):x}>");
        };
        t.Str = static self => PyOps.Repr(self); // object_str is PyObject_Repr, recursion check included
        t.Hash = PyHash.HashIdentity;
        t.RichCompare = static (a, b, op) => op switch
        {
            CompareOp.Eq => ReferenceEquals(a, b) ? PyBool.True : PyNotImplemented.Instance,
            CompareOp.Ne => NotEqualFromEqual(a, b),
            _ => PyNotImplemented.Instance,
        };
        t.GetAttr = PyOps.GenericGetAttr;
    }

    /// <summary>object.__ne__: the inverse of __eq__ unless that is NotImplemented.</summary>
    private static PyObject NotEqualFromEqual(PyObject a, PyObject b)
    {
        var f = a.type.RichCompare;
        if (f is null) return PyNotImplemented.Instance;
        var r = f(a, b, CompareOp.Eq);
        if (r == PyNotImplemented.Instance) return r;
        return PyBool.FromBool(!PyOps.IsTrue(r));
    }

    private static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromString(PyType.ReprOf((PyType)self));
        t.GetAttr = PyOps.TypeGetAttr;
        t.Call = static (callable, args, kwnames) =>
        {
            var ty = (PyType)callable;
            if (ty == PyTypes.Type && args.Length == 1 && (kwnames is null || kwnames.Count == 0)) return args[0].type;
            var f = ty.New ?? throw PyErrors.TypeError($"cannot create '{ty.Name}' instances");
            var obj = f(ty, args, kwnames);
            // type_call: __init__ runs only on an instance of the type called.
            if (obj.type.IsSubtypeOf(ty) && obj.type.Init is { } init) init(obj, args, kwnames);
            return obj;
        };
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length != 3) throw PyErrors.TypeError("type() takes 1 or 3 arguments");
            var name = args[0] as PyStr ?? throw PyErrors.TypeError($"type.__new__() argument 1 must be str, not {args[0].type.Name}");
            var basesTuple = args[1] as PyTuple ?? throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].type.Name}");
            var dict = args[2] as PyDict ?? throw PyErrors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].type.Name}");
            var bases = new PyType[basesTuple.Count];
            for (int i = 0; i < bases.Length; i++)
                bases[i] = basesTuple[i] as PyType ?? throw PyErrors.TypeError($"bases must be types");
            return PyType.CreateHeapType((PyType)callable, name.Value, bases, dict);
        };
    }
}
