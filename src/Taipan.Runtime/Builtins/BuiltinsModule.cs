using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>Assembles the builtins module: constants, types, exceptions and functions.</summary>
internal static class BuiltinsModule
{
    public static PyModule Create(bool debug)
    {
        var m = new PyModule("builtins", PyStr.FromAscii("Built-in functions, types, exceptions, and other objects."));
        var d = m.Dict;
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        Set("__package__", PyStr.Empty);
        Set("None", PyNone.Instance);
        Set("Ellipsis", PyEllipsis.Instance);
        Set("NotImplemented", PyNotImplemented.Instance);
        Set("True", PyBool.True);
        Set("False", PyBool.False);
        Set("__debug__", PyBool.FromBool(debug));
        foreach (var t in new[]
        {
            PyTypes.Object, PyTypes.Type, PyTypes.Int, PyTypes.Bool, PyTypes.Float, PyTypes.Str, PyTypes.Tuple, PyTypes.List,
            PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Range, PyTypes.Slice, RuntimeTypes.Property,
            RuntimeTypes.ClassMethod, RuntimeTypes.StaticMethod, RuntimeTypes.Super, RuntimeTypes.Enumerate, RuntimeTypes.Zip,
            RuntimeTypes.Map, RuntimeTypes.Filter, RuntimeTypes.Reversed,
        })
            Set(t.Name, t);
        foreach (var t in ExtraTypes()) Set(t.Name, t);
        // Every builtin exception class (the hierarchy is defined with the exception types).
        foreach (var t in PyType.Builtins)
            if (!t.Name.Contains('.') && t.IsSubtypeOf(PyTypes.BaseException)) Set(t.Name, t);
        Set("EnvironmentError", PyTypes.OSError);
        Set("IOError", PyTypes.OSError);
        BuiltinFunctions.InstallPyBindings(d);
        if (StdioHooks.Open is { } open) Set("open", open);
        foreach (var t in new[] { PyTypes.List, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Tuple })
            if (t.Dict.GetItemOrNull(Names.ClassGetItem) is null) GenericAlias.InstallClassGetItem(t);
        return m;
    }

    /// <summary>Builtin value types defined beside the core ones (bytes, bytearray, complex, memoryview),
    /// found by name so this file does not depend on where they live.</summary>
    private static IEnumerable<PyType> ExtraTypes()
    {
        foreach (var t in PyType.Builtins)
            if (t.Name is "bytes" or "bytearray" or "complex" or "memoryview") yield return t;
    }
}
