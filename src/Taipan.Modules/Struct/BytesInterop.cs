using Taipan.Runtime.Interpreter;
using InterpreterState = Taipan.Runtime.InterpreterState;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Struct;

/// <summary>The one place _struct touches bytes objects. The runtime has no bytes type on main yet, so
/// this goes through the Python-level protocol (the builtin `bytes`, iteration of bytes-likes);
/// replace with direct PyBytes access once that type exists.</summary>
internal static class BytesInterop
{
    private static bool HasBaseNamed(PyObject o, string name)
    {
        foreach (var t in o.type.Mro) if (t.Name == name) return true;
        return false;
    }

    public static bool IsBytes(PyObject o) => HasBaseNamed(o, "bytes");
    public static bool IsByteArray(PyObject o) => HasBaseNamed(o, "bytearray");

    private static bool IsBytesLike(PyObject o) =>
        IsBytes(o) || IsByteArray(o) || HasBaseNamed(o, "memoryview") || HasBaseNamed(o, "array.array");

    public static PyObject MakeBytes(byte[] data)
    {
        var bytesType = InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("bytes"))
            ?? throw PyErrors.SystemError("struct: the bytes type is not available");
        var l = new PyList();
        foreach (var b in data) l.Append(PyInt.FromLong(b));
        return PyOps.Call(bytesType, new PyObject[] { l });
    }

    /// <summary>The contents of a bytes-like object; TypeError like CPython's buffer protocol otherwise.</summary>
    public static byte[] Read(PyObject o)
    {
        if (!IsBytesLike(o)) throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
        var l = PyOps.ToList(o);
        var r = new byte[l.Count];
        for (int i = 0; i < r.Length; i++) r[i] = (byte)((PyInt)l[i]).Small;
        return r;
    }

    /// <summary>buf[offset:offset+len(data)] = data on a writable buffer (bytearray, memoryview).</summary>
    public static void Write(PyObject buffer, long offset, byte[] data)
    {
        if (IsBytes(buffer)) throw PyErrors.TypeError($"argument must be read-write bytes-like object, not {buffer.type.Name}");
        if (!IsBytesLike(buffer)) throw PyErrors.TypeError($"argument must be read-write bytes-like object, not {buffer.type.Name}");
        for (int i = 0; i < data.Length; i++) PyOps.SetItem(buffer, PyInt.FromLong(offset + i), PyInt.FromLong(data[i]));
    }
}
