using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.UnicodeData;

/// <summary>unicodedata.UCD: the database of an older Unicode version. The only instance is
/// unicodedata.ucd_3_2_0 (used by stringprep, idna); Python code cannot create others.</summary>
[PyType("UCD")]
internal sealed partial class PyUcd : PyObject
{
    // Not subclassable and not instantiable from Python, so it shares object's layout (no layout id).
    public static readonly PyType PyTypeObject = CreateType();

    public static readonly PyUcd Ucd320 = new();

    private PyUcd() : base(PyTypeObject) { }

    // No New slot (not even object's, which Complete inherits): calling the type says "cannot create
    // 'unicodedata.UCD' instances" and pickling or copying says "cannot pickle", as for CPython's
    // tp_new-less type.
    private static PyType CreateType()
    {
        var t = ModuleTypes.Create("unicodedata.UCD", -1, InitType, subclassable: false);
        t.New = null;
        return t;
    }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        // A read-only member in CPython (T_STRING, READONLY), hence its message on assignment.
        var version = PyStr.FromAscii("3.2.0");
        BindingInstaller.AddGetSet(t, "unidata_version", _ => version,
            static (_, _) => throw PyErrors.AttributeError("readonly attribute"));
    }

    [PyMethod] internal static PyObject @decimal(PyObject chr, PyObject? @default = null) => UcdFunctions.Decimal(chr, @default, old: true);
    [PyMethod] internal static PyObject digit(PyObject chr, PyObject? @default = null) => UcdFunctions.Digit(chr, @default, old: true);
    [PyMethod] internal static PyObject numeric(PyObject chr, PyObject? @default = null) => UcdFunctions.Numeric(chr, @default, old: true);
    [PyMethod] internal static PyStr category(PyObject chr) => UcdFunctions.Category(chr, old: true);
    [PyMethod] internal static PyStr bidirectional(PyObject chr) => UcdFunctions.Bidirectional(chr, old: true);
    [PyMethod] internal static long combining(PyObject chr) => UcdFunctions.Combining(chr, old: true);
    [PyMethod] internal static PyStr east_asian_width(PyObject chr) => UcdFunctions.EastAsianWidth(chr, old: true);
    [PyMethod] internal static long mirrored(PyObject chr) => UcdFunctions.Mirrored(chr, old: true);
    [PyMethod] internal static PyStr decomposition(PyObject chr) => UcdFunctions.Decomposition(chr, old: true);
    [PyMethod] internal static PyObject name(PyObject chr, PyObject? @default = null) => UcdFunctions.Name(chr, @default, old: true);
    [PyMethod] internal static PyStr lookup(PyObject name) => UcdFunctions.Lookup(name, old: true);
    [PyMethod] internal static PyObject normalize(PyObject form, PyObject unistr) => UcdFunctions.Normalize(form, unistr, old: true);
    [PyMethod] internal static bool is_normalized(PyObject form, PyObject unistr) => UcdFunctions.IsNormalized(form, unistr, old: true);
}
