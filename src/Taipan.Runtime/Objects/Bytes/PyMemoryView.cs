using System.Buffers.Binary;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// memoryview over bytes and bytearray: a window (offset, shape, strides) with a struct format of
/// one native item. One dimension covers slicing with steps; cast() to a shape gives C-contiguous
/// multi-dimensional views for tolist()/tobytes() (sub-views are not implemented, as in CPython).
/// </summary>
[PyType("memoryview")]
internal sealed partial class PyMemoryView : PyObject
{
    private readonly PyObject source; // bytes or bytearray: owns the memory
    private readonly int offset;
    private readonly int[] shape;
    private readonly int[] strides;
    private readonly int itemSize;
    private readonly string fmt;
    private readonly bool isReadonly;
    private bool released;
    /// <summary>The format as given to cast() ('@B' stays '@B'); <see cref="fmt"/> is the bare code.</summary>
    private string? formatText;
    private long hash;
    private bool hashed;

    private PyMemoryView(PyObject source, int offset, int[] shape, int[] strides, int itemSize, string fmt, bool isReadonly)
        : base(BytesTypes.MemoryView)
    {
        this.source = source;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.itemSize = itemSize;
        this.fmt = fmt;
        this.isReadonly = isReadonly;
        ExportsOf(source)?.Add(this);
    }

    private static BufferExports? ExportsOf(PyObject source) => source switch
    {
        PyByteArray a => a.Exports,
        IBufferExporter e => e.Exports,
        _ => null,
    };

    public static PyMemoryView Of(PyObject o)
    {
        switch (o)
        {
            case IBufferExporter e:
            {
                int size = e.BufferItemSize;
                return new PyMemoryView(o, 0, new[] { e.BufferLength / size }, new[] { size }, size, e.BufferFormat, e.BufferReadOnly);
            }
            case PyBytes b:
                return new PyMemoryView(b, 0, new[] { b.Value.Length }, new[] { 1 }, 1, "B", true);
            case PyByteArray a:
                return new PyMemoryView(a, 0, new[] { a.Count }, new[] { 1 }, 1, "B", false);
            case PyMemoryView m:
                m.CheckReleased();
                return new PyMemoryView(m.source, m.offset, m.shape, m.strides, m.itemSize, m.fmt, m.isReadonly) { formatText = m.formatText };
            case IBufferProvider p:
                return Of(p.BufferObject);
        }
        throw PyErrors.TypeError($"memoryview: a bytes-like object is required, not '{o.type.Name}'");
    }

    /// <summary>The source's whole memory (a bytearray's spare capacity included: offsets index into it).</summary>
    private Span<byte> Memory => source switch
    {
        PyBytes b => b.Value,
        PyByteArray a => a.Buffer,
        _ => ((IBufferExporter)source).BufferSpan,
    };

    private void CheckReleased()
    {
        if (released) throw PyErrors.ValueError("operation forbidden on released memoryview object");
    }

    private int ItemCount
    {
        get
        {
            int n = 1;
            foreach (var d in shape) n *= d;
            return n;
        }
    }

