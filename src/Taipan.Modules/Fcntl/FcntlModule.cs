using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Fcntl;

/// <summary>The fcntl module: fcntl/ioctl with int or buffer arguments, flock, lockf.</summary>
[PyModule("fcntl")]
internal static unsafe partial class FcntlModule
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short l_type, l_whence;
        public long l_start, l_len;
        public int l_pid;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static extern int FcntlPtr(int fd, int cmd, void* arg);
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static extern int IoctlLong(int fd, ulong request, long arg);

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("fcntl", InstallPyBindings);
        foreach (var (name, value) in FcntlConstants.All) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        return m;
    }

    private const int EINTR = 4;

    private static PyObject WithBuffer(PyObject arg, Func<IntPtr, int> call)
    {
        FsEncoding.TryGetBuffer(arg, out var data);
        if (data.Length > 1024) throw PyErrors.ValueError("fcntl argument 2 is too long");
        var buf = new byte[1024];
        data.CopyTo(buf, 0);
        int r;
        fixed (byte* p = buf) r = call((IntPtr)p);
        if (r < 0) throw PosixErrors.Last();
        return FsEncoding.ToBytes(buf.AsSpan(0, data.Length));
    }

    [PyFunction]
    public static PyObject fcntl(PyObject fd, PyObject cmd, PyObject? arg = null)
    {
        int f = PosixModule.FileDescriptor(fd);
        int c = PosixArgs.Fd(cmd);
        if (arg is not null && arg is not PyInt && (arg is PyStr || FsEncoding.TryGetBuffer(arg, out _)))
        {
            if (arg is PyStr s) arg = FsEncoding.ToBytes(FsEncoding.Encode(s));
            return WithBuffer(arg, p => FcntlPtr(f, c, (void*)p));
        }
        long a = arg is null ? 0 : PyOps.AsIndex(arg, PyTypes.OverflowError);
        int r;
        do r = Libc.fcntl(f, c, a);
        while (r < 0 && Libc.Errno == EINTR);
        if (r < 0) throw PosixErrors.Last();
        return PyInt.FromLong(r);
    }

    [PyFunction]
    public static PyObject ioctl(PyObject fd, PyObject request, PyObject? arg = null, bool mutate_flag = true)
    {
        int f = PosixModule.FileDescriptor(fd);
        ulong req = unchecked((ulong)PyOps.AsIndex(request, PyTypes.OverflowError));
        if (arg is not null && arg is not PyInt && (arg is PyStr || FsEncoding.TryGetBuffer(arg, out _)))
        {
            if (arg is PyStr s) arg = FsEncoding.ToBytes(FsEncoding.Encode(s));
            return WithBuffer(arg, p => Libc.ioctl(f, req, (void*)p));
        }
        long a = arg is null ? 0 : PyOps.AsIndex(arg, PyTypes.OverflowError);
        int r = IoctlLong(f, req, a);
        if (r < 0) throw PosixErrors.Last();
        return PyInt.FromLong(r);
    }

    [PyFunction]
    public static void flock(PyObject fd, PyObject operation)
    {
        int f = PosixModule.FileDescriptor(fd);
        int op = PosixArgs.Fd(operation);
        int r;
        do r = Libc.flock(f, op);
        while (r < 0 && Libc.Errno == EINTR);
        if (r < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void lockf(PyObject fd, PyObject cmd, PyObject? len = null, PyObject? start = null, PyObject? whence = null)
    {
        const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_SETLK = 6, F_SETLKW = 7;
        int f = PosixModule.FileDescriptor(fd);
        int code = PosixArgs.Fd(cmd);
        short type = (short)(code == LOCK_UN ? F_UNLCK
            : (code & LOCK_SH) != 0 ? F_RDLCK
            : (code & LOCK_EX) != 0 ? F_WRLCK
            : throw PyErrors.ValueError("unrecognized lockf argument"));
        var l = new Flock
        {
            l_type = type,
            l_whence = (short)(whence is null ? 0 : PosixArgs.Fd(whence)),
            l_start = start is null ? 0 : PyOps.AsIndex(start, PyTypes.OverflowError),
            l_len = len is null ? 0 : PyOps.AsIndex(len, PyTypes.OverflowError),
        };
        int r;
        do r = FcntlPtr(f, (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW, &l);
        while (r < 0 && Libc.Errno == EINTR);
        if (r < 0) throw PosixErrors.Last();
    }
}
