using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>The exceptions _json raises. Positions in them are code point indices; the parser works on
/// UTF-16 offsets, so they are converted here (a no-op for strings without astral characters).</summary>
internal static class JsonErrors
{
    /// <summary>raise_errmsg: json.decoder.JSONDecodeError(msg, doc, pos), the class looked up at raise
    /// time as CPython does (errors are rare, so no cache).</summary>
    public static PyException DecodeError(string message, PyStr doc, int utf16Pos)
    {
        var module = Import.ImportAbsolute("json.decoder");
        var cls = PyOps.GetAttr(module, PyStr.FromAscii("JSONDecodeError"));
        var exc = PyOps.Call(cls, new PyObject[] { PyStr.FromString(message), doc, PyInt.FromLong(CodePointIndex(doc, utf16Pos)) });
        return exc is PyBaseException e ? new PyException(e) : PyErrors.TypeError("exceptions must derive from BaseException");
    }

    /// <summary>raise_stop_iteration: StopIteration(idx), what scan_once reports for "no value here".</summary>
    public static PyException StopAt(PyStr doc, int utf16Pos) =>
        PyErrors.New(PyTypes.StopIteration, PyTuple.Of(PyInt.FromLong(CodePointIndex(doc, utf16Pos))));

    public static PyException NotAString(PyObject o) =>
        PyErrors.TypeError($"first argument must be a string, not {o.type.Name}");

    /// <summary>The code point index of a UTF-16 offset (offsets past the end count one each).</summary>
    public static long CodePointIndex(PyStr s, int utf16Pos)
    {
        if (!s.HasAstral) return utf16Pos;
        var v = s.Value;
        int limit = Math.Min(utf16Pos, v.Length);
        long pairs = 0;
        for (int i = 0; i + 1 < limit; i++)
        {
            if (char.IsHighSurrogate(v[i]) && char.IsLowSurrogate(v[i + 1])) { pairs++; i++; }
        }
        return utf16Pos - pairs;
    }

    /// <summary>The UTF-16 offset of a code point index that may lie past the end (kept as is there).</summary>
    public static int Utf16Index(PyStr s, long cpIndex)
    {
        if (cpIndex >= s.Length) return (int)Math.Min(int.MaxValue, cpIndex - s.Length + s.Value.Length);
        return s.Utf16Offset((int)cpIndex);
    }
}
