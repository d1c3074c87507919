using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules;

/// <summary>Builtin types owned by native modules. They are created after the runtime's bootstrap, so
/// they do here what BuiltinTypeSlots does for the core types: inherit the slots they did not set
/// and expose the slots they did as special methods (__repr__, __iter__, ...).</summary>
internal static class ModuleTypes
{
    // Layout ids of this assembly's instance classes (DESIGN: best-base and lay-out conflicts); 200-249.
    internal const int LayoutBase = 200;

    public static PyType Create(string name, int layoutOffset, Action<PyType> init, PyType? @base = null, bool subclassable = true)
    {
        var b = @base ?? PyTypes.Object;
        var t = PyType.CreateBuiltin(PyTypes.Type, name, b, subclassable ? TypeFlags.BaseType : TypeFlags.None,
            layoutOffset < 0 ? b.LayoutId : LayoutBase + layoutOffset);
        init(t);
        BuiltinTypeSlots.Complete(t);
        return t;
    }

    /// <summary>_PyArg_NoKeywords: "chain() takes no keyword arguments".</summary>
    public static void NoKeywords(PyTuple? kwnames, string name)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>A classmethod whose native body gets the class as <c>self</c> and the rest as args.</summary>
    public static void AddClassMethod(PyType t, string name, NativeMethod f) =>
        t.Dict.SetItem(StrIntern.Intern(name), new PyClassMethod(new PyBuiltinFunction(name, t.Name, null,
            (self, args, kwnames) => f(args[0], args[1..], kwnames))));

    /// <summary>The object's repr, or "..." when it is already being printed (Py_ReprEnter).</summary>
    public static string ReprOf(PyObject o) => PyOps.Repr(o).Value;

    public static PyObject CallMethod0(PyObject o, string name) => PyOps.CallMethod(o, name, ReadOnlySpan<PyObject>.Empty);
}
