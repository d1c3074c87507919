using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io.FileIO: raw unbuffered I/O on a POSIX file descriptor (libc calls, errno-exact OSErrors).</summary>
internal sealed class FileIO : PyIOBase
{
    internal int Fd = -1;
    internal bool Readable, Writable, Appending, Created, CloseFd = true;
    /// <summary>-1 unknown, 0 no, 1 yes (probed with lseek once).</summary>
    private int seekable = -1;
    internal long BlkSize;

    public FileIO(PyType type) : base(type) { }

    private static readonly PyStr NameKey = StrIntern.Intern("name");

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new FileIO((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "FileIO", InitNames, 0, 1);
            ((FileIO)self).Init(s[0]!, s[1] is null ? "r" : ArgParser.ToStr(s[1]!, "FileIO", "argument 'mode'"),
                s[2] is null || PyOps.IsTrue(s[2]!), s[3] is null || s[3] == PyNone.Instance ? null : s[3]);
        };
        t.Repr = static self => PyStr.FromString(((FileIO)self).ReprText());
        Add(t, "read", static (s, a, k) => { IoCall.CheckArgs(a, k, "read", 0, 1); return ((FileIO)s!).Read(IoCall.OptionalSize(a, 0)); });
        Add(t, "readall", static (s, a, k) => { IoCall.CheckArgs(a, k, "readall", 0, 0); return IoBytes.FromSpan(((FileIO)s!).ReadAll()); });
        Add(t, "readinto", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "readinto");
            var f = (FileIO)s!;
            f.CheckReadableMode();
            var buf = new byte[IoBytes.WritableLength(a[0])];
            long n = f.ReadInto(buf);
            if (n < 0) return PyNone.Instance;
            IoBytes.CopyInto(a[0], buf.AsSpan(0, (int)n));
            return PyInt.FromLong(n);
        });
        Add(t, "write", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "write");
            var f = (FileIO)s!;
            f.CheckWritableMode();
            long n = f.WriteSpan(IoBytes.ToArray(a[0]));
            return n < 0 ? PyNone.Instance : PyInt.FromLong(n);
        });
        Add(t, "seek", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "seek", 1, 2);
            var f = (FileIO)s!;
            f.CheckOpen();
            if (a[0] is PyFloat) throw PyErrors.TypeError("an integer is required");
            return PyInt.FromLong(f.Seek(IoCall.Index(a[0]), a.Length > 1 ? (int)IoCall.Index(a[1]) : 0));
        });
        Add(t, "tell", static (s, a, k) => { IoCall.CheckArgs(a, k, "tell", 0, 0); var f = (FileIO)s!; f.CheckOpen(); return PyInt.FromLong(f.Seek(0, 1)); });
        Add(t, "truncate", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "truncate", 0, 1);
            var f = (FileIO)s!;
            f.CheckOpen();
            f.CheckWritableMode();
            long size = a.Length == 0 || a[0] == PyNone.Instance ? f.Seek(0, 1) : IoCall.Index(a[0]);
            int r = Libc.Ftruncate(f.Fd, size);
            if (r < 0) throw IoErrors.FromErrno(-r);
            return PyInt.FromLong(size);
        });
        Add(t, "close", static (s, a, k) => { IoCall.CheckArgs(a, k, "close", 0, 0); ((FileIO)s!).Close(); return PyNone.Instance; });
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); return PyBool.FromBool(((FileIO)s!).IsSeekable()); });
        Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); var f = (FileIO)s!; f.CheckOpen(); return PyBool.FromBool(f.Readable); });
        Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); var f = (FileIO)s!; f.CheckOpen(); return PyBool.FromBool(f.Writable); });
        Add(t, "fileno", static (s, a, k) => { IoCall.CheckArgs(a, k, "fileno", 0, 0); var f = (FileIO)s!; f.CheckOpen(); return PyInt.FromLong(f.Fd); });
        Add(t, "isatty", static (s, a, k) => { IoCall.CheckArgs(a, k, "isatty", 0, 0); var f = (FileIO)s!; f.CheckOpen(); return PyBool.FromBool(Libc.IsATty(f.Fd)); });
        Add(t, "_dealloc_warn", static (s, a, k) => PyNone.Instance);
        BindingInstaller.AddGetter(t, "closed", static s => PyBool.FromBool(((FileIO)s).Fd < 0));
        BindingInstaller.AddGetter(t, "closefd", static s => PyBool.FromBool(((FileIO)s).CloseFd));
        BindingInstaller.AddGetter(t, "mode", static s => PyStr.FromAscii(((FileIO)s).Mode));
        BindingInstaller.AddGetter(t, "_blksize", static s => PyInt.FromLong(((FileIO)s).BlkSize));
        BindingInstaller.AddGetter(t, "_finalizing", static s => PyBool.False);
    }

    private static readonly string[] InitNames = { "file", "mode", "closefd", "opener" };

    internal void Init(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        if (Fd >= 0)
        {
            if (CloseFd) Libc.Close(Fd);
            Fd = -1;
        }
        int fd = -1;
        string? path = null;
        if (file is PyInt || (file.type.Index is not null && file is not PyStr))
        {
            long v = IoCall.Index(file);
            if (v < 0) throw PyErrors.ValueError("negative file descriptor");
            if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
            fd = (int)v;
        }
        else
        {
            path = FsPath(file);
            if (path.IndexOf('\0') >= 0) throw PyErrors.ValueError("embedded null character");
        }
        bool rwa = false, plus = false;
        Readable = Writable = Appending = Created = false;
        int flags = 0;
        foreach (var c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa) throw BadMode();
                    rwa = true; Created = true; Writable = true; flags |= Libc.O_EXCL | Libc.O_CREAT;
                    break;
                case 'r':
                    if (rwa) throw BadMode();
                    rwa = true; Readable = true;
                    break;
                case 'w':
                    if (rwa) throw BadMode();
                    rwa = true; Writable = true; flags |= Libc.O_CREAT | Libc.O_TRUNC;
                    break;
                case 'a':
                    if (rwa) throw BadMode();
                    rwa = true; Writable = true; Appending = true; flags |= Libc.O_APPEND | Libc.O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) throw BadMode();
                    Readable = Writable = true; plus = true;
                    break;
                default:
                    throw PyErrors.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) throw BadMode();
        flags |= Readable && Writable ? Libc.O_RDWR : Readable ? Libc.O_RDONLY : Libc.O_WRONLY;
        flags |= Libc.O_CLOEXEC;
        if (fd >= 0)
        {
            Fd = fd;
            CloseFd = closefd;
        }
        else
        {
            CloseFd = true;
            if (!closefd) throw PyErrors.ValueError("Cannot use closefd=False with file name");
            if (opener is null)
            {
                fd = Libc.Open(path!, flags, 438);
                if (fd < 0) throw IoErrors.FromErrno(-fd, file);
            }
            else
            {
                var r = PyOps.Call(opener, new PyObject[] { file, PyInt.FromLong(flags) });
                if (r is not PyInt ri) throw PyErrors.TypeError("expected integer from opener");
                long v = ri.TryGetLong(out var lv) ? lv : -1;
                if (v < 0) throw PyErrors.ValueError($"opener returned {v}");
                fd = (int)v;
            }
            Fd = fd;
        }
        int st = Libc.Fstat(Fd, out int stMode, out long blk, out _);
        if (st < 0)
        {
            // A bad descriptor is an error; other fstat failures (exotic file systems) are not.
            if (-st == Libc.EBADF) { Fd = -1; throw IoErrors.FromErrno(Libc.EBADF); }
            BlkSize = IoModule.DefaultBufferSize;
        }
        else
        {
            if ((stMode & Libc.S_IFMT) == Libc.S_IFDIR)
            {
                if (path is not null) Libc.Close(Fd);
                Fd = -1;
                throw IoErrors.FromErrno(Libc.EISDIR, file);
            }
            BlkSize = blk > 1 ? blk : IoModule.DefaultBufferSize;
        }
        GetDict(true)!.SetItem(NameKey, file);
        if (Appending) Libc.Lseek(Fd, 0, 2);
    }

    private static PyException BadMode() =>
        PyErrors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");

    /// <summary>PyUnicode_FSConverter: str, bytes, or an os.PathLike returning one of them.</summary>
    internal static string FsPath(PyObject file)
    {
        if (file is PyStr s) return s.Value;
        if (IoBytes.IsBytesLike(file)) return Encoding.UTF8.GetString(IoBytes.ToArray(file));
        var fspath = file.type.Lookup("__fspath__");
        if (fspath is not null)
        {
            var r = IoCall.Method(file, "__fspath__");
            if (r is PyStr rs) return rs.Value;
            if (IoBytes.IsBytesLike(r)) return Encoding.UTF8.GetString(IoBytes.ToArray(r));
            throw PyErrors.TypeError($"expected {file.type.Name}.__fspath__() to return str or bytes, not {r.type.Name}");
        }
        throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {file.type.Name}");
    }

    internal string Mode => Created ? (Readable ? "xb+" : "xb")
        : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb")
        : "wb";

    private string ReprText()
    {
        var tn = type.Name;
        if (Fd < 0) return $"<{tn} [closed]>";
        var name = IoCall.AttrOrNull(this, "name");
        var cfd = CloseFd ? "True" : "False";
        if (name is null) return $"<{tn} fd={Fd} mode='{Mode}' closefd={cfd}>";
        var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
        if (!ts.ReprEnter(this)) throw PyErrors.RuntimeError($"reentrant call inside {tn}.__repr__");
        try { return $"<{tn} name={PyOps.Repr(name).Value} mode='{Mode}' closefd={cfd}>"; }
        finally { ts.ReprLeave(this); }
    }

    internal void CheckOpen()
    {
        if (Fd < 0) throw PyErrors.ValueError("I/O operation on closed file");
    }

    internal long CheckOpenTell()
    {
        CheckOpen();
        return Seek(0, 1);
    }

    internal void CheckReadableMode()
    {
        CheckOpen();
        if (!Readable) throw IoErrors.Unsupported("File not open for reading");
    }

    internal void CheckWritableMode()
    {
        CheckOpen();
        if (!Writable) throw IoErrors.Unsupported("File not open for writing");
    }

    internal bool IsSeekable()
    {
        CheckOpen();
        if (seekable < 0) seekable = Libc.Lseek(Fd, 0, 1) < 0 ? 0 : 1;
        return seekable == 1;
    }

    /// <summary>One read(2); -1 when the descriptor is non-blocking and has no data (Python's None).</summary>
    internal long ReadInto(Span<byte> buffer)
    {
        long n = Libc.Read(Fd, buffer);
        if (n == -Libc.EAGAIN) return -1;
        if (n < 0) throw IoErrors.FromErrno((int)-n);
        return n;
    }

    private PyObject Read(long size)
    {
        CheckReadableMode();
        if (size < 0) return IoBytes.FromSpan(ReadAll());
        // One read(2) never returns more than the file has; don't allocate a huge request up front.
        var buf = new byte[Math.Min(size, 1 << 24)];
        long n = ReadInto(buf);
        if (n < 0) return PyNone.Instance;
        return IoBytes.FromSpan(buf.AsSpan(0, (int)n));
    }

    internal byte[] ReadAll()
    {
        CheckReadableMode();
        long pos = Libc.Lseek(Fd, 0, 1);
        long end = Libc.Fstat(Fd, out _, out _, out long size) == 0 ? size : -1;
        int capacity = end > 0 && pos >= 0 && end >= pos ? (int)Math.Min(end - pos + 1, int.MaxValue - 64) : 8192;
        var buf = new byte[Math.Max(capacity, 1)];
        int used = 0;
        while (true)
        {
            if (used == buf.Length) Array.Resize(ref buf, buf.Length + Math.Max(buf.Length >> 3, 8192));
            long n = Libc.Read(Fd, buf.AsSpan(used));
            if (n == 0) break;
            if (n < 0)
            {
                if (n == -Libc.EAGAIN && used > 0) break;
                throw IoErrors.FromErrno((int)-n);
            }
            used += (int)n;
        }
        return used == buf.Length ? buf : buf.AsSpan(0, used).ToArray();
    }

    /// <summary>One write(2); -1 for EAGAIN (Python's None).</summary>
    internal long WriteSpan(ReadOnlySpan<byte> data)
    {
        long n = Libc.Write(Fd, data);
        if (n == -Libc.EAGAIN) return -1;
        if (n < 0) throw IoErrors.FromErrno((int)-n);
        return n;
    }

    internal long Seek(long pos, int whence)
    {
        long r = Libc.Lseek(Fd, pos, whence);
        if (r < 0) throw IoErrors.FromErrno((int)-r);
        return r;
    }

    internal void Close()
    {
        // _RawIOBase.close first (it flushes, and marks __IOBase_closed), then the descriptor.
        PyException? pending = null;
        try
        {
            if (!IOBaseClosed)
            {
                try { IoCall.Method(this, "flush"); }
                finally { IOBaseClosed = true; }
            }
        }
        catch (PyException e) { pending = e; }
        if (Fd >= 0)
        {
            int fd = Fd;
            Fd = -1;
            if (CloseFd)
            {
                int r = Libc.Close(fd);
                if (r < 0 && pending is null) pending = IoErrors.FromErrno(-r);
            }
        }
        if (pending is not null) throw pending;
    }
}
