using System.Runtime.InteropServices;

namespace Taipan.Modules.Posix;

/// <summary>The libc calls .NET has no equivalent for (or whose .NET form loses errno or raw bytes).
/// Paths are NUL-terminated byte strings, so surrogate-escaped names round-trip. x86_64/aarch64 Linux
/// glibc layouts.</summary>
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

    [DllImport(L, SetLastError = true)] public static extern int open(byte* path, int flags, int mode);
    [DllImport(L, SetLastError = true)] public static extern int openat(int dirfd, byte* path, int flags, int mode);
    [DllImport(L, SetLastError = true)] public static extern int close(int fd);
    [DllImport(L, SetLastError = true)] public static extern nint read(int fd, byte* buf, nint count);
    [DllImport(L, SetLastError = true)] public static extern nint write(int fd, byte* buf, nint count);
    [DllImport(L, SetLastError = true)] public static extern nint pread(int fd, byte* buf, nint count, long offset);
    [DllImport(L, SetLastError = true)] public static extern nint pwrite(int fd, byte* buf, nint count, long offset);
    [DllImport(L, SetLastError = true)] public static extern long lseek(int fd, long offset, int whence);
    [DllImport(L, SetLastError = true)] public static extern int dup(int fd);
    [DllImport(L, SetLastError = true)] public static extern int dup2(int fd, int fd2);
    [DllImport(L, SetLastError = true)] public static extern int dup3(int fd, int fd2, int flags);
    [DllImport(L, SetLastError = true)] public static extern int pipe2(int* fds, int flags);
    [DllImport(L, SetLastError = true)] public static extern int openpty(int* master, int* slave, byte* name, void* termp, void* winp);
    [DllImport(L, SetLastError = true)] public static extern int login_tty(int fd);
    [DllImport(L, SetLastError = true)] public static extern int fsync(int fd);
    [DllImport(L, SetLastError = true)] public static extern int fdatasync(int fd);
    [DllImport(L, SetLastError = true)] public static extern int ftruncate(int fd, long length);
    [DllImport(L, SetLastError = true)] public static extern int truncate(byte* path, long length);
    [DllImport(L, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(L, SetLastError = true)] public static extern int stat(byte* path, Stat* buf);
    [DllImport(L, SetLastError = true)] public static extern int lstat(byte* path, Stat* buf);
    [DllImport(L, SetLastError = true)] public static extern int fstat(int fd, Stat* buf);
    [DllImport(L, SetLastError = true)] public static extern int fstatat(int dirfd, byte* path, Stat* buf, int flags);
    [DllImport(L, SetLastError = true)] public static extern int mkdirat(int dirfd, byte* path, int mode);
    [DllImport(L, SetLastError = true)] public static extern int unlinkat(int dirfd, byte* path, int flags);
    [DllImport(L, SetLastError = true)] public static extern int renameat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath);
    [DllImport(L, SetLastError = true)] public static extern int linkat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath, int flags);
    [DllImport(L, SetLastError = true)] public static extern int symlinkat(byte* target, int newdirfd, byte* linkpath);
    [DllImport(L, SetLastError = true)] public static extern nint readlinkat(int dirfd, byte* path, byte* buf, nint size);
    [DllImport(L, SetLastError = true)] public static extern int fchmodat(int dirfd, byte* path, int mode, int flags);
    [DllImport(L, SetLastError = true)] public static extern int fchmod(int fd, int mode);
    [DllImport(L, SetLastError = true)] public static extern int fchownat(int dirfd, byte* path, int uid, int gid, int flags);
    [DllImport(L, SetLastError = true)] public static extern int fchown(int fd, int uid, int gid);
    [DllImport(L, SetLastError = true)] public static extern int utimensat(int dirfd, byte* path, Timespec* times, int flags);
    [DllImport(L, SetLastError = true)] public static extern int futimens(int fd, Timespec* times);
    [DllImport(L, SetLastError = true)] public static extern int faccessat(int dirfd, byte* path, int mode, int flags);
    [DllImport(L, SetLastError = true)] public static extern byte* getcwd(byte* buf, nint size);
    [DllImport(L, SetLastError = true)] public static extern int chdir(byte* path);
    [DllImport(L, SetLastError = true)] public static extern int fchdir(int fd);
    [DllImport(L, SetLastError = true)] public static extern int mkfifoat(int dirfd, byte* path, int mode);
    [DllImport(L, SetLastError = true)] public static extern int statvfs(byte* path, Statvfs* buf);
    [DllImport(L, SetLastError = true)] public static extern int fstatvfs(int fd, Statvfs* buf);
    [DllImport(L)] public static extern int getpid();
    [DllImport(L)] public static extern int getppid();
    [DllImport(L)] public static extern int getuid();
    [DllImport(L)] public static extern int geteuid();
    [DllImport(L)] public static extern int getgid();
    [DllImport(L)] public static extern int getegid();
    [DllImport(L)] public static extern int getpgrp();
    [DllImport(L, SetLastError = true)] public static extern int getpgid(int pid);
    [DllImport(L, SetLastError = true)] public static extern int getsid(int pid);
    [DllImport(L, SetLastError = true)] public static extern int setsid();
    [DllImport(L, SetLastError = true)] public static extern int getgroups(int size, int* list);
    [DllImport(L, SetLastError = true)] public static extern byte* getlogin();
    [DllImport(L, SetLastError = true)] public static extern int kill(int pid, int sig);
    [DllImport(L, SetLastError = true)] public static extern int killpg(int pgrp, int sig);
    [DllImport(L, SetLastError = true)] public static extern int uname(byte* buf);
    [DllImport(L)] public static extern byte* strerror(int errnum);
    [DllImport(L, SetLastError = true)] public static extern long sysconf(int name);
    [DllImport(L, SetLastError = true)] public static extern nint confstr(int name, byte* buf, nint len);
    [DllImport(L, SetLastError = true)] public static extern long fpathconf(int fd, int name);
    [DllImport(L, SetLastError = true)] public static extern long pathconf(byte* path, int name);
    [DllImport(L)] public static extern int umask(int mask);
    [DllImport(L, SetLastError = true)] public static extern int fcntl(int fd, int cmd, long arg);
    [DllImport(L, SetLastError = true)] public static extern int ioctl(int fd, ulong request, void* arg);
    [DllImport(L, SetLastError = true)] public static extern int flock(int fd, int operation);
    [DllImport(L, SetLastError = true)] public static extern int lockf(int fd, int cmd, long len);
    [DllImport(L, SetLastError = true)] public static extern int waitpid(int pid, int* status, int options);
    [DllImport(L)] public static extern void _exit(int status);
    [DllImport(L, SetLastError = true)] public static extern int system(byte* command);
    [DllImport(L, SetLastError = true)] public static extern int setenv(byte* name, byte* value, int overwrite);
    [DllImport(L, SetLastError = true)] public static extern int unsetenv(byte* name);
    [DllImport(L, SetLastError = true)] public static extern nint opendir(byte* name);
    [DllImport(L, SetLastError = true)] public static extern nint fdopendir(int fd);
    [DllImport(L, SetLastError = true)] public static extern byte* readdir(nint dir);
    [DllImport(L, SetLastError = true)] public static extern int closedir(nint dir);
    [DllImport(L, SetLastError = true)] public static extern void rewinddir(nint dir);
    [DllImport(L, SetLastError = true)] public static extern long times(Tms* buf);
    [DllImport(L, SetLastError = true)] public static extern int getloadavg(double* loadavg, int nelem);
    [DllImport(L, SetLastError = true)] public static extern int nice(int inc);
    [DllImport(L, SetLastError = true)] public static extern int getpriority(int which, int who);
    [DllImport(L, SetLastError = true)] public static extern int setpriority(int which, int who, int prio);
    [DllImport(L, SetLastError = true)] public static extern int clock_gettime(int clk, Timespec* tp);
    [DllImport(L, SetLastError = true)] public static extern int clock_getres(int clk, Timespec* tp);
    [DllImport(L, SetLastError = true)] public static extern int ttyname_r(int fd, byte* buf, nint len);
    [DllImport(L, SetLastError = true)] public static extern int sched_yield();
    [DllImport(L, SetLastError = true)] public static extern int sched_getaffinity(int pid, nint size, ulong* mask);
    [DllImport(L, SetLastError = true)] public static extern int execv(byte* path, byte** argv);
    [DllImport(L, SetLastError = true)] public static extern int execve(byte* path, byte** argv, byte** envp);
    [DllImport(L, SetLastError = true)] public static extern int setuid(int uid);
    [DllImport(L, SetLastError = true)] public static extern int seteuid(int uid);
    [DllImport(L, SetLastError = true)] public static extern int setegid(int gid);
    [DllImport(L, SetLastError = true)] public static extern int setpgid(int pid, int pgid);
    [DllImport(L, SetLastError = true)] public static extern int getresuid(int* r, int* e, int* s);
    [DllImport(L, SetLastError = true)] public static extern int getresgid(int* r, int* e, int* s);
    [DllImport(L, SetLastError = true)] public static extern int chroot(byte* path);
    [DllImport(L)] public static extern void sync();
    [DllImport(L, SetLastError = true)] public static extern int setgid(int gid);

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
