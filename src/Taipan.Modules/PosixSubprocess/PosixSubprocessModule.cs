using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.PosixSubprocess;

/// <summary>
/// _posixsubprocess.fork_exec over glibc's posix_spawn: a .NET process cannot fork safely, so the
/// child's set-up that CPython does between fork and exec is expressed as spawn file actions and
/// attributes (dup2 of the pipes onto 0/1/2, closing inherited descriptors, chdir, new session or
/// process group, default signal dispositions). An exec failure is reported through errpipe_write in
/// CPython's "OSError:errno:" format, so subprocess raises the same exception. preexec_fn, uid/gid
/// changes and umask need code in the child and are refused with an explicit error.
/// </summary>
[PyModule("_posixsubprocess")]
internal static unsafe partial class PosixSubprocessModule
{
    public static PyModule Create() => NativeModules.FromBindings("_posixsubprocess", InstallPyBindings);

    private const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSID = 0x80;

    [PyFunction]
    internal static long fork_exec(ReadOnlySpan<PyObject> a, PyTuple? kwnames)
    {
        if (a.Length < 23) throw PyErrors.TypeError($"fork_exec() takes exactly 23 arguments ({a.Length} given)");
        var args = a[0]; var executables = a[1]; bool closeFds = PyOps.IsTrue(a[2]); var keep = (PyTuple)a[3];
        var cwd = a[4]; var env = a[5];
        int p2cread = Fd(a[6]), c2pwrite = Fd(a[9]), errwrite = Fd(a[11]), errpipeWrite = Fd(a[13]);
        bool restoreSignals = PyOps.IsTrue(a[14]), newSession = PyOps.IsTrue(a[15]);
        long pgid = PyOps.Index(a[16]).AsLong();
        if (a[17] != PyNone.Instance || a[18] != PyNone.Instance || a[19] != PyNone.Instance || PyOps.Index(a[20]).AsLong() >= 0 || a[21] != PyNone.Instance)
            throw PyErrors.RuntimeError("Taipan starts child processes with posix_spawn: preexec_fn, user/group changes and umask are not supported");

        var argv = Strings(args);
        var envp = env == PyNone.Instance ? null : Strings(env);
        var fa = Marshal.AllocHGlobal(256);
        var attr = Marshal.AllocHGlobal(1024);
        var sigs = Marshal.AllocHGlobal(256);
        var cwdBytes = cwd == PyNone.Instance ? null : Encoded(cwd);
        try
        {
            posix_spawn_file_actions_init(fa);
            posix_spawnattr_init(attr);
            if (p2cread >= 0) posix_spawn_file_actions_adddup2(fa, p2cread, 0);
            if (c2pwrite >= 0) posix_spawn_file_actions_adddup2(fa, c2pwrite, 1);
            if (errwrite >= 0) posix_spawn_file_actions_adddup2(fa, errwrite, 2);
            bool onlyErrpipe = true;
            foreach (var k in keep.Items)
            {
                int fd = Fd(k);
                if (fd == errpipeWrite) continue;
                onlyErrpipe = false;
                posix_spawn_file_actions_adddup2(fa, fd, fd); // same fd: clears close-on-exec in the child
            }
            if (closeFds && onlyErrpipe) posix_spawn_file_actions_addclosefrom_np(fa, 3);
            if (cwdBytes is not null)
                fixed (byte* c = cwdBytes) posix_spawn_file_actions_addchdir_np(fa, c);
            short flags = 0;
            if (newSession) flags |= POSIX_SPAWN_SETSID;
            if (pgid >= 0) { flags |= POSIX_SPAWN_SETPGROUP; posix_spawnattr_setpgroup(attr, (int)pgid); }
            if (restoreSignals)
            {
                sigemptyset(sigs);
                sigaddset(sigs, 13); // SIGPIPE
                sigaddset(sigs, 25); // SIGXFSZ
                posix_spawnattr_setsigdefault(attr, sigs);
                flags |= POSIX_SPAWN_SETSIGDEF;
            }
            posix_spawnattr_setflags(attr, flags);

            int lastError = 2;
            using var argvBlock = new NativeStrings(argv);
            using var envBlock = envp is null ? null : new NativeStrings(envp);
            var environPtr = envBlock?.Pointer ?? *(nint*)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "environ");
            foreach (var exe in PyOps.ToList(executables).ToArray())
            {
                var path = Encoded(exe);
                int pid, rc;
                fixed (byte* p = path)
                    rc = posix_spawn(&pid, p, fa, attr, argvBlock.Pointer, environPtr);
                if (rc == 0) return pid;
                lastError = rc;
                if (rc != 2 && rc != 20) break; // ENOENT / ENOTDIR: try the next PATH entry, as execvpe does
            }
            if (cwdBytes is not null && lastError == 2 && !Directory.Exists(System.Text.Encoding.UTF8.GetString(cwdBytes)))
                Report(errpipeWrite, lastError, "noexec:chdir");
            else
                Report(errpipeWrite, lastError, "");
            return 0;
        }
        finally
        {
            posix_spawn_file_actions_destroy(fa);
            posix_spawnattr_destroy(attr);
            Marshal.FreeHGlobal(fa);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(sigs);
        }
    }

    /// <summary>What CPython's child writes to the error pipe when exec fails.</summary>
    private static void Report(int fd, int errno, string message)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes($"OSError:{errno:x}:{message}");
        fixed (byte* b = bytes) write(fd, b, (nint)bytes.Length);
    }

    private static int Fd(PyObject o) => (int)PyOps.Index(o).AsLong();

    private static byte[] Encoded(PyObject o)
    {
        if (Buffers.TryGetBytes(o, out var b)) return b;
        var s = PyOps.Call(PyOps.GetAttr(Import.ImportAbsolute("os"), StrIntern.Intern("fsencode")), [o]);
        return Buffers.Require(s).ToArray();
    }

    private static List<byte[]> Strings(PyObject seq)
    {
        var result = new List<byte[]>();
        foreach (var item in PyOps.ToList(seq).ToArray()) result.Add(Encoded(item));
        return result;
    }

    /// <summary>A NULL-terminated char*[] of NUL-terminated copies, in unmanaged memory.</summary>
    private sealed class NativeStrings : IDisposable
    {
        private readonly List<nint> blocks = new();
        public readonly nint Pointer;

        public NativeStrings(List<byte[]> strings)
        {
            Pointer = Marshal.AllocHGlobal((strings.Count + 1) * sizeof(nint));
            for (int i = 0; i < strings.Count; i++)
            {
                var s = strings[i];
                var p = Marshal.AllocHGlobal(s.Length + 1);
                Marshal.Copy(s, 0, p, s.Length);
                ((byte*)p)[s.Length] = 0;
                blocks.Add(p);
                ((nint*)Pointer)[i] = p;
            }
            ((nint*)Pointer)[strings.Count] = 0;
        }

        public void Dispose()
        {
            foreach (var b in blocks) Marshal.FreeHGlobal(b);
            Marshal.FreeHGlobal(Pointer);
        }
    }

    [LibraryImport("libc.so.6")] private static partial int posix_spawn(int* pid, byte* path, nint fileActions, nint attr, nint argv, nint envp);
    [LibraryImport("libc.so.6")] private static partial int posix_spawn_file_actions_init(nint fa);
    [LibraryImport("libc.so.6")] private static partial int posix_spawn_file_actions_destroy(nint fa);
    [LibraryImport("libc.so.6")] private static partial int posix_spawn_file_actions_adddup2(nint fa, int fd, int newfd);
    [LibraryImport("libc.so.6")] private static partial int posix_spawn_file_actions_addclosefrom_np(nint fa, int from);
    [LibraryImport("libc.so.6")] private static partial int posix_spawn_file_actions_addchdir_np(nint fa, byte* path);
    [LibraryImport("libc.so.6")] private static partial int posix_spawnattr_init(nint attr);
    [LibraryImport("libc.so.6")] private static partial int posix_spawnattr_destroy(nint attr);
    [LibraryImport("libc.so.6")] private static partial int posix_spawnattr_setflags(nint attr, short flags);
    [LibraryImport("libc.so.6")] private static partial int posix_spawnattr_setpgroup(nint attr, int pgid);
    [LibraryImport("libc.so.6")] private static partial int posix_spawnattr_setsigdefault(nint attr, nint sigs);
    [LibraryImport("libc.so.6")] private static partial int sigemptyset(nint set);
    [LibraryImport("libc.so.6")] private static partial int sigaddset(nint set, int sig);
    [LibraryImport("libc.so.6")] private static partial nint write(int fd, byte* buf, nint count);
}
