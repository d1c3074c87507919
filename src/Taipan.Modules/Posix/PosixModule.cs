using System.Security.Cryptography;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>The posix module (os.py imports everything from it): libc calls with CPython's argument
/// handling, errors and result types.</summary>
[PyModule("posix")]
internal static unsafe partial class PosixModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("posix", InstallPyBindings);
        var d = m.Dict;
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        foreach (var (name, value) in PosixConstants.All) Set(name, PyInt.FromLong(value));
        Set("environ", Environ.Build());
        Set("error", PyTypes.OSError);
        Set("stat_result", StatResult.Type);
        Set("uname_result", UnameType);
        Set("times_result", TimesType);
        Set("statvfs_result", StatvfsResultType);
        Set("terminal_size", TerminalSizeType);
        Set("DirEntry", DirEntry.PyTypeObject);
        Set("sched_param", SchedParamType);
        Set("sysconf_names", NameTable(PosixConstants.SysconfNames));
        Set("confstr_names", NameTable(PosixConstants.ConfstrNames));
        Set("pathconf_names", NameTable(PosixConstants.PathconfNames));
        var have = new PyObject[PosixConstants.HaveFunctions.Length];
        for (int i = 0; i < have.Length; i++) have[i] = PyStr.FromAscii(PosixConstants.HaveFunctions[i]);
        Set("_have_functions", PyList.FromSpan(have));
        return m;
    }

    private static PyDict NameTable((string Name, int Value)[] table)
    {
        var d = new PyDict();
        foreach (var (name, value) in table) d.SetItem(PyStr.FromString(name), PyInt.FromLong(value));
        return d;
    }

    private static PyType UnameType => StructSequence.TypeFor("posix.uname_result", new[] { "sysname", "nodename", "release", "version", "machine" });

    private static PyType TimesType =>
        StructSequence.TypeFor("posix.times_result", new[] { "user", "system", "children_user", "children_system", "elapsed" });

    [PyFunction]
    public static PyObject scandir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = PosixArgs.Parse(args, kwnames, "scandir", new[] { "path" }, 1, 0);
        var path = PathArg.Convert("scandir", "path", a[0] ?? PyNone.Instance, allowFd: true, nullable: true);
        nint dir;
        int fd = -1;
        if (path.IsFd)
        {
            fd = path.Fd;
            int dupFd = Libc.dup(fd);
            if (dupFd < 0) throw PosixErrors.Last();
            dir = Libc.fdopendir(dupFd);
            if (dir == 0) { int e = Libc.Errno; Libc.close(dupFd); throw PosixErrors.FromErrno(e); }
        }
        else
        {
            fixed (byte* p = path.Bytes) dir = Libc.opendir(p);
            if (dir == 0) throw PosixErrors.Last(path.Original);
        }
        return new ScandirIterator(dir, path, fd);
    }

    // --- process ---------------------------------------------------------------------------

    [PyFunction] public static long getpid() => Libc.getpid();
    [PyFunction] public static long getppid() => Libc.getppid();
    [PyFunction] public static long getuid() => (uint)Libc.getuid();
    [PyFunction] public static long geteuid() => (uint)Libc.geteuid();
    [PyFunction] public static long getgid() => (uint)Libc.getgid();
    [PyFunction] public static long getegid() => (uint)Libc.getegid();
    [PyFunction] public static long getpgrp() => Libc.getpgrp();

    [PyFunction]
    public static long getpgid(long pid)
    {
        int r = Libc.getpgid((int)pid);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static long getsid(long pid)
    {
        int r = Libc.getsid((int)pid);
        if (r < 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static void setsid()
    {
        if (Libc.setsid() < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setuid(PyObject uid)
    {
        if (Libc.setuid(Id(uid)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setgid(PyObject gid)
    {
        if (Libc.setgid(Id(gid)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void seteuid(PyObject euid)
    {
        if (Libc.seteuid(Id(euid)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setegid(PyObject egid)
    {
        if (Libc.setegid(Id(egid)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setpgid(PyObject pid, PyObject pgrp)
    {
        if (Libc.setpgid(PosixArgs.Fd(pid), PosixArgs.Fd(pgrp)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void setpgrp()
    {
        if (Libc.setpgid(0, 0) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static PyObject getresuid()
    {
        int r, e, s;
        if (Libc.getresuid(&r, &e, &s) < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong((uint)r), PyInt.FromLong((uint)e), PyInt.FromLong((uint)s));
    }

    [PyFunction]
    public static PyObject getresgid()
    {
        int r, e, s;
        if (Libc.getresgid(&r, &e, &s) < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong((uint)r), PyInt.FromLong((uint)e), PyInt.FromLong((uint)s));
    }

    [PyFunction]
    public static long getpriority(PyObject which, PyObject who)
    {
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        int r = Libc.getpriority(PosixArgs.Fd(which), PosixArgs.Fd(who));
        if (r == -1 && Libc.Errno != 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static void setpriority(PyObject which, PyObject who, PyObject priority)
    {
        if (Libc.setpriority(PosixArgs.Fd(which), PosixArgs.Fd(who), PosixArgs.Fd(priority)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void sync() => Libc.sync();

    [PyFunction(PosOnly = 0)]
    public static void chroot(PyObject path)
    {
        var p = PathArg.Convert("chroot", "path", path);
        int r;
        fixed (byte* b = p.Bytes) r = Libc.chroot(b);
        if (r < 0) throw PosixErrors.Last(p.Original);
    }

    [PyFunction]
    public static PyObject ctermid() => PyStr.FromAscii("/dev/tty");

    private static ulong Dev(PyObject o)
    {
        var i = PyOps.Index(o);
        if (i.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
        if (i.Big > ulong.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C dev_t");
        return (ulong)i.Big;
    }

    private static uint DevPart(PyObject o)
    {
        var i = PyOps.Index(o);
        if (i.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
        if (i.Big > uint.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C unsigned int");
        return (uint)i.Big;
    }

    // glibc's gnu_dev_major/minor/makedev bit layout.
    [PyFunction]
    public static PyObject major(PyObject device)
    {
        ulong d = Dev(device);
        return PyInt.FromULong(((d >> 32) & 0xfffff000) | ((d >> 8) & 0xfff));
    }

    [PyFunction]
    public static PyObject minor(PyObject device)
    {
        ulong d = Dev(device);
        return PyInt.FromULong(((d >> 12) & 0xffffff00) | (d & 0xff));
    }

    [PyFunction]
    public static PyObject makedev(PyObject major, PyObject minor)
    {
        ulong ma = DevPart(major), mi = DevPart(minor);
        return PyInt.FromULong(((ma & 0xfff) << 8) | ((ma & 0xfffff000) << 32) | (mi & 0xff) | ((mi & 0xffffff00) << 12));
    }

    [PyFunction]
    public static PyObject getgroups()
    {
        int n = Libc.getgroups(0, null);
        if (n < 0) throw PosixErrors.Last();
        var groups = new int[n];
        fixed (int* g = groups) n = Libc.getgroups(n, g);
        if (n < 0) throw PosixErrors.Last();
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = PyInt.FromLong((uint)groups[i]);
        return PyList.FromSpan(items);
    }

    [PyFunction]
    public static PyObject getlogin()
    {
        var p = Libc.getlogin();
        if (p == null) throw PosixErrors.Last();
        return FsEncoding.DecodeToStr(Libc.CString(p));
    }

    [PyFunction]
    public static void kill(PyObject pid, PyObject signal)
    {
        int target = PosixArgs.Fd(pid), sig = PosixArgs.Fd(signal);
        if (Libc.kill(target, sig) < 0) throw PosixErrors.Last();
        if (target == Environment.ProcessId) Signals.DeliverToSelf(sig);
    }

    [PyFunction]
    public static void killpg(PyObject pgid, PyObject signal)
    {
        if (Libc.killpg(PosixArgs.Fd(pgid), PosixArgs.Fd(signal)) < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static PyObject uname()
    {
        var buf = new byte[65 * 6];
        fixed (byte* p = buf)
        {
            if (Libc.uname(p) < 0) throw PosixErrors.Last();
            var v = new PyObject[5];
            for (int i = 0; i < 5; i++) v[i] = FsEncoding.DecodeToStr(Libc.CString(p + 65 * i));
            return StructSequence.Make(UnameType, v);
        }
    }

    [PyFunction]
    public static PyObject times()
    {
        Libc.Tms t;
        long c = Libc.times(&t);
        if (c == -1) throw PosixErrors.Last();
        double tick = Libc.sysconf(2 /* _SC_CLK_TCK */);
        return StructSequence.Make(TimesType, new PyObject[] {
            new PyFloat(t.tms_utime / tick), new PyFloat(t.tms_stime / tick), new PyFloat(t.tms_cutime / tick),
            new PyFloat(t.tms_cstime / tick), new PyFloat(c / tick) });
    }

    [PyFunction]
    public static long umask(PyObject mask) => Libc.umask(PosixArgs.Fd(mask));

    [PyFunction]
    public static void _exit(PyObject status)
    {
        Libc._exit(PosixArgs.Fd(status));
    }

    [PyFunction]
    public static void abort() => Environment.FailFast("os.abort()");

    [PyFunction(PosOnly = 0)]
    public static long system(PyObject command)
    {
        byte[] cmd;
        if (command is PyStr s) cmd = FsEncoding.Encode(s);
        else if (FsEncoding.IsBytes(command)) FsEncoding.TryGetBuffer(command, out cmd);
        else throw PyErrors.TypeError($"system: command should be string, bytes or os.PathLike, not {command.type.Name}");
        var z = new byte[cmd.Length + 1];
        cmd.CopyTo(z, 0);
        fixed (byte* p = z) return Libc.system(p);
    }

    [PyFunction]
    public static PyObject waitpid(PyObject pid, PyObject options)
    {
        int status;
        int r;
        int p = PosixArgs.Fd(pid), o = PosixArgs.Fd(options);
        // A blocking wait releases the GIL: asyncio's ThreadedChildWatcher waits in a thread while the
        // thread that started it still runs Python.
        using (Gil.Unlocked())
            do r = Libc.waitpid(p, &status, o);
            while (r < 0 && Libc.Errno == EINTR);
        if (r < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong(r), PyInt.FromLong(status));
    }

    [PyFunction]
    public static PyObject wait()
    {
        int status;
        int r;
        using (Gil.Unlocked())
            do r = Libc.waitpid(-1, &status, 0);
            while (r < 0 && Libc.Errno == EINTR);
        if (r < 0) throw PosixErrors.Last();
        return PyTuple.Of(PyInt.FromLong(r), PyInt.FromLong(status));
    }

    private static int Status(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        var a = PosixArgs.Parse(args, kwnames, name, new[] { "status" }, 1, 1);
        return PosixArgs.Fd(a[0]!);
    }

    [PyFunction] public static bool WIFEXITED(ReadOnlySpan<PyObject> a, PyTuple? k) => (Status(a, k, "WIFEXITED") & 0x7f) == 0;
    [PyFunction] public static long WEXITSTATUS(ReadOnlySpan<PyObject> a, PyTuple? k) => (Status(a, k, "WEXITSTATUS") >> 8) & 0xff;
    [PyFunction] public static bool WIFSIGNALED(ReadOnlySpan<PyObject> a, PyTuple? k) { int s = Status(a, k, "WIFSIGNALED"); return ((sbyte)((s & 0x7f) + 1) >> 1) > 0; }
    [PyFunction] public static long WTERMSIG(ReadOnlySpan<PyObject> a, PyTuple? k) => Status(a, k, "WTERMSIG") & 0x7f;
    [PyFunction] public static bool WIFSTOPPED(ReadOnlySpan<PyObject> a, PyTuple? k) => (Status(a, k, "WIFSTOPPED") & 0xff) == 0x7f;
    [PyFunction] public static long WSTOPSIG(ReadOnlySpan<PyObject> a, PyTuple? k) => (Status(a, k, "WSTOPSIG") >> 8) & 0xff;
    [PyFunction] public static bool WIFCONTINUED(ReadOnlySpan<PyObject> a, PyTuple? k) => Status(a, k, "WIFCONTINUED") == 0xffff;
    [PyFunction] public static bool WCOREDUMP(ReadOnlySpan<PyObject> a, PyTuple? k) => (Status(a, k, "WCOREDUMP") & 0x80) != 0;

    [PyFunction]
    public static long waitstatus_to_exitcode(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int s = Status(args, kwnames, "waitstatus_to_exitcode");
        if ((s & 0x7f) == 0) return (s >> 8) & 0xff;
        if (((sbyte)((s & 0x7f) + 1) >> 1) > 0) return -(s & 0x7f);
        if ((s & 0xff) == 0x7f) throw PyErrors.ValueError($"process stopped by delivery of signal {(s >> 8) & 0xff}");
        throw PyErrors.ValueError($"invalid wait status: {s}");
    }

    [PyFunction]
    public static long nice(PyObject increment)
    {
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        int r = Libc.nice(PosixArgs.Fd(increment));
        if (r == -1 && Libc.Errno != 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static PyObject getloadavg()
    {
        double* l = stackalloc double[3];
        if (Libc.getloadavg(l, 3) != 3) throw PyErrors.New(PyTypes.OSError, "Load averages are unobtainable");
        return PyTuple.Of(new PyFloat(l[0]), new PyFloat(l[1]), new PyFloat(l[2]));
    }

    [PyFunction]
    public static PyObject cpu_count()
    {
        // CPython asks sysconf (online CPUs); .NET's ProcessorCount follows affinity and cgroup quotas instead.
        long n = Libc.sysconf(84 /* _SC_NPROCESSORS_ONLN */);
        return n >= 1 ? PyInt.FromLong(n) : PyNone.Instance;
    }

    [PyFunction]
    public static void sched_yield() => Libc.sched_yield();

    [PyFunction]
    public static PyObject sched_getaffinity(PyObject pid)
    {
        var mask = new ulong[16];
        int r;
        fixed (ulong* m = mask) r = Libc.sched_getaffinity(PosixArgs.Fd(pid), mask.Length * 8, m);
        if (r < 0) throw PosixErrors.Last();
        var s = new PySet();
        for (int i = 0; i < mask.Length * 64; i++)
            if ((mask[i / 64] & (1UL << (i % 64))) != 0) s.Add(PyInt.FromLong(i));
        return s;
    }

    [PyFunction]
    public static PyObject urandom(PyObject size)
    {
        long n = PyOps.AsIndex(size, PyTypes.OverflowError);
        if (n < 0) throw PyErrors.ValueError("negative argument not allowed");
        var buf = new byte[n];
        RandomNumberGenerator.Fill(buf);
        return FsEncoding.ToBytes(buf);
    }

    [PyFunction]
    public static PyObject strerror(PyObject code) => PyStr.FromString(Libc.StrError(PosixArgs.Fd(code)));

    [PyFunction]
    public static PyObject register_at_fork(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // Taipan has no os.fork (a forked .NET runtime keeps only the forking thread), so the hooks never run.
        var a = PosixArgs.Parse(args, kwnames, "register_at_fork", new[] { "before", "after_in_child", "after_in_parent" }, 0, 0);
        if (a[0] is null && a[1] is null && a[2] is null)
            throw PyErrors.TypeError("At least one argument is required.");
        for (int i = 0; i < 3; i++)
        {
            var f = a[i];
            if (f is not null && f.type.Call is null)
                throw PyErrors.TypeError($"'{(i == 0 ? "before" : i == 1 ? "after_in_child" : "after_in_parent")}' must be callable, not {f.type.Name}");
        }
        return PyNone.Instance;
    }

    // --- environment -------------------------------------------------------------------------

    private static byte[] EnvBytes(PyObject o, string what)
    {
        byte[] b;
        if (o is PyStr s) b = FsEncoding.Encode(s);
        else if (FsEncoding.IsBytes(o)) FsEncoding.TryGetBuffer(o, out b);
        else
        {
            var fs = o.type.Lookup("__fspath__") is null ? o : PyOps.CallMethod(o, "__fspath__", ReadOnlySpan<PyObject>.Empty);
            if (fs is PyStr s2) b = FsEncoding.Encode(s2);
            else if (FsEncoding.IsBytes(fs)) FsEncoding.TryGetBuffer(fs, out b);
            else throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {o.type.Name}");
        }
        if (Array.IndexOf(b, (byte)0) >= 0) throw PyErrors.ValueError("embedded null byte");
        var z = new byte[b.Length + 1];
        b.CopyTo(z, 0);
        return z;
    }

    [PyFunction]
    public static void putenv(PyObject name, PyObject value)
    {
        var n = EnvBytes(name, "name");
        var v = EnvBytes(value, "value");
        if (Array.IndexOf(n, (byte)'=') >= 0) throw PyErrors.ValueError("illegal environment variable name");
        int r;
        fixed (byte* pn = n) fixed (byte* pv = v) r = Libc.setenv(pn, pv, 1);
        if (r < 0) throw PosixErrors.Last();
    }

    [PyFunction]
    public static void unsetenv(PyObject name)
    {
        var n = EnvBytes(name, "name");
        int r;
        fixed (byte* pn = n) r = Libc.unsetenv(pn);
        if (r < 0) throw PosixErrors.Last();
    }

    // --- configuration -----------------------------------------------------------------------

    private static int ConfName(PyObject o, (string Name, int Value)[] table)
    {
        if (o is PyInt) return PosixArgs.Fd(o);
        if (o is PyStr s)
        {
            foreach (var (name, value) in table) if (name == s.Value) return value;
            throw PyErrors.ValueError("unrecognized configuration name");
        }
        throw PyErrors.TypeError("configuration names must be strings or integers");
    }

    [PyFunction]
    public static long sysconf(PyObject name)
    {
        int n = ConfName(name, PosixConstants.SysconfNames);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long r = Libc.sysconf(n);
        if (r == -1 && Libc.Errno != 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction]
    public static PyObject confstr(PyObject name)
    {
        int n = ConfName(name, PosixConstants.ConfstrNames);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        nint len = Libc.confstr(n, null, 0);
        if (len == 0)
        {
            if (Libc.Errno != 0) throw PosixErrors.Last();
            return PyNone.Instance;
        }
        var buf = new byte[len];
        fixed (byte* p = buf) Libc.confstr(n, p, len);
        return FsEncoding.DecodeToStr(buf.AsSpan(0, (int)len - 1));
    }

    [PyFunction]
    public static long fpathconf(PyObject fd, PyObject name)
    {
        int n = ConfName(name, PosixConstants.PathconfNames);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long r = Libc.fpathconf(FileDescriptor(fd), n);
        if (r == -1 && Libc.Errno != 0) throw PosixErrors.Last();
        return r;
    }

    [PyFunction(PosOnly = 0)]
    public static long pathconf(PyObject path, PyObject name)
    {
        var p = PathArg.Convert("pathconf", "path", path, allowFd: true);
        int n = ConfName(name, PosixConstants.PathconfNames);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long r;
        if (p.IsFd) r = Libc.fpathconf(p.Fd, n);
        else fixed (byte* b = p.Bytes) r = Libc.pathconf(b, n);
        if (r == -1 && Libc.Errno != 0) throw PosixErrors.Last(p.Original);
        return r;
    }

    // --- exec --------------------------------------------------------------------------------

    private static byte[][] ArgvBytes(PyObject argv, string fname)
    {
        if (argv is not PyTuple && argv is not PyList) throw PyErrors.TypeError($"{fname}() arg 2 must be a tuple or list");
        var items = PyOps.ToList(argv).ToArray();
        if (items.Length < 1) throw PyErrors.ValueError($"{fname}() arg 2 must not be empty");
        var result = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var b = PathArg.Convert(fname, "args", items[i]).Bytes!;
            if (i == 0 && b.Length == 1) throw PyErrors.ValueError($"{fname}() arg 2 first element cannot be empty");
            result[i] = b;
        }
        return result;
    }

    private static void Exec(PathArg path, byte[][] argv, byte[][]? env)
    {
        var handles = new List<System.Runtime.InteropServices.GCHandle>();
        try
        {
            byte** av = stackalloc byte*[argv.Length + 1];
            for (int i = 0; i < argv.Length; i++)
            {
                var h = System.Runtime.InteropServices.GCHandle.Alloc(argv[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                handles.Add(h);
                av[i] = (byte*)h.AddrOfPinnedObject();
            }
            av[argv.Length] = null;
            byte** ev = null;
            if (env is not null)
            {
                var evArr = new nint[env.Length + 1];
                ev = (byte**)System.Runtime.InteropServices.Marshal.AllocHGlobal(sizeof(nint) * (env.Length + 1));
                for (int i = 0; i < env.Length; i++)
                {
                    var h = System.Runtime.InteropServices.GCHandle.Alloc(env[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                    handles.Add(h);
                    ev[i] = (byte*)h.AddrOfPinnedObject();
                }
                ev[env.Length] = null;
            }
            fixed (byte* p = path.Bytes)
            {
                if (ev is null) Libc.execv(p, av);
                else Libc.execve(p, av, ev);
            }
            throw PosixErrors.Last();
        }
        finally
        {
            foreach (var h in handles) h.Free();
        }
    }

    [PyFunction]
    public static void execv(PyObject path, PyObject argv) =>
        Exec(PathArg.Convert("execv", "path", path), ArgvBytes(argv, "execv"), null);

    [PyFunction(PosOnly = 0)]
    public static void execve(PyObject path, PyObject argv, PyObject env)
    {
        if (env is not PyDict && env.type.Lookup("keys") is null) throw PyErrors.TypeError("execve: environment must be a mapping object");
        var keys = PyOps.ToList(PyOps.CallMethod(env, "keys", ReadOnlySpan<PyObject>.Empty)).ToArray();
        var list = new byte[keys.Length][];
        for (int i = 0; i < keys.Length; i++)
        {
            var k = EnvBytes(keys[i], "key");
            var v = EnvBytes(PyOps.GetItem(env, keys[i]), "value");
            if (k.Length == 1 || Array.IndexOf(k, (byte)'=') >= 0) throw PyErrors.ValueError("illegal environment variable name");
            var entry = new byte[k.Length + v.Length];
            k.AsSpan(0, k.Length - 1).CopyTo(entry);
            entry[k.Length - 1] = (byte)'=';
            v.CopyTo(entry, k.Length);
            list[i] = entry;
        }
        Exec(PathArg.Convert("execve", "path", path), ArgvBytes(argv, "execve"), list);
    }
}