    private bool IsContiguous
    {
        get
        {
            int expected = itemSize;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                if (shape[d] > 1 && strides[d] != expected) return false;
                expected *= shape[d];
            }
            return true;
        }
    }

    /// <summary>The viewed memory itself, when the view is writable and contiguous.</summary>
    public bool TryGetWritableSpan(out Span<byte> span)
    {
        CheckReleased();
        if (isReadonly || !IsContiguous) { span = default; return false; }
        span = Memory.Slice(offset, ItemCount * itemSize);
        return true;
    }

    /// <summary>The viewed bytes in logical order (a copy only when the view is strided).</summary>
    public ReadOnlySpan<byte> ContiguousBytes()
    {
        CheckReleased();
        if (IsContiguous) return Memory.Slice(offset, ItemCount * itemSize);
        var r = new byte[ItemCount * itemSize];
        int k = 0;
        for (int i = 0; i < shape[0]; i++)
        {
            Memory.Slice(offset + i * strides[0], itemSize).CopyTo(r.AsSpan(k));
            k += itemSize;
        }
        return r;
    }

    // --- item conversion ---------------------------------------------------------------------

    private static int FormatSize(string f) => f switch
    {
        "B" or "b" or "c" or "?" => 1,
        "h" or "H" or "e" => 2,
        "i" or "I" or "f" => 4,
        "l" or "L" or "q" or "Q" or "n" or "N" or "d" or "P" => 8,
        _ => 0,
    };

    private PyObject Unpack(int pos)
    {
        var s = Memory.Slice(pos, itemSize);
        return fmt switch
        {
            "B" => PyInt.FromLong(s[0]),
            "b" => PyInt.FromLong((sbyte)s[0]),
            "c" => PyBytes.From(new[] { s[0] }),
            "?" => PyBool.FromBool(s[0] != 0),
            "h" => PyInt.FromLong(BinaryPrimitives.ReadInt16LittleEndian(s)),
            "H" => PyInt.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(s)),
            "i" => PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(s)),
            "I" => PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(s)),
            "l" or "q" or "n" => PyInt.FromLong(BinaryPrimitives.ReadInt64LittleEndian(s)),
            "L" or "Q" or "N" or "P" => PyInt.FromBig(BinaryPrimitives.ReadUInt64LittleEndian(s)),
            "e" => new PyFloat((double)BinaryPrimitives.ReadHalfLittleEndian(s)),
            "f" => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
            _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
        };
    }

    private void Pack(int pos, PyObject value)
    {
        var s = Memory.Slice(pos, itemSize);
        switch (fmt)
        {
            case "c":
                if (value is not PyBytes cb || cb.Value.Length != 1) throw InvalidType();
                s[0] = cb.Value[0];
                return;
            case "?":
                s[0] = PyOps.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case "f" or "d" or "e":
                if (value is not PyFloat && value is not PyInt && value.type.Float is null) throw InvalidType();
                double d = PyOps.AsDouble(value);
                if (fmt == "f") BinaryPrimitives.WriteSingleLittleEndian(s, (float)d);
                else if (fmt == "e") BinaryPrimitives.WriteHalfLittleEndian(s, (Half)d);
                else BinaryPrimitives.WriteDoubleLittleEndian(s, d);
                return;
        }
        if (value is not PyInt iv) throw InvalidType();
        var big = iv.IsSmall ? iv.Small : iv.Big;
        System.Numerics.BigInteger lo = fmt switch
        {
            "b" => sbyte.MinValue, "h" => short.MinValue, "i" => int.MinValue, "l" or "q" or "n" => long.MinValue, _ => 0,
        };
        System.Numerics.BigInteger hi = fmt switch
        {
            "B" => byte.MaxValue, "b" => sbyte.MaxValue, "h" => short.MaxValue, "H" => ushort.MaxValue,
            "i" => int.MaxValue, "I" => uint.MaxValue, "l" or "q" or "n" => long.MaxValue, _ => ulong.MaxValue,
        };
        if (big < lo || big > hi) throw PyErrors.ValueError($"memoryview: invalid value for format '{fmt}'");
        switch (itemSize)
        {
            case 1: s[0] = (byte)(long)big; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)(long)big); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)(long)big); break;
            default: BinaryPrimitives.WriteUInt64LittleEndian(s, big < 0 ? (ulong)(long)big : (ulong)big); break;
        }
    }

    private PyException InvalidType() => PyErrors.TypeError($"memoryview: invalid type for format '{fmt}'");

    // --- Python methods ------------------------------------------------------------------------

    [PyMethod] internal PyBytes tobytes(PyObject? order = null) => PyBytes.From(ContiguousBytes().ToArray());

    [PyMethod(PosOnly = 0)]
    internal PyStr hex(PyObject? sep = null, long bytes_per_sep = 1) => PyStr.FromAscii(BytesOps.Hex(ContiguousBytes(), sep, bytes_per_sep));

    [PyMethod]
    internal PyObject tolist()
    {
        CheckReleased();
        if (shape.Length == 0) return Unpack(offset);
        return ToList(0, offset);
    }

    private PyList ToList(int dim, int pos)
    {
        var l = new PyList();
        for (int i = 0; i < shape[dim]; i++)
        {
            int p = pos + i * strides[dim];
            l.Append(dim == shape.Length - 1 ? Unpack(p) : ToList(dim + 1, p));
        }
        return l;
    }

    [PyMethod]
    internal PyMemoryView toreadonly()
    {
        CheckReleased();
        return new PyMemoryView(source, offset, shape, strides, itemSize, fmt, true) { formatText = formatText };
    }

    [PyMethod]
    internal void release()
    {
        if (released) return;
        released = true;
        ExportsOf(source)?.Remove(this);
    }

    [PyMethod] internal PyMemoryView __enter__()
    {
        CheckReleased();
        return this;
    }

    [PyMethod] internal bool __exit__(PyObject? a = null, PyObject? b = null, PyObject? c = null)
    {
        release();
        return false;
    }

    [PyMethod(PosOnly = 1)]
    internal PyMemoryView cast(string format, PyObject? shape = null)
    {
        CheckReleased();
        var f = format.StartsWith('@') ? format.Substring(1) : format;
        int size = FormatSize(f);
        if (size == 0)
            throw PyErrors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!IsContiguous) throw PyErrors.TypeError("memoryview: casts are restricted to C-contiguous views");
        bool byteSrc = fmt is "B" or "b" or "c", byteDst = f is "B" or "b" or "c";
        if (!byteSrc && !byteDst) throw PyErrors.TypeError("memoryview: cannot cast between two non-byte formats");
        int nbytes = ItemCount * itemSize;
        int[] newShape;
        if (shape is null)
        {
            if (nbytes % size != 0) throw PyErrors.TypeError("memoryview: length is not a multiple of itemsize");
            newShape = new[] { nbytes / size };
        }
        else
        {
            if (shape is not PyList && shape is not PyTuple) throw PyErrors.TypeError("shape must be a list or a tuple");
            var items = PyOps.ToList(shape);
            newShape = new int[items.Count];
            long product = 1;
            for (int i = 0; i < newShape.Length; i++)
            {
                long d = PyOps.AsIndex(items[i], PyTypes.OverflowError);
                if (d <= 0) throw PyErrors.ValueError("memoryview.cast(): elements of shape must be integers > 0");
                newShape[i] = (int)d;
                product *= d;
            }
            if (product * size != nbytes) throw PyErrors.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        var newStrides = new int[newShape.Length];
        int stride = size;
        for (int d = newShape.Length - 1; d >= 0; d--)
        {
            newStrides[d] = stride;
            stride *= newShape[d];
        }
        return new PyMemoryView(source, offset, newShape, newStrides, size, f, isReadonly) { formatText = format };
    }

    [PyGetter] internal PyObject obj { get { CheckReleased(); return source; } }
    [PyGetter] internal long nbytes { get { CheckReleased(); return (long)ItemCount * itemSize; } }
    [PyGetter("readonly")] internal bool readonly_ { get { CheckReleased(); return isReadonly; } }
    [PyGetter] internal long itemsize { get { CheckReleased(); return itemSize; } }
    [PyGetter] internal PyStr format { get { CheckReleased(); return PyStr.FromString(formatText ?? fmt); } }
    [PyGetter] internal long ndim { get { CheckReleased(); return shape.Length; } }
    [PyGetter("shape")] internal PyTuple shape_ => IntTuple(shape);
    [PyGetter("strides")] internal PyTuple strides_ => IntTuple(strides);
    [PyGetter] internal PyTuple suboffsets => PyTuple.Empty;
    [PyGetter] internal bool c_contiguous { get { CheckReleased(); return IsContiguous; } }
    [PyGetter] internal bool f_contiguous { get { CheckReleased(); return IsContiguous && shape.Length <= 1; } }
    [PyGetter] internal bool contiguous { get { CheckReleased(); return IsContiguous; } }

    private PyTuple IntTuple(int[] values)
    {
        CheckReleased();
        var items = new PyObject[values.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyInt.FromLong(values[i]);
        return PyTuple.Wrap(items);
    }

    // --- slots -----------------------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var m = (PyMemoryView)self;
            return PyStr.FromAscii($"<{(m.released ? "released " : "")}memory at 0x{ObjectIds.Of(self):x}>");
        };
        t.Hash = static self =>
        {
            var m = (PyMemoryView)self;
            if (!m.hashed)
            {
                m.CheckReleased();
                if (!m.isReadonly) throw PyErrors.ValueError("cannot hash writable memoryview object");
                if (m.fmt is not ("B" or "b" or "c")) throw PyErrors.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
                var data = m.ContiguousBytes();
                m.hash = data.Length == 0 ? 0 : StringHash.HashBytes(data);
                m.hashed = true;
            }
            return m.hash;
        };
        t.Length = static self =>
        {
            var m = (PyMemoryView)self;
            m.CheckReleased();
            return m.shape.Length == 0 ? 1 : m.shape[0];
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var m = (PyMemoryView)a;
            bool eq;
            if (ReferenceEquals(a, b)) eq = true;
            else if (m.released || (b is PyMemoryView { released: true })) eq = false;
            else if (b is PyMemoryView other)
                eq = PyOps.EqualsBool(m.tolist(), other.tolist());
            else if (Buffers.TryGetSpan(b, out var span))
                eq = m.fmt is "B" ? m.ContiguousBytes().SequenceEqual(span) : PyOps.EqualsBool(m.tolist(), Of(b).tolist());
            else return PyNotImplemented.Instance;
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.GetItem = static (self, key) => ((PyMemoryView)self).GetItem(key);
        t.SetItem = static (self, key, value) => ((PyMemoryView)self).SetItem(key, value);
        t.Iter = static self =>
        {
            var m = (PyMemoryView)self;
            m.CheckReleased();
            if (m.shape.Length != 1) throw PyErrors.New(PyTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
            return PyOps.GetIter(m.tolist());
        };
        t.New = static (callable, args, kwnames) =>
        {
            var slots = ArgParser.Unpack(args, kwnames, "memoryview", NewNames, 0, 1);
            return Of(slots[0]!);
        };
        InstallPyBindings(t);
    }

    private static readonly string[] NewNames = { "object" };

    private int ItemPosition(PyObject key)
    {
        long i = PyOps.AsIndex(key, PyTypes.IndexError);
        if (i < 0) i += shape[0];
        if (i < 0 || i >= shape[0]) throw PyErrors.IndexError("index out of bounds on dimension 1");
        return offset + (int)i * strides[0];
    }

    private PyObject GetItem(PyObject key)
    {
        CheckReleased();
        if (shape.Length == 0)
        {
            if (key == PyEllipsis.Instance) return this;
            if (key is PyTuple { Count: 0 }) return Unpack(offset);
            throw PyErrors.TypeError("invalid indexing of 0-dim memory");
        }
        if (key is PySlice slice)
        {
            if (shape.Length != 1) throw PyErrors.New(PyTypes.NotImplementedError, "multi-dimensional slicing is not implemented");
            slice.Indices(shape[0], out long start, out _, out long step, out long count);
            return new PyMemoryView(source, offset + (int)start * strides[0], new[] { (int)count }, new[] { (int)step * strides[0] }, itemSize, fmt, isReadonly) { formatText = formatText };
        }
        if (key is PyInt || key.type.Index is not null)
        {
            if (shape.Length != 1) throw PyErrors.New(PyTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
            return Unpack(ItemPosition(key));
        }
        throw PyErrors.TypeError("memoryview: invalid slice key");
    }

    private void SetItem(PyObject key, PyObject? value)
    {
        CheckReleased();
        if (isReadonly) throw PyErrors.TypeError("cannot modify read-only memory");
        if (value is null) throw PyErrors.TypeError("cannot delete memory");
        if (shape.Length != 1) throw PyErrors.New(PyTypes.NotImplementedError, "memoryview assignments are currently restricted to ndim = 1");
        if (key is PySlice slice)
        {
            slice.Indices(shape[0], out long start, out _, out long step, out long count);
            var src = Of(value);
            try
            {
                if (src.fmt != fmt || src.shape.Length != 1 || src.shape[0] != count)
                    throw PyErrors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                var mem = Memory;
                if (step == 1 && strides[0] == itemSize)
                {
                    // One block move (overlap-safe): readinto() of the compression readers assigns 8 KiB
                    // slices, item by item that was 0.35 ms each.
                    src.ContiguousBytes().CopyTo(mem.Slice((int)(offset + start * itemSize), (int)(count * itemSize)));
                    return;
                }
                var data = src.ContiguousBytes().ToArray();
                for (long k = 0; k < count; k++)
                    data.AsSpan((int)(k * itemSize), itemSize).CopyTo(mem.Slice((int)(offset + (start + k * step) * strides[0])));
            }
            finally { src.release(); }
            return;
        }
        if (key is PyInt || key.type.Index is not null)
        {
            Pack(ItemPosition(key), value);
            return;
        }
        throw PyErrors.TypeError("memoryview: invalid slice key");
    }
}
