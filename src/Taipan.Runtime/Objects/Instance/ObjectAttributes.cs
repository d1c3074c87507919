namespace Taipan.Runtime.Objects;

/// <summary>
/// PyObject_GenericGetAttr / GenericSetAttr: data descriptors on the type win, then the instance's
/// own attributes (maps, dict-mode dict, or the side-table dict of builtin-subclass instances),
/// then non-data descriptors and plain class attributes.
/// </summary>
internal static class ObjectAttributes
{
    public static readonly GetAttrFunc GenericGetAttr = static (o, name) =>
    {
        var type = o.type;
        var descr = type.Lookup(name.Value);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            get = descr.type.DescrGet;
            if (get is not null && descr.type.DescrSet is not null) return get(descr, o, type);
        }
        if (o is PyInstance inst)
        {
            var v = inst.GetAttribute(name);
            if (v is not null) return v;
        }
        else if ((type.Flags & TypeFlags.HasInstanceDict) != 0)
        {
            var d = InstanceDicts.Get(o, false);
            var v = d?.GetItemOrNull(name);
            if (v is not null) return v;
        }
        if (descr is not null) return get is not null ? get(descr, o, type) : descr;
        return null;
    };

    public static readonly SetAttrFunc GenericSetAttr = static (o, name, value) =>
    {
        var type = o.type;
        var descr = type.Lookup(name.Value);
        if (descr is not null && descr.type.DescrSet is { } set)
        {
            set(descr, o, value);
            return;
        }
        if (o is PyInstance inst)
        {
            if (value is not null)
            {
                if (inst.SetAttribute(name, value)) return;
            }
            else if (inst.DeleteAttribute(name)) return;
            else if (inst.Map is not null || inst.Dict is not null) throw PyOps.AttributeMissing(o, name);
        }
        else if ((type.Flags & TypeFlags.HasInstanceDict) != 0 && InstanceDicts.Get(o, true) is { } d)
        {
            if (value is not null) d.SetItem(name, value);
            else if (!d.DelItemIfPresent(name)) throw PyOps.AttributeMissing(o, name);
            return;
        }
        if (descr is null) throw PyOps.AttributeMissing(o, name);
        throw PyErrors.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
    };

    /// <summary>_PyObject_GenericGetAttrWithDict: the generic lookup with <paramref name="dict"/> standing for
    /// the instance's attributes (thread-local objects keep one dict per thread).</summary>
    public static PyObject? GetAttrWithDict(PyObject o, PyStr name, PyDict dict)
    {
        var type = o.type;
        var descr = type.Lookup(name.Value);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            get = descr.type.DescrGet;
            if (get is not null && descr.type.DescrSet is not null) return get(descr, o, type);
        }
        var v = dict.GetItemOrNull(name);
        if (v is not null) return v;
        if (descr is not null) return get is not null ? get(descr, o, type) : descr;
        return null;
    }

    /// <summary>_PyObject_GenericSetAttrWithDict: data descriptors first, else <paramref name="dict"/>.</summary>
    public static void SetAttrWithDict(PyObject o, PyStr name, PyObject? value, PyDict dict)
    {
        var descr = o.type.Lookup(name.Value);
        if (descr is not null && descr.type.DescrSet is { } set)
        {
            set(descr, o, value);
            return;
        }
        if (value is not null) dict.SetItem(name, value);
        else if (!dict.DelItemIfPresent(name)) throw PyOps.AttributeMissing(o, name);
    }

    /// <summary>setattr(o, name, value) / del (value null) through the type's slot.</summary>
    public static void SetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var f = o.type.SetAttr;
        if (f is null)
        {
            bool hasGetattr = o.type.GetAttr is not null;
            throw PyErrors.TypeError(value is null
                ? $"'{o.type.Name}' object has no attributes ({(hasGetattr ? "" : "")}del .{name.Value})"
                : $"'{o.type.Name}' object has no attributes (assign to .{name.Value})");
        }
        f(o, name, value);
    }

    /// <summary>type.__setattr__: heap types only (builtins are immutable); data descriptors on the metatype win.</summary>
    public static readonly SetAttrFunc TypeSetAttr = static (o, name, value) =>
    {
        var t = (PyType)o;
        var meta = t.type.Lookup(name.Value);
        if (meta is not null && meta.type.DescrSet is { } set)
        {
            set(meta, o, value);
            return;
        }
        t.SetTypeAttribute(StrIntern.Intern(name), value);
    };
}
