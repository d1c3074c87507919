using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>What _pickle takes from other modules when it is imported (copyreg's tables, _compat_pickle's
/// name maps, codecs.encode, functools.partial, getattr) and its exception types. The tables are the
/// modules' own dicts, so copyreg.add_extension and friends are seen at once.</summary>
internal sealed class PickleState
{
    private static PickleState? instance;

    public readonly PyType PickleError, PicklingError, UnpicklingError;
    public readonly PyObject DispatchTable, ExtensionRegistry, InvertedRegistry, ExtensionCache;
    public readonly PyObject NameMapping2To3, ImportMapping2To3, NameMapping3To2, ImportMapping3To2;
    public readonly PyObject CodecsEncode, Partial, GetAttr;

    private PickleState()
    {
        PickleError = NewError("PickleError", PyTypes.Exception);
        PicklingError = NewError("PicklingError", PickleError);
        UnpicklingError = NewError("UnpicklingError", PickleError);
        var copyreg = Import.ImportAbsolute("copyreg");
        DispatchTable = Attr(copyreg, "dispatch_table");
        ExtensionRegistry = Attr(copyreg, "_extension_registry");
        InvertedRegistry = Attr(copyreg, "_inverted_registry");
        ExtensionCache = Attr(copyreg, "_extension_cache");
        var compat = Import.ImportAbsolute("_compat_pickle");
        NameMapping2To3 = Attr(compat, "NAME_MAPPING");
        ImportMapping2To3 = Attr(compat, "IMPORT_MAPPING");
        NameMapping3To2 = Attr(compat, "REVERSE_NAME_MAPPING");
        ImportMapping3To2 = Attr(compat, "REVERSE_IMPORT_MAPPING");
        CodecsEncode = Attr(Import.ImportAbsolute("codecs"), "encode");
        Partial = Attr(Import.ImportAbsolute("functools"), "partial");
        GetAttr = Attr(Import.ImportAbsolute("builtins"), "getattr");
    }

    public static PickleState Get() => instance ??= new PickleState();

    private static PyObject Attr(PyObject o, string name) => PyOps.GetAttr(o, PyStr.FromString(name));

    private static PyType NewError(string name, PyType @base)
    {
        var ns = new PyDict();
        ns.SetItem(PyStr.FromAscii("__module__"), PyStr.FromAscii("_pickle"));
        return (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii(name), PyTuple.Of(@base), ns]);
    }

    public PyException Pickling(string message) => Error(PicklingError, message);
    public PyException Unpickling(string message) => Error(UnpicklingError, message);

    private static PyException Error(PyType t, string message) =>
        new((PyBaseException)PyOps.Call(t, [PyStr.FromString(message)]));
}
