using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

// File-descriptor functions: open/read/write/close and friends.
internal static unsafe partial class PosixModule
{
    private const int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, EINTR = 4;

    [PyFunction]
    public static PyObject open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "open", new[] { "path", "flags", "mode", "dir_fd" }, 3, 2);
        var path = PathArg.Convert("open", "path", a[0]!);
        int flags = PosixArgs.Fd(a[1]!) | O_CLOEXEC;
        int mode = PosixArgs.Int(a[2], 0x1ff);
        int dirFd = PosixArgs.DirFd(a[3]);
        int fd;
        fixed (byte* p = path.Bytes)
            do fd = Libc.openat(dirFd, p, flags, mode);
            while (fd < 0 && Libc.Errno == EINTR);
        if (fd < 0) throw PosixErrors.Last(path.Original);
        return PyInt.FromLong(fd);
    }

    [PyFunction]
    public static void close(PyObject fd)
    {
        if (Libc.close(PosixArgs.Fd(fd)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void closerange(PyObject fd_low, PyObject fd_high)
    {
        int lo = PosixArgs.Fd(fd_low), hi = PosixArgs.Fd(fd_high);
        for (int fd = Math.Max(lo, 0); fd < hi; fd++) Libc.close(fd);
    }

    [PyFunction]
    public static PyObject read(PyObject fd, PyObject length)
    {
        int f = PosixArgs.Fd(fd);
        long n = PyOps.AsIndex(length, PyTypes.OverflowError);
        if (n < 0) throw PosixErrors.FromErrno(22);
        var buf = new byte[n];
        nint got;
        // Blocking calls release the GIL (a thread blocked reading a pipe must not stop the writer).
        Select.BlockingPoll.WaitFd(f, write: false);
        fixed (byte* p = buf)
            using (Gil.Unlocked())
                do got = Libc.read(f, p, (nint)n);
                while (got < 0 && Libc.Errno == EINTR);
        if (got < 0) throw PosixErrors.Last();
        return FsEncoding.ToBytes(buf.AsSpan(0, (int)got));
    }

    [PyFunction]
    public static PyObject pread(PyObject fd, PyObject length, PyObject offset)
    {
        int f = PosixArgs.Fd(fd);
        long n = PyOps.AsIndex(length, PyTypes.OverflowError);
        if (n < 0) throw PosixErrors.FromErrno(22);
        long off = PyOps.AsIndex(offset, PyTypes.OverflowError);
        var buf = new byte[n];
        nint got;
        fixed (byte* p = buf)
            using (Gil.Unlocked()) got = Libc.pread(f, p, (nint)n, off);
        if (got < 0) throw PosixErrors.Last();
        return FsEncoding.ToBytes(buf.AsSpan(0, (int)got));
    }

    private static byte[] Buffer(PyObject data)
    {
        if (!FsEncoding.TryGetBuffer(data, out var bytes) || data is PyStr)
            throw PyErrors.TypeError($"a bytes-like object is required, not '{data.type.Name}'");
        return bytes;
    }

    [PyFunction]
    public static long write(PyObject fd, PyObject data)
    {
        int f = PosixArgs.Fd(fd);
        var bytes = Buffer(data);
        nint n;
        int count = Select.BlockingPoll.WaitFd(f, write: true, bytes.Length);
        fixed (byte* p = bytes)
            using (Gil.Unlocked())
                do n = Libc.write(f, p, count);
                while (n < 0 && Libc.Errno == EINTR);
        if (n < 0) throw PosixErrors.Last();
        return n;
    }

    [PyFunction]
    public static long pwrite(PyObject fd, PyObject data, PyObject offset)
    {
        int f = PosixArgs.Fd(fd);
        var bytes = Buffer(data);
        long off = PyOps.AsIndex(offset, PyTypes.OverflowError);
        nint n;
        fixed (byte* p = bytes)
            using (Gil.Unlocked()) n = Libc.pwrite(f, p, bytes.Length, off);
        if (n < 0) throw PosixErrors.Last();
        return n;
    }

    [PyFunction]
    public static long lseek(PyObject fd, PyObject position, PyObject whence)
    {
        int f = PosixArgs.Fd(fd);
        long pos = PyOps.AsIndex(position, PyTypes.OverflowError);
        long r = Libc.lseek(f, pos, PosixArgs.Fd(whence));
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static long dup(PyObject fd)
    {
        const int F_DUPFD_CLOEXEC = 1030;
        int r = Libc.fcntl(PosixArgs.Fd(fd), F_DUPFD_CLOEXEC, 0);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction(PosOnly = 0)]
    public static long dup2(PyObject fd, PyObject fd2, bool inheritable = true)
    {
        int a = PosixArgs.Fd(fd), b = PosixArgs.Fd(fd2);
        int r = inheritable ? Libc.dup2(a, b) : Libc.dup3(a, b, O_CLOEXEC);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static PyObject pipe()
    {
        int* fds = stackalloc int[2];
        if (Libc.pipe2(fds, O_CLOEXEC) < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong(fds[0]), PyInt.FromLong(fds[1]));
    }

    /// <summary>os.openpty(): a pseudo-terminal pair, both ends non-inheritable as every fd Python opens.</summary>
    [PyFunction]
    public static PyObject openpty()
    {
        int master, slave;
        if (Libc.openpty(&master, &slave, null, null, null) < 0) throw PosixErrors.Last();
        foreach (int fd in stackalloc[] { master, slave })
        {
            int flags = Libc.fcntl(fd, F_GETFD, 0);
            if (flags < 0 || Libc.fcntl(fd, F_SETFD, flags | FD_CLOEXEC) < 0)
            {
                var e = PosixErrors.Last();
                Libc.close(master);
                Libc.close(slave);
                throw e;
            }
        }
        return PyTuple.Of(PyInt.FromLong(master), PyInt.FromLong(slave));
    }

    [PyFunction]
    public static void login_tty(PyObject fd)
    {
        if (Libc.login_tty(PosixArgs.Fd(fd)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static PyObject pipe2(PyObject flags)
    {
        int* fds = stackalloc int[2];
        if (Libc.pipe2(fds, PosixArgs.Fd(flags)) < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong(fds[0]), PyInt.FromLong(fds[1]));
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or an object with fileno().</summary>
    internal static int FileDescriptor(PyObject o)
    {
        int fd;
        if (o is PyInt) fd = PosixArgs.Fd(o);
        else if (o.type.Lookup("fileno") is not null)
        {
            var r = PyOps.CallMethod(o, "fileno", ReadOnlySpan<PyObject>.Empty);
            if (r is not PyInt) throw PyErrors.TypeError("fileno() returned a non-integer");
            fd = PosixArgs.Fd(r);
        }
        else throw PyErrors.TypeError("argument must be an int, or have a fileno() method.");
        if (fd < 0) throw PyErrors.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }

    [PyFunction]
    public static void fsync(PyObject fd)
    {
        if (Libc.fsync(FileDescriptor(fd)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void fdatasync(PyObject fd)
    {
        if (Libc.fdatasync(FileDescriptor(fd)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void ftruncate(PyObject fd, PyObject length)
    {
        if (Libc.ftruncate(PosixArgs.Fd(fd), PyOps.AsIndex(length, PyTypes.OverflowError)) < 0) throw PosixErrors.Last();
    }

    [PyFunction(PosOnly = 0)]
    public static void truncate(PyObject path, PyObject length)
    {
        var p = PathArg.Convert("truncate", "path", path, allowFd: true);
        long len = PyOps.AsIndex(length, PyTypes.OverflowError);
        int r;
        if (p.IsFd) r = Libc.ftruncate(p.Fd, len);
        else fixed (byte* b = p.Bytes) r = Libc.truncate(b, len);
        if (r < 0) throw PosixErrors.Last(p.IsFd ? null : p.Original);
    }

    [PyFunction]
    public static bool isatty(PyObject fd) => Libc.isatty(PosixArgs.Fd(fd)) == 1;

    [PyFunction]
    public static PyObject ttyname(PyObject fd)
    {
        var buf = new byte[256];
        int r;
        fixed (byte* p = buf) r = Libc.ttyname_r(PosixArgs.Fd(fd), p, buf.Length);
        if (r != 0) throw PosixErrors.FromErrno(r);
        fixed (byte* p = buf) return FsEncoding.DecodeToStr(Libc.CString(p));
    }

    [PyFunction]
    public static bool get_inheritable(PyObject fd)
    {
        int flags = Libc.fcntl(PosixArgs.Fd(fd), F_GETFD, 0);
        if (flags < 0) throw PosixErrors.Last();
        return (flags & FD_CLOEXEC) == 0;
    }

    [PyFunction]
    public static void set_inheritable(PyObject fd, PyObject inheritable)
    {
        int f = PosixArgs.Fd(fd);
        bool inh = PyOps.IsTrue(inheritable);
        int flags = Libc.fcntl(f, F_GETFD, 0);
        if (flags < 0) throw PosixErrors.Last();
        int nf = inh ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (nf != flags && Libc.fcntl(f, F_SETFD, nf) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static bool get_blocking(PyObject fd)
    {
        int flags = Libc.fcntl(PosixArgs.Fd(fd), F_GETFL, 0);
        if (flags < 0) throw PosixErrors.Last();
        return (flags & O_NONBLOCK) == 0;
    }

    [PyFunction]
    public static void set_blocking(PyObject fd, PyObject blocking)
    {
        int f = PosixArgs.Fd(fd);
        bool b = PyOps.IsTrue(blocking);
        int flags = Libc.fcntl(f, F_GETFL, 0);
        if (flags < 0) throw PosixErrors.Last();
        int nf = b ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (nf != flags && Libc.fcntl(f, F_SETFL, nf) < 0) throw PosixErrors.Last();
    }

    [PyFunction(PosOnly = 0)]
    public static PyObject device_encoding(PyObject fd) =>
        Libc.isatty(PosixArgs.Fd(fd)) == 1 ? PyStr.FromAscii("UTF-8") : PyNone.Instance;

    [PyFunction]
    public static PyObject fstat(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "fstat", new[] { "fd" }, 1, 1);
        Libc.Stat st;
        if (Libc.fstat(PosixArgs.Fd(a[0]!), &st) < 0) throw PosixErrors.Last();
        return StatResult.From(st);
    }

    [PyFunction]
    public static PyObject get_terminal_size(PyObject? fd = null)
    {
        int f = fd is null ? 1 : PosixArgs.Fd(fd);
        Libc.Winsize w;
        const ulong TIOCGWINSZ = 0x5413;
        if (Libc.ioctl(f, TIOCGWINSZ, &w) < 0) throw PosixErrors.Last();
        return Builtins_TerminalSize(w.ws_col, w.ws_row);
    }

    private static PyObject Builtins_TerminalSize(int columns, int lines) =>
        Taipan.Runtime.Builtins.StructSequence.Make(TerminalSizeType, new PyObject[] { PyInt.FromLong(columns), PyInt.FromLong(lines) });

    private static PyType TerminalSizeType => Taipan.Runtime.Builtins.StructSequence.TypeFor("os.terminal_size", new[] { "columns", "lines" });
}
