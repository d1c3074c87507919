namespace Taipan.Runtime.Objects;

/// <summary>PyObject_LengthHint: len() if the object has one, else its __length_hint__, else a default.</summary>
internal static class LengthHint
{
    /// <summary>CPython's rules: a TypeError from len() or __length_hint__ means "no hint"; NotImplemented
    /// means the default; anything else must be a non-negative int. The special method is looked up on the
    /// type and bound through its descriptor, as every special method.</summary>
    public static long Of(PyObject obj, long def)
    {
        if (obj.type.Length is not null)
        {
            try { return PyOps.Length(obj); }
            catch (PyException e) when (e.Matches(PyTypes.TypeError)) { }
        }
        var hint = obj.type.Lookup("__length_hint__");
        if (hint is null) return def;
        PyObject r;
        try
        {
            var bound = hint.type.DescrGet is { } get ? get(hint, obj, obj.type) : hint;
            r = PyOps.Call(bound, ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError)) { return def; }
        if (r == PyNotImplemented.Instance) return def;
        if (r is not PyInt ri) throw PyErrors.TypeError($"__length_hint__ must be an integer, not {r.type.Name}");
        long v = ri.AsLong();
        if (v < 0) throw PyErrors.ValueError("__length_hint__() should return >= 0");
        return v;
    }

    /// <summary>list(x)/list.extend(x) ask for a hint to size the list; only a Python class can observe the
    /// question (its __len__ or __length_hint__ runs, or raises), so builtin iterables skip it.</summary>
    public static void ObserveForExtend(PyObject iterable)
    {
        if (iterable.type.IsHeapType) Of(iterable, 8);
    }
}
