using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>Python bytearray: a growable byte buffer (<see cref="Buffer"/>[0..<see cref="Count"/>)).
/// Shares its read-only methods with bytes through <see cref="BytesOps"/>.</summary>
[PyType("bytearray")]
internal sealed partial class PyByteArray : PyObject
{
    internal byte[] Buffer;
    internal int Count;
    /// <summary>Live memoryview exports: while one is live the buffer may not change size (BufferError).</summary>
    private BufferExports? exports;

    internal BufferExports Exports => exports ??= new BufferExports();

    /// <summary>A reachable, unreleased memoryview of this bytearray exists.</summary>
    internal bool HasLiveExports => exports is not null && exports.AnyLive();

    public PyByteArray() : base(BytesTypes.ByteArray) => Buffer = Array.Empty<byte>();

    public PyByteArray(byte[] value) : base(BytesTypes.ByteArray)
    {
        Buffer = value;
        Count = value.Length;
    }

    public PyByteArray(PyType type) : base(type) => Buffer = Array.Empty<byte>();

    public Span<byte> Span => Buffer.AsSpan(0, Count);

    private static PyObject Make(byte[] b) => new PyByteArray(b);

    private static PyByteArray New(byte[] b) => new(b);

    // --- mutation helpers ------------------------------------------------------------------

