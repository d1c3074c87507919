using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Expat;

/// <summary>pyexpat over the system libexpat, with its errors and model submodules
/// (also registered as sys.modules["pyexpat.errors"] / ["pyexpat.model"], as CPython does).</summary>
internal static unsafe class ExpatModule
{
    private static PyType? expatError;

    // enum XML_Error from 1 on, the codes CPython 3.11's errors module names.
    private static readonly string[] ErrorNames =
    [
        "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR", "TAG_MISMATCH",
        "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY",
        "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
        "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
        "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
        "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
        "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
        "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
        "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
        "AMPLIFICATION_LIMIT_BREACH",
    ];

    private static readonly string[] ParserCreateNames = ["encoding", "namespace_separator", "intern"];

    public static PyModule Create()
    {
        var m = new PyModule("pyexpat", PyStr.FromAscii("Python wrapper for Expat parser."));
        var d = m.Dict;
        void Set(string name, PyObject v) => d.SetItem(PyStr.FromAscii(name), v);
        BindingInstaller.AddFunction(d, "pyexpat", "ParserCreate", ParserCreate);
        BindingInstaller.AddFunction(d, "pyexpat", "ErrorString", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "pyexpat.ErrorString");
            var s = LibExpat.ErrorString((int)ArgParser.ToLong(args[0]));
            return s is null ? PyNone.Instance : PyStr.FromString(s);
        });
        expatError ??= NewError();
        Set("error", expatError);
        Set("ExpatError", expatError);
        Set("XMLParserType", PyXmlParser.TypeObject);
        Set("EXPAT_VERSION", PyStr.FromString(Marshal.PtrToStringUTF8(LibExpat.XML_ExpatVersion()) ?? ""));
        var v = LibExpat.XML_ExpatVersionInfo();
        Set("version_info", PyTuple.Of(PyInt.FromLong(v.Major), PyInt.FromLong(v.Minor), PyInt.FromLong(v.Micro)));
        Set("native_encoding", PyStr.FromAscii("UTF-8"));
        var features = new PyList();
        for (var f = LibExpat.XML_GetFeatureList(); f->Feature != 0; f++)
            features.Append(PyTuple.Of(PyXmlParser.Str(f->Name), PyInt.FromLong((int)f->Value)));
        Set("features", features);
        Set("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.FromLong(0));
        Set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.FromLong(1));
        Set("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.FromLong(2));

        var modules = Taipan.Runtime.InterpreterState.Current.Modules;
        var errors = ErrorsModule();
        Set("errors", errors);
        modules.SetItem(PyStr.FromAscii("pyexpat.errors"), errors);
        var model = ModelModule();
        Set("model", model);
        modules.SetItem(PyStr.FromAscii("pyexpat.model"), model);
        return m;
    }

    private static PyType NewError()
    {
        var t = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("ExpatError"), PyTuple.Of(PyTypes.Exception), new PyDict()]);
        t.Dict.SetItem(Names.Module, PyStr.FromAscii("xml.parsers.expat"));
        return t;
    }

    private static PyModule ErrorsModule()
    {
        var m = new PyModule("pyexpat.errors", PyStr.FromAscii("Constants used to describe error conditions."));
        var codes = new PyDict();
        var messages = new PyDict();
        for (int i = 0; i < ErrorNames.Length; i++)
        {
            int code = i + 1;
            var msg = PyStr.FromString(LibExpat.ErrorString(code) ?? "");
            m.Dict.SetItem(PyStr.FromAscii("XML_ERROR_" + ErrorNames[i]), msg);
            codes.SetItem(msg, PyInt.FromLong(code));
            messages.SetItem(PyInt.FromLong(code), msg);
        }
        m.Dict.SetItem(PyStr.FromAscii("codes"), codes);
        m.Dict.SetItem(PyStr.FromAscii("messages"), messages);
        return m;
    }

    private static PyModule ModelModule()
    {
        var m = new PyModule("pyexpat.model", PyStr.FromAscii("Constants used to interpret content model information."));
        void Int(string name, long v) => m.Dict.SetItem(PyStr.FromAscii(name), PyInt.FromLong(v));
        Int("XML_CTYPE_EMPTY", 1);
        Int("XML_CTYPE_ANY", 2);
        Int("XML_CTYPE_MIXED", 3);
        Int("XML_CTYPE_NAME", 4);
        Int("XML_CTYPE_CHOICE", 5);
        Int("XML_CTYPE_SEQ", 6);
        Int("XML_CQUANT_NONE", 0);
        Int("XML_CQUANT_OPT", 1);
        Int("XML_CQUANT_REP", 2);
        Int("XML_CQUANT_PLUS", 3);
        return m;
    }

    private static PyObject ParserCreate(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "ParserCreate", ParserCreateNames, 0, 0);
        string? encoding = StrOrNone(a[0], "encoding");
        string? separator = StrOrNone(a[1], "namespace_separator");
        if (separator is not null && System.Text.Encoding.UTF8.GetByteCount(separator) > 1)
            throw PyErrors.ValueError("namespace_separator must be at most one character, omitted, or None");
        PyDict? intern;
        if (a[2] is null) intern = new PyDict();
        else if (a[2] == PyNone.Instance) intern = null;
        else intern = a[2] as PyDict ?? throw PyErrors.TypeError("intern must be a dictionary");
        return PyXmlParser.Create(encoding, separator, intern);
    }

    private static string? StrOrNone(PyObject? o, string name)
    {
        if (o is null || o == PyNone.Instance) return null;
        if (o is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyErrors.ValueError("embedded null character");
            return s.Value;
        }
        throw ArgParser.BadArgument("ParserCreate", $"argument '{name}'", "str or None", o);
    }

    /// <summary>ExpatError(message) with code, offset and lineno set.</summary>
    public static PyException MakeError(int code, string message, long line, long column)
    {
        var err = (PyBaseException)PyOps.Call(expatError!, [PyStr.FromString(message)]);
        ObjectAttributes.SetAttr(err, PyStr.FromAscii("code"), PyInt.FromLong(code));
        ObjectAttributes.SetAttr(err, PyStr.FromAscii("offset"), PyInt.FromLong(column));
        ObjectAttributes.SetAttr(err, PyStr.FromAscii("lineno"), PyInt.FromLong(line));
        return new PyException(err);
    }

    /// <summary>_PyArg_UnpackKeywords for the positional-only parameters of the xmlparser methods that
    /// take the defining class (Parse, ParseFile, ExternalEntityParserCreate, UseForeignDTD).</summary>
    internal static void ClinicArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (nargs + nkw > max)
            throw PyErrors.TypeError($"{name}() takes at most {max} {(nargs == 0 ? "keyword " : "")}argument{(max == 1 ? "" : "s")} ({nargs + nkw} given)");
        if (nargs < min)
            throw PyErrors.TypeError($"{name}() takes {(min == max ? "exactly" : "at least")} {min} positional argument{(min == 1 ? "" : "s")} ({nargs} given)");
        if (nkw > 0) throw PyErrors.TypeError($"'{((PyStr)kwnames![0]).Value}' is an invalid keyword argument for {name}()");
    }

    /// <summary>Argument Clinic's int converter (_PyLong_AsInt).</summary>
    internal static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }
}
