using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.UnicodeData;

/// <summary>unicodedata: CPython 3.11's Unicode 14.0.0 database (tables from CPython itself, see
/// tools/gen_unicodedata.py), plus ucd_3_2_0 for stringprep/idna.</summary>
[PyModule("unicodedata")]
internal static partial class UnicodeDataModule
{
    private const string Doc =
        "This module provides access to the Unicode Character Database which\n" +
        "defines character properties for all Unicode characters. The data in\n" +
        "this database is based on the UnicodeData.txt file version\n" +
        "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n" +
        "The module uses the same names and symbols as defined by the\n" +
        "UnicodeData File Format 14.0.0.";

    private static volatile bool s_namesLoaded;

    /// <summary>Registers the module. Also: the first \N{...} escape (compiler, unicode_escape codec)
    /// imports unicodedata, as CPython's does to reach the name table; while that import fails
    /// (sys.modules['unicodedata'] is None) the escape is refused. Once loaded it stays loaded.</summary>
    public static void Register()
    {
        NativeModules.Register("unicodedata", Create);
        Taipan.Compiler.Lexing.UnicodeNames.Unavailable = static () =>
        {
            if (s_namesLoaded) return false;
            try
            {
                Import.ImportAbsolute("unicodedata");
            }
            catch (PyException)
            {
                return true;
            }
            s_namesLoaded = true;
            return false;
        };
    }

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("unicodedata", InstallPyBindings);
        m.Dict.SetItem(Names.Doc, PyStr.FromAscii(Doc));
        m.Dict.SetItem(StrIntern.Intern("unidata_version"), PyStr.FromAscii("14.0.0"));
        m.Dict.SetItem(StrIntern.Intern("UCD"), PyUcd.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("ucd_3_2_0"), PyUcd.Ucd320);
        return m;
    }

    [PyFunction] internal static PyObject @decimal(PyObject chr, PyObject? @default = null) => UcdFunctions.Decimal(chr, @default, old: false);
    [PyFunction] internal static PyObject digit(PyObject chr, PyObject? @default = null) => UcdFunctions.Digit(chr, @default, old: false);
    [PyFunction] internal static PyObject numeric(PyObject chr, PyObject? @default = null) => UcdFunctions.Numeric(chr, @default, old: false);
    [PyFunction] internal static PyStr category(PyObject chr) => UcdFunctions.Category(chr, old: false);
    [PyFunction] internal static PyStr bidirectional(PyObject chr) => UcdFunctions.Bidirectional(chr, old: false);
    [PyFunction] internal static long combining(PyObject chr) => UcdFunctions.Combining(chr, old: false);
    [PyFunction] internal static PyStr east_asian_width(PyObject chr) => UcdFunctions.EastAsianWidth(chr, old: false);
    [PyFunction] internal static long mirrored(PyObject chr) => UcdFunctions.Mirrored(chr, old: false);
    [PyFunction] internal static PyStr decomposition(PyObject chr) => UcdFunctions.Decomposition(chr, old: false);
    [PyFunction] internal static PyObject name(PyObject chr, PyObject? @default = null) => UcdFunctions.Name(chr, @default, old: false);
    [PyFunction] internal static PyStr lookup(PyObject name) => UcdFunctions.Lookup(name, old: false);
    [PyFunction] internal static PyObject normalize(PyObject form, PyObject unistr) => UcdFunctions.Normalize(form, unistr, old: false);
    [PyFunction] internal static bool is_normalized(PyObject form, PyObject unistr) => UcdFunctions.IsNormalized(form, unistr, old: false);
}
