using System.Runtime.CompilerServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Abc;

/// <summary>
/// _abc._abc_data, the per-ABC state behind <c>cls._abc_impl</c>: the registry of virtual subclasses,
/// the positive and negative subclass caches, and the invalidation counter the negative cache was
/// built at. CPython keeps sets of weak references; a <see cref="ConditionalWeakTable{TKey,TValue}"/>
/// holds the classes just as weakly without a Python weakref object (and its callback) per entry.
/// </summary>
internal sealed class AbcData : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_abc._abc_data", -1, InitType, subclassable: false);

    public readonly WeakClassSet Registry = new(), Cache = new(), NegativeCache = new();
    public long NegativeCacheVersion;

    public AbcData(long version) : base(PyTypeObject) => NegativeCacheVersion = version;

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new AbcData(AbcModule.InvalidationCounter);
    }
}

/// <summary>A set of objects held weakly, in insertion order for iteration (registry checks).</summary>
internal sealed class WeakClassSet
{
    private readonly ConditionalWeakTable<PyObject, object?> table = new();

    public bool Contains(PyObject o) => table.TryGetValue(o, out _);

    public void Add(PyObject o) => table.AddOrUpdate(o, null);

    public void Clear() => table.Clear();

    /// <summary>The live members now: callers may run Python code (issubclass) that changes the set.</summary>
    public List<PyObject> Snapshot()
    {
        var items = new List<PyObject>();
        foreach (var pair in table) items.Add(pair.Key);
        return items;
    }
}
