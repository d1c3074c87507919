using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>type.__new__(metatype, name, bases, namespace, **kwargs) with CPython 3.11's steps: the
/// metaclass winner, __slots__, __qualname__/__doc__/__module__, implicit staticmethod/classmethod
/// wrapping, the __class__ cell, __set_name__ and __init_subclass__.</summary>
internal static class TypeCreation
{
    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass among the candidates.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw PyErrors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    public static readonly CallFunc TypeNew = static (callable, args, kwnames) =>
    {
        var meta = (PyType)callable;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos == 1 && nkw == 0 && meta == PyTypes.Type) return args[0].type;
        if (npos != 3) throw PyErrors.TypeError(npos == 1 ? "type.__new__() takes exactly 3 arguments (1 given)" : "type() takes 1 or 3 arguments");
        var name = args[0] as PyStr ?? throw PyErrors.TypeError($"type.__new__() argument 1 must be str, not {args[0].type.Name}");
        var basesTuple = args[1] as PyTuple ?? throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].type.Name}");
        var ns = args[2] as PyDict ?? throw PyErrors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].type.Name}");
        var winner = CalculateMetaclass(meta, basesTuple);
        if (winner != meta && !ReferenceEquals(winner.New, TypeNewSlot))
            return winner.New!(winner, args, kwnames);
        return Create(winner, name.Value, basesTuple, ns, args[npos..], kwnames);
    };

    /// <summary>type_new / type_set_name: a class name must not contain NUL and must encode to UTF-8.</summary>
    internal static void CheckName(string name)
    {
        if (name.Contains('\0')) throw PyErrors.ValueError("type name must not contain null characters");
        CheckUtf8(name);
    }

    /// <summary>PyUnicode_AsUTF8: raises CPython's UnicodeEncodeError for a lone surrogate.</summary>
    internal static void CheckUtf8(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            Utf8Codec.Encode(PyStr.FromString(s), "strict");
            return;
        }
    }

    private static void CheckUtf8(PyStr s) => CheckUtf8(s.Value);

    /// <summary>The delegate stored in type's New slot (compared by identity, as CPython compares tp_new).</summary>
    public static CallFunc TypeNewSlot => TypeNew;

    public static PyType Create(PyType meta, string name, PyTuple basesTuple, PyDict ns, ReadOnlySpan<PyObject> kwvalues, PyTuple? kwnames)
    {
        var bases = new PyType[basesTuple.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (basesTuple[i] is not PyType bt)
            {
                if (PyOps.GetAttrOrNull(basesTuple[i], Names.MroEntries) is not null)
                    throw PyErrors.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");
                throw PyErrors.TypeError($"bases must be types");
            }
            bases[i] = bt;
        }
        CheckName(name);
        // PyDict_Copy: a mapping that overrides __iter__ (OrderedDict) is copied in its own order
        var dict = new PyDict();
        dict.MergeFrom(ns);
        if (dict.GetItemOrNull(Names.Doc) is PyStr doc) CheckUtf8(doc);

        // __module__ from the calling frame's globals.
        if (dict.GetItemOrNull(Names.Module) is null)
        {
            var f = ThreadState.Current.Frame;
            var modName = f?.Globals.GetItemOrNull(Names.Name);
            if (modName is not null) dict.SetItem(Names.Module, modName);
        }
        PyStr? qualname = null;
        var q = dict.GetItemOrNull(Names.QualName);
        if (q is not null)
        {
            qualname = q as PyStr ?? throw PyErrors.TypeError($"type __qualname__ must be a str, not {q.type.Name}");
            dict.DelItem(Names.QualName);
        }

        // __slots__
        List<PyStr>? slotNames = null;
        bool wantDict = true, addWeakref = true;
        var baseMembers = 0;
        foreach (var b in bases) baseMembers = Math.Max(baseMembers, b.MemberCount);
        var slotsValue = dict.GetItemOrNull(Names.Slots);
        if (slotsValue is not null)
        {
            // may_add_dict / may_add_weak: a base that already has the slot forbids naming it again
            bool mayAddDict = true, mayAddWeak = true;
            foreach (var b in bases)
            {
                if ((b.Flags & TypeFlags.HasInstanceDict) != 0) mayAddDict = false;
                if (b.Lookup("__weakref__") is not null || b.LayoutId == PyTypes.IntLayout || b.LayoutId == PyTypes.TupleLayout || b.LayoutId == PyTypes.BytesLayout)
                    mayAddWeak = false;
            }
            wantDict = false; addWeakref = false;
            slotNames = new List<PyStr>();
            var items = slotsValue is PyStr one ? new PyObject[] { one } : PyOps.ToList(slotsValue).ToArray();
            foreach (var item in items)
            {
                if (item is not PyStr s) throw PyErrors.TypeError($"__slots__ items must be strings, not '{item.type.Name}'");
                if (!IsIdentifier(s.Value)) throw PyErrors.TypeError("__slots__ must be identifiers");
                if (s.Value == "__dict__")
                {
                    if (wantDict || !mayAddDict) throw PyErrors.TypeError("__dict__ slot disallowed: we already got one");
                    wantDict = true;
                    continue;
                }
                if (s.Value == "__weakref__")
                {
                    if (addWeakref || !mayAddWeak)
                        throw PyErrors.TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    addWeakref = true;
                    continue;
                }
                var mangled = StrIntern.Intern(Mangle(name, s.Value));
                // __qualname__ and __classcell__ leave the namespace below, so they are not class variables.
                if (dict.GetItemOrNull(mangled) is not null && mangled.Value is not ("__qualname__" or "__classcell__"))
                    throw PyErrors.ValueError($"{PyOps.Repr(mangled).Value} in __slots__ conflicts with class variable");
                slotNames.Add(mangled);
            }
            // type_new sorts the slot names: slot positions, hence __class__ assignment between
            // classes with the same slots in another order, depend on it
            slotNames.Sort(static (x, y) => string.CompareOrdinal(x.Value, y.Value));
            if (slotNames.Count > 0)
                foreach (var b in bases)
                    if (b.LayoutId == PyTypes.IntLayout || b.LayoutId == PyTypes.TupleLayout || b.LayoutId == PyTypes.BytesLayout)
                        throw PyErrors.TypeError($"nonempty __slots__ not supported for subtype of '{b.Name}'");
        }
        bool baseHasDict = false;
        // Type objects carry their namespace as __dict__ already (type's tp_dictoffset), so a
        // metaclass must not shadow it with an instance-dict descriptor.
        foreach (var b in bases) baseHasDict |= (b.Flags & TypeFlags.HasInstanceDict) != 0 || b.IsSubtypeOf(PyTypes.Type);
        if (bases.Length == 0) baseHasDict = false;

        // Implicit wrapping (type_new_set_attrs).
        if (dict.GetItemOrNull(Names.New) is PyFunction nf) dict.SetItem(Names.New, new PyStaticMethod(nf));
        if (dict.GetItemOrNull(Names.InitSubclass) is PyFunction isf) dict.SetItem(Names.InitSubclass, new PyClassMethod(isf));
        if (dict.GetItemOrNull(Names.ClassGetItem) is PyFunction cgf) dict.SetItem(Names.ClassGetItem, new PyClassMethod(cgf));

        var classCell = dict.GetItemOrNull(Names.ClassCell);
        if (classCell is not null) dict.DelItem(Names.ClassCell);

        var t = PyType.CreateHeapType(meta, name, bases, dict, wantDict, baseMembers + (slotNames?.Count ?? 0));
        if (qualname is not null) t.Qualname = qualname.Value;
        t.OwnSlotNames = slotNames?.ToArray();
        if (slotNames is not null)
            for (int i = 0; i < slotNames.Count; i++)
                t.Dict.SetItem(slotNames[i], new PyMemberDescriptor(t, slotNames[i], baseMembers + i));
        // PyType_Ready adds these getsets with setdefault: a class body's own __dict__ wins
        if (wantDict && !baseHasDict && t.Dict.GetItemOrNull(Names.Dict) is null)
            t.Dict.SetItem(Names.Dict, new PyGetSetDescriptor(t, "__dict__", InstanceDictGetter, InstanceDictSetter));
        if (addWeakref && !baseHasDict && (slotsValue is null || addWeakref) && t.Dict.GetItemOrNull(Names.Weakref) is null)
            t.Dict.SetItem(Names.Weakref, new PyGetSetDescriptor(t, "__weakref__", static o => PyNone.Instance));
        if (t.Dict.GetItemOrNull(Names.Doc) is null) t.Dict.SetItem(Names.Doc, PyNone.Instance);
        AbstractMethods.Refresh(t);
        t.Modified();

        if (classCell is not null)
        {
            if (classCell is not PyCell cell)
                throw PyErrors.TypeError($"__classcell__ must be a nonlocal cell, not {classCell.type}");
            cell.Contents = t;
        }

        // __set_name__
        int p2 = 0;
        var snapshot = new List<(PyObject, PyObject)>();
        while (t.Dict.Next(ref p2, out var key, out var value)) snapshot.Add((key, value));
        foreach (var (key, value) in snapshot)
        {
            var setName = value.type.Lookup("__set_name__");
            if (setName is null) continue;
            try
            {
                EvalLoop.CallWithSelf(setName, value, new PyObject[] { t, key }, null);
            }
            catch (PyException e)
            {
                var wrapped = PyErrors.RuntimeError($"Error calling __set_name__ on '{value.type.Name}' instance {PyOps.Repr(key).Value} in '{t.Name}'");
                wrapped.Value.Cause = e.Value;
                wrapped.Value.Context = e.Value;
                throw wrapped;
            }
        }

        // __init_subclass__ on the parent: super(t, t).__init_subclass__(**kwargs)
        for (int i = 1; i < t.Mro.Length; i++)
        {
            var init = t.Mro[i].Dict.GetItemOrNull(Names.InitSubclass);
            if (init is null) continue;
            var bound = init.type.DescrGet is { } get ? get(init, null, t) : init;
            PyOps.Call(bound, kwvalues, kwnames);
            break;
        }
        return t;
    }

    private static readonly Func<PyObject, PyObject> InstanceDictGetter = static o =>
        InstanceDicts.Get(o, true) ?? throw PyErrors.AttributeError($"'{o.type.Name}' object has no attribute '__dict__'");

    private static readonly Action<PyObject, PyObject?> InstanceDictSetter = static (o, v) =>
    {
        // `del obj.__dict__` is allowed: the instance starts again with an empty dict.
        if (v is null) v = new PyDict();
        if (v is not PyDict d) throw PyErrors.TypeError($"__dict__ must be set to a dictionary, not a '{v.type.Name}'");
        if (o is PyInstance inst) inst.ReplaceDict(d);
        else InstanceDicts.Replace(o, d);
    };

    /// <summary>Private name mangling of __slots__ entries (_Py_Mangle).</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        if (!(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}

/// <summary>Keeps <see cref="TypeFlags.IsAbstract"/> in step with __abstractmethods__ (set by abc).</summary>
internal static class AbstractMethods
{
    public static void Refresh(PyType t)
    {
        var abs = t.Dict.GetItemOrNull(Names.Abstractmethods);
        bool isAbstract = abs is not null && PyOps.IsTrue(abs);
        if (isAbstract) t.Flags |= TypeFlags.IsAbstract;
        else t.Flags &= ~TypeFlags.IsAbstract;
    }
}
