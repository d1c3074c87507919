using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// A Python type. Operations on instances go through the slots below (CPython's tp_*/nb_*/
/// sq_*/mp_*), filled from special methods, so `a + b` on builtins never looks a name up.
/// <see cref="VersionTag"/> changes whenever anything visible through the MRO changes; inline
/// caches and JIT guards key on it.
/// </summary>
internal sealed class PyType : PyObject
{
    private static uint nextVersionTag = 1;
    /// <summary>Every builtin type, in creation order (bootstrap fix-ups iterate it).</summary>
    internal static readonly List<PyType> Builtins = new();

    public string Name;
    public string Qualname;
    public PyType? Base;
    public PyType[] Bases;
    public PyType[] Mro;
    public readonly PyDict Dict;
    public TypeFlags Flags;
    public uint VersionTag;
    /// <summary>The C# class whose instances this type makes ("layout"); used for best-base and lay-out conflicts.</summary>
    public readonly int LayoutId;
    private readonly List<WeakReference<PyType>> subclasses = new();
    private Dictionary<string, PyObject?>? lookupCache;
    /// <summary>Root of the maps of this type's instances (see InstanceMap).</summary>
    internal InstanceMap? RootMap;
    /// <summary>Initial attribute array size for new instances (grows with what instances reach).</summary>
    internal int InstanceSizeHint;
    /// <summary>Number of `__slots__` member slots of instances (including the bases').</summary>
    internal int MemberCount;
    /// <summary>ht_slots: this class's own sorted, mangled `__slots__` names (null without __slots__).</summary>
    internal PyStr[]? OwnSlotNames;
    /// <summary>A Python class on the MRO defines __del__: instances get a finalizer (Instance/Finalization.cs).</summary>
    internal bool HasDel;

    // --- slots -------------------------------------------------------------------------
    public UnaryFunc? Repr, Str;
    public HashFunc? Hash;
    public RichCompareFunc? RichCompare;
    public InquiryFunc? Bool;
    public LenFunc? Length;
    public BinaryFunc? GetItem;
    public ObjObjArgProc? SetItem;
    public ObjObjProc? Contains;
    public UnaryFunc? Iter;
    public IterNextFunc? IterNext;
    public CallFunc? Call;
    /// <summary>tp_new: <c>callable</c> is the type being instantiated.</summary>
    public CallFunc? New;
    /// <summary>tp_init: called by type.__call__ when tp_new returned an instance of the type.</summary>
    public InitFunc? Init;
    public GetAttrFunc? GetAttr;
    public SetAttrFunc? SetAttr;
    public DescrGetFunc? DescrGet;
    public DescrSetFunc? DescrSet;
    public UnaryFunc? Negative, Positive, Absolute, Invert, Int, Float, Index;
    /// <summary>nb_* binary slots indexed by <see cref="BinaryOp"/>; Power is called with None as modulus.</summary>
    public readonly BinaryFunc?[] NumberSlots = new BinaryFunc?[13];
    public readonly BinaryFunc?[] InplaceSlots = new BinaryFunc?[13];
    /// <summary>sq_concat / sq_repeat: used by `+` and `*` when the number slots decline.</summary>
    public BinaryFunc? SequenceConcat;
    public Func<PyObject, long, PyObject>? SequenceRepeat;
    public TernaryFunc? TernaryPower;

    private PyType(PyType? metatype, string name, PyType? @base, PyType[] bases, TypeFlags flags, int layoutId)
        : base(metatype!)
    {
        Name = name;
        Qualname = name;
        Base = @base;
        Bases = bases;
        Mro = Array.Empty<PyType>();
        Dict = new PyDict(PyTypes.Dict); // null while PyTypes bootstraps; fixed by BuiltinTypeSlots
        Flags = flags;
        LayoutId = layoutId;
        VersionTag = NextTag();
    }

    private static uint NextTag() => Interlocked.Increment(ref nextVersionTag);

    /// <summary>Creates a builtin (static) type. Slots are filled by the owner afterwards.</summary>
    internal static PyType CreateBuiltin(PyType? metatype, string name, PyType? @base, TypeFlags flags, int layoutId)
    {
        var bases = @base is null ? Array.Empty<PyType>() : new[] { @base };
        var t = new PyType(metatype, name, @base, bases, flags | TypeFlags.Immutable, layoutId);
        t.Qualname = name[(name.LastIndexOf('.') + 1)..];
        t.Mro = Mro3.Compute(t, bases);
        Builtins.Add(t);
        if (@base is not null) @base.AddSubclass(t);
        return t;
    }

    /// <summary>type(name, bases, dict): computes the MRO and the slots from the special methods.</summary>
    internal static PyType CreateHeapType(PyType metatype, string name, PyType[] bases, PyDict dict, bool instanceDict = true, int memberCount = 0)
    {
        if (bases.Length == 0) bases = new[] { PyTypes.Object };
        foreach (var b in bases)
            if ((b.Flags & TypeFlags.BaseType) == 0)
                throw PyErrors.TypeError($"type '{b.Name}' is not an acceptable base type");
        var best = BestBase(bases);
        var flags = TypeFlags.HeapType | TypeFlags.BaseType;
        if (instanceDict) flags |= TypeFlags.HasInstanceDict;
        foreach (var b in bases) flags |= b.Flags & TypeFlags.HasInstanceDict;
        var t = new PyType(metatype, name, best, bases, flags, best.LayoutId);
        t.MemberCount = memberCount;
        t.Mro = Mro3.Compute(t, bases);
        var pos = 0;
        while (dict.Next(ref pos, out var key, out var value)) t.Dict.SetItem(key, value);
        foreach (var b in bases) b.AddSubclass(t);
        SlotDefinitions.PrepareClassDict(t.Dict);
        SlotDefinitions.Recompute(t);
        return t;
    }

