using Taipan.Runtime.Interpreter;
using System.Runtime.InteropServices;

namespace Taipan.Modules.Io;

/// <summary>The POSIX file calls FileIO is defined by (.NET's FileStream hides errno and fd semantics).</summary>
internal static unsafe partial class Libc
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EISDIR = 21, EINVAL = 22, ESPIPE = 29;
    public const int S_IFMT = 0xF000, S_IFDIR = 0x4000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadNative(int fd, byte* buf, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteNative(int fd, byte* buf, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int CloseNative(int fd);

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static partial long LseekNative(int fd, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    private static partial int FtruncateNative(int fd, long length);

    [LibraryImport("libc", EntryPoint = "isatty", SetLastError = true)]
    private static partial int IsattyNative(int fd);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FstatNative(int fd, byte* statbuf);

    [LibraryImport("libc", EntryPoint = "strerror")]
    private static partial nint StrerrorNative(int errnum);

    private static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>Each call returns the result or -errno, retrying on EINTR as CPython does (PEP 475).</summary>
    public static int Open(string path, int flags, int mode)
    {
        while (true)
        {
            int fd = OpenNative(path, flags, mode);
            if (fd >= 0) return fd;
            int e = Errno;
            if (e != EINTR) return -e;
        }
    }

    public static long Read(int fd, Span<byte> buffer)
    {
        Select.BlockingPoll.WaitFd(fd, write: false);
        fixed (byte* p = buffer)
        {
            while (true)
            {
                long n;
                // A blocking read or write releases the GIL, as CPython's _Py_read/_Py_write do.
                using (Gil.Unlocked()) n = ReadNative(fd, p, buffer.Length);
                if (n >= 0) return n;
                int e = Errno;
                if (e != EINTR) return -e;
            }
        }
    }

    public static long Write(int fd, ReadOnlySpan<byte> data)
    {
        int count = Select.BlockingPoll.WaitFd(fd, write: true, data.Length);
        fixed (byte* p = data)
        {
            while (true)
            {
                long n;
                using (Gil.Unlocked()) n = WriteNative(fd, p, count);
                if (n >= 0) return n;
                int e = Errno;
                if (e != EINTR) return -e;
            }
        }
    }

    public static int Close(int fd) => CloseNative(fd) == 0 ? 0 : -Errno;

    public static long Lseek(int fd, long offset, int whence)
    {
        long r = LseekNative(fd, offset, whence);
        return r >= 0 ? r : -Errno;
    }

    public static int Ftruncate(int fd, long length)
    {
        while (true)
        {
            if (FtruncateNative(fd, length) == 0) return 0;
            int e = Errno;
            if (e != EINTR) return -e;
        }
    }

    public static bool IsATty(int fd) => IsattyNative(fd) == 1;

    /// <summary>fstat's st_mode and st_blksize (x86-64/aarch64 Linux struct stat layouts); -errno on failure.</summary>
    public static int Fstat(int fd, out int mode, out long blksize, out long size)
    {
        byte* buf = stackalloc byte[256];
        mode = 0; blksize = 0; size = 0;
        if (FstatNative(fd, buf) != 0) return -Errno;
        if (RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
        {
            mode = *(int*)(buf + 16);
            size = *(long*)(buf + 48);
            blksize = *(int*)(buf + 56);
        }
        else
        {
            mode = *(int*)(buf + 24);
            size = *(long*)(buf + 48);
            blksize = *(long*)(buf + 56);
        }
        return 0;
    }

    public static string StrError(int errno) => Marshal.PtrToStringUTF8(StrerrorNative(errno)) ?? $"Unknown error {errno}";
}
