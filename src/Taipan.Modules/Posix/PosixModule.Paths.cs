using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

// Path functions: stat, directories, links, permissions, times.
internal static unsafe partial class PosixModule
{
    private static readonly string[] StatNames = { "path", "dir_fd", "follow_symlinks" };

    internal static PyObject DoStat(string fname, PathArg path, int dirFd, bool follow)
    {
        Libc.Stat st;
        int r;
        if (path.IsFd) r = Libc.fstat(path.Fd, &st);
        else fixed (byte* p = path.Bytes) r = Libc.fstatat(dirFd, p, &st, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        if (r < 0) throw PosixErrors.Last(path.Original);
        return StatResult.From(st);
    }

    [PyFunction]
    public static PyObject stat(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "stat", StatNames, 1, 1);
        var path = PathArg.Convert("stat", "path", a[0]!, allowFd: true);
        return DoStat("stat", path, PosixArgs.DirFd(a[1]), PosixArgs.Bool(a[2], true));
    }

    [PyFunction]
    public static PyObject lstat(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "lstat", new[] { "path", "dir_fd" }, 1, 1);
        var path = PathArg.Convert("lstat", "path", a[0]!);
        return DoStat("lstat", path, PosixArgs.DirFd(a[1]), false);
    }

    [PyFunction]
    public static bool access(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "access", new[] { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks" }, 2, 2);
        var path = PathArg.Convert("access", "path", a[0]!);
        int mode = PosixArgs.Fd(a[1]!);
        int flags = (PosixArgs.Bool(a[3], false) ? Libc.AT_EACCESS : 0) | (PosixArgs.Bool(a[4], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        fixed (byte* p = path.Bytes) return Libc.faccessat(PosixArgs.DirFd(a[2]), p, mode, flags) == 0;
    }

    [PyFunction(PosOnly = 0)]
    public static void chdir(PyObject path)
    {
        var p = PathArg.Convert("chdir", "path", path, allowFd: true);
        int r;
        if (p.IsFd) r = Libc.fchdir(p.Fd);
        else fixed (byte* b = p.Bytes) r = Libc.chdir(b);
        if (r < 0) throw PosixErrors.Last(p.Original);
    }

    [PyFunction]
    public static void fchdir(PyObject fd)
    {
        if (Libc.fchdir(FileDescriptor(fd)) < 0) throw PosixErrors.Last();
    }

    private static byte[] Cwd()
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* p = buf)
            {
                if (Libc.getcwd(p, size) != null) return Libc.CString(p);
                if (Libc.Errno != 34 /* ERANGE */) throw PosixErrors.Last();
            }
        }
    }

    [PyFunction]
    public static PyObject getcwd() => FsEncoding.DecodeToStr(Cwd());

    [PyFunction]
    public static PyObject getcwdb() => FsEncoding.ToBytes(Cwd());

    [PyFunction]
    public static void chmod(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "chmod", new[] { "path", "mode", "dir_fd", "follow_symlinks" }, 2, 2);
        var path = PathArg.Convert("chmod", "path", a[0]!, allowFd: true);
        int mode = PosixArgs.Fd(a[1]!);
        bool follow = PosixArgs.Bool(a[3], true);
        int r;
        if (path.IsFd) r = Libc.fchmod(path.Fd, mode);
        else fixed (byte* p = path.Bytes) r = Libc.fchmodat(PosixArgs.DirFd(a[2]), p, mode, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    [PyFunction(PosOnly = 0)]
    public static void fchmod(PyObject fd, PyObject mode)
    {
        if (Libc.fchmod(PosixArgs.Fd(fd), PosixArgs.Fd(mode)) < 0) throw PosixErrors.Last();
    }

    private static int Id(PyObject o)
    {
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small < -1 || i.Small > uint.MaxValue) throw PyErrors.OverflowError("uid is greater than maximum");
        return unchecked((int)(uint)i.Small);
    }

    [PyFunction]
    public static void chown(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "chown", new[] { "path", "uid", "gid", "dir_fd", "follow_symlinks" }, 3, 3);
        var path = PathArg.Convert("chown", "path", a[0]!, allowFd: true);
        int uid = Id(a[1]!), gid = Id(a[2]!);
        int r;
        if (path.IsFd) r = Libc.fchown(path.Fd, uid, gid);
        else fixed (byte* p = path.Bytes) r = Libc.fchownat(PosixArgs.DirFd(a[3]), p, uid, gid, PosixArgs.Bool(a[4], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    [PyFunction(PosOnly = 0)]
    public static void lchown(PyObject path, PyObject uid, PyObject gid)
    {
        var p = PathArg.Convert("lchown", "path", path);
        int r;
        fixed (byte* b = p.Bytes) r = Libc.fchownat(Libc.AT_FDCWD, b, Id(uid), Id(gid), Libc.AT_SYMLINK_NOFOLLOW);
        if (r < 0) throw PosixErrors.Last(p.Original);
    }

    [PyFunction(PosOnly = 0)]
    public static void fchown(PyObject fd, PyObject uid, PyObject gid)
    {
        if (Libc.fchown(PosixArgs.Fd(fd), Id(uid), Id(gid)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void mkdir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "mkdir", new[] { "path", "mode", "dir_fd" }, 2, 1);
        var path = PathArg.Convert("mkdir", "path", a[0]!);
        int mode = PosixArgs.Int(a[1], 0x1ff);
        int r;
        fixed (byte* p = path.Bytes) r = Libc.mkdirat(PosixArgs.DirFd(a[2]), p, mode);
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    [PyFunction]
    public static void mkfifo(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "mkfifo", new[] { "path", "mode", "dir_fd" }, 2, 1);
        var path = PathArg.Convert("mkfifo", "path", a[0]!);
        int r;
        fixed (byte* p = path.Bytes) r = Libc.mkfifoat(PosixArgs.DirFd(a[2]), p, PosixArgs.Int(a[1], 0x1b6));
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    private static void Unlink(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int flags)
    {
        var a = PosixArgs.Parse(args, kwnames, name, new[] { "path", "dir_fd" }, 1, 1);
        var path = PathArg.Convert(name, "path", a[0]!);
        int r;
        fixed (byte* p = path.Bytes) r = Libc.unlinkat(PosixArgs.DirFd(a[1]), p, flags);
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    [PyFunction]
    public static void rmdir(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Unlink("rmdir", args, kwnames, Libc.AT_REMOVEDIR);

    [PyFunction]
    public static void unlink(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Unlink("unlink", args, kwnames, 0);

    [PyFunction]
    public static void remove(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Unlink("remove", args, kwnames, 0);

    private static void Rename(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, name, new[] { "src", "dst", "src_dir_fd", "dst_dir_fd" }, 2, 2);
        var src = PathArg.Convert(name, "src", a[0]!);
        var dst = PathArg.Convert(name, "dst", a[1]!);
        int r;
        fixed (byte* s = src.Bytes) fixed (byte* d = dst.Bytes) r = Libc.renameat(PosixArgs.DirFd(a[2]), s, PosixArgs.DirFd(a[3]), d);
        if (r < 0) throw PosixErrors.Last(src.Original, dst.Original);
    }

    [PyFunction]
    public static void rename(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Rename("rename", args, kwnames);

    [PyFunction]
    public static void replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Rename("replace", args, kwnames);

    [PyFunction]
    public static void link(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "link", new[] { "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks" }, 2, 2);
        var src = PathArg.Convert("link", "src", a[0]!);
        var dst = PathArg.Convert("link", "dst", a[1]!);
        int r;
        fixed (byte* s = src.Bytes) fixed (byte* d = dst.Bytes)
            r = Libc.linkat(PosixArgs.DirFd(a[2]), s, PosixArgs.DirFd(a[3]), d, PosixArgs.Bool(a[4], true) ? Libc.AT_SYMLINK_FOLLOW : 0);
        if (r < 0) throw PosixErrors.Last(src.Original, dst.Original);
    }

    [PyFunction]
    public static void symlink(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "symlink", new[] { "src", "dst", "target_is_directory", "dir_fd" }, 3, 2);
        var src = PathArg.Convert("symlink", "src", a[0]!);
        var dst = PathArg.Convert("symlink", "dst", a[1]!);
        int r;
        fixed (byte* s = src.Bytes) fixed (byte* d = dst.Bytes) r = Libc.symlinkat(s, PosixArgs.DirFd(a[3]), d);
        if (r < 0) throw PosixErrors.Last(src.Original, dst.Original);
    }

    [PyFunction]
    public static PyObject readlink(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "readlink", new[] { "path", "dir_fd" }, 1, 1);
        var path = PathArg.Convert("readlink", "path", a[0]!);
        int dirFd = PosixArgs.DirFd(a[1]);
        for (int size = 4096; ; size *= 2)
        {
            var buf = new byte[size];
            nint n;
            fixed (byte* p = path.Bytes) fixed (byte* b = buf) n = Libc.readlinkat(dirFd, p, b, size);
            if (n < 0) throw PosixErrors.Last(path.Original);
            if (n < size) return FsEncoding.Name(buf.AsSpan(0, (int)n), path.IsBytes);
        }
    }

    [PyFunction]
    public static void utime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "utime", new[] { "path", "times", "ns", "dir_fd", "follow_symlinks" }, 2, 1);
        var path = PathArg.Convert("utime", "path", a[0]!, allowFd: true);
        var times = a[1] is null || a[1] == PyNone.Instance ? null : a[1];
        var ns = a[2];
        var ts = stackalloc Libc.Timespec[2];
        Libc.Timespec* tp = ts;
        const long UTIME_NOW = (1L << 30) - 1;
        if (times is not null && ns is not null) throw PyErrors.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        if (times is not null)
        {
            if (times is not PyTuple t || t.Count != 2) throw PyErrors.TypeError("utime: 'times' must be either a tuple of two ints or None");
            for (int i = 0; i < 2; i++) ts[i] = FromSeconds(t[i]);
        }
        else if (ns is not null)
        {
            if (ns is not PyTuple t || t.Count != 2) throw PyErrors.TypeError("utime: 'ns' must be a tuple of two ints");
            for (int i = 0; i < 2; i++)
            {
                var v = PyOps.Index(t[i]).Big;
                var q = System.Numerics.BigInteger.DivRem(v, 1_000_000_000, out var rem);
                if (rem < 0) { rem += 1_000_000_000; q -= 1; }
                ts[i] = new Libc.Timespec { tv_sec = (long)q, tv_nsec = (long)rem };
            }
        }
        else { ts[0].tv_nsec = UTIME_NOW; ts[1].tv_nsec = UTIME_NOW; }
        int r;
        if (path.IsFd) r = Libc.futimens(path.Fd, tp);
        else fixed (byte* p = path.Bytes) r = Libc.utimensat(PosixArgs.DirFd(a[3]), p, tp, PosixArgs.Bool(a[4], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        if (r < 0) throw PosixErrors.Last(path.Original);
    }

    /// <summary>_PyTime_ObjectToTimespec with ROUND_FLOOR.</summary>
    private static Libc.Timespec FromSeconds(PyObject o)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
            double sec = Math.Floor(d);
            long nsec = (long)Math.Floor((d - sec) * 1e9);
            if (nsec >= 1_000_000_000) { nsec -= 1_000_000_000; sec += 1; }
            return new Libc.Timespec { tv_sec = (long)sec, tv_nsec = nsec };
        }
        return new Libc.Timespec { tv_sec = PyOps.AsIndex(o, PyTypes.OverflowError), tv_nsec = 0 };
    }

    [PyFunction]
    public static PyObject listdir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "listdir", new[] { "path" }, 1, 0);
        var path = PathArg.Convert("listdir", "path", a[0] ?? PyNone.Instance, allowFd: true, nullable: true);
        var result = new PyList();
        nint dir;
        if (path.IsFd)
        {
            int fd = Libc.dup(path.Fd);
            if (fd < 0) throw PosixErrors.Last();
            dir = Libc.fdopendir(fd);
            if (dir == 0) { int e = Libc.Errno; Libc.close(fd); throw PosixErrors.FromErrno(e); }
            Libc.rewinddir(dir);
        }
        else
        {
            fixed (byte* p = path.Bytes) dir = Libc.opendir(p);
            if (dir == 0) throw PosixErrors.Last(path.Original);
        }
        try
        {
            foreach (var (name, _, _) in DirReader.Entries(dir))
                result.Append(FsEncoding.Name(name, path.IsBytes));
        }
        finally
        {
            if (path.IsFd) Libc.rewinddir(dir);
            Libc.closedir(dir);
        }
        return result;
    }

    [PyFunction]
    public static PyObject fspath(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "fspath", new[] { "path" }, 1, 1);
        var o = a[0]!;
        if (o is PyStr || FsEncoding.IsBytes(o)) return o;
        var f = o.type.Lookup("__fspath__");
        if (f is null || f == PyNone.Instance)
            throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {o.type.Name}");
        var r = PyOps.CallMethod(o, "__fspath__", ReadOnlySpan<PyObject>.Empty);
        if (r is PyStr || FsEncoding.IsBytes(r)) return r;
        throw PyErrors.TypeError($"expected {o.type.Name}.__fspath__() to return str or bytes, not {r.type.Name}");
    }

    private static PyType StatvfsType => Taipan.Runtime.Builtins.StructSequence.TypeFor("os.statvfs_result",
        new string?[] { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid" }, 10);

    internal static PyType StatvfsResultType => StatvfsType;

    private static PyObject StatvfsResult(in Libc.Statvfs v)
    {
        static PyObject U(ulong x) => PyInt.FromULong(x);
        return Taipan.Runtime.Builtins.StructSequence.Make(StatvfsType, new[] {
            U(v.f_bsize), U(v.f_frsize), U(v.f_blocks), U(v.f_bfree), U(v.f_bavail), U(v.f_files), U(v.f_ffree), U(v.f_favail),
            U(v.f_flag), U(v.f_namemax), U(v.f_fsid) });
    }

    [PyFunction(PosOnly = 0)]
    public static PyObject statvfs(PyObject path)
    {
        var p = PathArg.Convert("statvfs", "path", path, allowFd: true);
        Libc.Statvfs v;
        int r;
        if (p.IsFd) r = Libc.fstatvfs(p.Fd, &v);
        else fixed (byte* b = p.Bytes) r = Libc.statvfs(b, &v);
        if (r < 0) throw PosixErrors.Last(p.IsFd ? null : p.Original);
        return StatvfsResult(v);
    }

    [PyFunction]
    public static PyObject fstatvfs(PyObject fd)
    {
        Libc.Statvfs v;
        if (Libc.fstatvfs(PosixArgs.Fd(fd), &v) < 0) throw PosixErrors.Last();
        return StatvfsResult(v);
    }
}
