namespace Taipan.Runtime.Objects;

/// <summary>
/// An instance of a Python class whose layout is `object`'s. Attributes live in <see cref="Values"/>
/// laid out by <see cref="Map"/> (maps mode). Asking for `__dict__`, deleting an attribute or growing
/// past <see cref="InstanceMap.MaxAttributes"/> moves the instance to dict mode for good
/// (<see cref="Map"/> null, attributes in <see cref="Dict"/>), which keeps `__dict__` a real,
/// live dict with no synchronisation. <see cref="Members"/> holds `__slots__` values.
/// </summary>
internal sealed class PyInstance : PyObject, IDictOwner
{
    public InstanceMap? Map;
    public PyObject?[] Values;
    public PyDict? Dict;
    public PyObject?[]? Members;

    public PyInstance(PyType type) : base(type)
    {
        if ((type.Flags & TypeFlags.HasInstanceDict) != 0)
        {
            Map = type.RootMap ??= new InstanceMap(type);
            Values = type.InstanceSizeHint > 0 ? new PyObject?[type.InstanceSizeHint] : Array.Empty<PyObject?>();
        }
        else
        {
            Values = Array.Empty<PyObject?>();
        }
        if (type.MemberCount > 0) Members = new PyObject?[type.MemberCount];
        if (type.HasDel) Finalization.Register(this);
    }

    public PyObject? GetAttribute(PyStr name)
    {
        var map = Map;
        if (map is not null)
        {
            int i = map.Find(name);
            return i >= 0 ? Values[i] : null;
        }
        return Dict?.GetItemOrNull(name);
    }

    /// <summary>Stores an attribute; false when the instance has no attribute storage.</summary>
    public bool SetAttribute(PyStr name, PyObject value)
    {
        var map = Map;
        if (map is not null)
        {
            int i = map.Find(name);
            if (i >= 0) { Values[i] = value; return true; }
            if (map.Count >= InstanceMap.MaxAttributes)
            {
                ToDictMode().SetItem(name, value);
                return true;
            }
            var next = map.With(name);
            if (next.Count > Values.Length)
            {
                Array.Resize(ref Values, Math.Max(4, Values.Length * 2));
                if (next.Count > type.InstanceSizeHint) type.InstanceSizeHint = Math.Min(next.Count, 16);
            }
            Values[next.Count - 1] = value;
            Map = next;
            return true;
        }
        if (Dict is null) return false;
        Dict.SetItem(name, value);
        return true;
    }

    /// <summary>Deletes an attribute; false when it does not exist.</summary>
    public bool DeleteAttribute(PyStr name)
    {
        if (Map is null && Dict is null) return false;
        var d = ToDictMode();
        return d.DelItemIfPresent(name);
    }

    public PyDict? GetDict(bool create)
    {
        if (Map is null) return Dict;
        return ToDictMode();
    }

    public void ReplaceDict(PyDict d)
    {
        Map = null;
        Values = Array.Empty<PyObject?>();
        Dict = d;
    }

    private PyDict ToDictMode()
    {
        var map = Map;
        if (map is null) return Dict!;
        var d = new PyDict();
        var names = map.NamesInOrder();
        for (int i = 0; i < names.Length; i++)
            if (Values[i] is { } v) d.SetItem(names[i], v);
        Dict = d;
        Map = null;
        Values = Array.Empty<PyObject?>();
        return d;
    }
}
