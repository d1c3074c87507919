namespace Taipan.Runtime.Objects;

/// <summary>
/// CPython's wrap_codec_error (_PyErr_TrySetFromCause): when a codec written in Python raises a
/// "simple" exception (BaseException's layout, __init__ and __new__; at most one str argument; no
/// instance attributes), str.encode/bytes.decode/codecs.encode/decode raise the same type again
/// with the codec named — "encoding with 'idna' codec failed (UnicodeError: ...)" — and the
/// original as __cause__. Other exceptions pass through unchanged.
/// </summary>
internal static class CodecErrorWrap
{
    public static bool TryWrap(PyException e, string operation, string encoding, out PyException wrapped)
    {
        wrapped = e;
        var v = e.Value;
        var t = v.type;
        // Exceptions with fields are C# subclasses of PyBaseException (OSError, UnicodeEncodeError, ...).
        if (v.GetType() != typeof(PyBaseException) || v.HasDict) return false;
        // Python subclasses qualify while they keep BaseException's __init__/__new__ and add no slots.
        PyType? builtin = null;
        foreach (var m in t.Mro)
        {
            if (!m.IsHeapType)
            {
                builtin = m;
                break;
            }
            if (m.Dict.GetItemOrNull(Names.Init) is not null || m.Dict.GetItemOrNull(Names.New) is not null) return false;
            if (m.Dict.GetItemOrNull(Names.Slots) is { } slots && PyOps.Length(slots) > 0) return false;
        }
        // AttributeError, NameError, StopIteration and SystemExit carry state in CPython.
        if (builtin is null || builtin.IsSubtypeOf(PyTypes.AttributeError) || builtin.IsSubtypeOf(PyTypes.NameError)
            || builtin.IsSubtypeOf(PyTypes.StopIteration) || builtin.IsSubtypeOf(PyTypes.SystemExit)) return false;
        if (v.Args.Count > 1 || (v.Args.Count == 1 && v.Args[0].type != PyTypes.Str)) return false;
        var message = $"{operation} with '{encoding}' codec failed ({t.Name}: {PyOps.Str(v).Value})";
        var n = PyErrors.New(t, message);
        n.Value.Cause = v;
        n.Value.SuppressContext = true;
        wrapped = n;
        return true;
    }
}
