using System.Text;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The bytes target of printf-style formatting (CPython's _PyBytes_FormatEx): %s and %b take
/// bytes, bytearray, __bytes__ or a buffer; %r and %a are ascii(); %c is an int in range(256) or
/// a single byte. Text travels as Latin-1 strings (one char per byte). bytes/bytearray are
/// recognised by their builtin type names so this works through BytesLike without depending on
/// the bytes types' classes.
/// </summary>
internal sealed class BytesPercentConverter : IPercentConverter
{
    private readonly Func<byte[], PyObject> makeBytes;

    public BytesPercentConverter(Func<byte[], PyObject> makeBytes) => this.makeBytes = makeBytes;

    public PyObject MakeKey(string text) => makeBytes(Encoding.Latin1.GetBytes(text));

    public bool IsTextType(char type) => type is 's' or 'b' or 'r' or 'a';

    public string TargetName => "bytes";

    public bool IntTextFastPath => false;

    public string ConvertText(char type, PyObject v)
    {
        if (type is 'r' or 'a') return PyFormat.Ascii(v).Value;
        return Encoding.Latin1.GetString(BytesOf(v));
    }

    private static byte[] BytesOf(PyObject v)
    {
        byte[] bytes;
        if ((IsBuiltin(v, "bytes") || IsBuiltin(v, "bytearray")) && BytesLike.TryGetBytes(v, out bytes)) return bytes;
        var f = v.type.Lookup("__bytes__");
        if (f is not null)
        {
            var r = EvalLoop.CallWithSelf(f, v, ReadOnlySpan<PyObject>.Empty, null);
            if (IsBuiltin(r, "bytes") && BytesLike.TryGetBytes(r, out bytes)) return bytes;
            throw PyErrors.TypeError($"__bytes__ returned non-bytes (type {r.type.Name})");
        }
        if (BytesLike.TryGetBytes(v, out bytes)) return bytes;
        throw PyErrors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.type.Name}'");
    }

    public string ConvertChar(PyObject v)
    {
        if ((IsBuiltin(v, "bytes") || IsBuiltin(v, "bytearray")) && BytesLike.TryGetBytes(v, out var one) && one.Length == 1)
            return ((char)one[0]).ToString();
        if (v.type.Index is null) throw PyErrors.TypeError("%c requires an integer in range(256) or a single byte");
        var i = PyOps.Index(v);
        if (!i.TryGetLong(out long x) || x < 0 || x > 255) throw PyErrors.OverflowError("%c arg not in range(256)");
        return ((char)x).ToString();
    }

    public bool IsMapping(PyObject args) =>
        args is not PyTuple && args is not PyStr && args.type.GetItem is not null && !IsBuiltin(args, "bytes") && !IsBuiltin(args, "bytearray");

    public double ToDouble(PyObject v)
    {
        try
        {
            return PyOps.AsDouble(v);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            throw PyErrors.TypeError($"float argument required, not {v.type.Name}");
        }
    }

    /// <summary>Whether <paramref name="o"/> is an instance of the builtin type <paramref name="name"/> or a subclass.</summary>
    private static bool IsBuiltin(PyObject o, string name)
    {
        foreach (var t in o.type.Mro)
            if (!t.IsHeapType && t.Name == name) return true;
        return false;
    }
}
