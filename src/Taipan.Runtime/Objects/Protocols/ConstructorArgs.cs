namespace Taipan.Runtime.Objects;

/// <summary>Argument checks shared by the one-iterable constructors (list, tuple, set, frozenset, dict).</summary>
internal static class ConstructorArgs
{
    /// <summary>Returns the optional single positional argument; <paramref name="allowKeywords"/> for dict(**kw).</summary>
    public static PyObject? OptionalIterable(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool allowKeywords = false)
    {
        int nk = kwnames?.Count ?? 0;
        if (nk > 0 && !allowKeywords) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
        int np = args.Length - nk;
        if (np > 1) throw PyErrors.TypeError($"{name} expected at most 1 argument, got {np}");
        return np == 1 ? args[0] : null;
    }

    public static void RequireExact(PyType requested, PyType builtin)
    {
        if (requested != builtin)
            throw PyErrors.SystemError($"{builtin.Name} subclass instances arrive with the interpreter");
    }
}
