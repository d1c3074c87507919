namespace Taipan.Runtime.Objects;

/// <summary>
/// One per-instruction inline cache (CPython 3.11's specialising interpreter keeps these in the
/// instruction stream; ours live in <see cref="PyCode.Caches"/>, indexed by the cache word).
/// Fields are interpreted per opcode: for LOAD_ATTR on an instance, <see cref="Version"/> is the
/// type's version tag, <see cref="Key"/> the instance map and <see cref="Index"/> the slot; for
/// LOAD_GLOBAL, <see cref="Key"/> is the globals dict's keys object and <see cref="Index"/> the
/// entry index. The JIT reads the same fields as type feedback.
/// </summary>
internal struct InlineCache
{
    public uint Version;
    public object? Key;
    public object? Key2;
    public PyObject? Value;
    public PyObject? Value2;
    public uint Version2;
    public int Index;
    public CacheKind Kind;
}

internal enum CacheKind : byte
{
    Empty,
    /// <summary>Attribute found in the instance's map slot <see cref="InlineCache.Index"/>.</summary>
    InstanceSlot,
    /// <summary>A plain class attribute (no descriptor get) or a method to bind.</summary>
    ClassAttribute,
    Method,
    /// <summary>Global found at entry Index of the globals dict.</summary>
    Global,
    /// <summary>Builtin found at entry Index of the builtins dict, globals lacking it.</summary>
    Builtin,
    /// <summary>STORE_ATTR adding an attribute: the instance's map is <see cref="InlineCache.Key"/> and moves to
    /// <see cref="InlineCache.Key2"/>, the new value going to slot <see cref="InlineCache.Index"/>.</summary>
    InstanceAddSlot,
    /// <summary>LOAD_ATTR on a module: entry Index of the module dict <see cref="InlineCache.Key"/>, whose keys
    /// version is <see cref="InlineCache.Version"/>.</summary>
    ModuleAttr,
    /// <summary>CALL of a class: <see cref="InlineCache.Value"/> is its Python __init__ (object.__new__ makes the instance).</summary>
    ClassInit,
    /// <summary>A `__slots__` member: <see cref="InlineCache.Key"/> is the exact type, the value is
    /// PyInstance.Members[<see cref="InlineCache.Index"/>].</summary>
    MemberSlot,
    /// <summary>Too many misses: stop specialising.</summary>
    Megamorphic,
}
