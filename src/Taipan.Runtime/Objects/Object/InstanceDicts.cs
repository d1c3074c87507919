using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>Objects that keep their own <c>__dict__</c> in a field (exceptions, functions, modules,
/// and instances of Python classes once they leave map mode).</summary>
internal interface IDictOwner
{
    /// <summary>The instance dict, created on first use; null when the object cannot have one.</summary>
    PyDict? GetDict(bool create);
}

/// <summary>
/// The <c>__dict__</c> of an instance of a Python subclass of a builtin whose C# class has no field
/// for it (int, str, tuple, float, ...). A side table keeps every builtin object its natural size:
/// adding a field to PyInt would grow every int by a quarter for the rare subclass instance.
/// (Measured cost of the table: a lookup is ~20–40 ns, paid only by such subclass instances.)
/// </summary>
internal static class InstanceDicts
{
    private static readonly ConditionalWeakTable<PyObject, PyDict> side = new();

    /// <summary>The instance dict of <paramref name="o"/> if its type gives instances one.</summary>
    public static PyDict? Get(PyObject o, bool create)
    {
        if (o is IDictOwner owner) return owner.GetDict(create);
        if ((o.type.Flags & TypeFlags.HasInstanceDict) == 0) return null;
        if (side.TryGetValue(o, out var d)) return d;
        if (!create) return null;
        d = new PyDict();
        side.AddOrUpdate(o, d);
        return d;
    }

    /// <summary>`obj.__dict__ = d` for side-table instances.</summary>
    public static void Replace(PyObject o, PyDict d) => side.AddOrUpdate(o, d);
}
