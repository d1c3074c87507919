using System.Buffers.Binary;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.ArrayLib;

/// <summary>
/// array.array: items stored packed in native layout (little-endian x86-64 sizes, as CPython here),
/// so tobytes/frombytes are copies and the values round-trip exactly. Range checks and messages are
/// CPython's ("signed char is greater than maximum", "unsigned short is less than minimum" ...).
/// </summary>
[PyType("array")]
internal sealed partial class PyArray : PyObject, IBufferExporter
{
    public readonly char Code;
    public readonly int ItemSize;
    private byte[] data = Array.Empty<byte>();
    public int Count;

    public PyArray(PyType type, char code) : base(type)
    {
        Code = code;
        ItemSize = SizeOf(code);
    }

    public const string TypeCodes = "bBuhHiIlLqQfd";

    public static int SizeOf(char c) => c switch
    {
        'b' or 'B' => 1, 'h' or 'H' => 2, 'u' or 'i' or 'I' or 'f' => 4, _ => 8,
    };

    public ReadOnlySpan<byte> Bytes => data.AsSpan(0, Count * ItemSize);

    // the buffer protocol: memoryview(a), bytes(a), binascii/struct/io on arrays, written in place
    private BufferExports? exports;
    Span<byte> IBufferExporter.BufferSpan => data.AsSpan(0, Count * ItemSize);
    int IBufferExporter.BufferLength => Count * ItemSize;
    string IBufferExporter.BufferFormat => Code.ToString();
    int IBufferExporter.BufferItemSize => ItemSize;
    BufferExports IBufferExporter.Exports => exports ??= new BufferExports();

    /// <summary>array_resize: the size may not change while a memoryview of the array is live.</summary>
    private void CheckResize(int newCount)
    {
        if (newCount != Count && exports is not null && exports.AnyLive())
            throw PyErrors.New(PyTypes.BufferError, "cannot resize an array that is exporting buffers");
    }

    private void Ensure(int n)
    {
        if (n * ItemSize > data.Length) Array.Resize(ref data, Math.Max(n * ItemSize, data.Length * 2 + 8));
    }

