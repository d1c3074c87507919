namespace Taipan.Runtime.Objects;

/// <summary>
/// A map (hidden class): the attribute layout shared by instances that received the same attribute
/// names in the same order. Immutable; adding an attribute moves the instance to a child map
/// (a transition, cached here). Each type has its own root map, so a map also identifies the type,
/// and an inline cache (or JIT guard) on the map is one reference compare followed by an array load.
/// </summary>
internal sealed class InstanceMap
{
    /// <summary>Instances with more attributes than this switch to a plain dict: maps pay off for
    /// the fixed shapes of ordinary objects, not for namespaces filled with computed names.</summary>
    public const int MaxAttributes = 64;

    public readonly PyType Type;
    public readonly InstanceMap? Parent;
    /// <summary>The attribute this map added (null for the root).</summary>
    public readonly PyStr? Name;
    /// <summary>Number of attributes; the one this map added lives at index Count - 1.</summary>
    public readonly int Count;
    private InstanceMap? firstTransition;
    private Dictionary<string, InstanceMap>? moreTransitions;
    private Dictionary<string, int>? index;

    public InstanceMap(PyType type)
    {
        Type = type;
    }

    private InstanceMap(InstanceMap parent, PyStr name)
    {
        Type = parent.Type;
        Parent = parent;
        Name = name;
        Count = parent.Count + 1;
    }

    /// <summary>Slot of <paramref name="name"/>, or -1.</summary>
    public int Find(PyStr name)
    {
        if (Count > 8) return FindIndexed(name.Value);
        for (var m = this; m.Name is not null; m = m.Parent!)
            if (ReferenceEquals(m.Name, name) || m.Name.Value == name.Value) return m.Count - 1;
        return -1;
    }

    private int FindIndexed(string name)
    {
        if (index is null)
        {
            var d = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (var m = this; m.Name is not null; m = m.Parent!) d[m.Name.Value] = m.Count - 1;
            index = d;
        }
        return index.TryGetValue(name, out var i) ? i : -1;
    }

    /// <summary>The map after adding <paramref name="name"/> (shared by every instance taking this step).</summary>
    public InstanceMap With(PyStr name)
    {
        var first = firstTransition;
        if (first is not null && (ReferenceEquals(first.Name, name) || first.Name!.Value == name.Value)) return first;
        if (moreTransitions is not null && moreTransitions.TryGetValue(name.Value, out var next)) return next;
        var interned = StrIntern.Intern(name);
        next = new InstanceMap(this, interned);
        lock (this)
        {
            if (firstTransition is null) firstTransition = next;
            else (moreTransitions ??= new Dictionary<string, InstanceMap>(StringComparer.Ordinal))[name.Value] = next;
        }
        return next;
    }

    /// <summary>Attribute names in insertion order (for materialising a dict).</summary>
    public PyStr[] NamesInOrder()
    {
        var names = new PyStr[Count];
        for (var m = this; m.Name is not null; m = m.Parent!) names[m.Count - 1] = m.Name;
        return names;
    }
}
