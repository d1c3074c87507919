using System.Runtime.InteropServices;

namespace Taipan.Modules.Posix;

/// <summary>The libc calls .NET has no equivalent for (or whose .NET form loses errno or raw bytes).
/// Paths are NUL-terminated byte strings, so surrogate-escaped names round-trip. x86_64/aarch64 Linux
/// glibc layouts. LibraryImport, not DllImport: its stubs are generated C# that ReadyToRun precompiles, where each
/// DllImport's marshalling stub was jitted at its first call (os.stat and os.listdir at every start-up).</summary>
internal static unsafe partial class Libc
{
    private const string L = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct Stat
    {
        public ulong st_dev;
        public ulong st_ino;
        public ulong st_nlink;
        public uint st_mode;
        public uint st_uid;
        public uint st_gid;
        public int pad0;
        public ulong st_rdev;
        public long st_size;
        public long st_blksize;
        public long st_blocks;
        public long st_atime_sec, st_atime_nsec;
        public long st_mtime_sec, st_mtime_nsec;
        public long st_ctime_sec, st_ctime_nsec;
        public long reserved0, reserved1, reserved2;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long tv_sec;
        public long tv_nsec;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Tms
    {
        public long tms_utime, tms_stime, tms_cutime, tms_cstime;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Winsize
    {
        public ushort ws_row, ws_col, ws_xpixel, ws_ypixel;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Statvfs
    {
        public ulong f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax;
        public int spare0, spare1, spare2, spare3, spare4, spare5;
    }

    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_SYMLINK_FOLLOW = 0x400, AT_EACCESS = 0x200;

    [LibraryImport(L, SetLastError = true)] public static partial int open(byte* path, int flags, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int openat(int dirfd, byte* path, int flags, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial nint read(int fd, byte* buf, nint count);
    [LibraryImport(L, SetLastError = true)] public static partial nint write(int fd, byte* buf, nint count);
    [LibraryImport(L, SetLastError = true)] public static partial nint pread(int fd, byte* buf, nint count, long offset);
    [LibraryImport(L, SetLastError = true)] public static partial nint pwrite(int fd, byte* buf, nint count, long offset);
    [LibraryImport(L, SetLastError = true)] public static partial long lseek(int fd, long offset, int whence);
    [LibraryImport(L, SetLastError = true)] public static partial int dup(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int dup2(int fd, int fd2);
    [LibraryImport(L, SetLastError = true)] public static partial int dup3(int fd, int fd2, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int pipe2(int* fds, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int openpty(int* master, int* slave, byte* name, void* termp, void* winp);
    [LibraryImport(L, SetLastError = true)] public static partial int login_tty(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int fsync(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int fdatasync(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int ftruncate(int fd, long length);
    [LibraryImport(L, SetLastError = true)] public static partial int truncate(byte* path, long length);
    [LibraryImport(L, SetLastError = true)] public static partial int isatty(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int stat(byte* path, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int lstat(byte* path, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstat(int fd, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstatat(int dirfd, byte* path, Stat* buf, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int mkdirat(int dirfd, byte* path, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int unlinkat(int dirfd, byte* path, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int renameat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath);
    [LibraryImport(L, SetLastError = true)] public static partial int linkat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int symlinkat(byte* target, int newdirfd, byte* linkpath);
    [LibraryImport(L, SetLastError = true)] public static partial nint readlinkat(int dirfd, byte* path, byte* buf, nint size);
    [LibraryImport(L, SetLastError = true)] public static partial int fchmodat(int dirfd, byte* path, int mode, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int fchmod(int fd, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int fchownat(int dirfd, byte* path, int uid, int gid, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int fchown(int fd, int uid, int gid);
    [LibraryImport(L, SetLastError = true)] public static partial int utimensat(int dirfd, byte* path, Timespec* times, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int futimens(int fd, Timespec* times);
    [LibraryImport(L, SetLastError = true)] public static partial int faccessat(int dirfd, byte* path, int mode, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial byte* getcwd(byte* buf, nint size);
    [LibraryImport(L, SetLastError = true)] public static partial int chdir(byte* path);
    [LibraryImport(L, SetLastError = true)] public static partial int fchdir(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int mkfifoat(int dirfd, byte* path, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int statvfs(byte* path, Statvfs* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstatvfs(int fd, Statvfs* buf);
    [LibraryImport(L)] public static partial int getpid();
    [LibraryImport(L)] public static partial int getppid();
    [LibraryImport(L)] public static partial int getuid();
    [LibraryImport(L)] public static partial int geteuid();
    [LibraryImport(L)] public static partial int getgid();
    [LibraryImport(L)] public static partial int getegid();
    [LibraryImport(L)] public static partial int getpgrp();
    [LibraryImport(L, SetLastError = true)] public static partial int getpgid(int pid);
    [LibraryImport(L, SetLastError = true)] public static partial int getsid(int pid);
    [LibraryImport(L, SetLastError = true)] public static partial int setsid();
    [LibraryImport(L, SetLastError = true)] public static partial int getgroups(int size, int* list);
    [LibraryImport(L, SetLastError = true)] public static partial byte* getlogin();
    [LibraryImport(L, SetLastError = true)] public static partial int kill(int pid, int sig);
    [LibraryImport(L, SetLastError = true)] public static partial int killpg(int pgrp, int sig);
    [LibraryImport(L, SetLastError = true)] public static partial int uname(byte* buf);
    [LibraryImport(L)] public static partial byte* strerror(int errnum);
    [LibraryImport(L, SetLastError = true)] public static partial long sysconf(int name);
    [LibraryImport(L, SetLastError = true)] public static partial nint confstr(int name, byte* buf, nint len);
    [LibraryImport(L, SetLastError = true)] public static partial long fpathconf(int fd, int name);
    [LibraryImport(L, SetLastError = true)] public static partial long pathconf(byte* path, int name);
    [LibraryImport(L)] public static partial int umask(int mask);
    [LibraryImport(L, SetLastError = true)] public static partial int fcntl(int fd, int cmd, long arg);
    [LibraryImport(L, SetLastError = true)] public static partial int ioctl(int fd, ulong request, void* arg);
    [LibraryImport(L, SetLastError = true)] public static partial int flock(int fd, int operation);
    [LibraryImport(L, SetLastError = true)] public static partial int lockf(int fd, int cmd, long len);
    [LibraryImport(L, SetLastError = true)] public static partial int waitpid(int pid, int* status, int options);
    [LibraryImport(L)] public static partial void _exit(int status);
    [LibraryImport(L, SetLastError = true)] public static partial int system(byte* command);
    [LibraryImport(L, SetLastError = true)] public static partial int setenv(byte* name, byte* value, int overwrite);
    [LibraryImport(L, SetLastError = true)] public static partial int unsetenv(byte* name);
    [LibraryImport(L, SetLastError = true)] public static partial nint opendir(byte* name);
    [LibraryImport(L, SetLastError = true)] public static partial nint fdopendir(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial byte* readdir(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial int closedir(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial void rewinddir(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial long times(Tms* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int getloadavg(double* loadavg, int nelem);
    [LibraryImport(L, SetLastError = true)] public static partial int nice(int inc);
    [LibraryImport(L, SetLastError = true)] public static partial int getpriority(int which, int who);
    [LibraryImport(L, SetLastError = true)] public static partial int setpriority(int which, int who, int prio);
    [LibraryImport(L, SetLastError = true)] public static partial int clock_gettime(int clk, Timespec* tp);
    [LibraryImport(L, SetLastError = true)] public static partial int clock_getres(int clk, Timespec* tp);
    [LibraryImport(L, SetLastError = true)] public static partial int ttyname_r(int fd, byte* buf, nint len);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_yield();
    [LibraryImport(L, SetLastError = true)] public static partial int sched_getaffinity(int pid, nint size, ulong* mask);
    [LibraryImport(L, SetLastError = true)] public static partial int execv(byte* path, byte** argv);
    [LibraryImport(L, SetLastError = true)] public static partial int execve(byte* path, byte** argv, byte** envp);
    [LibraryImport(L, SetLastError = true)] public static partial int setuid(int uid);
    [LibraryImport(L, SetLastError = true)] public static partial int seteuid(int uid);
    [LibraryImport(L, SetLastError = true)] public static partial int setegid(int gid);
    [LibraryImport(L, SetLastError = true)] public static partial int setpgid(int pid, int pgid);
    [LibraryImport(L, SetLastError = true)] public static partial int getresuid(int* r, int* e, int* s);
    [LibraryImport(L, SetLastError = true)] public static partial int getresgid(int* r, int* e, int* s);
    [LibraryImport(L, SetLastError = true)] public static partial int chroot(byte* path);
    [LibraryImport(L)] public static partial void sync();
    [LibraryImport(L, SetLastError = true)] public static partial int setgid(int gid);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>glibc's text for an errno value (C locale), e.g. "No such file or directory".</summary>
    public static string StrError(int errnum) => Marshal.PtrToStringUTF8((nint)strerror(errnum)) ?? "Unknown error " + errnum;

    /// <summary>A NUL-terminated C string as bytes (no terminator).</summary>
    public static byte[] CString(byte* p)
    {
        if (p == null) return Array.Empty<byte>();
        int n = 0;
        while (p[n] != 0) n++;
        return new ReadOnlySpan<byte>(p, n).ToArray();
    }
}