    /// <summary>CPython's best_base: the base whose layout extends all others' layouts.</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null;
        foreach (var b in bases)
        {
            if (winner is null) { winner = b; continue; }
            if (LayoutExtends(winner, b)) continue;
            if (LayoutExtends(b, winner)) { winner = b; continue; }
            throw PyErrors.TypeError("multiple bases have instance lay-out conflict");
        }
        return winner!;
    }

    private static bool LayoutExtends(PyType a, PyType b)
    {
        // A layout "extends" another when the base chain of a reaches a type with b's layout.
        if (b.LayoutId == PyTypes.Object.LayoutId) return true;
        for (PyType? t = a; t is not null; t = t.Base)
            if (t.LayoutId == b.LayoutId) return true;
        return false;
    }

    internal void AddSubclass(PyType t) => subclasses.Add(new WeakReference<PyType>(t));

    private void RemoveSubclass(PyType t) =>
        subclasses.RemoveAll(w => !w.TryGetTarget(out var x) || ReferenceEquals(x, t));

    /// <summary>type_set_bases: `C.__bases__ = (...)` on a heap type, with CPython's checks; the MRO and
    /// the slots of the type and its subclasses are recomputed.</summary>
    internal void SetBases(PyObject? value)
    {
        if (!IsHeapType) throw PyErrors.TypeError($"cannot set '__bases__' attribute of immutable type '{Name}'");
        if (value is null) throw PyErrors.TypeError($"cannot delete '__bases__' attribute of immutable type '{Name}'");
        if (value is not PyTuple tuple) throw PyErrors.TypeError($"can only assign tuple to {Name}.__bases__, not {value.type.Name}");
        if (tuple.Count == 0) throw PyErrors.TypeError($"can only assign non-empty tuple to {Name}.__bases__, not ()");
        var newBases = new PyType[tuple.Count];
        for (int i = 0; i < newBases.Length; i++)
        {
            newBases[i] = tuple[i] as PyType ?? throw PyErrors.TypeError($"{Name}.__bases__ must be tuple of classes, not '{tuple[i].type.Name}'");
            if (newBases[i].IsSubtypeOf(this)) throw PyErrors.TypeError("a __bases__ item causes an inheritance cycle");
        }
        var newBase = BestBase(newBases);
        if (Base is not null && newBase.LayoutId != Base.LayoutId)
            throw PyErrors.TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{Base.Name}'");
        var oldBases = Bases;
        var oldMro = Mro;
        Bases = newBases;
        Base = newBase;
        try
        {
            RecomputeMroHierarchy(this);
        }
        catch (PyException)
        {
            Bases = oldBases;
            Base = oldBases.Length > 0 ? BestBase(oldBases) : null;
            Mro = oldMro;
            throw;
        }
        foreach (var b in oldBases) b.RemoveSubclass(this);
        foreach (var b in newBases) b.AddSubclass(this);
    }

    private static void RecomputeMroHierarchy(PyType t)
    {
        t.Mro = Mro3.Compute(t, t.Bases);
        SlotDefinitions.Recompute(t);
        t.Modified();
        foreach (var sub in t.LiveSubclasses()) RecomputeMroHierarchy(sub);
    }

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 1; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>_PyType_Lookup: the attribute as found on the MRO, without binding; null if absent.</summary>
    public PyObject? Lookup(string name)
    {
        var cache = lookupCache ??= new Dictionary<string, PyObject?>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var hit)) return hit;
        PyObject? found = null;
        var key = PyStr.FromString(name);
        foreach (var t in Mro)
        {
            found = t.Dict.GetItemOrNull(key);
            if (found is not null) break;
        }
        cache[name] = found;
        return found;
    }

    /// <summary>type.__setattr__: changes the dict, invalidates caches, refreshes slots.</summary>
    public void SetTypeAttribute(PyStr name, PyObject? value)
    {
        if ((Flags & TypeFlags.Immutable) != 0)
            throw PyErrors.TypeError($"cannot set '{name.Value}' attribute of immutable type '{Name}'");
        if (value is null)
        {
            if (!Dict.DelItemIfPresent(name))
                throw PyErrors.AttributeError($"type object '{Name}' has no attribute '{name.Value}'");
        }
        else
        {
            Dict.SetItem(name, value);
        }
        Modified();
        if (SlotDefinitions.IsSlotName(name.Value)) SlotDefinitions.RefreshHierarchy(this);
    }

    /// <summary>PyType_Modified: new version tag here and in every subclass.</summary>
    public void Modified()
    {
        VersionTag = NextTag();
        lookupCache = null;
        for (int i = subclasses.Count - 1; i >= 0; i--)
        {
            if (subclasses[i].TryGetTarget(out var sub)) sub.Modified();
            else subclasses.RemoveAt(i);
        }
    }

    internal List<PyType> LiveSubclasses()
    {
        var result = new List<PyType>();
        foreach (var w in subclasses)
            if (w.TryGetTarget(out var t)) result.Add(t);
        return result;
    }

    /// <summary>Sets type(type) once the metatype exists (bootstrap of `type` itself).</summary>
    internal void SetMetatype(PyType metatype) => type = metatype;

    internal static string ReprOf(PyType t)
    {
        if (t.IsHeapType)
        {
            var module = t.Dict.GetItemOrNull(PyStr.FromString("__module__"));
            if (module is PyStr m && m.Value != "builtins") return $"<class '{m.Value}.{t.Qualname}'>";
        }
        return $"<class '{t.Name}'>";
    }
}
