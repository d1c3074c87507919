using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>Python bytes: an immutable byte array of exactly the value's length. The methods are
/// one-line bindings over <see cref="BytesOps"/>, which bytearray shares.</summary>
[PyType("bytes")]
internal sealed partial class PyBytes : PyObject
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());
    private static readonly PyBytes[] Singles = CreateSingles();

    public readonly byte[] Value;
    private long hash;
    private bool hashed;

    public PyBytes(byte[] value) : base(BytesTypes.Bytes) => Value = value;

    public PyBytes(byte[] value, PyType type) : base(type) => Value = value;

    private static PyBytes[] CreateSingles()
    {
        var a = new PyBytes[256];
        for (int i = 0; i < 256; i++) a[i] = new PyBytes(new[] { (byte)i });
        return a;
    }

    public static PyBytes From(byte[] value) =>
        value.Length == 0 && Empty is not null ? Empty : value.Length == 1 && Singles is not null ? Singles[value[0]] : new PyBytes(value);

    private static PyObject Make(byte[] b) => From(b);

    public long Hash()
    {
        if (!hashed)
        {
            hash = Value.Length == 0 ? 0 : StringHash.HashBytes(Value);
            hashed = true;
        }
        return hash;
    }

    // --- Python methods --------------------------------------------------------------------

    [PyMethod] internal PyBytes lower() => From(BytesOps.Lower(Value));
    [PyMethod] internal PyBytes upper() => From(BytesOps.Upper(Value));
    [PyMethod] internal PyBytes swapcase() => From(BytesOps.SwapCase(Value));
    [PyMethod] internal PyBytes capitalize() => From(BytesOps.Capitalize(Value));
    [PyMethod] internal PyBytes title() => From(BytesOps.Title(Value));
    [PyMethod] internal bool isalpha() => BytesOps.IsAll(Value, BytesOps.IsAlpha);
    [PyMethod] internal bool isalnum() => BytesOps.IsAll(Value, BytesOps.IsAlnum);
    [PyMethod] internal bool isdigit() => BytesOps.IsAll(Value, BytesOps.IsDigit);
    [PyMethod] internal bool isspace() => BytesOps.IsAll(Value, BytesOps.IsSpace);
    [PyMethod] internal bool islower() => BytesOps.IsLowerText(Value);
    [PyMethod] internal bool isupper() => BytesOps.IsUpperText(Value);
    [PyMethod] internal bool istitle() => BytesOps.IsTitleText(Value);
    [PyMethod] internal bool isascii() => BytesOps.IsAscii(Value);
    [PyMethod] internal long find(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Find(Value, sub, start, end, false);
    [PyMethod] internal long rfind(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Find(Value, sub, start, end, true);
    [PyMethod] internal long index(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Index(Value, sub, start, end, false);
    [PyMethod] internal long rindex(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Index(Value, sub, start, end, true);
    [PyMethod] internal long count(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Count(Value, sub, start, end);
    [PyMethod] internal bool startswith(PyObject prefix, PyObject? start = null, PyObject? end = null) => BytesOps.StartsEnds(Value, prefix, start, end, false);
    [PyMethod] internal bool endswith(PyObject suffix, PyObject? start = null, PyObject? end = null) => BytesOps.StartsEnds(Value, suffix, start, end, true);
    [PyMethod(PosOnly = 0)] internal PyList split(PyObject? sep = null, long maxsplit = -1) => BytesOps.Split(Value, sep, maxsplit, Make);
    [PyMethod(PosOnly = 0)] internal PyList rsplit(PyObject? sep = null, long maxsplit = -1) => BytesOps.RSplit(Value, sep, maxsplit, Make);
    [PyMethod(PosOnly = 0)] internal PyList splitlines(bool keepends = false) => BytesOps.SplitLines(Value, keepends, Make);
    [PyMethod] internal PyTuple partition(PyObject sep) => BytesOps.Partition(Value, sep, false, Make);
    [PyMethod] internal PyTuple rpartition(PyObject sep) => BytesOps.Partition(Value, sep, true, Make);
    [PyMethod] internal PyBytes strip(PyObject? bytes = null) => From(BytesOps.Strip(Value, bytes, 3));
    [PyMethod] internal PyBytes lstrip(PyObject? bytes = null) => From(BytesOps.Strip(Value, bytes, 1));
    [PyMethod] internal PyBytes rstrip(PyObject? bytes = null) => From(BytesOps.Strip(Value, bytes, 2));
    [PyMethod] internal PyBytes join(PyObject iterable_of_bytes) => From(BytesOps.Join(Value, iterable_of_bytes));
    [PyMethod] internal PyBytes replace(PyObject old, PyObject @new, long count = -1) => From(BytesOps.Replace(Value, old, @new, count));
    [PyMethod] internal PyBytes center(long width, PyObject? fillchar = null) => From(BytesOps.Pad(Value, width, fillchar, "center"));
    [PyMethod] internal PyBytes ljust(long width, PyObject? fillchar = null) => From(BytesOps.Pad(Value, width, fillchar, "ljust"));
    [PyMethod] internal PyBytes rjust(long width, PyObject? fillchar = null) => From(BytesOps.Pad(Value, width, fillchar, "rjust"));
    [PyMethod] internal PyBytes zfill(long width) => From(BytesOps.ZFill(Value, width));
    [PyMethod(PosOnly = 0)] internal PyBytes expandtabs(long tabsize = 8) => From(BytesOps.ExpandTabs(Value, tabsize));
    [PyMethod(PosOnly = 1)] internal PyBytes translate(PyObject table, PyObject? delete = null) => From(BytesOps.Translate(Value, table, delete));
    [PyMethod] internal PyBytes removeprefix(PyObject prefix) => From(BytesOps.RemovePrefix(Value, prefix));
    [PyMethod] internal PyBytes removesuffix(PyObject suffix) => From(BytesOps.RemoveSuffix(Value, suffix));
    [PyMethod(PosOnly = 0)] internal PyStr hex(PyObject? sep = null, long bytes_per_sep = 1) => PyStr.FromAscii(BytesOps.Hex(Value, sep, bytes_per_sep));
    [PyMethod(PosOnly = 0)] internal PyStr decode(string encoding = "utf-8", string errors = "strict") => Codecs.Decode(Value, encoding, errors);
    [PyMethod] internal PyTuple __getnewargs__() => PyTuple.Of(From((byte[])Value.Clone()));
    [PyMethod] internal PyBytes __bytes__() => type == BytesTypes.Bytes ? this : new PyBytes(Value);

    // --- slots -------------------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromAscii(BytesOps.Repr(((PyBytes)self).Value));
        t.Str = t.Repr;
        t.Hash = static self => ((PyBytes)self).Hash();
        t.Length = static self => ((PyBytes)self).Value.Length;
        t.RichCompare = static (a, b, op) =>
            Buffers.TryGetSpan(b, out var other) && b is not PyMemoryView
                ? BytesOps.Compare(((PyBytes)a).Value, other, op)
                : PyNotImplemented.Instance;
        t.Contains = static (self, item) => BytesOps.Contains(((PyBytes)self).Value, item);
        t.GetItem = static (self, key) => GetItem(((PyBytes)self).Value, key, "byte", "index out of range", Make);
        t.Iter = static self => new ByteIterator(self, BytesTypes.BytesIterator);
        t.SequenceConcat = static (a, b) => Buffers.TryGetSpan(b, out var y)
            ? From(Concat(((PyBytes)a).Value, y))
            : throw PyErrors.TypeError($"can't concat {b.type.Name} to bytes");
        // bytes_repeat: a single copy of an exact bytes is the object itself
        t.SequenceRepeat = static (a, n) => n == 1 && a.type == BytesTypes.Bytes ? a : From(BytesOps.Repeat(((PyBytes)a).Value, n));
        t.New = static (callable, args, kwnames) => New((PyType)callable, args, kwnames);
        t.NumberSlots[(int)BinaryOp.Remainder] = BytesPercent.RemainderSlot;
        InstallPyBindings(t);
        t.Dict.SetItem(PyStr.FromAscii("fromhex"), FromHexFunction(BytesTypes.Bytes));
        t.Dict.SetItem(PyStr.FromAscii("maketrans"), MakeTransFunction(t));
    }

    internal static PyObject MakeTransFunction(PyType owner) =>
        new PyStaticMethod(new PyBuiltinFunction("maketrans", owner.Name, null, static (self, args, kwnames) =>
        {
            ArgParser.CheckPositional(args, kwnames, "maketrans", 2, 2);
            return From(BytesOps.MakeTrans(args[0], args[1]));
        }) { StaticOwner = owner });

    /// <summary>cls.fromhex(s) as a classmethod: the exact type directly, subclasses through cls(result).</summary>
    internal static PyObject FromHexFunction(PyType exact) =>
        new PyClassMethod(new PyBuiltinFunction("fromhex", "builtins", null, (self, args, kwnames) =>
        {
            // args[0] is the class the classmethod bound.
            if ((kwnames?.Count ?? 0) > 0) throw PyErrors.TypeError("fromhex() takes no keyword arguments");
            if (args.Length != 2) throw PyErrors.TypeError($"fromhex() takes exactly one argument ({args.Length - 1} given)");
            var value = BytesOps.FromHex(args[1]);
            PyObject r = exact == BytesTypes.Bytes ? From(value) : new PyByteArray(value);
            return args[0] == exact ? r : PyOps.Call(args[0], new[] { r });
        }));

    internal static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var r = new byte[a.Length + b.Length];
        a.CopyTo(r);
        b.CopyTo(r.AsSpan(a.Length));
        return r;
    }

    /// <summary>Indexing shared with bytearray: an int gives an int, a slice a new sequence.</summary>
    internal static PyObject GetItem(ReadOnlySpan<byte> s, PyObject key, string what, string range, Func<byte[], PyObject> make)
    {
        if (key is PySlice slice)
        {
            slice.Indices(s.Length, out long start, out _, out long step, out long count);
            if (step == 1) return make(s.Slice((int)start, (int)count).ToArray());
            var r = new byte[count];
            for (long k = 0, i = start; k < count; k++, i += step) r[k] = s[(int)i];
            return make(r);
        }
        long idx = PyOps.AsIndex(key, PyTypes.IndexError, $"{what} indices must be integers or slices, not ");
        if (idx < 0) idx += s.Length;
        if ((ulong)idx >= (ulong)s.Length) throw PyErrors.IndexError(range);
        return PyInt.FromLong(s[(int)idx]);
    }

    private static readonly string[] NewNames = { "source", "encoding", "errors" };

    private static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = ArgParser.Unpack(args, kwnames, "bytes", NewNames, 0, 0);
        // bytes_new looks for __bytes__ first (a str subclass may define it); bytes(x) returns what
        // it gave, even a bytes subclass
        var source = slots[0];
        if (source is not null && slots[1] is null && slots[2] is null && source.type != PyTypes.Str && SlotDefinitions.CallSpecial(source, "__bytes__", default) is { } r)
        {
            if (r is not PyBytes rb) throw PyErrors.TypeError($"__bytes__ returned non-bytes (type {r.type.Name})");
            return cls == BytesTypes.Bytes ? rb : new PyBytes(rb.Value, cls);
        }
        byte[] value = SourceBytes(slots[0], slots[1], slots[2], "bytes");
        return cls == BytesTypes.Bytes ? From(value) : new PyBytes(value, cls);
    }

    /// <summary>bytes(source, encoding, errors) / bytearray(...): the initial contents.</summary>
    internal static byte[] SourceBytes(PyObject? source, PyObject? encoding, PyObject? errors, string typeName)
    {
        if (encoding is not null && encoding is not PyStr)
            throw ArgParser.BadArgument(typeName, "argument 'encoding'", "str", encoding);
        if (errors is not null && errors is not PyStr)
            throw ArgParser.BadArgument(typeName, "argument 'errors'", "str", errors);
        if (source is null)
        {
            if (encoding is not null) throw PyErrors.TypeError("encoding without a string argument");
            if (errors is not null) throw PyErrors.TypeError("errors without a string argument");
            return Array.Empty<byte>();
        }
        if (source is PyStr s)
        {
            if (encoding is null) throw PyErrors.TypeError("string argument without an encoding");
            return Codecs.Encode(s, ((PyStr)encoding).Value, errors is PyStr e ? e.Value : "strict");
        }
        if (encoding is not null) throw PyErrors.TypeError("encoding without a string argument");
        if (errors is not null) throw PyErrors.TypeError("errors without a string argument");
        return BytesOps.FromObject(source, typeName);
    }
}
