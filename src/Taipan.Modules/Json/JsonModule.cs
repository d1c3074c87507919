using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>_json: the accelerators json.decoder, json.scanner and json.encoder pick up when present.</summary>
[PyModule("_json")]
internal static partial class JsonModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_json", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("make_scanner"), JsonScanner.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("make_encoder"), JsonEncoder.PyTypeObject);
        return m;
    }

    [PyFunction]
    public static PyObject encode_basestring_ascii(PyObject pystr) =>
        pystr is PyStr s ? JsonStrings.EncodeAscii(s) : throw JsonErrors.NotAString(pystr);

    [PyFunction]
    public static PyObject encode_basestring(PyObject pystr) =>
        pystr is PyStr s ? JsonStrings.EncodeUnicode(s) : throw JsonErrors.NotAString(pystr);

    /// <summary>scanstring(string, end, strict=True) -> (str, end): the literal whose opening quote is at end - 1.</summary>
    [PyFunction]
    public static PyObject scanstring(PyObject pystr, long end, bool strict = true)
    {
        if (pystr is not PyStr doc) throw JsonErrors.NotAString(pystr);
        if (end < 0 || end > doc.Length) throw PyErrors.ValueError("end is out of bounds");
        int at = doc.Utf16Offset((int)end);
        var s = JsonStrings.Scan(doc, at, strict, out int next);
        return PyTuple.Of(s, PyInt.FromLong(JsonErrors.CodePointIndex(doc, next)));
    }
}
