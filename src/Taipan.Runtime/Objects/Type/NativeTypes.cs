namespace Taipan.Runtime.Objects;

/// <summary>Builtin types created after bootstrap by native modules (posix.DirEntry, select.poll ...): created,
/// given their own slots by <c>init</c>, then finished as the core types are (<see cref="BuiltinTypeSlots.Complete"/>).</summary>
internal static class NativeTypes
{
    public static PyType Create(string name, PyType @base, TypeFlags flags, int layoutId, Action<PyType> init)
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, name, @base, flags, layoutId);
        init(t);
        BuiltinTypeSlots.Complete(t);
        return t;
    }
}
