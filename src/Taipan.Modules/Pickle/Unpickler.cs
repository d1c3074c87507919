using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>_pickle.Unpickler: one loop over the opcodes with an explicit stack (no recursion, so deep
/// pickles never exhaust the C# stack), marks kept apart from the objects as in CPython's Pdata.</summary>
internal sealed partial class Unpickler : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_pickle.Unpickler", 34, InitType);
    private static readonly string[] InitNames = { "file", "fix_imports", "encoding", "errors", "buffers" };

    private readonly PickleState st = PickleState.Get();
    private int proto;
    private bool fixImports = true;
    private string encoding = "ASCII";
    private string errors = "strict";
    private PyObject? buffers;
    internal PyObject? PersFunc;
    internal Dictionary<long, PyObject> Memo = new();
    private bool initialized;

    // input: an in-memory buffer, refilled from file.read/readline when there is a file
    private byte[] input = Array.Empty<byte>();
    private int inputLen;
    private int pos;
    private PyObject? read, readline, peek;
    // the buffer holds bytes peek() returned: the file has not advanced past them yet
    private bool prefetched;
    private int prefetchedIdx;
    private const int Prefetch = 8192 * 16;

    // Pdata: objects, with marks on their own stack; the fence stops pops below the last mark
    private PyObject[] stack = new PyObject[16];
    private int sp;
    private int fence;
    private readonly List<int> marks = new();

    public Unpickler(PyType t) : base(t) { }

    // --- construction -----------------------------------------------------------------------

    internal void Setup(PyObject? fixImportsArg, PyObject? encodingArg, PyObject? errorsArg, PyObject? buffersArg)
    {
        fixImports = fixImportsArg is null || PyOps.IsTrue(fixImportsArg);
        encoding = encodingArg is null ? "ASCII" : ArgParser.ToStr(encodingArg, "Unpickler", "encoding");
        errors = errorsArg is null ? "strict" : ArgParser.ToStr(errorsArg, "Unpickler", "errors");
        buffers = buffersArg is null || buffersArg == PyNone.Instance ? null : PyOps.GetIter(buffersArg);
        proto = 0;
    }

    internal void SetInputFile(PyObject file)
    {
        peek = Pickler.LookupAttr(file, "peek");
        prefetched = false;
        read = Pickler.LookupAttr(file, "read");
        readline = Pickler.LookupAttr(file, "readline");
        if (read is null || readline is null) throw PyErrors.TypeError("file must have 'read' and 'readline' attributes");
        input = Array.Empty<byte>();
        inputLen = pos = 0;
    }

    internal void SetInputData(PyObject data)
    {
        if (data is PyBytes b) input = b.Value;
        else input = Buffers.Require(data).ToArray();
        inputLen = input.Length;
        pos = 0;
        read = readline = peek = null;
        prefetched = false;
    }

    private static void InitType(PyType t)
    {
        t.Dict.SetItem(PyStr.FromAscii("__text_signature__"), PyStr.FromAscii("(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"));
        t.Dict.SetItem(PyStr.FromAscii("__doc__"), PyStr.FromAscii("This takes a binary file for reading a pickle data stream."));
        t.New = static (callable, args, kwnames) => new Unpickler((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var u = (Unpickler)self;
            if (ArgParser.Positional(args, kwnames) > 1)
                throw PyErrors.TypeError($"Unpickler() takes exactly 1 positional argument ({ArgParser.Positional(args, kwnames)} given)");
            var s = ArgParser.Unpack(args, kwnames, "Unpickler", InitNames, 0, 1);
            u.SetInputFile(s[0]!);
            u.Setup(s[1], s[2], s[3], s[4]);
            u.PersFunc = Pickler.LookupAttr(u, "persistent_load");
            u.Memo = new();
            u.initialized = true;
        };
        BindingInstaller.AddMethod(t, "load", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "load");
            var u = (Unpickler)self!;
            if (!u.initialized)
                throw u.st.Unpickling($"Unpickler.__init__() was not called by {u.type.Name}.__init__()");
            return u.Load();
        });
        BindingInstaller.AddMethod(t, "find_class", static (self, args, kwnames) =>
        {
            ArgParser.CheckPositional(args, kwnames, "find_class", 2, 2);
            return ((Unpickler)self!).FindClass(args[0], args[1]);
        });
        BindingInstaller.AddMethod(t, "__sizeof__", static (self, args, kwnames) =>
            PyInt.FromLong(120 + ((Unpickler)self!).stack.Length * 8 + ((Unpickler)self!).Memo.Count * 8));
        BindingInstaller.AddGetSet(t, "memo", static self => new UnpicklerMemoProxy((Unpickler)self), static (self, v) =>
            ((Unpickler)self).SetMemo(v));
        BindingInstaller.AddGetSet(t, "persistent_load", static self =>
            ((Unpickler)self).PersFunc ?? throw PyErrors.AttributeError("persistent_load"), static (self, v) =>
        {
            if (v is null) throw PyErrors.TypeError("attribute deletion is not supported");
            if (v.type.Call is null) throw PyErrors.TypeError("persistent_load must be a callable taking one argument");
            ((Unpickler)self).PersFunc = v;
        });
    }

    private void SetMemo(PyObject? v)
    {
        if (v is null) throw PyErrors.TypeError("attribute deletion is not supported");
        var memo = new Dictionary<long, PyObject>();
        if (v is UnpicklerMemoProxy proxy)
        {
            foreach (var kv in proxy.Owner.Memo) memo[kv.Key] = kv.Value;
        }
        else if (v is PyDict d)
        {
            int p = 0;
            while (d.Next(ref p, out var key, out var value))
            {
                if (key is not PyInt ki) throw PyErrors.TypeError("memo key must be integers");
                if (!ki.TryGetLong(out long idx) || idx < 0) throw PyErrors.ValueError("memo key must be positive integers.");
                // CPython 3.11 stores these into the memo it is about to replace, so the new memo is empty
                Memo[idx] = value;
            }
        }
        else throw PyErrors.TypeError($"'memo' attribute must be an UnpicklerMemoProxy object or dict, not {v.type.Name}");
        Memo = memo;
    }

    // --- input ----------------------------------------------------------------------------------

    private PyException Truncated() => st.Unpickling("pickle data was truncated");

    /// <summary>n bytes at the returned offset of <see cref="input"/>; from the file when the buffer is spent.</summary>
    private int Read(long n)
    {
        if (pos + n <= inputLen)
        {
            int at = pos;
            pos += (int)n;
            return at;
        }
        if (read is null) throw Truncated();
        if (n > Array.MaxLength) throw PyErrors.MemoryError();
        SkipConsumed();
        // as _Unpickler_ReadFromFile: look ahead with peek() when the file has it, so small opcodes do not
        // each cost a read() call; the bytes used are consumed with one read() later (SkipConsumed)
        if (peek is not null && n < Prefetch)
        {
            PyObject? peeked = null;
            try { peeked = PyOps.Call(peek, [PyInt.FromLong(Prefetch)]); }
            catch (PyException e) when (e.Matches(PyTypes.NotImplementedError)) { peek = null; }
            if (peeked is not null)
            {
                input = peeked is PyBytes pb ? pb.Value : Buffers.Require(peeked).ToArray();
                inputLen = input.Length;
                pos = prefetchedIdx = 0;
                prefetched = true;
                if (n <= inputLen)
                {
                    pos = (int)n;
                    return 0;
                }
                prefetched = false;
            }
        }
        prefetched = false;
        var data = PyOps.Call(read, [PyInt.FromLong(n)]);
        var bytes = data is PyBytes b ? b.Value : Buffers.TryGetSpan(data, out var span) ? span.ToArray()
            : throw PyErrors.ValueError($"read() returned non-bytes object ({data.type.Name})");
        input = bytes;
        inputLen = bytes.Length;
        pos = 0;
        if (inputLen < n) throw Truncated();
        pos = (int)n;
        return 0;
    }

    // input is replaced when the file is read, so index it only after Read returns
    private byte ReadByte()
    {
        int at = Read(1);
        return input[at];
    }

    private ReadOnlySpan<byte> ReadSpan(int n)
    {
        int at = Read(n);
        return input.AsSpan(at, n);
    }

    /// <summary>Advances the file past the peeked bytes used so far; the rest stay buffered (the next load()
    /// starts on them, as CPython's).</summary>
    private void SkipConsumed()
    {
        if (!prefetched) return;
        int consumed = pos - prefetchedIdx;
        if (consumed > 0) PyOps.Call(read!, [PyInt.FromLong(consumed)]);
        prefetchedIdx = pos;
    }

    /// <summary>A line including its '\n'; returns (offset, length).</summary>
    private (int, int) ReadLine()
    {
        for (int i = pos; i < inputLen; i++)
            if (input[i] == '\n')
            {
                int at = pos;
                pos = i + 1;
                return (at, i + 1 - at);
            }
        if (readline is null) throw Truncated();
        SkipConsumed();
        prefetched = false;
        var data = PyOps.Call(readline, ReadOnlySpan<PyObject>.Empty);
        var bytes = data is PyBytes b ? b.Value : Buffers.TryGetSpan(data, out var span) ? span.ToArray()
            : throw PyErrors.ValueError($"readline() returned non-bytes object ({data.type.Name})");
        input = bytes;
        inputLen = bytes.Length;
        pos = inputLen;
        if (inputLen == 0 || bytes[inputLen - 1] != '\n') throw Truncated();
        return (0, inputLen);
    }

    private ReadOnlySpan<byte> Line(out int length, int minLength = 2)
    {
        var (at, len) = ReadLine();
        length = len;
        if (len < minLength) throw Truncated();
        return input.AsSpan(at, len - 1);
    }

    // --- the stack ------------------------------------------------------------------------------

    private PyException Underflow() =>
        st.Unpickling(marks.Count > 0 ? "unexpected MARK found" : "unpickling stack underflow");

    private void Push(PyObject o)
    {
        if (sp == stack.Length) Array.Resize(ref stack, sp * 2);
        stack[sp++] = o;
    }

    private PyObject Pop()
    {
        if (sp <= fence) throw Underflow();
        var o = stack[--sp];
        stack[sp] = null!;
        return o;
    }

    private PyObject Top()
    {
        if (sp <= fence) throw Underflow();
        return stack[sp - 1];
    }

    private int Marker()
    {
        if (marks.Count < 1) throw st.Unpickling("could not find MARK");
        int m = marks[^1];
        marks.RemoveAt(marks.Count - 1);
        fence = marks.Count > 0 ? marks[^1] : 0;
        return m;
    }

    private PyObject[] PopItems(int start)
    {
        if (start < fence) throw Underflow();
        var items = stack.AsSpan(start, sp - start).ToArray();
        Array.Clear(stack, start, sp - start);
        sp = start;
        return items;
    }

    private void ClearTo(int start)
    {
        Array.Clear(stack, start, sp - start);
        sp = start;
    }

    // --- load -----------------------------------------------------------------------------------

    internal PyObject Load()
    {
        marks.Clear();
        fence = 0;
        proto = 0;
        ClearTo(0);
        while (true)
        {
            byte op;
            try { op = ReadByte(); }
            catch (PyException e) when (e.Matches(st.UnpicklingError))
            {
                throw PyErrors.New(PyTypes.EOFError, "Ran out of input");
            }
            if (op == Op.Stop) break;
            Dispatch(op);
        }
        SkipConsumed();
        var value = Pop();
        return value;
    }

    private void Dispatch(byte op)
    {
        switch (op)
        {
            case Op.None: Push(PyNone.Instance); break;
            case Op.NewFalse: Push(PyBool.False); break;
            case Op.NewTrue: Push(PyBool.True); break;
            case Op.BinInt: Push(PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4)))); break;
            case Op.BinInt1: Push(PyInt.FromLong(ReadByte())); break;
            case Op.BinInt2: Push(PyInt.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(ReadSpan(2)))); break;
            case Op.Int: LoadInt(); break;
            case Op.Long: LoadLong(); break;
            case Op.Long1: LoadCountedLong(1); break;
            case Op.Long4: LoadCountedLong(4); break;
            case Op.Float: LoadFloat(); break;
            case Op.BinFloat: Push(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(ReadSpan(8)))); break;
            case Op.BinBytes: LoadCountedBytes(4, "BINBYTES"); break;
            case Op.ShortBinBytes: LoadCountedBytes(1, "SHORT_BINBYTES"); break;
            case Op.BinBytes8: LoadCountedBytes(8, "BINBYTES8"); break;
            case Op.ByteArray8: LoadByteArray(); break;
            case Op.NextBuffer: LoadNextBuffer(); break;
            case Op.ReadonlyBuffer: LoadReadonlyBuffer(); break;
            case Op.BinString: LoadCountedBinString(4); break;
            case Op.ShortBinString: LoadCountedBinString(1); break;
            case Op.String: LoadString(); break;
            case Op.Unicode: LoadUnicode(); break;
            case Op.BinUnicode: LoadCountedUnicode(4, "BINUNICODE"); break;
            case Op.ShortBinUnicode: LoadCountedUnicode(1, "SHORT_BINUNICODE"); break;
            case Op.BinUnicode8: LoadCountedUnicode(8, "BINUNICODE8"); break;
            case Op.Tuple1: Push(PyTuple.Wrap(PopItems(sp - 1))); break;
            case Op.Tuple2: Push(PyTuple.Wrap(PopItems(sp - 2))); break;
            case Op.Tuple3: Push(PyTuple.Wrap(PopItems(sp - 3))); break;
            case Op.Tuple: Push(PyTuple.Wrap(PopItems(Marker()))); break;
            case Op.EmptyTuple: Push(PyTuple.Empty); break;
            case Op.EmptyList: Push(new PyList()); break;
            case Op.EmptyDict: Push(new PyDict()); break;
            case Op.EmptySet: Push(new PySet()); break;
            case Op.FrozenSet:
                Push(PySet.FromIterable(PyTypes.FrozenSet, PyTuple.Wrap(PopItems(Marker()))));
                break;
            case Op.List: Push(PyList.FromSpan(PopItems(Marker()))); break;
            case Op.Dict: LoadDict(); break;
            case Op.Obj: LoadObj(); break;
            case Op.Inst: LoadInst(); break;
            case Op.NewObj: LoadNewObj(false); break;
            case Op.NewObjEx: LoadNewObj(true); break;
            case Op.Global: LoadGlobal(); break;
            case Op.StackGlobal: LoadStackGlobal(); break;
            case Op.Append: DoAppend(sp - 1); break;
            case Op.Appends: DoAppend(Marker()); break;
            case Op.Build: LoadBuild(); break;
            case Op.Dup: Push(Top()); break;
            case Op.BinGet: LoadMemoGet(ReadByte()); break;
            case Op.LongBinGet: LoadMemoGet(BinaryPrimitives.ReadUInt32LittleEndian(ReadSpan(4))); break;
            case Op.Get: LoadGet(); break;
            case Op.Ext1: LoadExtension(ReadByte()); break;
            case Op.Ext2: LoadExtension(BinaryPrimitives.ReadUInt16LittleEndian(ReadSpan(2))); break;
            case Op.Ext4: LoadExtension(BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4))); break;
            case Op.Mark:
                marks.Add(sp);
                fence = sp;
                break;
            case Op.Frame: LoadFrame(); break;
            case Op.Pop: LoadPop(); break;
            case Op.PopMark: ClearTo(Marker()); break;
            case Op.Put: LoadPut(); break;
            case Op.BinPut: MemoPut(ReadByte()); break;
            case Op.LongBinPut: MemoPut(BinaryPrimitives.ReadUInt32LittleEndian(ReadSpan(4))); break;
            case Op.Memoize: MemoPut(Memo.Count); break;
            case Op.SetItem: DoSetItems(sp - 2); break;
            case Op.SetItems: DoSetItems(Marker()); break;
            case Op.AddItems: LoadAddItems(); break;
            case Op.Reduce: LoadReduce(); break;
            case Op.PersId: LoadPersId(); break;
            case Op.BinPersId: LoadBinPersId(); break;
            case Op.Proto:
            {
                int p = ReadByte();
                if (p > Op.HighestProtocol) throw PyErrors.ValueError($"unsupported pickle protocol: {p}");
                proto = p;
                break;
            }
            default:
            {
                char c = (char)op;
                if (op >= 0x20 && op <= 0x7e && c != '\'' && c != '\\')
                    throw st.Unpickling($"invalid load key, '{c}'.");
                throw st.Unpickling($"invalid load key, '\\x{op:x2}'.");
            }
        }
    }

    // --- numbers --------------------------------------------------------------------------------

    /// <summary>strtol(s, &amp;end, 0): sign, 0x hex, leading-0 octal or decimal; false when the text
    /// does not end at the line end or overflows a long.</summary>
    private static bool TryStrtol(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
        int radix = 10;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) { radix = 16; i += 2; }
        else if (i < s.Length && s[i] == '0') radix = 8;
        int start = i;
        BigInteger v = 0;
        for (; i < s.Length; i++)
        {
            int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 10 : s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 10 : 99;
            if (d >= radix) break;
            v = v * radix + d;
        }
        if (i == start || i != s.Length) return false;
        if (neg) v = -v;
        if (v < long.MinValue || v > long.MaxValue) return false;
        value = (long)v;
        return true;
    }

    private static PyObject ParseInt(ReadOnlySpan<byte> s, int radix) =>
        PyOps.Call(PyTypes.Int, [PyStr.FromString(Encoding.Latin1.GetString(s)), PyInt.FromLong(radix)]);

    private void LoadInt()
    {
        var s = Line(out int len);
        if (TryStrtol(s, out long x))
        {
            if (len == 3 && (x == 0 || x == 1)) Push(PyBool.FromBool(x == 1));
            else Push(PyInt.FromLong(x));
            return;
        }
        try { Push(ParseInt(s, 0)); }
        catch (PyException e) when (e.Matches(PyTypes.ValueError))
        {
            throw PyErrors.ValueError("could not convert string to int");
        }
    }

    private void LoadLong()
    {
        var s = Line(out _);
        if (s.Length > 0 && s[^1] == 'L') s = s[..^1];
        Push(ParseInt(s, 0));
    }

    private void LoadCountedLong(int size)
    {
        long n = size == 1 ? ReadByte() : BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4));
        if (n < 0) throw st.Unpickling("LONG pickle has negative byte count");
        if (n == 0)
        {
            Push(PyInt.Zero);
            return;
        }
        int at = Read(n);
        Push(PyInt.FromBig(new BigInteger(input.AsSpan(at, (int)n), isUnsigned: false, isBigEndian: false)));
    }

    // what PyOS_string_to_double accepts (no whitespace, no underscores), as a prefix of the line
    private static readonly System.Text.RegularExpressions.Regex FloatPrefix = new(
        @"^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf(inity)?|nan)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void LoadFloat()
    {
        var s = Line(out _);
        var text = Encoding.Latin1.GetString(s);
        var m = FloatPrefix.Match(text);
        // nothing parses: PyOS_string_to_double names the whole line; junk after a number: load_float's message
        if (!m.Success) throw PyErrors.ValueError($"could not convert string to float: '{text}\n'");
        if (m.Length != text.Length) throw PyErrors.ValueError("could not convert string to float");
        Push(PyOps.Call(PyTypes.Float, [PyStr.FromString(text)]));
    }

    // --- strings and bytes ----------------------------------------------------------------------

    private long ReadSize(int nbytes, string opname)
    {
        int at = Read(nbytes);
        var s = input.AsSpan(at, nbytes);
        long size = nbytes switch
        {
            1 => s[0],
            4 => BinaryPrimitives.ReadUInt32LittleEndian(s),
            _ => (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(s), long.MaxValue),
        };
        if (nbytes == 8 && BinaryPrimitives.ReadUInt64LittleEndian(s) > long.MaxValue)
            throw PyErrors.OverflowError($"{opname} exceeds system's maximum size of {long.MaxValue} bytes");
        return size;
    }

    private void LoadCountedBytes(int nbytes, string opname)
    {
        long size = ReadSize(nbytes, opname);
        int at = Read(size);
        Push(PyBytes.From(input.AsSpan(at, (int)size).ToArray()));
    }

    private void LoadByteArray()
    {
        long size = ReadSize(8, "BYTEARRAY8");
        int at = Read(size);
        Push(new PyByteArray(input.AsSpan(at, (int)size).ToArray()));
    }

    private void LoadNextBuffer()
    {
        if (buffers is null) throw st.Unpickling("pickle stream refers to out-of-band data but no *buffers* argument was given");
        var buf = PyOps.Next(buffers) ?? throw st.Unpickling("not enough out-of-band buffers");
        Push(buf);
    }

    private void LoadReadonlyBuffer()
    {
        var obj = Top();
        var view = PyOps.Call(BytesTypes.MemoryView, [obj]);
        if (!PyOps.IsTrue(PyOps.GetAttr(view, PyStr.FromAscii("readonly"))))
            stack[sp - 1] = PyOps.CallMethod(view, "toreadonly", ReadOnlySpan<PyObject>.Empty);
    }

    private PyObject DecodeString(byte[] bytes)
    {
        if (encoding == "bytes") return PyBytes.From(bytes);
        return Taipan.Runtime.Objects.Codecs.Decode(bytes, encoding, errors);
    }

    private void LoadCountedBinString(int nbytes)
    {
        long size = nbytes == 1 ? ReadByte() : BinaryPrimitives.ReadUInt32LittleEndian(ReadSpan(4));
        int at = Read(size);
        Push(DecodeString(input.AsSpan(at, (int)size).ToArray()));
    }

    private void LoadString()
    {
        var s = Line(out _, 1);
        if (s.Length >= 2 && s[0] == s[^1] && (s[0] == '\'' || s[0] == '"')) s = s[1..^1];
        else throw st.Unpickling("the STRING opcode argument must be quoted");
        Push(DecodeString(EscapeCodecs.EscapeDecode(s, "strict")));
    }

    private void LoadUnicode()
    {
        var s = Line(out _, 1);
        Push(PyStr.FromString(EscapeCodecs.RawUnicodeEscapeDecode(s, "strict", true, out _)));
    }

    private void LoadCountedUnicode(int nbytes, string opname)
    {
        long size = ReadSize(nbytes, opname);
        int at = Read(size);
        var data = input.AsSpan(at, (int)size);
        // ASCII (most keys and identifiers) needs no UTF-8 decoder
        if (System.Text.Ascii.IsValid(data)) Push(PyStr.FromAscii(Encoding.ASCII.GetString(data)));
        else Push(Taipan.Runtime.Objects.Codecs.Decode(data, "utf-8", "surrogatepass"));
    }

    // --- containers -----------------------------------------------------------------------------

    private void LoadDict()
    {
        int i = Marker();
        int j = sp;
        if ((j - i) % 2 != 0) throw st.Unpickling("odd number of items for DICT");
        var d = new PyDict();
        for (int k = i + 1; k < j; k += 2) d.SetItem(stack[k - 1], stack[k]);
        ClearTo(i);
        Push(d);
    }

    private void DoAppend(int x)
    {
        int len = sp;
        if (x > len || x <= fence) throw Underflow();
        if (len == x) return;
        var list = stack[x - 1];
        if (list.type == PyTypes.List)
        {
            var l = (PyList)list;
            for (int i = x; i < len; i++) l.Append(stack[i]);
            ClearTo(x);
            return;
        }
        var extend = Pickler.LookupAttr(list, "extend");
        if (extend is not null)
        {
            var slice = PyList.FromSpan(PopItems(x));
            PyOps.Call(extend, [slice]);
            return;
        }
        var append = PyOps.GetAttr(list, PyStr.FromAscii("append"));
        for (int i = x; i < len; i++) PyOps.Call(append, [stack[i]]);
        ClearTo(x);
    }

    private void DoSetItems(int x)
    {
        int len = sp;
        if (x > len || x <= fence) throw Underflow();
        if (len == x) return;
        if ((len - x) % 2 != 0) throw st.Unpickling("odd number of items for SETITEMS");
        var dict = stack[x - 1];
        for (int i = x + 1; i < len; i += 2)
        {
            if (dict.type == PyTypes.Dict) ((PyDict)dict).SetItem(stack[i - 1], stack[i]);
            else PyOps.SetItem(dict, stack[i - 1], stack[i]);
        }
        ClearTo(x);
    }

    private void LoadAddItems()
    {
        int mark = Marker();
        int len = sp;
        if (mark > len || mark <= fence) throw Underflow();
        if (len == mark) return;
        var set = stack[mark - 1];
        if (set is PySet s && set.type.IsSubtypeOf(PyTypes.Set))
        {
            foreach (var item in PopItems(mark)) s.Add(item);
            return;
        }
        var add = PyOps.GetAttr(set, PyStr.FromAscii("add"));
        for (int i = mark; i < len; i++) PyOps.Call(add, [stack[i]]);
        ClearTo(mark);
    }

    private void LoadPop()
    {
        if (marks.Count > 0 && marks[^1] == sp)
        {
            marks.RemoveAt(marks.Count - 1);
            fence = marks.Count > 0 ? marks[^1] : 0;
        }
        else Pop();
    }

    // --- memo -----------------------------------------------------------------------------------

    private void LoadMemoGet(long idx)
    {
        if (!Memo.TryGetValue(idx, out var v)) throw st.Unpickling($"Memo value not found at index {idx}");
        Push(v);
    }

    private void LoadGet()
    {
        var s = Line(out _);
        var key = (PyInt)ParseInt(s, 10);
        if (!key.TryGetLong(out long idx) || !Memo.TryGetValue(idx, out var v)) throw st.Unpickling($"Memo value not found at index {PyOps.Str(key).Value}");
        Push(v);
    }

    private void LoadPut()
    {
        var s = Line(out _);
        var key = (PyInt)ParseInt(s, 10);
        if (key.IsNegative) throw PyErrors.ValueError("negative PUT argument");
        if (!key.TryGetLong(out long idx)) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        MemoPut(idx);
    }

    private void MemoPut(long idx)
    {
        if (sp <= fence) throw Underflow();
        Memo[idx] = stack[sp - 1];
    }

    private void LoadFrame()
    {
        long frameLen = ReadSize(8, "FRAME");
        Read(frameLen);
        pos -= (int)frameLen;
    }

    // --- objects --------------------------------------------------------------------------------

    internal PyObject FindClass(PyObject moduleName, PyObject globalName)
    {
        PyOps.Call(PyOps.GetAttr(Import.ImportAbsolute("sys"), PyStr.FromAscii("audit")),
            [PyStr.FromAscii("pickle.find_class"), moduleName, globalName]);
        if (proto < 3 && fixImports)
        {
            var item = ((PyDict)st.NameMapping2To3).GetItemOrNull(PyTuple.Of(moduleName, globalName));
            if (item is not null)
            {
                if (item is not PyTuple t || t.Count != 2)
                    throw PyErrors.RuntimeError($"_compat_pickle.NAME_MAPPING values should be 2-tuples, not {item.type.Name}");
                if (t[0] is not PyStr || t[1] is not PyStr)
                    throw PyErrors.RuntimeError($"_compat_pickle.NAME_MAPPING values should be pairs of str, not ({t[0].type.Name}, {t[1].type.Name})");
                moduleName = t[0];
                globalName = t[1];
            }
            else
            {
                item = ((PyDict)st.ImportMapping2To3).GetItemOrNull(moduleName);
                if (item is not null)
                {
                    if (item is not PyStr)
                        throw PyErrors.RuntimeError($"_compat_pickle.IMPORT_MAPPING values should be strings, not {item.type.Name}");
                    moduleName = item;
                }
            }
        }
        if (moduleName is not PyStr mn) throw PyErrors.TypeError($"module name must be str, not {moduleName.type.Name}");
        var module = Import.ImportAbsolute(mn.Value);
        if (globalName is not PyStr gn) throw PyErrors.TypeError($"attribute name must be string, not '{globalName.type.Name}'");
        string[] dotted = proto >= 4 ? Pickler.DottedPath(module, gn) : new[] { gn.Value };
        PyObject attr = module;
        foreach (var part in dotted)
        {
            attr = Pickler.LookupAttr(attr, part)!;
            if (attr is null)
                throw PyErrors.AttributeError($"Can't get attribute {PyOps.Repr(gn).Value} on {PyOps.Repr(module).Value}");
        }
        return attr;
    }

    private PyObject CallFindClass(PyObject module, PyObject name)
    {
        if (type == PyTypeObject) return FindClass(module, name);
        return PyOps.CallMethod(this, "find_class", [module, name]);
    }

    private void LoadGlobal()
    {
        var m = Line(out _);
        var module = Taipan.Runtime.Objects.Codecs.Decode(m, "utf-8", "strict");
        var n = Line(out _);
        var name = Taipan.Runtime.Objects.Codecs.Decode(n, "utf-8", "strict");
        Push(CallFindClass(module, name));
    }

    private void LoadStackGlobal()
    {
        var name = Pop();
        var module = Pop();
        if (name is not PyStr || module is not PyStr) throw st.Unpickling("STACK_GLOBAL requires str");
        Push(CallFindClass(module, name));
    }

    private void LoadExtension(long code)
    {
        if (code <= 0) throw PyErrors.ValueError("EXT specifies code <= 0");
        var key = PyInt.FromLong(code);
        var cached = ((PyDict)st.ExtensionCache).GetItemOrNull(key);
        if (cached is not null)
        {
            Push(cached);
            return;
        }
        var pair = ((PyDict)st.InvertedRegistry).GetItemOrNull(key) ?? throw PyErrors.ValueError($"unregistered extension code {code}");
        if (pair is not PyTuple t || t.Count != 2 || t[0] is not PyStr || t[1] is not PyStr)
            throw PyErrors.ValueError($"_inverted_registry[{code}] isn't a 2-tuple of strings");
        var obj = CallFindClass(t[0], t[1]);
        ((PyDict)st.ExtensionCache).SetItem(key, obj);
        Push(obj);
    }

    private static PyObject Instantiate(PyObject cls, PyTuple args)
    {
        if (args.Count == 0 && cls is PyType && Pickler.LookupAttr(cls, "__getinitargs__") is null)
            return PyOps.CallMethod(cls, "__new__", [cls]);
        return PyOps.Call(cls, args.Items);
    }

    private void LoadObj()
    {
        int i = Marker();
        if (sp - i < 1) throw Underflow();
        var args = PyTuple.Wrap(PopItems(i + 1));
        var cls = Pop();
        Push(Instantiate(cls, args));
    }

    private void LoadInst()
    {
        int i = Marker();
        var m = Line(out _);
        var module = Taipan.Runtime.Objects.Codecs.Decode(m, "ascii", "strict");
        var n = Line(out _);
        var name = Taipan.Runtime.Objects.Codecs.Decode(n, "ascii", "strict");
        var cls = CallFindClass(module, name);
        var args = PyTuple.Wrap(PopItems(i));
        Push(Instantiate(cls, args));
    }

    private void LoadNewObj(bool useKwargs)
    {
        string opname = useKwargs ? "NEWOBJ_EX" : "NEWOBJ";
        PyObject? kwargs = useKwargs ? Pop() : null;
        var args = Pop();
        var cls = Pop();
        if (cls is not PyType clsType) throw st.Unpickling($"{opname} class argument must be a type, not {cls.type.Name}");
        if (clsType.New is null) throw st.Unpickling($"{opname} class argument '{clsType.Name}' doesn't have __new__");
        if (args is not PyTuple argTuple) throw st.Unpickling($"{opname} args argument must be a tuple, not {args.type.Name}");
        PyDict? kw = null;
        if (useKwargs)
        {
            kw = kwargs as PyDict ?? throw st.Unpickling($"{opname} kwargs argument must be a dict, not {kwargs!.type.Name}");
        }
        int nkw = kw?.Count ?? 0;
        var all = new PyObject[argTuple.Count + nkw];
        argTuple.Items.CopyTo(all, 0);
        PyTuple? names = null;
        if (nkw > 0)
        {
            var n = new PyObject[nkw];
            int p = 0, j = 0;
            while (kw!.Next(ref p, out var k, out var v))
            {
                n[j] = k;
                all[argTuple.Count + j] = v;
                j++;
            }
            names = PyTuple.Wrap(n);
        }
        Push(clsType.New(clsType, all, names));
    }

    private void LoadReduce()
    {
        var argtup = Pop();
        var callable = Pop();
        if (argtup is not PyTuple t) throw PyErrors.TypeError("argument list must be a tuple");
        Push(PyOps.Call(callable, t.Items));
    }

    private void LoadBuild()
    {
        var state = Pop();
        var inst = Top();
        var setstate = Pickler.LookupAttr(inst, "__setstate__");
        if (setstate is not null)
        {
            PyOps.Call(setstate, [state]);
            return;
        }
        PyObject? slotstate = null;
        if (state is PyTuple t && t.Count == 2)
        {
            state = t[0];
            slotstate = t[1];
        }
        if (state != PyNone.Instance)
        {
            if (state is not PyDict sd) throw st.Unpickling("state is not a dictionary");
            var dict = PyOps.GetAttr(inst, PyStr.FromAscii("__dict__"));
            int p = 0;
            while (sd.Next(ref p, out var k, out var v))
            {
                if (k.type == PyTypes.Str) k = StrIntern.Intern((PyStr)k);
                PyOps.SetItem(dict, k, v);
            }
        }
        if (slotstate is not null)
        {
            if (slotstate is not PyDict ss) throw st.Unpickling("slot state is not a dictionary");
            int p = 0;
            while (ss.Next(ref p, out var k, out var v))
            {
                if (k is not PyStr ks) throw PyErrors.TypeError($"attribute name must be string, not '{k.type.Name}'");
                ObjectAttributes.SetAttr(inst, ks, v);
            }
        }
    }

    private void LoadPersId()
    {
        if (PersFunc is null)
            throw st.Unpickling("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        var s = Line(out _, 1);
        PyObject pid;
        try { pid = Taipan.Runtime.Objects.Codecs.Decode(s, "ascii", "strict"); }
        catch (PyException e) when (e.Matches(PyTypes.UnicodeDecodeError))
        {
            throw st.Unpickling("persistent IDs in protocol 0 must be ASCII strings");
        }
        Push(PyOps.Call(PersFunc, [pid]));
    }

    private void LoadBinPersId()
    {
        if (PersFunc is null)
            throw st.Unpickling("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        var pid = Pop();
        Push(PyOps.Call(PersFunc, [pid]));
    }
}
