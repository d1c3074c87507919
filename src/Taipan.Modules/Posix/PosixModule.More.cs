using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

// Linux calls of posixmodule.c that Taipan lacked: scatter/gather I/O, ids, file space, locking,
// getrandom, eventfd, splice/copy_file_range, scheduling, groups, mknod, memfd and pidfd.
internal static unsafe partial class PosixModule
{
    [StructLayout(LayoutKind.Sequential)]
    private struct IoVec
    {
        public byte* Base;
        public nint Len;
    }

    /// <summary>Pins each buffer of <paramref name="buffers"/> and fills an iovec array (iov_setup).</summary>
    private sealed class IoVecs : IDisposable
    {
        private readonly GCHandle[] pins;
        private readonly byte[][] copies;
        public readonly IoVec* Vec;
        public readonly int Count;
        private readonly PyObject[] items;
        private readonly bool writable;

        public IoVecs(PyObject buffers, bool writable, string name)
        {
            if (buffers.type.GetItem is null && buffers.type.Iter is null)
                throw PyErrors.TypeError($"{name}() arg 2 must be a sequence");
            this.writable = writable;
            items = PyOps.ToList(buffers).ToArray();
            Count = items.Length;
            pins = new GCHandle[Count];
            copies = new byte[Count][];
            Vec = (IoVec*)Marshal.AllocHGlobal(Math.Max(1, Count) * sizeof(IoVec));
            for (int i = 0; i < Count; i++)
            {
                byte[] data;
                if (writable)
                {
                    if (!Buffers.TryGetWritableSpan(items[i], out var span))
                        throw PyErrors.TypeError($"a bytes-like object is required, not '{items[i].type.Name}'");
                    data = new byte[span.Length]; // read into a copy, then into the buffer (its memory may move)
                }
                else data = Buffer(items[i]);
                copies[i] = data;
                pins[i] = GCHandle.Alloc(data, GCHandleType.Pinned);
                Vec[i].Base = (byte*)pins[i].AddrOfPinnedObject();
                Vec[i].Len = data.Length;
            }
        }

        /// <summary>Copies <paramref name="total"/> bytes read into the copies back into the caller's buffers.</summary>
        public void Scatter(long total)
        {
            for (int i = 0; i < Count && total > 0; i++)
            {
                Buffers.TryGetWritableSpan(items[i], out var span);
                int n = (int)Math.Min(total, copies[i].Length);
                copies[i].AsSpan(0, n).CopyTo(span);
                total -= n;
            }
        }

        public void Dispose()
        {
            foreach (var p in pins) if (p.IsAllocated) p.Free();
            Marshal.FreeHGlobal((nint)Vec);
        }
    }

    [LibraryImport("libc", EntryPoint = "preadv2", SetLastError = true)] private static partial nint SysPreadv2(int fd, IoVec* iov, int count, long offset, int flags);
    [LibraryImport("libc", EntryPoint = "pwritev2", SetLastError = true)] private static partial nint SysPwritev2(int fd, IoVec* iov, int count, long offset, int flags);

    [PyFunction]
    public static long readv(PyObject fd, PyObject buffers) => VectorIo(fd, buffers, read: true, -1, 0, "readv");

    [PyFunction]
    public static long writev(PyObject fd, PyObject buffers) => VectorIo(fd, buffers, read: false, -1, 0, "writev");

    [PyFunction]
    public static long preadv(PyObject fd, PyObject buffers, PyObject offset, int flags = 0) =>
        VectorIo(fd, buffers, read: true, PyOps.AsIndex(offset, PyTypes.OverflowError), flags, "preadv");

    [PyFunction]
    public static long pwritev(PyObject fd, PyObject buffers, PyObject offset, int flags = 0) =>
        VectorIo(fd, buffers, read: false, PyOps.AsIndex(offset, PyTypes.OverflowError), flags, "pwritev");

    /// <summary>readv/writev and their positioned forms: preadv2/pwritev2 with offset -1 use and move the file
    /// position, as readv/writev do.</summary>
    private static long VectorIo(PyObject fd, PyObject buffers, bool read, long offset, int flags, string name)
    {
        int f = PosixArgs.Fd(fd);
        using var v = new IoVecs(buffers, writable: read, name);
        nint n;
        using (Gil.Unlocked())
            do n = read ? SysPreadv2(f, v.Vec, v.Count, offset, flags) : SysPwritev2(f, v.Vec, v.Count, offset, flags);
            while (n < 0 && Libc.Errno == EINTR);
        if (n < 0) throw PosixErrors.Last();
        if (read) v.Scatter(n);
        return n;
    }