    private void CheckResizable()
    {
        if (HasLiveExports) throw PyErrors.New(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    private void EnsureCapacity(int n)
    {
        if (n <= Buffer.Length) return;
        int cap = Math.Max(n, Buffer.Length + (Buffer.Length >> 3) + 16);
        Array.Resize(ref Buffer, cap);
    }

    /// <summary>Replaces [lo, hi) with <paramref name="data"/> (simple slice assignment, insert, delete).</summary>
    internal void Splice(int lo, int hi, ReadOnlySpan<byte> data)
    {
        int delta = data.Length - (hi - lo);
        if (delta != 0) CheckResizable();
        var copy = data.ToArray(); // data may alias the buffer (a[:] = a)
        if (delta > 0) EnsureCapacity(Count + delta);
        if (delta != 0) Array.Copy(Buffer, hi, Buffer, hi + delta, Count - hi);
        copy.CopyTo(Buffer, lo);
        Count += delta;
    }

    internal void AppendSpan(ReadOnlySpan<byte> data) => Splice(Count, Count, data);

    // --- shared read-only methods ------------------------------------------------------------

    [PyMethod] internal PyByteArray lower() => New(BytesOps.Lower(Span));
    [PyMethod] internal PyByteArray upper() => New(BytesOps.Upper(Span));
    [PyMethod] internal PyByteArray swapcase() => New(BytesOps.SwapCase(Span));
    [PyMethod] internal PyByteArray capitalize() => New(BytesOps.Capitalize(Span));
    [PyMethod] internal PyByteArray title() => New(BytesOps.Title(Span));
    [PyMethod] internal bool isalpha() => BytesOps.IsAll(Span, BytesOps.IsAlpha);
    [PyMethod] internal bool isalnum() => BytesOps.IsAll(Span, BytesOps.IsAlnum);
    [PyMethod] internal bool isdigit() => BytesOps.IsAll(Span, BytesOps.IsDigit);
    [PyMethod] internal bool isspace() => BytesOps.IsAll(Span, BytesOps.IsSpace);
    [PyMethod] internal bool islower() => BytesOps.IsLowerText(Span);
    [PyMethod] internal bool isupper() => BytesOps.IsUpperText(Span);
    [PyMethod] internal bool istitle() => BytesOps.IsTitleText(Span);
    [PyMethod] internal bool isascii() => BytesOps.IsAscii(Span);
    [PyMethod] internal long find(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Find(Span, sub, start, end, false);
    [PyMethod] internal long rfind(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Find(Span, sub, start, end, true);
    [PyMethod] internal long index(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Index(Span, sub, start, end, false);
    [PyMethod] internal long rindex(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Index(Span, sub, start, end, true);
    [PyMethod] internal long count(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesOps.Count(Span, sub, start, end);
    [PyMethod] internal bool startswith(PyObject prefix, PyObject? start = null, PyObject? end = null) => BytesOps.StartsEnds(Span, prefix, start, end, false);
    [PyMethod] internal bool endswith(PyObject suffix, PyObject? start = null, PyObject? end = null) => BytesOps.StartsEnds(Span, suffix, start, end, true);
    [PyMethod(PosOnly = 0)] internal PyList split(PyObject? sep = null, long maxsplit = -1) => BytesOps.Split(Span, sep, maxsplit, Make);
    [PyMethod(PosOnly = 0)] internal PyList rsplit(PyObject? sep = null, long maxsplit = -1) => BytesOps.RSplit(Span, sep, maxsplit, Make);
    [PyMethod(PosOnly = 0)] internal PyList splitlines(bool keepends = false) => BytesOps.SplitLines(Span, keepends, Make);
    [PyMethod] internal PyTuple partition(PyObject sep) => BytesOps.Partition(Span, sep, false, Make);
    [PyMethod] internal PyTuple rpartition(PyObject sep) => BytesOps.Partition(Span, sep, true, Make);
    [PyMethod] internal PyByteArray strip(PyObject? bytes = null) => New(BytesOps.Strip(Span, bytes, 3));
    [PyMethod] internal PyByteArray lstrip(PyObject? bytes = null) => New(BytesOps.Strip(Span, bytes, 1));
    [PyMethod] internal PyByteArray rstrip(PyObject? bytes = null) => New(BytesOps.Strip(Span, bytes, 2));
    [PyMethod] internal PyByteArray join(PyObject iterable_of_bytes) => New(BytesOps.Join(Span, iterable_of_bytes));
    [PyMethod] internal PyByteArray replace(PyObject old, PyObject @new, long count = -1) => New(BytesOps.Replace(Span, old, @new, count));
    [PyMethod] internal PyByteArray center(long width, PyObject? fillchar = null) => New(BytesOps.Pad(Span, width, fillchar, "center"));
    [PyMethod] internal PyByteArray ljust(long width, PyObject? fillchar = null) => New(BytesOps.Pad(Span, width, fillchar, "ljust"));
    [PyMethod] internal PyByteArray rjust(long width, PyObject? fillchar = null) => New(BytesOps.Pad(Span, width, fillchar, "rjust"));
    [PyMethod] internal PyByteArray zfill(long width) => New(BytesOps.ZFill(Span, width));
    [PyMethod(PosOnly = 0)] internal PyByteArray expandtabs(long tabsize = 8) => New(BytesOps.ExpandTabs(Span, tabsize));
    [PyMethod(PosOnly = 1)] internal PyByteArray translate(PyObject table, PyObject? delete = null) => New(BytesOps.Translate(Span, table, delete));
    [PyMethod] internal PyByteArray removeprefix(PyObject prefix) => New(BytesOps.RemovePrefix(Span, prefix));
    [PyMethod] internal PyByteArray removesuffix(PyObject suffix) => New(BytesOps.RemoveSuffix(Span, suffix));
    [PyMethod(PosOnly = 0)] internal PyStr hex(PyObject? sep = null, long bytes_per_sep = 1) => PyStr.FromAscii(BytesOps.Hex(Span, sep, bytes_per_sep));
    [PyMethod(PosOnly = 0)] internal PyStr decode(string encoding = "utf-8", string errors = "strict") => Codecs.Decode(Span, encoding, errors);
    [PyMethod] internal long __alloc__() => Count == 0 ? 0 : Math.Max(Buffer.Length, Count + 1);

    // --- mutators ------------------------------------------------------------------------------

    [PyMethod]
    internal void append(PyObject item)
    {
        byte b = BytesOps.ByteValue(item);
        Splice(Count, Count, stackalloc byte[] { b });
    }

    [PyMethod]
    internal void extend(PyObject iterable_of_ints)
    {
        if (Buffers.TryGetSpan(iterable_of_ints, out var span)) { AppendSpan(span); return; }
        if (iterable_of_ints is PyStr || PyOps.TryGetIter(iterable_of_ints) is null)
            throw PyErrors.TypeError($"can't extend bytearray with {iterable_of_ints.type.Name}");
        AppendSpan(BytesOps.FromObject(iterable_of_ints, "bytearray"));
    }

    [PyMethod]
    internal void insert(long index, PyObject item)
    {
        byte b = BytesOps.ByteValue(item);
        if (index < 0) { index += Count; if (index < 0) index = 0; }
        if (index > Count) index = Count;
        Splice((int)index, (int)index, stackalloc byte[] { b });
    }

    [PyMethod]
    internal long pop(long index = -1)
    {
        if (Count == 0) throw PyErrors.IndexError("pop from empty bytearray");
        if (index < 0) index += Count;
        if (index < 0 || index >= Count) throw PyErrors.IndexError("pop index out of range");
        byte b = Buffer[index];
        Splice((int)index, (int)index + 1, ReadOnlySpan<byte>.Empty);
        return b;
    }

    [PyMethod]
    internal void remove(PyObject value)
    {
        byte b = BytesOps.ByteValue(value);
        int k = Span.IndexOf(b);
        if (k < 0) throw PyErrors.ValueError("value not found in bytearray");
        Splice(k, k + 1, ReadOnlySpan<byte>.Empty);
    }

    [PyMethod] internal void reverse() => Span.Reverse();

    [PyMethod] internal void clear() => Splice(0, Count, ReadOnlySpan<byte>.Empty);

    [PyMethod] internal PyByteArray copy() => New(Span.ToArray());

    [PyMethod]
    internal PyTuple __reduce__() => CommonReduce(2);

    [PyMethod]
    internal PyTuple __reduce_ex__(int proto = 0) => CommonReduce(proto);

    /// <summary>bytearray's _common_reduce: latin-1 text before protocol 3 (Python 2 can read it), bytes after;
    /// the state is __getstate__()'s (the instance dict of a subclass).</summary>
    private PyTuple CommonReduce(int proto)
    {
        var state = PyOps.CallMethod(this, "__getstate__", ReadOnlySpan<PyObject>.Empty);
        if (Count == 0) return PyTuple.Of(type, PyTuple.Empty, state);
        if (proto >= 3) return PyTuple.Of(type, PyTuple.Of(PyBytes.From(Span.ToArray())), state);
        var chars = new char[Count];
        for (int i = 0; i < Count; i++) chars[i] = (char)Buffer[i];
        return PyTuple.Of(type, PyTuple.Of(PyStr.FromString(new string(chars)), PyStr.FromAscii("latin-1")), state);
    }

    // --- slots -------------------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var a = (PyByteArray)self;
            return PyStr.FromAscii(BytesOps.Repr(a.Span, a.type.Name + "(b", ")"));
        };
        t.Str = t.Repr;
        t.Hash = PyOps.HashNotImplemented;
        t.Length = static self => ((PyByteArray)self).Count;
        t.RichCompare = static (a, b, op) =>
            Buffers.TryGetSpan(b, out var other)
                ? BytesOps.Compare(((PyByteArray)a).Span, other, op)
                : PyNotImplemented.Instance;
        t.Contains = static (self, item) => BytesOps.Contains(((PyByteArray)self).Span, item);
        t.GetItem = static (self, key) => PyBytes.GetItem(((PyByteArray)self).Span, key, "bytearray", "bytearray index out of range", Make);
        t.SetItem = static (self, key, value) => ((PyByteArray)self).SetItem(key, value);
        t.Iter = static self => new ByteIterator(self, BytesTypes.ByteArrayIterator);
        t.SequenceConcat = static (a, b) => Buffers.TryGetSpan(b, out var y)
            ? New(PyBytes.Concat(((PyByteArray)a).Span, y))
            : throw PyErrors.TypeError($"can't concat {b.type.Name} to bytearray");
        t.SequenceRepeat = static (a, n) =>
        {
            // bytearray_repeat reports any size overflow as MemoryError (bytes says OverflowError).
            var span = ((PyByteArray)a).Span;
            if (span.Length > 0 && n > long.MaxValue / span.Length) throw PyErrors.MemoryError();
            return New(BytesOps.Repeat(span, n));
        };
        t.InplaceSlots[(int)BinaryOp.Add] = static (a, b) =>
        {
            var x = (PyByteArray)a;
            if (!Buffers.TryGetSpan(b, out var y)) throw PyErrors.TypeError($"can't concat {b.type.Name} to bytearray");
            x.AppendSpan(y);
            return x;
        };
        t.InplaceSlots[(int)BinaryOp.Multiply] = static (a, b) =>
        {
            var x = (PyByteArray)a;
            if (b is not PyInt && b.type.Index is null) return PyNotImplemented.Instance;
            long n = PyOps.AsIndex(b, PyTypes.OverflowError);
            if (x.Count > 0 && n > long.MaxValue / x.Count) throw PyErrors.MemoryError();
            var r = BytesOps.Repeat(x.Span, n);
            x.Splice(0, x.Count, r);
            return x;
        };
        t.New = static (callable, args, kwnames) =>
            callable == BytesTypes.ByteArray ? new PyByteArray() : new PyByteArray((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var slots = ArgParser.Unpack(args, kwnames, "bytearray", InitNames, 0, 0);
            var a = (PyByteArray)self;
            var value = PyBytes.SourceBytes(slots[0], slots[1], slots[2], "bytearray");
            a.Splice(0, a.Count, value);
        };
        t.NumberSlots[(int)BinaryOp.Remainder] = BytesPercent.RemainderSlot;
        InstallPyBindings(t);
        t.Dict.SetItem(PyStr.FromAscii("fromhex"), PyBytes.FromHexFunction(BytesTypes.ByteArray));
        t.Dict.SetItem(PyStr.FromAscii("maketrans"), PyBytes.MakeTransFunction(t));
    }

    private static readonly string[] InitNames = { "source", "encoding", "errors" };

    private void SetItem(PyObject key, PyObject? value)
    {
        if (key is PySlice slice)
        {
            slice.Indices(Count, out long start, out long stop, out long step, out long count);
            if (value is null)
            {
                if (step == 1) { Splice((int)start, (int)Math.Max(start, stop), ReadOnlySpan<byte>.Empty); return; }
                if (count == 0) return;
                // Extended delete: keep the unselected bytes in order.
                var keep = new List<byte>(Count);
                var marks = new bool[Count];
                for (long k = 0, i = start; k < count; k++, i += step) marks[i] = true;
                for (int i = 0; i < Count; i++) if (!marks[i]) keep.Add(Buffer[i]);
                Splice(0, Count, keep.ToArray());
                return;
            }
            byte[] data;
            if (Buffers.TryGetSpan(value, out var span)) data = span.ToArray();
            else if (value is PyInt || value is PyStr || PyOps.TryGetIter(value) is null)
                throw PyErrors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            else data = BytesOps.FromObject(value, "bytearray");
            if (step == 1)
            {
                Splice((int)start, (int)Math.Max(start, stop), data);
                return;
            }
            if (data.Length == 0)
            {
                SetItem(key, null); // bytearray_ass_subscript: assigning nothing to an extended slice deletes it
                return;
            }
            if (data.Length != count)
                throw PyErrors.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
            for (long k = 0, i = start; k < count; k++, i += step) Buffer[i] = data[k];
            return;
        }
        long idx = PyOps.AsIndex(key, PyTypes.IndexError, "bytearray indices must be integers or slices, not ");
        if (idx < 0) idx += Count;
        if ((ulong)idx >= (ulong)Count) throw PyErrors.IndexError("bytearray index out of range");
        if (value is null) Splice((int)idx, (int)idx + 1, ReadOnlySpan<byte>.Empty);
        else Buffer[idx] = BytesOps.ByteValue(value);
    }
}
