namespace Taipan.Runtime.Objects;

/// <summary>
/// UnicodeEncodeError(encoding, object: str, start, end, reason), UnicodeDecodeError(encoding,
/// object: bytes-like, start, end, reason), UnicodeTranslateError(object: str, start, end, reason).
/// start/end are stored as given (no clamping), as CPython's __str__ reads them.
/// </summary>
internal sealed class PyUnicodeError : PyBaseException
{
    public PyObject? Encoding, Object, Reason;
    public long Start, End;

    public PyUnicodeError(PyType type, PyTuple args) : base(type, args) { }

    private static PyType? bytesType;

    /// <summary>The bytes type (defined outside the runtime core), found by name once.</summary>
    internal static PyType? BytesType
    {
        get
        {
            if (bytesType is not null) return bytesType;
            foreach (var t in PyType.Builtins)
                if (t.Name == "bytes") return bytesType = t;
            return null;
        }
    }

    private static PyObject Str(PyObject o, int argument) =>
        o is PyStr ? o : throw PyErrors.TypeError($"argument {argument} must be str, not {(o == PyNone.Instance ? "None" : o.type.Name)}");

    private static long Index(PyObject o) => PyOps.AsIndex(o, PyTypes.OverflowError);

    private static void CheckCount(ReadOnlySpan<PyObject> args, int n)
    {
        if (args.Length != n) throw PyErrors.TypeError($"function takes exactly {n} arguments ({args.Length} given)");
    }

    internal static void InitTypes()
    {
        var enc = PyTypes.UnicodeEncodeError;
        enc.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            CheckCount(args, 5);
            var e = (PyUnicodeError)self;
            e.Encoding = Str(args[0], 1);
            e.Object = Str(args[1], 2);
            e.Start = Index(args[2]);
            e.End = Index(args[3]);
            e.Reason = Str(args[4], 5);
        };
        enc.Str = static self =>
        {
            var e = (PyUnicodeError)self;
            if (e.Object is null) return PyStr.Empty;
            var reason = PyOps.Str(e.Reason ?? PyNone.Instance).Value;
            var encoding = PyOps.Str(e.Encoding ?? PyNone.Instance).Value;
            if (e.Object is PyStr s && e.Start >= 0 && e.Start < s.Length && e.End == e.Start + 1)
                return PyStr.FromString($"'{encoding}' codec can't encode character '{CharEscape(s.CodePointAt((int)e.Start))}' in position {e.Start}: {reason}");
            return PyStr.FromString($"'{encoding}' codec can't encode characters in position {e.Start}-{e.End - 1}: {reason}");
        };

        var dec = PyTypes.UnicodeDecodeError;
        dec.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            CheckCount(args, 5);
            var e = (PyUnicodeError)self;
            e.Encoding = Str(args[0], 1);
            var obj = args[1];
            e.Start = Index(args[2]);
            e.End = Index(args[3]);
            e.Reason = Str(args[4], 5);
            e.Object = ToBytes(obj);
        };
        dec.Str = static self =>
        {
            var e = (PyUnicodeError)self;
            if (e.Object is null) return PyStr.Empty;
            var reason = PyOps.Str(e.Reason ?? PyNone.Instance).Value;
            var encoding = PyOps.Str(e.Encoding ?? PyNone.Instance).Value;
            long size = e.Object.type == BytesType || (BytesType is { } bt && e.Object.type.IsSubtypeOf(bt)) ? PyOps.Length(e.Object) : 0;
            if (e.Start >= 0 && e.Start < size && e.End == e.Start + 1)
            {
                var b = (PyInt)PyOps.GetItem(e.Object, PyInt.FromLong(e.Start));
                return PyStr.FromString($"'{encoding}' codec can't decode byte 0x{b.Small:x2} in position {e.Start}: {reason}");
            }
            return PyStr.FromString($"'{encoding}' codec can't decode bytes in position {e.Start}-{e.End - 1}: {reason}");
        };

        var tr = PyTypes.UnicodeTranslateError;
        tr.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            CheckCount(args, 4);
            var e = (PyUnicodeError)self;
            e.Object = Str(args[0], 1);
            e.Start = Index(args[1]);
            e.End = Index(args[2]);
            e.Reason = Str(args[3], 4);
        };
        tr.Str = static self =>
        {
            var e = (PyUnicodeError)self;
            if (e.Object is null) return PyStr.Empty;
            var reason = PyOps.Str(e.Reason ?? PyNone.Instance).Value;
            if (e.Object is PyStr s && e.Start >= 0 && e.Start < s.Length && e.End == e.Start + 1)
                return PyStr.FromString($"can't translate character '{CharEscape(s.CodePointAt((int)e.Start))}' in position {e.Start}: {reason}");
            return PyStr.FromString($"can't translate characters in position {e.Start}-{e.End - 1}: {reason}");
        };

        foreach (var t in new[] { enc, dec, tr })
        {
            ExceptionMembers.Object<PyUnicodeError>(t, "encoding", static e => e.Encoding, static (e, v) => e.Encoding = v);
            ExceptionMembers.Object<PyUnicodeError>(t, "object", static e => e.Object, static (e, v) => e.Object = v);
            ExceptionMembers.SizeT<PyUnicodeError>(t, "start", static e => e.Start, static (e, v) => e.Start = v);
            ExceptionMembers.SizeT<PyUnicodeError>(t, "end", static e => e.End, static (e, v) => e.End = v);
            ExceptionMembers.Object<PyUnicodeError>(t, "reason", static e => e.Reason, static (e, v) => e.Reason = v);
        }
    }

    /// <summary>UnicodeDecodeError's object: bytes kept, other buffers (bytearray, memoryview) copied to bytes.</summary>
    private static PyObject ToBytes(PyObject obj)
    {
        var bt = BytesType;
        if (bt is not null && obj.type.IsSubtypeOf(bt)) return obj;
        if (bt is not null && obj.type.Name is "bytearray" or "memoryview") return PyOps.Call(bt, new[] { obj });
        throw PyErrors.TypeError($"a bytes-like object is required, not '{obj.type.Name}'");
    }

    /// <summary>The \x / \u / \U escape CPython's messages use for the offending character.</summary>
    private static string CharEscape(int cp) =>
        cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
}