    public PyObject Get(int i)
    {
        var s = data.AsSpan(i * ItemSize, ItemSize);
        return Code switch
        {
            'b' => PyInt.FromLong((sbyte)s[0]),
            'B' => PyInt.FromLong(s[0]),
            'h' => PyInt.FromLong(BinaryPrimitives.ReadInt16LittleEndian(s)),
            'H' => PyInt.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(s)),
            'i' => PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(s)),
            'I' => PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(s)),
            'l' or 'q' => PyInt.FromLong(BinaryPrimitives.ReadInt64LittleEndian(s)),
            'L' or 'Q' => PyInt.FromBig(BinaryPrimitives.ReadUInt64LittleEndian(s)),
            'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
            'd' => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
            _ => PyStr.FromCodePoints(new[] { BinaryPrimitives.ReadInt32LittleEndian(s) }),
        };
    }

    public void Set(int i, PyObject v)
    {
        var s = data.AsSpan(i * ItemSize, ItemSize);
        switch (Code)
        {
            case 'f': BinaryPrimitives.WriteSingleLittleEndian(s, (float)Real(v)); return;
            case 'd': BinaryPrimitives.WriteDoubleLittleEndian(s, Real(v)); return;
            case 'u':
                if (v is not PyStr str || str.Length != 1)
                    throw PyErrors.TypeError($"array item must be unicode character, not {v.type.Name}");
                BinaryPrimitives.WriteInt32LittleEndian(s, char.ConvertToUtf32(str.Value, 0));
                return;
        }
        if (v.type.Index is null || v is PyFloat) throw PyErrors.TypeError($"'{v.type.Name}' object cannot be interpreted as an integer");
        var n = PyOps.Index(v).Big;
        System.Numerics.BigInteger min, max;
        string name;
        switch (Code)
        {
            case 'b': min = sbyte.MinValue; max = sbyte.MaxValue; name = "signed char"; break;
            case 'B': min = 0; max = byte.MaxValue; name = "unsigned byte integer"; break;
            case 'h': min = short.MinValue; max = short.MaxValue; name = "signed short integer"; break;
            case 'H': min = 0; max = ushort.MaxValue; name = "unsigned short"; break;
            case 'i': min = int.MinValue; max = int.MaxValue; name = "signed integer"; break;
            case 'I': min = 0; max = uint.MaxValue; name = "unsigned int"; break;
            case 'l': case 'q': min = long.MinValue; max = long.MaxValue; name = Code == 'l' ? "signed long" : "signed long long"; break;
            default: min = 0; max = ulong.MaxValue; name = Code == 'L' ? "unsigned long" : "unsigned long long"; break;
        }
        if (n < min || n > max)
        {
            if (Code is 'b' or 'h' or 'i')
                throw PyErrors.OverflowError($"{name} is {(n < min ? "less than minimum" : "greater than maximum")}");
            if (n < 0) throw PyErrors.OverflowError(Code is 'B' or 'H' ? $"{name} is less than minimum" : $"can't convert negative value to {name}");
            throw PyErrors.OverflowError(Code is 'B' or 'H' ? $"{name} is greater than maximum" : $"Python int too large to convert to C {name}");
        }
        switch (ItemSize)
        {
            case 1: s[0] = (byte)(long)(n < 0 ? n + 256 : n); break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)(long)(n < 0 ? n + 65536 : n)); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)(long)(n < 0 ? n + 4294967296L : n)); break;
            default: BinaryPrimitives.WriteUInt64LittleEndian(s, n < 0 ? (ulong)(long)n : (ulong)n); break;
        }
    }

    private static double Real(PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        if (v.type.Float is null && v.type.Index is null) throw PyErrors.TypeError($"must be real number, not {v.type.Name}");
        return PyOps.AsDouble(v);
    }

    public void Append(PyObject v)
    {
        CheckResize(Count + 1);
        Ensure(Count + 1);
        Count++;
        try { Set(Count - 1, v); }
        catch { Count--; throw; }
    }

    public void Extend(PyObject iterable)
    {
        if (iterable is PyArray other)
        {
            if (other.Code != Code) throw PyErrors.TypeError("can only extend with array of same kind");
            var bytes = other.Bytes.ToArray();
            CheckResize(Count + other.Count);
            Ensure(Count + other.Count);
            bytes.CopyTo(data, Count * ItemSize);
            Count += bytes.Length / ItemSize;
            return;
        }
        var it = PyOps.GetIter(iterable);
        PyObject? x;
        while ((x = PyOps.Next(it)) is not null) Append(x);
    }

    public void FromBytes(ReadOnlySpan<byte> b)
    {
        if (b.Length % ItemSize != 0) throw PyErrors.ValueError("bytes length not a multiple of item size");
        CheckResize(Count + b.Length / ItemSize);
        Ensure(Count + b.Length / ItemSize);
        b.CopyTo(data.AsSpan(Count * ItemSize));
        Count += b.Length / ItemSize;
    }

    /// <summary>The items become <paramref name="items"/> (slice assignment), in place when the size stays.</summary>
    private void ReplaceAll(PyList items)
    {
        if (items.Count == Count)
        {
            for (int i = 0; i < Count; i++) Set(i, items[i]);
            return;
        }
        CheckResize(items.Count);
        Count = 0;
        fromlist(items);
    }

    private int Norm(long i, string what)
    {
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw PyErrors.IndexError(what);
        return (int)i;
    }

    [PyGetter("typecode")] internal PyObject TypecodeValue => PyStr.FromAscii(Code.ToString());
    [PyGetter("itemsize")] internal long ItemSizeValue => ItemSize;

    [PyMethod] internal void append(PyObject v) => Append(v);
    [PyMethod] internal void extend(PyObject iterable) => Extend(iterable);
    [PyMethod] internal void frombytes(PyObject buffer) => FromBytes(Buffers.Require(buffer));
    [PyMethod] internal PyObject tobytes() => PyBytes.From(Bytes.ToArray());

    /// <summary>array_repeat's size check: more bytes than an array can hold is MemoryError.</summary>
    private static void CheckRepeat(PyArray a, long n)
    {
        if (a.Count > 0 && n > 0 && n > Array.MaxLength / a.ItemSize / a.Count) throw PyErrors.MemoryError();
    }

    /// <summary>array_array___reduce_ex__: a list before protocol 3, then the raw bytes with their
    /// machine format for _array_reconstructor.</summary>
    [PyMethod]
    internal PyObject __reduce_ex__(PyObject value)
    {
        if (value is not PyInt p) throw PyErrors.TypeError($"'{value.type.Name}' object cannot be interpreted as an integer");
        PyObject? dict = null;
        try { dict = PyOps.GetAttrOrNull(this, Names.Dict); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { }
        dict ??= PyNone.Instance;
        var typecode = PyStr.FromAscii(Code.ToString());
        int mformat = ArrayModule.MachineFormat(Code);
        if (mformat < 0 || p.AsLong() < 3)
            return PyTuple.Of(type, PyTuple.Of(typecode, tolist()), dict);
        var reconstructor = PyOps.GetAttr(Import.ImportAbsolute("array"), StrIntern.Intern("_array_reconstructor"));
        return PyTuple.Of(reconstructor, PyTuple.Of(type, typecode, PyInt.FromLong(mformat), tobytes()), dict);
    }
    [PyMethod] internal PyObject buffer_info() => PyTuple.Of(PyInt.FromLong(PyHash.HashIdentity(this)), PyInt.FromLong(Count));

    [PyMethod]
    internal PyList tolist()
    {
        var l = new PyList();
        for (int i = 0; i < Count; i++) l.Append(Get(i));
        return l;
    }

    [PyMethod]
    internal void fromlist(PyObject list)
    {
        if (list is not PyList l) throw PyErrors.TypeError("arg must be list");
        int before = Count;
        try { for (int i = 0; i < l.Count; i++) Append(l[i]); }
        catch { Count = before; throw; }
    }

    [PyMethod]
    internal PyObject tounicode()
    {
        if (Code != 'u') throw PyErrors.ValueError("tounicode() may only be called on unicode type arrays");
        var sb = new StringBuilder();
        for (int i = 0; i < Count; i++) sb.Append(((PyStr)Get(i)).Value);
        return PyStr.FromString(sb.ToString());
    }

    [PyMethod]
    internal void fromunicode(PyObject s)
    {
        if (Code != 'u') throw PyErrors.ValueError("fromunicode() may only be called on unicode type arrays");
        if (s is not PyStr str) throw PyErrors.TypeError($"fromunicode() argument must be str, not {s.type.Name}");
        var e = StringInfo(str.Value);
        foreach (var ch in e) Append(PyStr.FromString(ch));
    }

    private static IEnumerable<string> StringInfo(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { yield return s.Substring(i, 2); i++; }
            else yield return s[i].ToString();
        }
    }

    [PyMethod]
    internal void insert(long i, PyObject v)
    {
        if (i < 0) { i += Count; if (i < 0) i = 0; }
        if (i > Count) i = Count;
        Append(v);
        var last = data.AsSpan((Count - 1) * ItemSize, ItemSize).ToArray();
        Buffer.BlockCopy(data, (int)i * ItemSize, data, ((int)i + 1) * ItemSize, (Count - 1 - (int)i) * ItemSize);
        last.CopyTo(data, (int)i * ItemSize);
    }

    [PyMethod]
    internal PyObject pop(long i = -1)
    {
        if (Count == 0) throw PyErrors.IndexError("pop from empty array");
        int k = Norm(i, "pop index out of range");
        var v = Get(k);
        RemoveAt(k);
        return v;
    }

    private void RemoveAt(int k)
    {
        CheckResize(Count - 1);
        Buffer.BlockCopy(data, (k + 1) * ItemSize, data, k * ItemSize, (Count - k - 1) * ItemSize);
        Count--;
    }

    [PyMethod]
    internal void remove(PyObject v)
    {
        for (int i = 0; i < Count; i++)
            if (PyOps.EqualsBool(Get(i), v)) { RemoveAt(i); return; }
        throw PyErrors.ValueError("array.remove(x): x not in array");
    }

    [PyMethod]
    internal long index(PyObject v, PyObject? start = null, PyObject? stop = null)
    {
        long lo = start is null ? 0 : PyList.ClampIndex(start), hi = stop is null ? long.MaxValue : PyList.ClampIndex(stop);
        if (lo < 0) { lo += Count; if (lo < 0) lo = 0; }
        if (hi < 0) { hi += Count; if (hi < 0) hi = 0; }
        for (long i = lo; i < hi && i < Count; i++) if (PyOps.EqualsBool(Get((int)i), v)) return i;
        throw PyErrors.ValueError("array.index(x): x not in array");
    }

    /// <summary>tofile(f): the machine bytes written with f.write, in blocks as CPython writes them.</summary>
    [PyMethod]
    internal void tofile(PyObject f)
    {
        const int Block = 64 * 1024;
        var bytes = Bytes.ToArray();
        var write = PyOps.GetAttr(f, StrIntern.Intern("write"));
        for (int i = 0; i < bytes.Length; i += Block)
            PyOps.Call(write, new PyObject[] { PyBytes.From(bytes.AsSpan(i, Math.Min(Block, bytes.Length - i)).ToArray()) });
    }

    /// <summary>fromfile(f, n): n items read with f.read; a short read appends what came, then EOFError.</summary>
    [PyMethod]
    internal void fromfile(PyObject f, long n)
    {
        if (n < 0) throw PyErrors.ValueError("negative count");
        if (n > int.MaxValue / ItemSize) throw PyErrors.MemoryError();
        long nbytes = n * ItemSize;
        var b = PyOps.CallMethod(f, "read", new PyObject[] { PyInt.FromLong(nbytes) });
        if (b is not PyBytes bytes) throw PyErrors.TypeError("read() didn't return bytes");
        int whole = bytes.Value.Length / ItemSize * ItemSize;
        FromBytes(bytes.Value.AsSpan(0, whole));
        if (bytes.Value.Length != nbytes) throw PyErrors.New(PyTypes.EOFError, "read() didn't return enough bytes");
    }

    [PyMethod]
    internal long count(PyObject v)
    {
        long n = 0;
        for (int i = 0; i < Count; i++) if (PyOps.EqualsBool(Get(i), v)) n++;
        return n;
    }

    [PyMethod]
    internal void reverse()
    {
        for (int i = 0, j = Count - 1; i < j; i++, j--)
        {
            var a = data.AsSpan(i * ItemSize, ItemSize).ToArray();
            data.AsSpan(j * ItemSize, ItemSize).CopyTo(data.AsSpan(i * ItemSize));
            a.CopyTo(data, j * ItemSize);
        }
    }

    [PyMethod]
    internal void byteswap()
    {
        for (int i = 0; i < Count; i++) data.AsSpan(i * ItemSize, ItemSize).Reverse();
    }

    internal PyArray Slice(PySlice s)
    {
        s.Indices(Count, out long start, out _, out long step, out long count);
        var r = new PyArray(type, Code);
        for (long k = 0, i = start; k < count; k++, i += step) r.Append(Get((int)i));
        return r;
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, all, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            if (nkw > 0 && callable == ArrayModule.ArrayType) throw PyErrors.TypeError("array.array() takes no keyword arguments");
            // a subclass's __init__ may take keywords; array.__new__ ignores them, as array_new does
            var args = all[..(all.Length - nkw)];
            if (args.Length < 1 || args.Length > 2) throw PyErrors.TypeError($"array() takes at most 2 arguments ({args.Length} given)");
            if (args[0] is not PyStr code || code.Length != 1)
                throw PyErrors.TypeError($"array() argument 1 must be a unicode character, not {args[0].type.Name}");
            char c = code.Value[0];
            if (TypeCodes.IndexOf(c) < 0) throw PyErrors.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            var a = new PyArray((PyType)callable, c);
            if (args.Length == 2)
            {
                var init = args[1];
                if (init is PyStr s)
                {
                    if (c != 'u') throw PyErrors.TypeError($"cannot use a str to initialize an array with typecode '{c}'");
                    a.fromunicode(s);
                }
                else if (init is PyArray other && other.Code == 'u' && c != 'u')
                    throw PyErrors.TypeError($"cannot use a unicode array to initialize an array with typecode '{c}'");
                else if (Buffers.TryGetSpan(init, out var span) && init is not PyArray) a.FromBytes(span);
                else if (init is PyArray o && o.Code != c) a.Extend(o.tolist());
                else a.Extend(init);
            }
            return a;
        };
        t.Length = static self => ((PyArray)self).Count;
        t.Iter = static self => new ArrayIterator((PyArray)self);
        t.GetItem = static (self, key) =>
        {
            var a = (PyArray)self;
            if (key is PySlice s) return a.Slice(s);
            return a.Get(a.Norm(PyOps.AsIndex(key, PyTypes.IndexError, "array indices must be integers, not "), "array index out of range"));
        };
        t.SetItem = static (self, key, value) =>
        {
            var a = (PyArray)self;
            if (key is PySlice s)
            {
                s.Indices(a.Count, out long start, out long stop, out long step, out long count);
                var items = value is null ? new PyList() : value is PyArray va ? va.tolist() : throw PyErrors.TypeError($"can only assign array (not \"{value.type.Name}\") to array slice");
                if (value is PyArray other && other.Code != a.Code) throw PyErrors.TypeError("bad argument type for built-in operation");
                if (step == 1)
                {
                    var all = a.tolist();
                    var result = new PyList();
                    for (int i = 0; i < start; i++) result.Append(all[i]);
                    for (int i = 0; i < items.Count; i++) result.Append(items[i]);
                    for (int i = (int)Math.Max(start, stop); i < all.Count; i++) result.Append(all[i]);
                    a.ReplaceAll(result);
                    return;
                }
                if (value is null)
                {
                    var keep = new PyList();
                    var del = new HashSet<long>();
                    for (long k = 0, i = start; k < count; k++, i += step) del.Add(i);
                    for (int i = 0; i < a.Count; i++) if (!del.Contains(i)) keep.Append(a.Get(i));
                    a.ReplaceAll(keep);
                    return;
                }
                if (items.Count != count) throw PyErrors.ValueError($"attempt to assign array of size {items.Count} to extended slice of size {count}");
                for (long k = 0, i = start; k < count; k++, i += step) a.Set((int)i, items[(int)k]);
                return;
            }
            int idx = a.Norm(PyOps.AsIndex(key, PyTypes.IndexError, "array indices must be integers, not "), value is null ? "array assignment index out of range" : "array assignment index out of range");
            if (value is null) a.RemoveAt(idx); else a.Set(idx, value);
        };
        t.Contains = static (self, v) =>
        {
            var a = (PyArray)self;
            for (int i = 0; i < a.Count; i++) if (PyOps.EqualsBool(a.Get(i), v)) return true;
            return false;
        };
        t.Repr = static self =>
        {
            var a = (PyArray)self;
            var name = a.type.Name[(a.type.Name.LastIndexOf('.') + 1)..];
            if (a.Count == 0) return PyStr.FromString($"{name}('{a.Code}')");
            var inner = a.Code == 'u' ? PyOps.Repr(a.tounicode()).Value : PyOps.Repr(a.tolist()).Value;
            return PyStr.FromString($"{name}('{a.Code}', {inner})");
        };
        t.RichCompare = static (x, y, op) =>
            x is PyArray a && y is PyArray b ? PyOps.RichCompare(a.tolist(), b.tolist(), op) : PyNotImplemented.Instance;
        t.Hash = PyOps.HashNotImplemented;
        t.SequenceConcat = static (x, y) =>
        {
            if (y is not PyArray b) throw PyErrors.TypeError($"can only append array (not \"{y.type.Name}\") to array");
            var a = (PyArray)x;
            if (a.Code != b.Code) throw PyErrors.TypeError("bad argument type for built-in operation");
            var r = new PyArray(ArrayModule.ArrayType, a.Code);
            r.Extend(a);
            r.Extend(b);
            return r;
        };
        t.SequenceRepeat = static (x, n) =>
        {
            var a = (PyArray)x;
            CheckRepeat(a, n);
            var r = new PyArray(ArrayModule.ArrayType, a.Code);
            for (long k = 0; k < n; k++) r.Extend(a);
            return r;
        };
        t.InplaceSlots[(int)BinaryOp.Multiply] = static (x, y) =>
        {
            // sq_inplace_repeat: the count must be an index
            if (y.type.Index is null) throw PyErrors.TypeError($"can't multiply sequence by non-int of type '{y.type.Name}'");
            var a = (PyArray)x;
            long n = PyOps.Index(y).AsLong();
            CheckRepeat(a, n);
            if (n <= 0) { a.CheckResize(0); a.Count = 0; return a; }
            var once = new PyArray(ArrayModule.ArrayType, a.Code);
            once.Extend(a);
            for (long k = 1; k < n; k++) a.Extend(once);
            return a;
        };
        t.InplaceSlots[(int)BinaryOp.Add] = static (x, y) =>
        {
            if (y is not PyArray b) throw PyErrors.TypeError($"can only extend array with array (not \"{y.type.Name}\")");
            ((PyArray)x).Extend(b);
            return x;
        };
        InstallPyBindings(t);
    }
}

[PyModule("array")]
internal static partial class ArrayModule
{
    public static readonly PyType ArrayType;

    static ArrayModule()
    {
        ArrayType = PyType.CreateBuiltin(PyTypes.Type, "array.array", PyTypes.Object, TypeFlags.BaseType, 360);
        PyArray.InitType(ArrayType);
        BuiltinTypeSlots.Complete(ArrayType);
    }

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("array", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("array"), ArrayType);
        m.Dict.SetItem(PyStr.FromAscii("ArrayType"), ArrayType);
        m.Dict.SetItem(PyStr.FromAscii("typecodes"), PyStr.FromAscii(PyArray.TypeCodes));
        // as array_modexec: array is a registered collections.abc.MutableSequence
        var abc = Import.ImportAbsolute("collections.abc");
        PyOps.CallMethod(PyOps.GetAttr(abc, StrIntern.Intern("MutableSequence")), "register", new PyObject[] { ArrayType });
        return m;
    }
}