    // --- ids ----------------------------------------------------------------------------------

    [LibraryImport("libc", EntryPoint = "setresuid", SetLastError = true)] private static partial int SysSetresuid(uint r, uint e, uint s);
    [LibraryImport("libc", EntryPoint = "setresgid", SetLastError = true)] private static partial int SysSetresgid(uint r, uint e, uint s);
    [LibraryImport("libc", EntryPoint = "setreuid", SetLastError = true)] private static partial int SysSetreuid(uint r, uint e);
    [LibraryImport("libc", EntryPoint = "setregid", SetLastError = true)] private static partial int SysSetregid(uint r, uint e);

    /// <summary>_Py_Uid_Converter: -1 (no change) or 0..2**32-2.</summary>
    private static uint Id(PyObject o, string kind)
    {
        if (o is PyFloat || o.type.Index is null) throw PyErrors.TypeError($"{kind} should be integer, not {o.type.Name}");
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small < -1 || i.Small >= uint.MaxValue)
            throw PyErrors.OverflowError($"{kind} is {(i.Sign < 0 ? "less than minimum" : "greater than maximum")}");
        return (uint)i.Small;
    }

    [PyFunction]
    public static void setresuid(PyObject ruid, PyObject euid, PyObject suid)
    {
        if (SysSetresuid(Id(ruid, "uid"), Id(euid, "uid"), Id(suid, "uid")) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setresgid(PyObject rgid, PyObject egid, PyObject sgid)
    {
        if (SysSetresgid(Id(rgid, "gid"), Id(egid, "gid"), Id(sgid, "gid")) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setreuid(PyObject ruid, PyObject euid)
    {
        if (SysSetreuid(Id(ruid, "uid"), Id(euid, "uid")) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setregid(PyObject rgid, PyObject egid)
    {
        if (SysSetregid(Id(rgid, "gid"), Id(egid, "gid")) < 0) throw PosixErrors.Last();
    }

    // --- file space and locks -------------------------------------------------------------------

    [LibraryImport("libc", EntryPoint = "posix_fallocate")] private static partial int SysPosixFallocate(int fd, long offset, long len);
    [LibraryImport("libc", EntryPoint = "posix_fadvise")] private static partial int SysPosixFadvise(int fd, long offset, long len, int advice);
    [LibraryImport("libc", EntryPoint = "lockf", SetLastError = true)] private static partial int SysLockf(int fd, int cmd, long len);

    // posix_fallocate and posix_fadvise return the error number instead of setting errno
    [PyFunction]
    public static void posix_fallocate(PyObject fd, PyObject offset, PyObject len)
    {
        int f = PosixArgs.Fd(fd);
        long off = PyOps.AsIndex(offset, PyTypes.OverflowError), n = PyOps.AsIndex(len, PyTypes.OverflowError);
        int rc;
        using (Gil.Unlocked())
            do rc = SysPosixFallocate(f, off, n);
            while (rc == EINTR);
        if (rc != 0) throw PosixErrors.FromErrno(rc);
    }

    [PyFunction]
    public static void posix_fadvise(PyObject fd, PyObject offset, PyObject len, int advice)
    {
        int f = PosixArgs.Fd(fd);
        long off = PyOps.AsIndex(offset, PyTypes.OverflowError), n = PyOps.AsIndex(len, PyTypes.OverflowError);
        int rc;
        using (Gil.Unlocked())
            do rc = SysPosixFadvise(f, off, n, advice);
            while (rc == EINTR);
        if (rc != 0) throw PosixErrors.FromErrno(rc);
    }

    [PyFunction]
    public static void lockf(PyObject fd, int command, PyObject length)
    {
        int f = PosixArgs.Fd(fd);
        long n = PyOps.AsIndex(length, PyTypes.OverflowError);
        int rc;
        using (Gil.Unlocked()) rc = SysLockf(f, command, n);
        if (rc < 0) throw PosixErrors.Last();
    }

    // --- getrandom, eventfd, splice, copy_file_range ----------------------------------------------

    [LibraryImport("libc", EntryPoint = "getrandom", SetLastError = true)] private static partial nint SysGetrandom(byte* buf, nint len, uint flags);
    [LibraryImport("libc", EntryPoint = "eventfd", SetLastError = true)] private static partial int SysEventfd(uint initval, int flags);
    [LibraryImport("libc", EntryPoint = "splice", SetLastError = true)] private static partial nint SysSplice(int fdIn, long* offIn, int fdOut, long* offOut, nint len, uint flags);
    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)] private static partial nint SysCopyFileRange(int fdIn, long* offIn, int fdOut, long* offOut, nint len, uint flags);

    private static readonly string[] GetrandomNames = { "size", "flags" };

    [PyFunction]
    public static PyObject getrandom(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "getrandom", GetrandomNames, 0, 1);
        long size = PyOps.AsIndex(a[0]!, PyTypes.OverflowError);
        int flags = a[1] is { } fl ? PosixArgs.Fd(fl) : 0;
        if (size < 0) throw PosixErrors.FromErrno(22);
        var buf = new byte[size];
        long got = 0;
        fixed (byte* p = buf)
            while (got < size)
            {
                nint n = SysGetrandom(p + got, (nint)(size - got), (uint)flags);
                if (n < 0)
                {
                    if (Libc.Errno == EINTR) continue;
                    throw PosixErrors.Last();
                }
                got += n;
                // a partial read is returned as is, as CPython does for one call
                break;
            }
        return PyBytes.From(got == size ? buf : buf.AsSpan(0, (int)got).ToArray());
    }

    private static readonly string[] EventfdNames = { "initval", "flags" };

    [PyFunction]
    public static long eventfd(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "eventfd", EventfdNames, 0, 1);
        long init = PyOps.AsIndex(a[0]!, PyTypes.OverflowError);
        if (init < 0 || init > uint.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C unsigned long");
        int flags = a[1] is { } fl ? PosixArgs.Fd(fl) : 0x80000; // EFD_CLOEXEC
        int fd = SysEventfd((uint)init, flags);
        if (fd < 0) throw PosixErrors.Last();
        return fd;
    }

    [PyFunction]
    public static PyObject eventfd_read(PyObject fd)
    {
        int f = PosixArgs.Fd(fd);
        ulong value;
        nint n;
        using (Gil.Unlocked())
            do n = Libc.read(f, (byte*)&value, 8);
            while (n < 0 && Libc.Errno == EINTR);
        if (n < 0) throw PosixErrors.Last();
        return PyInt.FromBig(value);
    }

    [PyFunction]
    public static void eventfd_write(PyObject fd, PyObject value)
    {
        int f = PosixArgs.Fd(fd);
        var big = PyOps.Index(value).Big;
        if (big < 0 || big > ulong.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C unsigned long long");
        ulong v = (ulong)big;
        nint n;
        using (Gil.Unlocked())
            do n = Libc.write(f, (byte*)&v, 8);
            while (n < 0 && Libc.Errno == EINTR);
        if (n < 0) throw PosixErrors.Last();
    }

    private static readonly string[] SpliceNames = { "src", "dst", "count", "offset_src", "offset_dst", "flags" };

    [PyFunction]
    public static long splice(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "splice", SpliceNames, 0, 3);
        return CopyRange(a, "splice", a[5] is { } fl ? PosixArgs.Fd(fl) : 0, splice: true);
    }

    private static readonly string[] CopyFileRangeNames = { "src", "dst", "count", "offset_src", "offset_dst" };

    [PyFunction]
    public static long copy_file_range(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "copy_file_range", CopyFileRangeNames, 0, 3);
        return CopyRange(a, "copy_file_range", 0, splice: false);
    }

    private static long CopyRange(PyObject?[] a, string name, int flags, bool splice)
    {
        int src = PosixArgs.Fd(a[0]!), dst = PosixArgs.Fd(a[1]!);
        long count = PyOps.AsIndex(a[2]!, PyTypes.OverflowError);
        if (count < 0) throw PyErrors.ValueError("Cannot specify a negative count");
        bool hasIn = a[3] is { } oi && oi != PyNone.Instance, hasOut = a[4] is { } oo && oo != PyNone.Instance;
        long offIn = hasIn ? PyOps.AsIndex(a[3]!, PyTypes.OverflowError) : 0;
        long offOut = hasOut ? PyOps.AsIndex(a[4]!, PyTypes.OverflowError) : 0;
        nint n;
        using (Gil.Unlocked())
            do n = splice
                ? SysSplice(src, hasIn ? &offIn : null, dst, hasOut ? &offOut : null, (nint)count, (uint)flags)
                : SysCopyFileRange(src, hasIn ? &offIn : null, dst, hasOut ? &offOut : null, (nint)count, (uint)flags);
            while (n < 0 && Libc.Errno == EINTR);
        if (n < 0) throw PosixErrors.Last();
        return n;
    }

    // --- scheduling -------------------------------------------------------------------------------

    [LibraryImport("libc", EntryPoint = "sched_get_priority_min", SetLastError = true)] private static partial int SysSchedPrioMin(int policy);
    [LibraryImport("libc", EntryPoint = "sched_get_priority_max", SetLastError = true)] private static partial int SysSchedPrioMax(int policy);
    [LibraryImport("libc", EntryPoint = "sched_getscheduler", SetLastError = true)] private static partial int SysSchedGetscheduler(int pid);
    [LibraryImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)] private static partial int SysSchedSetscheduler(int pid, int policy, int* param);
    [LibraryImport("libc", EntryPoint = "sched_getparam", SetLastError = true)] private static partial int SysSchedGetparam(int pid, int* param);
    [LibraryImport("libc", EntryPoint = "sched_setparam", SetLastError = true)] private static partial int SysSchedSetparam(int pid, int* param);
    [LibraryImport("libc", EntryPoint = "sched_rr_get_interval", SetLastError = true)] private static partial int SysSchedRrGetInterval(int pid, Libc.Timespec* ts);

    private static PyType? schedParamType;

    /// <summary>posix.sched_param: a one-field struct sequence built from sched_param(sched_priority).</summary>
    internal static PyType SchedParamType
    {
        get
        {
            if (schedParamType is not null) return schedParamType;
            var t = StructSequence.TypeFor("posix.sched_param", new[] { "sched_priority" });
            t.New = static (callable, args, kwnames) =>
            {
                var a = ArgParser.Unpack(args, kwnames, "sched_param", new[] { "sched_priority" }, 0, 1);
                return StructSequence.Make((PyType)callable, new[] { a[0]! });
            };
            return schedParamType = t;
        }
    }

    private static int SchedPriority(PyObject param)
    {
        if (!param.type.IsSubtypeOf(SchedParamType)) throw PyErrors.TypeError("must have a sched_param object");
        var p = ((PyTuple)param)[0];
        if (p is not PyInt pi) throw PyErrors.TypeError($"'{p.type.Name}' object cannot be interpreted as an integer");
        if (!pi.IsSmall || pi.Small > int.MaxValue || pi.Small < int.MinValue) throw PyErrors.OverflowError("sched_priority out of range");
        return (int)pi.Small;
    }

    private static int Pid(PyObject o) => PosixArgs.Fd(o);

    [PyFunction]
    public static long sched_get_priority_min(int policy)
    {
        int r = SysSchedPrioMin(policy);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static long sched_get_priority_max(int policy)
    {
        int r = SysSchedPrioMax(policy);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static long sched_getscheduler(PyObject pid)
    {
        int r = SysSchedGetscheduler(Pid(pid));
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static void sched_setscheduler(PyObject pid, int policy, PyObject param)
    {
        int p = Pid(pid);
        int prio = SchedPriority(param);
        if (SysSchedSetscheduler(p, policy, &prio) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static PyObject sched_getparam(PyObject pid)
    {
        int prio = 0;
        if (SysSchedGetparam(Pid(pid), &prio) < 0) throw PosixErrors.Last();
        return StructSequence.Make(SchedParamType, new PyObject[] { PyInt.FromLong(prio) });
    }

    [PyFunction]
    public static void sched_setparam(PyObject pid, PyObject param)
    {
        int p = Pid(pid);
        int prio = SchedPriority(param);
        if (SysSchedSetparam(p, &prio) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static double sched_rr_get_interval(PyObject pid)
    {
        Libc.Timespec ts;
        if (SysSchedRrGetInterval(Pid(pid), &ts) < 0) throw PosixErrors.Last();
        return ts.tv_sec + ts.tv_nsec * 1e-9;
    }

    // --- groups, mknod, memfd, pidfd ----------------------------------------------------------------

    [LibraryImport("libc", EntryPoint = "getgrouplist", SetLastError = true)] private static partial int SysGetgrouplist(byte* user, uint group, uint* groups, int* ngroups);
    [LibraryImport("libc", EntryPoint = "initgroups", SetLastError = true)] private static partial int SysInitgroups(byte* user, uint group);
    [LibraryImport("libc", EntryPoint = "setgroups", SetLastError = true)] private static partial int SysSetgroups(nint size, uint* list);
    [LibraryImport("libc", EntryPoint = "mknodat", SetLastError = true)] private static partial int SysMknodat(int dirfd, byte* path, uint mode, ulong dev);
    [LibraryImport("libc", EntryPoint = "memfd_create", SetLastError = true)] private static partial int SysMemfdCreate(byte* name, uint flags);
    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)] private static partial long SysCall2(long number, long a, long b);

    private static byte[] UserName(PyObject user, string name)
    {
        if (user is not PyStr s) throw PyErrors.TypeError($"{name}() argument 1 must be str, not {user.type.Name}");
        return FsEncoding.CString(s);
    }

    [PyFunction]
    public static PyObject getgrouplist(PyObject user, PyObject group)
    {
        var u = UserName(user, "getgrouplist");
        uint g = Id(group, "gid");
        int n = 64;
        while (true)
        {
            var groups = new uint[n];
            int count = n;
            int r;
            fixed (byte* up = u)
            fixed (uint* gp = groups)
                r = SysGetgrouplist(up, g, gp, &count);
            if (r >= 0)
            {
                var list = new PyList();
                for (int i = 0; i < count; i++) list.Append(PyInt.FromLong(groups[i]));
                return list;
            }
            if (n >= 65536) throw PosixErrors.FromErrno(22);
            n = Math.Max(n * 2, count);
        }
    }

    [PyFunction]
    public static void initgroups(PyObject username, PyObject gid)
    {
        var u = UserName(username, "initgroups");
        uint g = Id(gid, "gid");
        int r;
        fixed (byte* up = u) r = SysInitgroups(up, g);
        if (r < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setgroups(PyObject groups)
    {
        if (groups.type.GetItem is null || groups is PyStr) throw PyErrors.TypeError("setgroups argument must be a sequence");
        var items = PyOps.ToList(groups).ToArray();
        if (items.Length > 65536) throw PyErrors.ValueError("too many groups");
        var list = new uint[Math.Max(1, items.Length)];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyInt) throw PyErrors.TypeError("groups must be integers");
            list[i] = Id(items[i], "gid");
        }
        int r;
        fixed (uint* lp = list) r = SysSetgroups(items.Length, lp);
        if (r < 0) throw PosixErrors.Last();
    }

    private static readonly string[] MknodNames = { "path", "mode", "device", "dir_fd" };

    [PyFunction]
    public static void mknod(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "mknod", MknodNames, 3, 1);
        var path = PathArg.Convert("mknod", "path", a[0]!);
        int mode = PosixArgs.Int(a[1], 0x180);
        ulong device = a[2] is { } dv ? (ulong)PyOps.Index(dv).Big : 0;
        int dirFd = PosixArgs.DirFd(a[3]);
        int r;
        fixed (byte* p = path.Bytes) r = SysMknodat(dirFd, p, (uint)mode, device);
        if (r < 0) throw PosixErrors.Last(); // CPython's os_mknod_impl reports no filename
    }

    private static readonly string[] MemfdNames = { "name", "flags" };

    [PyFunction]
    public static long memfd_create(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "memfd_create", MemfdNames, 0, 1);
        var name = PathArg.Convert("memfd_create", "name", a[0]!);
        int flags = a[1] is { } fl ? PosixArgs.Fd(fl) : 1; // MFD_CLOEXEC
        int fd;
        fixed (byte* p = name.Bytes) fd = SysMemfdCreate(p, (uint)flags);
        if (fd < 0) throw PosixErrors.Last();
        return fd;
    }

    private static readonly string[] PidfdNames = { "pid", "flags" };

    [PyFunction]
    public static long pidfd_open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "pidfd_open", PidfdNames, 0, 1);
        int pid = PosixArgs.Fd(a[0]!);
        int flags = a[1] is { } fl ? PosixArgs.Fd(fl) : 0;
        const long SYS_pidfd_open = 434;
        long fd = SysCall2(SYS_pidfd_open, pid, flags);
        if (fd < 0) throw PosixErrors.Last();
        return fd;
    }
}
