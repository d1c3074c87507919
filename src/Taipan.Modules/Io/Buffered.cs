using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// _io.BufferedReader, BufferedWriter and BufferedRandom (one C# class, as CPython's buffered.c):
/// a byte buffer over a raw stream. A native FileIO raw is driven through its C# methods; any other
/// raw object (a Python RawIOBase subclass) through its readinto/write/seek/tell methods.
/// </summary>
internal sealed class Buffered : PyIOBase
{
    internal PyObject? Raw;
    private FileIO? nativeRead, nativeWrite;
    internal bool CanRead, CanWrite;
    private bool detached;
    private int bufferSize = IoModule.DefaultBufferSize;
    // Read side: readBuf[readPos..readEnd) is data read from raw but not yet consumed.
    private byte[] readBuf = Array.Empty<byte>();
    private int readPos, readEnd;
    // Write side: writeBuf[0..writeCount) is data not yet written to raw.
    private byte[] writeBuf = Array.Empty<byte>();
    private int writeCount;

    public Buffered(PyType type) : base(type) { }

    private static readonly string[] InitNames = { "raw", "buffer_size" };

    internal static void InstallCommon(PyType t, bool reader, bool writer)
    {
        t.New = static (callable, args, kwnames) => new Buffered((PyType)callable);
        var name = t.Name.Substring(4);
        t.Init = (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, name, InitNames, 0, 1);
            long size = s[1] is null ? IoModule.DefaultBufferSize : IoCall.Index(s[1]!);
            ((Buffered)self).Init(s[0]!, size, reader, writer);
        };
        t.Repr = static self => PyStr.FromString(((Buffered)self).ReprText());
        if (reader)
        {
            t.IterNext = static self =>
            {
                var b = (Buffered)self;
                if (b.type != IoTypes.BufferedReader && b.type != IoTypes.BufferedRandom)
                {
                    var line = IoCall.Method(self, "readline");
                    return PyOps.Length(line) == 0 ? null : line;
                }
                var l = b.ReadLine(-1);
                return l.Length == 0 ? null : IoBytes.FromSpan(l);
            };
            Add(t, "read", static (s, a, k) =>
            {
                IoCall.CheckArgs(a, k, "read", 0, 1);
                long n = IoCall.OptionalSize(a, 0);
                var b = (Buffered)s!;
                b.CheckAttached();
                if (n < -1) throw PyErrors.ValueError("read length must be non-negative or -1");
                b.CheckClosed("read of closed file");
                var r = n == -1 ? b.ReadAll() : b.Read((int)Math.Min(n, int.MaxValue));
                return r is null ? PyNone.Instance : IoBytes.FromSpan(r);
            });
            Add(t, "read1", static (s, a, k) =>
            {
                IoCall.CheckArgs(a, k, "read1", 0, 1);
                long n = IoCall.OptionalSize(a, 0);
                var b = (Buffered)s!;
                b.CheckAttached();
                b.CheckClosed("read of closed file");
                return IoBytes.FromSpan(b.Read1(n < 0 ? b.bufferSize : (int)Math.Min(n, int.MaxValue)));
            });
            Add(t, "peek", static (s, a, k) =>
            {
                IoCall.CheckArgs(a, k, "peek", 0, 1);
                var b = (Buffered)s!;
                b.CheckAttached();
                b.CheckClosed("peek of closed file");
                return IoBytes.FromSpan(b.Peek());
            });
            Add(t, "readline", static (s, a, k) =>
            {
                IoCall.CheckArgs(a, k, "readline", 0, 1);
                long n = IoCall.OptionalSize(a, 0);
                var b = (Buffered)s!;
                b.CheckAttached();
                b.CheckClosed("readline of closed file");
                return IoBytes.FromSpan(b.ReadLine(n));
            });
            Add(t, "readinto", static (s, a, k) => ((Buffered)s!).ReadIntoMethod(a, k, "readinto", false));
            Add(t, "readinto1", static (s, a, k) => ((Buffered)s!).ReadIntoMethod(a, k, "readinto1", true));
        }
        if (writer)
        {
            Add(t, "write", static (s, a, k) =>
            {
                ArgParser.OneArg(a, k, "write");
                var b = (Buffered)s!;
                b.CheckAttached();
                var data = IoBytes.ToArray(a[0]);
                b.CheckClosed("write to closed file");
                b.Write(data);
                return PyInt.FromLong(data.Length);
            });
        }
        Add(t, "flush", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "flush", 0, 0);
            var b = (Buffered)s!;
            b.CheckAttached();
            b.CheckClosed(b.CanWrite ? "flush of closed file" : "I/O operation on closed file.");
            b.FlushWrites();
            if (b.CanWrite && b.nativeWrite is null) IoCall.Method(b.Raw!, "flush");
            return PyNone.Instance;
        });
        Add(t, "seek", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "seek", 1, 2);
            var b = (Buffered)s!;
            b.CheckAttached();
            long whence = a.Length > 1 ? IoCall.Index(a[1]) : 0;
            if (whence < 0 || whence > 2) throw PyErrors.ValueError($"whence value {whence} unsupported");
            b.CheckClosed("seek of closed file");
            if (!PyOps.IsTrue(IoCall.Method(b.Raw!, "seekable"))) throw IoErrors.Unsupported("File or stream is not seekable.");
            return PyInt.FromLong(b.Seek(IoCall.Index(a[0]), (int)whence));
        });
        Add(t, "tell", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "tell", 0, 0);
            var b = (Buffered)s!;
            b.CheckAttached();
            return PyInt.FromLong(b.Tell());
        });
        Add(t, "truncate", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "truncate", 0, 1);
            var b = (Buffered)s!;
            b.CheckAttached();
            b.CheckClosed("truncate of closed file");
            if (!b.CanWrite) throw IoErrors.Unsupported("truncate");
            b.FlushWrites();
            b.DropReadBuffer(true);
            var pos = a.Length > 0 ? a[0] : PyNone.Instance;
            return IoCall.Method(b.Raw!, "truncate", pos);
        });
        Add(t, "close", static (s, a, k) => { IoCall.CheckArgs(a, k, "close", 0, 0); ((Buffered)s!).Close(); return PyNone.Instance; });
        Add(t, "detach", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "detach", 0, 0);
            var b = (Buffered)s!;
            b.CheckAttached();
            IoCall.Method(b, "flush");
            var raw = b.Raw!;
            b.Raw = null;
            b.detached = true;
            b.nativeRead = b.nativeWrite = null;
            return raw;
        });
        Add(t, "fileno", static (s, a, k) => { IoCall.CheckArgs(a, k, "fileno", 0, 0); return IoCall.Method(((Buffered)s!).Attached, "fileno"); });
        Add(t, "isatty", static (s, a, k) => { IoCall.CheckArgs(a, k, "isatty", 0, 0); return IoCall.Method(((Buffered)s!).Attached, "isatty"); });
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); return IoCall.Method(((Buffered)s!).Attached, "seekable"); });
        if (reader) Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); return IoCall.Method(((Buffered)s!).Attached, "readable"); });
        if (writer) Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); return IoCall.Method(((Buffered)s!).Attached, "writable"); });
        Add(t, "_dealloc_warn", static (s, a, k) => PyNone.Instance);
        BindingInstaller.AddGetter(t, "raw", static s => ((Buffered)s).Raw ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "closed", static s => IoCall.Attr(((Buffered)s).Attached, "closed"));
        BindingInstaller.AddGetter(t, "name", static s => IoCall.Attr(((Buffered)s).Attached, "name"));
        BindingInstaller.AddGetter(t, "mode", static s => IoCall.Attr(((Buffered)s).Attached, "mode"));
        BindingInstaller.AddGetter(t, "_finalizing", static s => PyBool.False);
    }

    private void Init(PyObject raw, long size, bool reader, bool writer)
    {
        Raw = null;
        detached = false;
        if (writer && reader) PyIOBase.CheckSeekable(raw);
        if (reader) PyIOBase.CheckReadable(raw);
        if (writer) PyIOBase.CheckWritable(raw);
        if (size <= 0) throw PyErrors.ValueError("buffer size must be strictly positive");
        Raw = raw;
        CanRead = reader;
        CanWrite = writer;
        bufferSize = (int)Math.Min(size, int.MaxValue / 2);
        readBuf = reader ? new byte[bufferSize] : Array.Empty<byte>();
        writeBuf = writer ? new byte[bufferSize] : Array.Empty<byte>();
        readPos = readEnd = writeCount = 0;
        nativeRead = raw is FileIO f1 && IoCall.IsNative(raw, IoTypes.FileIO, "readinto") ? f1 : null;
        nativeWrite = raw is FileIO f2 && IoCall.IsNative(raw, IoTypes.FileIO, "write") ? f2 : null;
        if (writer) OpenStreams.Track(this);
    }

    internal void FlushForExit()
    {
        if (writeCount == 0 || Raw is null || IsClosed) return;
        FlushWrites();
    }

    internal int BufferSize => bufferSize;

    private PyObject Attached
    {
        get
        {
            CheckAttached();
            return Raw!;
        }
    }

    private void CheckAttached()
    {
        if (Raw is null)
            throw PyErrors.ValueError(detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    }

    internal bool IsClosed => nativeRead is not null ? nativeRead.Fd < 0 : nativeWrite is not null ? nativeWrite.Fd < 0 : PyOps.IsTrue(IoCall.Attr(Raw!, "closed"));

    private void CheckClosed(string message)
    {
        if (IsClosed)
        {
            // CPython lets buffered data be read after the raw stream was closed behind our back.
            if (CanRead && readEnd > readPos && message.StartsWith("read", StringComparison.Ordinal)) return;
            throw PyErrors.ValueError(message);
        }
    }

    private string ReprText()
    {
        var tn = type.Name;
        PyObject? name = null;
        if (Raw is not null)
        {
            try { name = PyOps.GetAttrOrNull(this, StrIntern.Intern("name")); }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError) || e.Matches(PyTypes.ValueError)) { }
        }
        if (name is null) return $"<{tn}>";
        var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
        if (!ts.ReprEnter(this)) throw PyErrors.RuntimeError($"reentrant call inside {tn}.__repr__");
        try { return $"<{tn} name={PyOps.Repr(name).Value}>"; }
        finally { ts.ReprLeave(this); }
    }

    // --- raw calls ------------------------------------------------------------------------

    /// <summary>One raw read into <paramref name="dest"/>; -1 when the raw stream returned None.</summary>
    private int RawReadInto(Span<byte> dest)
    {
        if (nativeRead is not null)
        {
            nativeRead.CheckReadableMode();
            return (int)nativeRead.ReadInto(dest);
        }
        var ba = IoBytes.NewByteArray(dest.Length);
        var r = IoCall.Method(Raw!, "readinto", ba);
        if (r == PyNone.Instance) return -1;
        long n = IoCall.Index(r);
        if (n < 0 || n > dest.Length)
            throw PyErrors.New(PyTypes.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
        IoBytes.ToArray(ba).AsSpan(0, (int)n).CopyTo(dest);
        return (int)n;
    }

    private long RawWrite(ReadOnlySpan<byte> data)
    {
        if (nativeWrite is not null)
        {
            nativeWrite.CheckWritableMode();
            return nativeWrite.WriteSpan(data);
        }
        var r = IoCall.Method(Raw!, "write", IoBytes.FromSpan(data));
        if (r == PyNone.Instance) return -1;
        long n = IoCall.Index(r);
        if (n < 0 || n > data.Length)
            throw PyErrors.New(PyTypes.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return n;
    }

    private long RawTell()
    {
        long n = nativeRead is not null ? (nativeRead.CheckOpenTell()) : IoCall.Index(IoCall.Method(Raw!, "tell"));
        if (n < 0) throw PyErrors.New(PyTypes.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    private long RawSeek(long pos, int whence)
    {
        long n = IoCall.Index(IoCall.Method(Raw!, "seek", PyInt.FromLong(pos), PyInt.FromLong(whence)));
        if (n < 0) throw PyErrors.New(PyTypes.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    // --- reading --------------------------------------------------------------------------

    private int Available => readEnd - readPos;

    /// <summary>Refills the (empty) read buffer with one raw read: bytes read, 0 at EOF, -1 for None.</summary>
    private int Fill()
    {
        FlushWrites();
        readPos = readEnd = 0;
        int n = RawReadInto(readBuf);
        if (n > 0) readEnd = n;
        return n;
    }

    internal byte[]? Read(int n)
    {
        if (n <= Available)
        {
            var r = readBuf.AsSpan(readPos, n).ToArray();
            readPos += n;
            return r;
        }
        // CPython's _bufferedreader_read_generic: buffered bytes, then whole blocks straight into
        // the result, then the buffer filled piece by piece for the tail.
        // The result grows as data arrives: read(10**9) on a small file must not allocate a gigabyte.
        var result = new byte[Math.Min(n, Available + MaxDirectRead)];
        int written = Available;
        readBuf.AsSpan(readPos, written).CopyTo(result);
        int remaining = n - written;
        readPos = readEnd = 0;
        FlushWrites();
        while (remaining > 0)
        {
            int block = Math.Min(remaining - remaining % bufferSize, MaxDirectRead - MaxDirectRead % bufferSize);
            if (block <= 0) break;
            if (written + block > result.Length) Array.Resize(ref result, (int)Math.Min((long)n, Math.Max((long)written + block, 2L * result.Length)));
            int r = RawReadInto(result.AsSpan(written, block));
            if (r <= 0) return r < 0 && written == 0 ? null : result.AsSpan(0, written).ToArray();
            written += r;
            remaining -= r;
        }
        while (remaining > 0 && readEnd < bufferSize)
        {
            int r = RawReadInto(readBuf.AsSpan(readEnd, bufferSize - readEnd));
            if (r <= 0) return r < 0 && written == 0 ? null : result.AsSpan(0, written).ToArray();
            readEnd += r;
            int take = Math.Min(r, remaining);
            if (written + take > result.Length) Array.Resize(ref result, Math.Min(n, Math.Max(written + take, 2 * result.Length)));
            readBuf.AsSpan(readPos, take).CopyTo(result.AsSpan(written));
            readPos += take;
            written += take;
            remaining -= take;
        }
        return written == result.Length ? result : result.AsSpan(0, written).ToArray();
    }

    /// <summary>Largest single raw read issued for one call (bigger requests loop).</summary>
    private const int MaxDirectRead = 1 << 20;

    internal byte[]? ReadAll()
    {
        var parts = new List<byte>();
        if (Available > 0) parts.AddRange(readBuf.AsSpan(readPos, Available).ToArray());
        readPos = readEnd = 0;
        FlushWrites();
        if (nativeRead is not null)
        {
            parts.AddRange(nativeRead.ReadAll());
            return parts.ToArray();
        }
        var readall = IoCall.AttrOrNull(Raw!, "readall");
        if (readall is not null)
        {
            var data = PyOps.Call(readall, ReadOnlySpan<PyObject>.Empty);
            if (data == PyNone.Instance) return parts.Count == 0 ? null : parts.ToArray();
            if (!IoBytes.IsBytesLike(data)) throw PyErrors.TypeError("readall() should return bytes");
            parts.AddRange(IoBytes.ToArray(data));
            return parts.ToArray();
        }
        while (true)
        {
            var data = IoCall.Method(Raw!, "read");
            if (data == PyNone.Instance) return parts.Count == 0 ? null : parts.ToArray();
            if (!IoBytes.IsBytesLike(data)) throw PyErrors.TypeError("read() should return bytes");
            var bytes = IoBytes.ToArray(data);
            if (bytes.Length == 0) return parts.ToArray();
            parts.AddRange(bytes);
        }
    }

    internal byte[] Read1(int n)
    {
        if (n == 0) return Array.Empty<byte>();
        if (Available == 0)
        {
            if (n >= bufferSize)
            {
                FlushWrites();
                var direct = new byte[Math.Min(n, MaxDirectRead)];
                int r = RawReadInto(direct);
                return r <= 0 ? Array.Empty<byte>() : direct.AsSpan(0, r).ToArray();
            }
            if (Fill() <= 0) return Array.Empty<byte>();
        }
        int take = Math.Min(n, Available);
        var result = readBuf.AsSpan(readPos, take).ToArray();
        readPos += take;
        return result;
    }

    private byte[] Peek()
    {
        if (Available == 0) Fill();
        return readBuf.AsSpan(readPos, Math.Max(Available, 0)).ToArray();
    }

    internal byte[] ReadLine(long limit)
    {
        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (Available == 0 && Fill() <= 0) break;
            int max = limit < 0 ? Available : (int)Math.Min(Available, limit - line.Count);
            int nl = readBuf.AsSpan(readPos, max).IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : max;
            line.AddRange(readBuf.AsSpan(readPos, take).ToArray());
            readPos += take;
            if (nl >= 0) break;
        }
        return line.ToArray();
    }

    private PyObject ReadIntoMethod(ReadOnlySpan<PyObject> a, PyTuple? k, string name, bool one)
    {
        ArgParser.OneArg(a, k, name);
        CheckAttached();
        int len = IoBytes.WritableLength(a[0]);
        CheckClosed("readinto of closed file");
        var data = one ? Read1(len) : Read(len) ?? Array.Empty<byte>();
        IoBytes.CopyInto(a[0], data);
        return PyInt.FromLong(data.Length);
    }

    /// <summary>Drops unread buffered data, moving the raw position back to the logical one.</summary>
    private void DropReadBuffer(bool rewind)
    {
        if (Available > 0 && rewind) RawSeek(-Available, 1);
        readPos = readEnd = 0;
    }

    // --- writing --------------------------------------------------------------------------

    internal void Write(ReadOnlySpan<byte> data)
    {
        if (CanRead && Available > 0) DropReadBuffer(true);
        if (writeCount + data.Length <= bufferSize)
        {
            data.CopyTo(writeBuf.AsSpan(writeCount));
            writeCount += data.Length;
            return;
        }
        // As CPython: flush what is buffered, write directly while more than a buffer's worth
        // remains, and buffer the tail.
        FlushWrites();
        while (data.Length > bufferSize)
        {
            long n = RawWrite(data);
            if (n < 0) throw PyErrors.New(PyTypes.BlockingIOError, "write could not complete without blocking");
            data = data.Slice((int)n);
        }
        data.CopyTo(writeBuf);
        writeCount = data.Length;
    }

    private void WriteFully(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            long n = RawWrite(data);
            if (n < 0) throw PyErrors.New(PyTypes.BlockingIOError, "write could not complete without blocking");
            data = data.Slice((int)n);
        }
    }

    internal void FlushWrites()
    {
        if (writeCount == 0) return;
        int count = writeCount;
        writeCount = 0;
        try { WriteFully(writeBuf.AsSpan(0, count)); }
        catch
        {
            writeCount = count;
            throw;
        }
    }

    // --- positioning ----------------------------------------------------------------------

    internal long Tell()
    {
        long pos = RawTell();
        pos -= Available;
        pos += writeCount;
        if (pos < 0) throw PyErrors.New(PyTypes.OSError, $"Raw stream returned invalid position {pos}");
        return pos;
    }

    private long Seek(long target, int whence)
    {
        if (whence != 2 && CanRead && Available > 0 && writeCount == 0)
        {
            // Within the read buffer: no raw call (CPython's shortcut).
            long current = RawTell();
            long offset = whence == 0 ? target - (current - readEnd) : target + readPos;
            if (offset >= 0 && offset <= readEnd)
            {
                readPos = (int)offset;
                return current - readEnd + offset;
            }
        }
        FlushWrites();
        if (whence == 1) target -= Available;
        readPos = readEnd = 0;
        return RawSeek(target, whence);
    }

    private void Close()
    {
        CheckAttached();
        if (IsClosed) return;
        PyException? pending = null;
        try { IoCall.Method(this, "flush"); }
        catch (PyException e) { pending = e; }
        try { IoCall.Method(Raw!, "close"); }
        catch (PyException e)
        {
            if (pending is not null) e.Value.Context ??= pending.Value;
            pending = e;
        }
        readPos = readEnd = 0;
        if (pending is not null) throw pending;
    }
}
