using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

// os.posix_spawn / os.posix_spawnp: glibc's posix_spawn (a vfork-style clone that runs no managed code
// in the child, so it is safe in a .NET process, unlike fork). Argument checks and messages follow
// CPython's py_posix_spawn, parse_file_actions and parse_posix_spawn_flags.
internal static unsafe partial class PosixModule
{
    private const int SpawnOpen = 0, SpawnClose = 1, SpawnDup2 = 2;
    private const short POSIX_SPAWN_RESETIDS = 0x01, POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04,
        POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSCHEDPARAM = 0x10, POSIX_SPAWN_SETSCHEDULER = 0x20, POSIX_SPAWN_SETSID = 0x80;

    private static readonly string[] SpawnNames =
        { "path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler" };

    [PyFunction]
    public static long posix_spawn(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Spawn(args, kwnames, "posix_spawn", usePath: false);

    [PyFunction]
    public static long posix_spawnp(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Spawn(args, kwnames, "posix_spawnp", usePath: true);

    private static long Spawn(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, bool usePath)
    {
        var a = PosixArgs.Parse(args, kwnames, name, SpawnNames, 3, 3);
        var path = PathArg.Convert(name, "path", a[0]!);
        var argvObj = a[1]!;
        if (argvObj is not PyList && argvObj is not PyTuple) throw PyErrors.TypeError($"{name}: argv must be a tuple or list");
        var argvItems = PyOps.ToList(argvObj).ToArray();
        if (argvItems.Length < 1) throw PyErrors.ValueError($"{name}: argv must not be empty");
        var argv = new List<byte[]>(argvItems.Length);
        foreach (var item in argvItems) argv.Add(PathArg.Convert(name, "argv", item).Span.ToArray());
        if (argv[0].Length == 0) throw PyErrors.ValueError($"{name}: argv first element cannot be empty");
        var envObj = a[2]!;
        if (envObj.type.Lookup("keys") is null || envObj.type.GetItem is null)
            throw PyErrors.TypeError($"{name}: environment must be a mapping object");
        var envp = EnvList(envObj);

        var actions = a[3] is { } fa && fa != PyNone.Instance ? ParseFileActions(fa) : null;
        long pgroup = -1;
        if (a[4] is { } pg && pg != PyNone.Instance) pgroup = ArgParser32(pg);
        bool resetids = a[5] is { } ri && IntFlag(ri);
        bool setsid = a[6] is { } ss && IntFlag(ss);
        var sigmask = a[7] is { } sm ? SignalSet(sm) : null;
        var sigdef = a[8] is { } sd ? SignalSet(sd) : null;
        int schedPolicy = -1, schedPriority = -1;
        bool hasScheduler = false;
        if (a[9] is { } sch && sch != PyNone.Instance)
        {
            if (sch is not PyTuple { Count: 2 } pair) throw PyErrors.TypeError($"{name}() argument 'scheduler' must be tuple, not {sch.type.Name}");
            hasScheduler = true;
            if (pair[0] != PyNone.Instance) schedPolicy = PosixArgs.Fd(pair[0]);
            var param = pair[1];
            schedPriority = PosixArgs.Fd(PyOps.GetAttr(param, PyStr.FromAscii("sched_priority")));
        }

        var faPtr = Marshal.AllocHGlobal(256);
        var attr = Marshal.AllocHGlobal(1024);
        var sigs = Marshal.AllocHGlobal(256);
        var keep = new List<nint>();
        try
        {
            SpawnFileActionsInit(faPtr);
            SpawnAttrInit(attr);
            if (actions is not null)
                foreach (var (tag, fd, fd2, file, oflag, mode) in actions)
                {
                    int rc = 0;
                    switch (tag)
                    {
                        case SpawnOpen:
                        {
                            // the file actions keep the path pointer until posix_spawn runs them
                            var p = Marshal.AllocHGlobal(file!.Length + 1);
                            keep.Add(p);
                            Marshal.Copy(file, 0, p, file.Length);
                            ((byte*)p)[file.Length] = 0;
                            rc = SpawnAddOpen(faPtr, fd, (byte*)p, oflag, mode);
                            break;
                        }
                        case SpawnClose: rc = SpawnAddClose(faPtr, fd); break;
                        case SpawnDup2: rc = SpawnAddDup2(faPtr, fd, fd2); break;
                    }
                    if (rc != 0) throw PosixErrors.FromErrno(rc);
                }
            short flags = 0;
            if (pgroup >= 0) { flags |= POSIX_SPAWN_SETPGROUP; SpawnAttrSetPgroup(attr, (int)pgroup); }
            if (resetids) flags |= POSIX_SPAWN_RESETIDS;
            if (setsid) flags |= POSIX_SPAWN_SETSID;
            if (sigmask is not null)
            {
                FillSigset(sigs, sigmask);
                SpawnAttrSetSigmask(attr, sigs);
                flags |= POSIX_SPAWN_SETSIGMASK;
            }
            if (sigdef is not null)
            {
                FillSigset(sigs, sigdef);
                SpawnAttrSetSigdefault(attr, sigs);
                flags |= POSIX_SPAWN_SETSIGDEF;
            }
            if (hasScheduler)
            {
                if (schedPolicy >= 0)
                {
                    SpawnAttrSetSchedpolicy(attr, schedPolicy);
                    flags |= POSIX_SPAWN_SETSCHEDULER;
                }
                int prio = schedPriority;
                SpawnAttrSetSchedparam(attr, &prio);
                flags |= POSIX_SPAWN_SETSCHEDPARAM;
            }
            int frc = SpawnAttrSetFlags(attr, flags);
            if (frc != 0) throw PosixErrors.FromErrno(frc);

            var argvBlock = CStringArray(argv, keep);
            var envBlock = CStringArray(envp, keep);
            int pid, err;
            fixed (byte* p = path.Bytes)
                err = usePath ? SysPosixSpawnp(&pid, p, faPtr, attr, argvBlock, envBlock) : SysPosixSpawn(&pid, p, faPtr, attr, argvBlock, envBlock);
            if (err != 0) throw PosixErrors.FromErrno(err, path.Original);
            return pid;
        }
        finally
        {
            SpawnFileActionsDestroy(faPtr);
            SpawnAttrDestroy(attr);
            Marshal.FreeHGlobal(faPtr);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(sigs);
            foreach (var p in keep) Marshal.FreeHGlobal(p);
        }
    }

    // os.spawnv and friends: os.py builds them on fork+exec, which a .NET process cannot do, so posix
    // provides them (as on Windows) over posix_spawn, with os.py's checks and its wait loop. An exec
    // failure, which the forked child reports as exit status 127, is that status here too.
    [PyFunction] public static long spawnv(PyObject mode, PyObject file, PyObject args) => SpawnV(mode, file, args, null, usePath: false);
    [PyFunction] public static long spawnve(PyObject mode, PyObject file, PyObject args, PyObject env) => SpawnV(mode, file, args, env, usePath: false);
    [PyFunction] public static long spawnvp(PyObject mode, PyObject file, PyObject args) => SpawnV(mode, file, args, null, usePath: true);
    [PyFunction] public static long spawnvpe(PyObject mode, PyObject file, PyObject args, PyObject env) => SpawnV(mode, file, args, env, usePath: true);

    private const int P_NOWAIT = 1;

    private static long SpawnV(PyObject mode, PyObject file, PyObject args, PyObject? env, bool usePath)
    {
        if (args is not PyList && args is not PyTuple) throw PyErrors.TypeError("argv must be a tuple or a list");
        var items = PyOps.ToList(args).ToArray();
        if (items.Length == 0 || !PyOps.IsTrue(items[0])) throw PyErrors.ValueError("argv first element cannot be empty");
        var os = Taipan.Runtime.Interpreter.Import.ImportAbsolute("os");
        env ??= PyOps.GetAttr(os, PyStr.FromAscii("environ"));
        long pid;
        try
        {
            pid = Spawn(new[] { file, args, env }, null, usePath ? "posix_spawnp" : "posix_spawn", usePath);
        }
        catch (PyException e) when (e.Matches(PyTypes.OSError) && !PyOps.EqualsBool(mode, PyInt.FromLong(P_NOWAIT)))
        {
            return 127;
        }
        if (PyOps.EqualsBool(mode, PyInt.FromLong(P_NOWAIT))) return pid;
        var waitpidFn = PyOps.GetAttr(os, PyStr.FromAscii("waitpid"));
        while (true)
        {
            var r = (PyTuple)PyOps.Call(waitpidFn, new PyObject[] { PyInt.FromLong(pid), PyInt.Zero });
            long sts = PyOps.Index(r[1]).AsLong();
            if ((sts & 0xff) == 0x7f) continue; // WIFSTOPPED
            if ((sts & 0x7f) == 0) return (sts >> 8) & 0xff; // WIFEXITED
            return -(sts & 0x7f);
        }
    }

    private static long ArgParser32(PyObject o)
    {
        if (o.type.Index is null || o is PyFloat) throw PyErrors.TypeError($"'{o.type.Name}' object cannot be interpreted as an integer");
        return PosixArgs.Fd(o);
    }

    /// <summary>resetids/setsid: an int (bool included), as the clinic's bool(accept={int}).</summary>
    private static bool IntFlag(PyObject o)
    {
        if (o is not PyInt) throw PyErrors.TypeError($"'{o.type.Name}' object cannot be interpreted as an integer");
        return PyOps.IsTrue(o);
    }

    /// <summary>_Py_Sigset_Converter: an iterable of signal numbers in [1; NSIG-1].</summary>
    private static List<int> SignalSet(PyObject o)
    {
        var result = new List<int>();
        var it = PyOps.GetIter(o);
        while (PyOps.Next(it) is { } item)
        {
            if (item.type.Index is null || item is PyFloat) throw PyErrors.TypeError($"'{item.type.Name}' object cannot be interpreted as an integer");
            long signum = PyOps.Index(item) is { IsSmall: true } s ? s.Small : long.MaxValue;
            if (signum <= 0 || signum >= 65) throw PyErrors.ValueError($"signal number {signum} out of range [1; 64]");
            result.Add((int)signum);
        }
        return result;
    }

    private static void FillSigset(nint set, List<int> signals)
    {
        SigEmptySet(set);
        foreach (var s in signals) SigAddSet(set, s);
    }

    private static List<(int Tag, int Fd, int Fd2, byte[]? Path, int Oflag, int Mode)> ParseFileActions(PyObject actions)
    {
        if (actions.type.Iter is null && actions.type.GetItem is null) throw PyErrors.TypeError("file_actions must be a sequence or None");
        var result = new List<(int, int, int, byte[]?, int, int)>();
        foreach (var action in PyOps.ToList(actions).ToArray())
        {
            if (action is not PyTuple and not PyList) throw PyErrors.TypeError("Each file_actions element must be a non-empty tuple");
            var t = PyOps.ToList(action).ToArray();
            if (t.Length == 0 || t[0] is not PyInt) throw PyErrors.TypeError("Each file_actions element must be a non-empty tuple");
            long tag = PyOps.Index(t[0]).AsLong();
            switch (tag)
            {
                case SpawnOpen:
                {
                    if (t.Length != 5) throw PyErrors.TypeError("A open file_action tuple must have 5 elements");
                    int fd = PosixArgs.Fd(t[1]);
                    var file = PathArg.Convert("posix_spawn", "path", t[2]).Span.ToArray();
                    result.Add((SpawnOpen, fd, 0, file, PosixArgs.Fd(t[3]), PosixArgs.Fd(t[4])));
                    break;
                }
                case SpawnClose:
                    if (t.Length != 2) throw PyErrors.TypeError("A close file_action tuple must have 2 elements");
                    result.Add((SpawnClose, PosixArgs.Fd(t[1]), 0, null, 0, 0));
                    break;
                case SpawnDup2:
                    if (t.Length != 3) throw PyErrors.TypeError("A dup2 file_action tuple must have 3 elements");
                    result.Add((SpawnDup2, PosixArgs.Fd(t[1]), PosixArgs.Fd(t[2]), null, 0, 0));
                    break;
                default:
                    throw PyErrors.TypeError("Unknown file_actions identifier");
            }
        }
        return result;
    }

    /// <summary>parse_envlist: "KEY=VALUE" for each item of the mapping, keys and values fs-encoded.</summary>
    private static List<byte[]> EnvList(PyObject env)
    {
        var result = new List<byte[]>();
        var keys = PyOps.ToList(PyOps.CallMethod(env, "keys", ReadOnlySpan<PyObject>.Empty)).ToArray();
        foreach (var key in keys)
        {
            var value = PyOps.GetItem(env, key);
            var k = PathArg.Convert("posix_spawn", "env", key).Span.ToArray();
            var v = PathArg.Convert("posix_spawn", "env", value).Span.ToArray();
            if (k.Length == 0 || Array.IndexOf(k, (byte)'=') >= 0) throw PyErrors.ValueError("illegal environment variable name");
            var kv = new byte[k.Length + 1 + v.Length];
            k.CopyTo(kv, 0);
            kv[k.Length] = (byte)'=';
            v.CopyTo(kv, k.Length + 1);
            result.Add(kv);
        }
        return result;
    }

    /// <summary>A NULL-terminated char*[] in unmanaged memory; every block goes to <paramref name="keep"/> to be freed.</summary>
    private static nint CStringArray(List<byte[]> strings, List<nint> keep)
    {
        var array = Marshal.AllocHGlobal((strings.Count + 1) * sizeof(nint));
        keep.Add(array);
        for (int i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            var p = Marshal.AllocHGlobal(s.Length + 1);
            keep.Add(p);
            Marshal.Copy(s, 0, p, s.Length);
            ((byte*)p)[s.Length] = 0;
            ((nint*)array)[i] = p;
        }
        ((nint*)array)[strings.Count] = 0;
        return array;
    }

    [LibraryImport("libc", EntryPoint = "posix_spawn")] private static partial int SysPosixSpawn(int* pid, byte* path, nint fileActions, nint attr, nint argv, nint envp);
    [LibraryImport("libc", EntryPoint = "posix_spawnp")] private static partial int SysPosixSpawnp(int* pid, byte* file, nint fileActions, nint attr, nint argv, nint envp);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_init")] private static partial int SpawnFileActionsInit(nint fa);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")] private static partial int SpawnFileActionsDestroy(nint fa);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addopen")] private static partial int SpawnAddOpen(nint fa, int fd, byte* path, int oflag, int mode);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addclose")] private static partial int SpawnAddClose(nint fa, int fd);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")] private static partial int SpawnAddDup2(nint fa, int fd, int newfd);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")] private static partial int SpawnAttrInit(nint attr);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")] private static partial int SpawnAttrDestroy(nint attr);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")] private static partial int SpawnAttrSetFlags(nint attr, short flags);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setpgroup")] private static partial int SpawnAttrSetPgroup(nint attr, int pgid);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigmask")] private static partial int SpawnAttrSetSigmask(nint attr, nint sigs);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigdefault")] private static partial int SpawnAttrSetSigdefault(nint attr, nint sigs);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setschedpolicy")] private static partial int SpawnAttrSetSchedpolicy(nint attr, int policy);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setschedparam")] private static partial int SpawnAttrSetSchedparam(nint attr, int* param);
    [LibraryImport("libc", EntryPoint = "sigemptyset")] private static partial int SigEmptySet(nint set);
    [LibraryImport("libc", EntryPoint = "sigaddset")] private static partial int SigAddSet(nint set, int sig);
}
