using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>_pickle.Pickler: writes CPython _pickle's exact bytes (its framing, memo and batching differ
/// from pickle.py's in places). Output goes to an in-memory buffer, flushed to file.write at frame
/// boundaries and at the end of dump().</summary>
internal sealed partial class Pickler : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_pickle.Pickler", 30, InitType);
    private static readonly string[] InitNames = { "file", "protocol", "fix_imports", "buffer_callback" };
    private const int FastNestingLimit = 50;

    private readonly PickleState st = PickleState.Get();
    internal int Proto;
    private bool bin;
    internal bool Fast;
    private int fastNesting;
    private Dictionary<PyObject, bool>? fastMemo;
    private bool fixImports;
    private PyObject? write;
    private PyObject? bufferCallback;
    internal PyObject? PersFunc;
    internal PyObject? DispatchTable;
    private PyObject? reducerOverride;
    internal bool Initialized;
    internal Dictionary<PyObject, int> Memo = new(ReferenceEqualityComparer.Instance);

    private byte[] output = new byte[256];
    private int outputLen;
    private int frameStart = -1;
    private bool framing;

    public Pickler(PyType t) : base(t) { }

    // --- construction -----------------------------------------------------------------------

    private static int ParseProtocol(PyObject? protocol)
    {
        if (protocol is null || protocol == PyNone.Instance) return Op.DefaultProtocol;
        long p = ArgParser.ToLong(protocol);
        if (p < 0) return Op.HighestProtocol;
        if (p > Op.HighestProtocol) throw PyErrors.ValueError($"pickle protocol must be <= {Op.HighestProtocol}");
        return (int)p;
    }

    internal void Setup(PyObject? protocol, PyObject? fixImportsArg, PyObject? bufferCallbackArg)
    {
        Proto = ParseProtocol(protocol);
        fixImports = fixImportsArg is null || PyOps.IsTrue(fixImportsArg);
        bin = Proto > 0;
        if (bufferCallbackArg == PyNone.Instance) bufferCallbackArg = null;
        if (bufferCallbackArg is not null && Proto < 5) throw PyErrors.ValueError("buffer_callback needs protocol >= 5");
        bufferCallback = bufferCallbackArg;
    }

    internal void SetOutputFile(PyObject file)
    {
        write = LookupAttr(file, "write") ?? throw PyErrors.TypeError("file must have a 'write' attribute");
    }

    internal static PyObject? LookupAttr(PyObject o, string name)
    {
        try { return PyOps.GetAttrOrNull(o, PyStr.FromString(name)); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
    }

    private static void InitType(PyType t)
    {
        // inspect.signature reads builtin signatures from __text_signature__ (CPython derives it from tp_doc)
        t.Dict.SetItem(PyStr.FromAscii("__text_signature__"), PyStr.FromAscii("(file, protocol=None, fix_imports=True, buffer_callback=None)"));
        t.Dict.SetItem(PyStr.FromAscii("__doc__"), PyStr.FromAscii("This takes a binary file for writing a pickle data stream."));
        t.New = static (callable, args, kwnames) => new Pickler((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var p = (Pickler)self;
            var s = ArgParser.Unpack(args, kwnames, "Pickler", InitNames, 0, 1);
            p.Setup(s[1], s[2], s[3]);
            p.SetOutputFile(s[0]!);
            p.ClearOutput();
            p.Memo = new(ReferenceEqualityComparer.Instance);
            p.Fast = false;
            p.fastNesting = 0;
            p.fastMemo = null;
            p.PersFunc = LookupAttr(p, "persistent_id");
            p.DispatchTable = LookupAttr(p, "dispatch_table");
            p.Initialized = true;
        };
        BindingInstaller.AddMethod(t, "dump", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "dump");
            var p = (Pickler)self!;
            if (!p.Initialized || p.write is null)
                throw p.st.Pickling($"Pickler.__init__() was not called by {p.type.Name}.__init__()");
            p.ClearOutput();
            p.Dump(args[0]);
            p.FlushToFile();
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "clear_memo", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "clear_memo");
            ((Pickler)self!).Memo.Clear();
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__sizeof__", static (self, args, kwnames) =>
        {
            var p = (Pickler)self!;
            return PyInt.FromLong(96 + p.output.Length + p.Memo.Count * 24);
        });
        BindingInstaller.AddGetSet(t, "memo", static self => new PicklerMemoProxy((Pickler)self), static (self, v) =>
            ((Pickler)self).SetMemo(v));
        BindingInstaller.AddGetSet(t, "persistent_id", static self =>
            ((Pickler)self).PersFunc ?? throw PyErrors.AttributeError("persistent_id"), static (self, v) =>
        {
            if (v is null) throw PyErrors.TypeError("attribute deletion is not supported");
            if (v.type.Call is null) throw PyErrors.TypeError("persistent_id must be a callable taking one argument");
            ((Pickler)self).PersFunc = v;
        });
        BindingInstaller.AddGetSet(t, "dispatch_table", static self =>
            ((Pickler)self).DispatchTable ?? throw PyErrors.AttributeError("dispatch_table"), static (self, v) =>
            ((Pickler)self).DispatchTable = v);
        BindingInstaller.AddGetSet(t, "fast", static self => PyInt.FromLong(((Pickler)self).Fast ? 1 : 0), static (self, v) =>
        {
            if (v is null) throw PyErrors.AttributeError("can't delete attribute");
            ((Pickler)self).Fast = PyOps.IsTrue(v);
        });
        BindingInstaller.AddGetSet(t, "bin", static self => PyInt.FromLong(((Pickler)self).bin ? 1 : 0), static (self, v) =>
        {
            if (v is null) throw PyErrors.AttributeError("can't delete attribute");
            ((Pickler)self).bin = PyOps.IsTrue(v);
        });
    }

    private void SetMemo(PyObject? v)
    {
        if (v is null) throw PyErrors.TypeError("attribute deletion is not supported");
        var memo = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        if (v is PicklerMemoProxy proxy)
        {
            foreach (var kv in proxy.Owner.Memo) memo[kv.Key] = kv.Value;
        }
        else if (v is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out _, out var value))
            {
                if (value is not PyTuple tup || tup.Count != 2) throw PyErrors.TypeError("'memo' values must be 2-item tuples");
                long idx = ArgParser.ToLong(tup[0]);
                memo[tup[1]] = (int)idx;
            }
        }
        else throw PyErrors.TypeError($"'memo' attribute must be a PicklerMemoProxy object or dict, not {v.type.Name}");
        Memo = memo;
    }

    // --- output buffer and framing -------------------------------------------------------------

    internal void ClearOutput()
    {
        outputLen = 0;
        frameStart = -1;
        framing = false;
    }

    private void Write(byte b)
    {
        if (framing && frameStart == -1) StartFrame();
        if (outputLen == output.Length) Array.Resize(ref output, output.Length * 2);
        output[outputLen++] = b;
    }

    private void Write(ReadOnlySpan<byte> data)
    {
        if (framing && frameStart == -1) StartFrame();
        Ensure(data.Length);
        data.CopyTo(output.AsSpan(outputLen));
        outputLen += data.Length;
    }

    private void Ensure(int n)
    {
        long need = (long)outputLen + n;
        if (need <= output.Length) return;
        if (need > Array.MaxLength) throw PyErrors.MemoryError();
        Array.Resize(ref output, (int)Math.Min(Array.MaxLength, Math.Max(need, (long)output.Length * 2)));
    }

    private void StartFrame()
    {
        Ensure(Op.FrameHeaderSize);
        frameStart = outputLen;
        output.AsSpan(outputLen, Op.FrameHeaderSize).Fill(0xFE);
        outputLen += Op.FrameHeaderSize;
    }

    private void CommitFrame()
    {
        if (!framing || frameStart == -1) return;
        int frameLen = outputLen - frameStart - Op.FrameHeaderSize;
        if (frameLen >= Op.FrameSizeMin)
        {
            output[frameStart] = Op.Frame;
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(frameStart + 1), (ulong)frameLen);
        }
        else
        {
            output.AsSpan(frameStart + Op.FrameHeaderSize, frameLen).CopyTo(output.AsSpan(frameStart));
            outputLen -= Op.FrameHeaderSize;
        }
        frameStart = -1;
    }

    private void OpcodeBoundary()
    {
        if (!framing || frameStart == -1) return;
        if (outputLen - frameStart - Op.FrameHeaderSize < Op.FrameSizeTarget) return;
        CommitFrame();
        if (write is not null)
        {
            FlushToFile();
            outputLen = 0;
        }
    }

    internal PyBytes GetBytes()
    {
        CommitFrame();
        return PyBytes.From(output.AsSpan(0, outputLen).ToArray());
    }

    private void FlushToFile()
    {
        var data = GetBytes();
        outputLen = 0;
        PyOps.Call(write!, [data]);
    }

    /// <summary>_Pickler_write_bytes: payloads of a frame's size or more go outside any frame (and straight
    /// to the file when there is one).</summary>
    private void WriteBytes(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data, PyObject? payload)
    {
        bool bypass = data.Length >= Op.FrameSizeTarget;
        bool wasFraming = framing;
        if (bypass)
        {
            CommitFrame();
            framing = false;
        }
        Write(header);
        if (bypass && write is not null)
        {
            FlushToFile();
            outputLen = 0;
            PyOps.Call(write, [payload ?? PyBytes.From(data.ToArray())]);
        }
        else Write(data);
        framing = wasFraming;
    }

    // --- dump -----------------------------------------------------------------------------------

    internal void Dump(PyObject obj)
    {
        reducerOverride = LookupAttr(this, "reducer_override");
        try
        {
            if (Proto >= 2)
            {
                Write(stackalloc byte[] { Op.Proto, (byte)Proto });
                if (Proto >= 4) framing = true;
            }
            Save(obj, false);
            Write(Op.Stop);
            CommitFrame();
        }
        finally
        {
            framing = false;
            reducerOverride = null;
        }
    }

    private void Save(PyObject obj, bool persSave)
    {
        var ts = ThreadState.Current;
        if (!persSave && PersFunc is not null && SavePers(obj))
        {
            OpcodeBoundary();
            return;
        }
        var t = obj.type;
        if (obj == PyNone.Instance) Write(Op.None);
        else if (t == PyTypes.Bool) SaveBool(obj);
        else if (t == PyTypes.Int) SaveLong((PyInt)obj);
        else if (t == PyTypes.Float) SaveFloat(((PyFloat)obj).Value);
        else if (Memo.TryGetValue(obj, out int memoIdx)) WriteMemoOp(memoIdx, 0, Op.BinGet, Op.LongBinGet, Op.Get);
        else if (t == BytesTypes.Bytes) SaveBytes((PyBytes)obj);
        else if (t == PyTypes.Str) SaveUnicode((PyStr)obj);
        else
        {
            ts.EnterRecursiveCall(" while pickling an object");
            try { SaveComplex(obj, t); }
            finally { ts.LeaveRecursiveCall(); }
        }
        OpcodeBoundary();
    }

    private void SaveComplex(PyObject obj, PyType t)
    {
        if (t == PyTypes.Dict) { SaveDict((PyDict)obj); return; }
        if (t == PyTypes.Set) { SaveSet((PySet)obj); return; }
        if (t == PyTypes.FrozenSet) { SaveFrozenSet((PySet)obj); return; }
        if (t == PyTypes.List) { SaveList((PyList)obj); return; }
        if (t == PyTypes.Tuple) { SaveTuple((PyTuple)obj); return; }
        if (t == BytesTypes.ByteArray) { SaveByteArray((PyByteArray)obj); return; }
        if (t == PickleBuffer.PyTypeObject) { SavePickleBuffer((PickleBuffer)obj); return; }

        PyObject? reduceValue = null;
        if (reducerOverride is not null)
        {
            reduceValue = PyOps.Call(reducerOverride, [obj]);
            if (reduceValue == PyNotImplemented.Instance) reduceValue = null;
        }
        if (reduceValue is null)
        {
            if (t == PyTypes.Type) { SaveType(obj); return; }
            if (t == RuntimeTypes.Function) { SaveGlobal(obj, null); return; }
            PyObject? reduceFunc;
            if (DispatchTable is null) reduceFunc = ((PyDict)st.DispatchTable).GetItemOrNull(t);
            else
            {
                try { reduceFunc = PyOps.GetItem(DispatchTable, t); }
                catch (PyException e) when (e.Matches(PyTypes.KeyError)) { reduceFunc = null; }
            }
            if (reduceFunc is not null) reduceValue = PyOps.Call(reduceFunc, [obj]);
            else if (t.IsSubtypeOf(PyTypes.Type)) { SaveGlobal(obj, null); return; }
            else
            {
                var reduceEx = LookupAttr(obj, "__reduce_ex__");
                if (reduceEx is not null) reduceValue = PyOps.Call(reduceEx, [PyInt.FromLong(Proto)]);
                else
                {
                    var reduce = LookupAttr(obj, "__reduce__")
                        ?? throw st.Pickling($"can't pickle '{t.Name}' object: {PyOps.Repr(obj).Value}");
                    reduceValue = PyOps.Call(reduce, ReadOnlySpan<PyObject>.Empty);
                }
            }
        }
        if (reduceValue is PyStr name) { SaveGlobal(obj, name); return; }
        if (reduceValue is not PyTuple tup) throw st.Pickling("__reduce__ must return a string or tuple");
        SaveReduce(tup, obj);
    }

    private bool SavePers(PyObject obj)
    {
        var pid = PyOps.Call(PersFunc!, [obj]);
        if (pid == PyNone.Instance) return false;
        if (bin)
        {
            Save(pid, true);
            Write(Op.BinPersId);
        }
        else
        {
            var s = PyOps.Str(pid);
            if (s.MaxCodePoint > 127) throw st.Pickling("persistent IDs in protocol 0 must be ASCII strings");
            Write(Op.PersId);
            Write(Encoding.ASCII.GetBytes(s.Value));
            Write((byte)'\n');
        }
        return true;
    }

    // --- memo -----------------------------------------------------------------------------------

    private void MemoPut(PyObject obj)
    {
        if (Fast) return;
        int idx = Memo.Count;
        Memo[obj] = idx;
        WriteMemoOp(idx, Op.Memoize, Op.BinPut, Op.LongBinPut, Op.Put);
    }

    private void MemoGet(PyObject obj) => WriteMemoOp(Memo[obj], 0, Op.BinGet, Op.LongBinGet, Op.Get);

    private void WriteMemoOp(int idx, byte memoize, byte short1, byte long4, byte text)
    {
        if (memoize != 0 && Proto >= 4) Write(memoize);
        else if (bin)
        {
            if (idx < 256) Write(stackalloc byte[] { short1, (byte)idx });
            else
            {
                Span<byte> b = stackalloc byte[5];
                b[0] = long4;
                BinaryPrimitives.WriteInt32LittleEndian(b[1..], idx);
                Write(b);
            }
        }
        else
        {
            Write(text);
            Write(Encoding.ASCII.GetBytes(idx.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Write((byte)'\n');
        }
    }

    private bool FastSaveEnter(PyObject obj)
    {
        if (++fastNesting >= FastNestingLimit)
        {
            fastMemo ??= new(ReferenceEqualityComparer.Instance);
            if (fastMemo.ContainsKey(obj))
            {
                fastNesting = -1;
                throw PyErrors.ValueError($"fast mode: can't pickle cyclic objects including object type {obj.type.Name} at 0x{ObjectIds.Of(obj):x}");
            }
            fastMemo[obj] = true;
        }
        return true;
    }

    private void FastSaveLeave(PyObject obj)
    {
        if (fastNesting-- >= FastNestingLimit) fastMemo?.Remove(obj);
    }

    // --- atoms ----------------------------------------------------------------------------------

    private void SaveBool(PyObject obj)
    {
        bool v = ReferenceEquals(obj, PyBool.True);
        if (Proto >= 2) Write(v ? Op.NewTrue : Op.NewFalse);
        else Write(v ? "I01\n"u8 : "I00\n"u8);
    }

    private void SaveLong(PyInt obj)
    {
        if (obj.TryGetLong(out long val) && val >= int.MinValue && val <= int.MaxValue)
        {
            if (bin)
            {
                Span<byte> b = stackalloc byte[5];
                BinaryPrimitives.WriteInt32LittleEndian(b[1..], (int)val);
                if (b[4] != 0 || b[3] != 0) { b[0] = Op.BinInt; Write(b); }
                else if (b[2] != 0) { b[0] = Op.BinInt2; Write(b[..3]); }
                else { b[0] = Op.BinInt1; Write(b[..2]); }
            }
            else
            {
                Write(Op.Int);
                Write(Encoding.ASCII.GetBytes(val.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Write((byte)'\n');
            }
            return;
        }
        if (Proto >= 2)
        {
            var bytes = obj.Big.ToByteArray();
            int n = bytes.Length;
            if (n < 256) Write(stackalloc byte[] { Op.Long1, (byte)n });
            else
            {
                Span<byte> h = stackalloc byte[5];
                h[0] = Op.Long4;
                BinaryPrimitives.WriteInt32LittleEndian(h[1..], n);
                Write(h);
            }
            Write(bytes);
        }
        else
        {
            Write(Op.Long);
            Write(Encoding.ASCII.GetBytes(PyOps.Repr(obj).Value));
            Write("L\n"u8);
        }
    }

    private void SaveFloat(double x)
    {
        if (bin)
        {
            Span<byte> b = stackalloc byte[9];
            b[0] = Op.BinFloat;
            BinaryPrimitives.WriteDoubleBigEndian(b[1..], x);
            Write(b);
        }
        else
        {
            Write(Op.Float);
            Write(Encoding.ASCII.GetBytes(PyOps.Repr(new PyFloat(x)).Value));
            Write((byte)'\n');
        }
    }

    private void SaveBytes(PyBytes obj)
    {
        if (Proto < 3)
        {
            // bytes did not exist before protocol 3: codecs.encode(latin-1 text, 'latin1') rebuilds them
            PyTuple reduce;
            if (obj.Value.Length == 0) reduce = PyTuple.Of(BytesTypes.Bytes, PyTuple.Empty);
            else reduce = PyTuple.Of(st.CodecsEncode,
                PyTuple.Of(PyStr.FromString(Encoding.Latin1.GetString(obj.Value)), PyStr.FromAscii("latin1")));
            SaveReduce(reduce, obj);
            return;
        }
        SaveBytesData(obj, obj.Value);
    }

    private void SaveBytesData(PyObject obj, ReadOnlySpan<byte> data)
    {
        long size = data.Length;
        Span<byte> h = stackalloc byte[9];
        int hl;
        if (size <= 0xff) { h[0] = Op.ShortBinBytes; h[1] = (byte)size; hl = 2; }
        else if (size <= 0xffffffffL) { h[0] = Op.BinBytes; BinaryPrimitives.WriteUInt32LittleEndian(h[1..], (uint)size); hl = 5; }
        else { h[0] = Op.BinBytes8; BinaryPrimitives.WriteUInt64LittleEndian(h[1..], (ulong)size); hl = 9; }
        WriteBytes(h[..hl], data, obj is PyBytes ? obj : null);
        MemoPut(obj);
    }

    private void SaveByteArrayData(PyObject obj, ReadOnlySpan<byte> data)
    {
        Span<byte> h = stackalloc byte[9];
        h[0] = Op.ByteArray8;
        BinaryPrimitives.WriteUInt64LittleEndian(h[1..], (ulong)data.Length);
        WriteBytes(h, data, obj is PyByteArray ? obj : null);
        MemoPut(obj);
    }

    private void SaveByteArray(PyByteArray obj)
    {
        if (Proto < 5)
        {
            var reduce = obj.Count == 0
                ? PyTuple.Of(obj.type, PyTuple.Empty)
                : PyTuple.Of(obj.type, PyTuple.Of(PyBytes.From(obj.Span.ToArray())));
            SaveReduce(reduce, obj);
            return;
        }
        SaveByteArrayData(obj, obj.Span);
    }

    private void SavePickleBuffer(PickleBuffer obj)
    {
        if (Proto < 5) throw st.Pickling("PickleBuffer can only pickled with protocol >= 5");
        var view = obj.View();
        bool inBand = true;
        if (bufferCallback is not null) inBand = PyOps.IsTrue(PyOps.Call(bufferCallback, [obj]));
        bool ro = PyOps.IsTrue(PyOps.GetAttr(view, PyStr.FromAscii("readonly")));
        if (inBand)
        {
            var bytes = Buffers.Require(view);
            if (ro) SaveBytesData(obj, bytes);
            else SaveByteArrayData(obj, bytes);
        }
        else
        {
            Write(Op.NextBuffer);
            if (ro) Write(Op.ReadonlyBuffer);
        }
    }

    private void SaveUnicode(PyStr obj)
    {
        if (bin)
        {
            // ASCII text (most identifiers and keys) is its own UTF-8: no intermediate array
            if (obj.MaxCodePoint < 128 && obj.Value.Length < Op.FrameSizeTarget)
            {
                var v = obj.Value;
                WriteUnicodeHeader(v.Length);
                if (framing && frameStart == -1) StartFrame();
                Ensure(v.Length);
                var dest = output.AsSpan(outputLen, v.Length);
                for (int i = 0; i < v.Length; i++) dest[i] = (byte)v[i];
                outputLen += v.Length;
            }
            else
            {
                var encoded = Taipan.Runtime.Objects.Codecs.Encode(obj, "utf-8", "surrogatepass");
                long size = encoded.Length;
                Span<byte> h = stackalloc byte[9];
                int hl = UnicodeHeader(h, size);
                WriteBytes(h[..hl], encoded, null);
            }
        }
        else
        {
            Write(Op.Unicode);
            Write(RawUnicodeEscape(obj.Value));
            Write((byte)'\n');
        }
        MemoPut(obj);
    }

    private void WriteUnicodeHeader(long size)
    {
        Span<byte> h = stackalloc byte[9];
        Write(h[..UnicodeHeader(h, size)]);
    }

    private int UnicodeHeader(Span<byte> h, long size)
    {
        if (size <= 0xff && Proto >= 4) { h[0] = Op.ShortBinUnicode; h[1] = (byte)size; return 2; }
        if (size > 0xffffffffL && Proto >= 4) { h[0] = Op.BinUnicode8; BinaryPrimitives.WriteUInt64LittleEndian(h[1..], (ulong)size); return 9; }
        h[0] = Op.BinUnicode;
        BinaryPrimitives.WriteUInt32LittleEndian(h[1..], (uint)size);
        return 5;
    }

    /// <summary>raw-unicode-escape, also escaping the characters that would break the line-based opcode.</summary>
    private static byte[] RawUnicodeEscape(string s)
    {
        var o = new List<byte>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                ch = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (ch >= 0x10000) Append(o, "\\U" + ch.ToString("x8"));
            else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a) Append(o, "\\u" + ch.ToString("x4"));
            else o.Add((byte)ch);
        }
        return o.ToArray();

        static void Append(List<byte> o, string ascii)
        {
            foreach (var c in ascii) o.Add((byte)c);
        }
    }

    // --- containers -----------------------------------------------------------------------------

    private void SaveTuple(PyTuple obj)
    {
        int len = obj.Count;
        if (len == 0)
        {
            if (Proto > 0) Write(Op.EmptyTuple);
            else Write(stackalloc byte[] { Op.Mark, Op.Tuple });
            return;
        }
        if (len <= 3 && Proto >= 2)
        {
            for (int i = 0; i < len; i++) Save(obj[i], false);
            if (Memo.ContainsKey(obj))
            {
                for (int i = 0; i < len; i++) Write(Op.Pop);
                MemoGet(obj);
                return;
            }
            Write(len == 1 ? Op.Tuple1 : len == 2 ? Op.Tuple2 : Op.Tuple3);
            MemoPut(obj);
            return;
        }
        Write(Op.Mark);
        for (int i = 0; i < len; i++) Save(obj[i], false);
        if (Memo.ContainsKey(obj))
        {
            if (bin) Write(Op.PopMark);
            else for (int i = 0; i <= len; i++) Write(Op.Pop);
            MemoGet(obj);
            return;
        }
        Write(Op.Tuple);
        MemoPut(obj);
    }

    private void SaveList(PyList obj)
    {
        if (Fast) FastSaveEnter(obj);
        if (bin) Write(Op.EmptyList);
        else Write(stackalloc byte[] { Op.Mark, Op.List });
        MemoPut(obj);
        if (obj.Count != 0)
        {
            if (Proto > 0)
            {
                var ts = ThreadState.Current;
                ts.EnterRecursiveCall(" while pickling an object");
                try { BatchListExact(obj); }
                finally { ts.LeaveRecursiveCall(); }
            }
            else BatchList(PyOps.GetIter(obj));
        }
        if (Fast) FastSaveLeave(obj);
    }

    private void BatchListExact(PyList obj)
    {
        if (obj.Count == 1)
        {
            Save(obj[0], false);
            Write(Op.Append);
            return;
        }
        int total = 0;
        do
        {
            int thisBatch = 0;
            Write(Op.Mark);
            while (total < obj.Count)
            {
                Save(obj[total], false);
                total++;
                if (++thisBatch == Op.BatchSize) break;
            }
            Write(Op.Appends);
        } while (total < obj.Count);
    }

    private void BatchList(PyObject iter)
    {
        if (Proto == 0)
        {
            while (PyOps.Next(iter) is { } x)
            {
                Save(x, false);
                Write(Op.Append);
            }
            return;
        }
        int n;
        do
        {
            var first = PyOps.Next(iter);
            if (first is null) break;
            var obj = PyOps.Next(iter);
            if (obj is null)
            {
                Save(first, false);
                Write(Op.Append);
                break;
            }
            Write(Op.Mark);
            Save(first, false);
            n = 1;
            while (obj is not null)
            {
                Save(obj, false);
                n++;
                if (n == Op.BatchSize) break;
                obj = PyOps.Next(iter);
            }
            Write(Op.Appends);
        } while (n == Op.BatchSize);
    }

    private void SaveDict(PyDict obj)
    {
        if (Fast) FastSaveEnter(obj);
        if (bin) Write(Op.EmptyDict);
        else Write(stackalloc byte[] { Op.Mark, Op.Dict });
        MemoPut(obj);
        if (obj.Count != 0)
        {
            if (Proto > 0)
            {
                var ts = ThreadState.Current;
                ts.EnterRecursiveCall(" while pickling an object");
                try { BatchDictExact(obj); }
                finally { ts.LeaveRecursiveCall(); }
            }
            else
            {
                var items = PyOps.CallMethod(obj, "items", ReadOnlySpan<PyObject>.Empty);
                BatchDict(PyOps.GetIter(items));
            }
        }
        if (Fast) FastSaveLeave(obj);
    }

    private void BatchDictExact(PyDict obj)
    {
        int size = obj.Count;
        int pos = 0;
        if (size == 1)
        {
            obj.Next(ref pos, out var k, out var v);
            Save(k, false);
            Save(v, false);
            Write(Op.SetItem);
            return;
        }
        int i;
        do
        {
            i = 0;
            Write(Op.Mark);
            while (obj.Next(ref pos, out var k, out var v))
            {
                Save(k, false);
                Save(v, false);
                if (++i == Op.BatchSize) break;
            }
            Write(Op.SetItems);
            if (obj.Count != size) throw PyErrors.RuntimeError("dictionary changed size during iteration");
        } while (i == Op.BatchSize);
    }

    private (PyObject, PyObject) NextPair(PyObject item)
    {
        if (item is not PyTuple t || t.Count != 2) throw PyErrors.TypeError("dict items iterator must return 2-tuples");
        return (t[0], t[1]);
    }

    private void BatchDict(PyObject iter)
    {
        if (Proto == 0)
        {
            while (PyOps.Next(iter) is { } x)
            {
                var (k, v) = NextPair(x);
                Save(k, false);
                Save(v, false);
                Write(Op.SetItem);
            }
            return;
        }
        int n;
        do
        {
            var first = PyOps.Next(iter);
            if (first is null) break;
            var (fk, fv) = NextPair(first);
            var obj = PyOps.Next(iter);
            if (obj is null)
            {
                Save(fk, false);
                Save(fv, false);
                Write(Op.SetItem);
                break;
            }
            Write(Op.Mark);
            Save(fk, false);
            Save(fv, false);
            n = 1;
            while (obj is not null)
            {
                var (k, v) = NextPair(obj);
                Save(k, false);
                Save(v, false);
                n++;
                if (n == Op.BatchSize) break;
                obj = PyOps.Next(iter);
            }
            Write(Op.SetItems);
        } while (n == Op.BatchSize);
    }

    private static PyObject[] SetItems(PySet s)
    {
        var r = new PyObject[s.Count];
        int i = 0;
        foreach (var x in s.Items()) r[i++] = x;
        return r;
    }

    private void SaveSet(PySet obj)
    {
        if (Proto < 4)
        {
            SaveReduce(PyTuple.Of(PyTypes.Set, PyTuple.Of(PyList.FromSpan(SetItems(obj)))), obj);
            return;
        }
        Write(Op.EmptySet);
        MemoPut(obj);
        int size = obj.Count;
        if (size == 0) return;
        var items = SetItems(obj);
        int total = 0;
        int i;
        do
        {
            i = 0;
            Write(Op.Mark);
            while (total < items.Length)
            {
                Save(items[total++], false);
                if (++i == Op.BatchSize) break;
            }
            Write(Op.AddItems);
            if (obj.Count != size) throw PyErrors.RuntimeError("set changed size during iteration");
        } while (i == Op.BatchSize);
    }

    private void SaveFrozenSet(PySet obj)
    {
        if (Proto < 4)
        {
            SaveReduce(PyTuple.Of(PyTypes.FrozenSet, PyTuple.Of(PyList.FromSpan(SetItems(obj)))), obj);
            return;
        }
        Write(Op.Mark);
        foreach (var x in SetItems(obj)) Save(x, false);
        if (Memo.ContainsKey(obj))
        {
            Write(Op.PopMark);
            MemoGet(obj);
            return;
        }
        Write(Op.FrozenSet);
        MemoPut(obj);
    }

    // --- globals --------------------------------------------------------------------------------

    private void SaveType(PyObject obj)
    {
        if (obj == PyNone.Instance.type) SaveReduce(PyTuple.Of(PyTypes.Type, PyTuple.Of(PyNone.Instance)), obj);
        else if (obj == PyEllipsis.Instance.type) SaveReduce(PyTuple.Of(PyTypes.Type, PyTuple.Of(PyEllipsis.Instance)), obj);
        else if (obj == PyNotImplemented.Instance.type) SaveReduce(PyTuple.Of(PyTypes.Type, PyTuple.Of(PyNotImplemented.Instance)), obj);
        else SaveGlobal(obj, null);
    }

    private static PyObject GetAttrStr(PyObject o, string name) => PyOps.GetAttr(o, PyStr.FromString(name));

    /// <summary>get_dotted_path: "a.b.c" split, refusing "&lt;locals&gt;".</summary>
    internal static string[] DottedPath(PyObject? obj, PyStr name)
    {
        var parts = name.Value.Split('.');
        foreach (var p in parts)
            if (p == "<locals>")
            {
                if (obj is null) throw PyErrors.AttributeError($"Can't pickle local object {PyOps.Repr(name).Value}");
                throw PyErrors.AttributeError($"Can't get local attribute {PyOps.Repr(name).Value} on {PyOps.Repr(obj).Value}");
            }
        return parts;
    }

    internal static PyObject DeepAttribute(PyObject obj, string[] names, out PyObject parent)
    {
        parent = obj;
        foreach (var n in names)
        {
            parent = obj;
            obj = GetAttrStr(obj, n);
        }
        return obj;
    }

    private static PyObject WhichModule(PyObject global, string[] dotted)
    {
        var moduleName = LookupAttr(global, "__module__");
        if (moduleName is not null && moduleName != PyNone.Instance) return moduleName;
        var modules = SysModule.Modules!;
        var keys = new List<(PyObject, PyObject)>();
        int pos = 0;
        while (modules.Next(ref pos, out var k, out var v)) keys.Add((k, v));
        foreach (var (name, module) in keys)
        {
            if (name is PyStr s && s.Value == "__main__") continue;
            if (module == PyNone.Instance) continue;
            try
            {
                if (ReferenceEquals(DeepAttribute(module, dotted, out _), global)) return name;
            }
            catch (PyException e) when (e.Matches(PyTypes.Exception)) { }
        }
        return PyStr.FromAscii("__main__");
    }

    private void SaveGlobal(PyObject obj, PyStr? name)
    {
        PyObject globalName;
        if (name is not null) globalName = name;
        else globalName = LookupAttr(obj, "__qualname__") ?? GetAttrStr(obj, "__name__");
        if (globalName is not PyStr gname) throw PyErrors.TypeError($"must be str, not {globalName.type.Name}");
        var dotted = DottedPath(null, gname);
        var moduleNameObj = WhichModule(obj, dotted);
        PyObject module;
        try
        {
            if (moduleNameObj is not PyStr mn) throw PyErrors.TypeError("module name must be str");
            module = Import.ImportAbsolute(mn.Value);
        }
        catch (PyException e) when (e.Matches(PyTypes.Exception))
        {
            throw st.Pickling($"Can't pickle {PyOps.Repr(obj).Value}: import of module {PyOps.Repr(moduleNameObj).Value} failed");
        }
        // CPython's module names are interned strs, so a name pickled twice is memoized once
        var moduleName = moduleNameObj.type == PyTypes.Str ? StrIntern.Intern((PyStr)moduleNameObj) : (PyStr)moduleNameObj;
        var lastName = dotted[^1];
        PyObject cls, parent;
        try { cls = DeepAttribute(module, dotted, out parent); }
        catch (PyException e) when (e.Matches(PyTypes.Exception))
        {
            throw st.Pickling($"Can't pickle {PyOps.Repr(obj).Value}: attribute lookup {gname.Value} on {moduleName.Value} failed");
        }
        if (!ReferenceEquals(cls, obj))
            throw st.Pickling($"Can't pickle {PyOps.Repr(obj).Value}: it's not the same object as {moduleName.Value}.{gname.Value}");

        if (Proto >= 2)
        {
            var code = ((PyDict)st.ExtensionRegistry).GetItemOrNull(PyTuple.Of(moduleName, gname));
            if (code is not null)
            {
                if (code is not PyInt ci) throw st.Pickling($"Can't pickle {PyOps.Repr(obj).Value}: extension code {PyOps.Repr(code).Value} isn't an integer");
                if (!ci.TryGetLong(out long c) || c <= 0 || c > 0x7fffffffL)
                    throw st.Pickling($"Can't pickle {PyOps.Repr(obj).Value}: extension code {PyOps.Repr(code).Value} is out of range");
                if (c <= 0xff) Write(stackalloc byte[] { Op.Ext1, (byte)c });
                else if (c <= 0xffff) Write(stackalloc byte[] { Op.Ext2, (byte)c, (byte)(c >> 8) });
                else
                {
                    Span<byte> b = stackalloc byte[5];
                    b[0] = Op.Ext4;
                    BinaryPrimitives.WriteInt32LittleEndian(b[1..], (int)c);
                    Write(b);
                }
                return;
            }
        }
        if (ReferenceEquals(parent, module)) gname = PyStr.FromString(lastName);
        if (Proto >= 4)
        {
            Save(moduleName, false);
            Save(gname, false);
            Write(Op.StackGlobal);
        }
        else if (!ReferenceEquals(parent, module))
        {
            SaveReduce(PyTuple.Of(st.GetAttr, PyTuple.Of(parent, PyStr.FromString(lastName))), null);
        }
        else
        {
            Write(Op.Global);
            if (Proto < 3 && fixImports) FixImports(ref moduleName, ref gname);
            Write(EncodeIdentifier(moduleName, "module"));
            Write((byte)'\n');
            Write(EncodeIdentifier(gname, "global"));
            Write((byte)'\n');
        }
        MemoPut(obj);
    }

    private byte[] EncodeIdentifier(PyStr s, string what)
    {
        if (Proto == 3) return Taipan.Runtime.Objects.Codecs.Encode(s, "utf-8", "strict");
        if (s.MaxCodePoint > 127)
            throw st.Pickling($"can't pickle {what} identifier '{s.Value}' using pickle protocol {Proto}");
        return Encoding.ASCII.GetBytes(s.Value);
    }

    private void FixImports(ref PyStr moduleName, ref PyStr globalName)
    {
        var item = ((PyDict)st.NameMapping3To2).GetItemOrNull( PyTuple.Of(moduleName, globalName));
        if (item is not null)
        {
            if (item is not PyTuple t || t.Count != 2)
                throw PyErrors.RuntimeError($"_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {item.type.Name}");
            if (t[0] is not PyStr m || t[1] is not PyStr g)
                throw PyErrors.RuntimeError($"_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({t[0].type.Name}, {t[1].type.Name})");
            moduleName = m;
            globalName = g;
            return;
        }
        item = ((PyDict)st.ImportMapping3To2).GetItemOrNull( moduleName);
        if (item is not null)
        {
            if (item is not PyStr m)
                throw PyErrors.RuntimeError($"_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {item.type.Name}");
            moduleName = m;
        }
    }

    // --- reduce ---------------------------------------------------------------------------------

    private void SaveReduce(PyTuple args, PyObject? obj)
    {
        int size = args.Count;
        if (size < 2 || size > 6) throw st.Pickling("tuple returned by __reduce__ must contain 2 through 6 elements");
        var callable = args[0];
        var argtup = args[1];
        PyObject? state = size > 2 ? args[2] : null;
        PyObject? listitems = size > 3 ? args[3] : null;
        PyObject? dictitems = size > 4 ? args[4] : null;
        PyObject? stateSetter = size > 5 ? args[5] : null;
        if (callable.type.Call is null) throw st.Pickling("first item of the tuple returned by __reduce__ must be callable");
        if (argtup is not PyTuple argTuple) throw st.Pickling("second item of the tuple returned by __reduce__ must be a tuple");
        if (state == PyNone.Instance) state = null;
        if (listitems == PyNone.Instance) listitems = null;
        else if (listitems is not null && listitems.type.IterNext is null)
            throw st.Pickling($"fourth element of the tuple returned by __reduce__ must be an iterator, not {listitems.type.Name}");
        if (dictitems == PyNone.Instance) dictitems = null;
        else if (dictitems is not null && dictitems.type.IterNext is null)
            throw st.Pickling($"fifth element of the tuple returned by __reduce__ must be an iterator, not {dictitems.type.Name}");
        if (stateSetter == PyNone.Instance) stateSetter = null;
        else if (stateSetter is not null && stateSetter.type.Call is null)
            throw st.Pickling($"sixth element of the tuple returned by __reduce__ must be a function, not {stateSetter.type.Name}");

        bool useNewObj = false, useNewObjEx = false;
        if (Proto >= 2 && LookupAttr(callable, "__name__") is PyStr cname)
        {
            useNewObjEx = cname.Value == "__newobj_ex__";
            if (!useNewObjEx) useNewObj = cname.Value == "__newobj__";
        }

        if (useNewObjEx)
        {
            if (argTuple.Count != 3) throw st.Pickling($"length of the NEWOBJ_EX argument tuple must be exactly 3, not {argTuple.Count}");
            var cls = argTuple[0];
            if (cls is not PyType) throw st.Pickling($"first item from NEWOBJ_EX argument tuple must be a class, not {cls.type.Name}");
            var newArgs = argTuple[1];
            if (newArgs is not PyTuple newArgsTuple) throw st.Pickling($"second item from NEWOBJ_EX argument tuple must be a tuple, not {newArgs.type.Name}");
            var kwargs = argTuple[2];
            if (kwargs is not PyDict kwDict) throw st.Pickling($"third item from NEWOBJ_EX argument tuple must be a dict, not {kwargs.type.Name}");
            if (Proto >= 4)
            {
                Save(cls, false);
                Save(newArgs, false);
                Save(kwargs, false);
                Write(Op.NewObjEx);
            }
            else
            {
                var all = new PyObject[newArgsTuple.Count + 2 + kwDict.Count];
                all[0] = GetAttrStr(cls, "__new__");
                all[1] = cls;
                newArgsTuple.Items.CopyTo(all, 2);
                var names = new PyObject[kwDict.Count];
                int pos = 0, j = 0;
                while (kwDict.Next(ref pos, out var k, out var v))
                {
                    names[j] = k;
                    all[newArgsTuple.Count + 2 + j] = v;
                    j++;
                }
                var partial = PyOps.Call(st.Partial, all, names.Length == 0 ? null : PyTuple.Wrap(names));
                Save(partial, false);
                Save(PyTuple.Empty, false);
                Write(Op.Reduce);
            }
        }
        else if (useNewObj)
        {
            if (argTuple.Count < 1) throw st.Pickling("__newobj__ arglist is empty");
            var cls = argTuple[0];
            if (cls is not PyType) throw st.Pickling("args[0] from __newobj__ args is not a type");
            if (obj is not null)
            {
                var objClass = GetAttrStr(obj, "__class__");
                if (!ReferenceEquals(objClass, cls)) throw st.Pickling("args[0] from __newobj__ args has the wrong class");
            }
            Save(cls, false);
            Save(PyTuple.Wrap(argTuple.Items[1..]), false);
            Write(Op.NewObj);
        }
        else
        {
            Save(callable, false);
            Save(argtup, false);
            Write(Op.Reduce);
        }

        if (obj is not null)
        {
            if (Memo.ContainsKey(obj))
            {
                Write(Op.Pop);
                MemoGet(obj);
                return;
            }
            MemoPut(obj);
        }
        if (listitems is not null) BatchList(listitems);
        if (dictitems is not null) BatchDict(dictitems);
        if (state is not null)
        {
            if (stateSetter is null)
            {
                Save(state, false);
                Write(Op.Build);
            }
            else
            {
                Save(stateSetter, false);
                Save(obj!, false);
                Save(state, false);
                Write(Op.Tuple2);
                Write(Op.Reduce);
                Write(Op.Pop);
            }
        }
    }
}
