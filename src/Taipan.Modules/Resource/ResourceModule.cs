using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Resource;

/// <summary>The resource module: getrlimit/setrlimit/getrusage over libc.</summary>
[PyModule("resource")]
internal static unsafe partial class ResourceModule
{
    private const int RLIM_NLIMITS = 16;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rlimit { public ulong rlim_cur, rlim_max; }

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long utime_sec, utime_usec, stime_sec, stime_usec;
        public long maxrss, ixrss, idrss, isrss, minflt, majflt, nswap, inblock, oublock, msgsnd, msgrcv, nsignals, nvcsw, nivcsw;
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)] private static extern int GetRlimit(int resource, Rlimit* rlim);
    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)] private static extern int SetRlimit(int resource, Rlimit* rlim);
    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)] private static extern int GetRusage(int who, Rusage* usage);

    private static PyType StructRusage => StructSequence.TypeFor("resource.struct_rusage", new[] {
        "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
        "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw" });

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("resource", InstallPyBindings);
        foreach (var (name, value) in ResourceConstants.All) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        m.Dict.SetItem(StrIntern.Intern("error"), PyTypes.OSError);
        m.Dict.SetItem(StrIntern.Intern("struct_rusage"), StructRusage);
        return m;
    }

    private static int Resource(PyObject o)
    {
        int r = PosixArgs.Fd(o);
        if (r < 0 || r >= RLIM_NLIMITS) throw PyErrors.ValueError("invalid resource specified");
        return r;
    }

    private static PyObject Limit(ulong v) => PyInt.FromLong(unchecked((long)v));

    [PyFunction]
    public static PyObject getrlimit(PyObject resource)
    {
        Rlimit rl;
        if (GetRlimit(Resource(resource), &rl) < 0) throw PosixErrors.Last();
        return PyTuple.Of(Limit(rl.rlim_cur), Limit(rl.rlim_max));
    }

    [PyFunction]
    public static void setrlimit(PyObject resource, PyObject limits)
    {
        int r = Resource(resource);
        var items = PyOps.ToList(limits).ToArray();
        if (items.Length != 2) throw PyErrors.ValueError("expected a tuple of 2 integers");
        var rl = new Rlimit
        {
            rlim_cur = unchecked((ulong)PyOps.AsIndex(items[0], PyTypes.OverflowError)),
            rlim_max = unchecked((ulong)PyOps.AsIndex(items[1], PyTypes.OverflowError)),
        };
        if (SetRlimit(r, &rl) < 0)
        {
            int e = Libc.Errno;
            if (e == 22) throw PyErrors.ValueError("current limit exceeds maximum limit");
            if (e == 1) throw PyErrors.ValueError("not allowed to raise maximum limit");
            throw PosixErrors.FromErrno(e);
        }
    }

    [PyFunction]
    public static PyObject getrusage(PyObject who)
    {
        Rusage u;
        if (GetRusage(PosixArgs.Fd(who), &u) < 0)
        {
            if (Libc.Errno == 22) throw PyErrors.ValueError("invalid who parameter");
            throw PosixErrors.Last();
        }
        return StructSequence.Make(StructRusage, new PyObject[] {
            new PyFloat(u.utime_sec + u.utime_usec * 1e-6), new PyFloat(u.stime_sec + u.stime_usec * 1e-6),
            PyInt.FromLong(u.maxrss), PyInt.FromLong(u.ixrss), PyInt.FromLong(u.idrss), PyInt.FromLong(u.isrss),
            PyInt.FromLong(u.minflt), PyInt.FromLong(u.majflt), PyInt.FromLong(u.nswap), PyInt.FromLong(u.inblock),
            PyInt.FromLong(u.oublock), PyInt.FromLong(u.msgsnd), PyInt.FromLong(u.msgrcv), PyInt.FromLong(u.nsignals),
            PyInt.FromLong(u.nvcsw), PyInt.FromLong(u.nivcsw) });
    }

    [PyFunction]
    public static long getpagesize() => Environment.SystemPageSize;
}
