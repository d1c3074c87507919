using System.Runtime.InteropServices;

namespace Taipan.Modules.Mmap;

/// <summary>The memory-mapping calls of glibc (x86_64/aarch64 Linux values of the flags).</summary>
internal static unsafe partial class MmapLibc
{
    private const string L = "libc";

    public const int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    public const int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
    public const int MS_SYNC = 4;
    public const int MREMAP_MAYMOVE = 1;
    public static readonly nint MapFailed = -1;

    [LibraryImport(L, SetLastError = true)] public static partial nint mmap(nint addr, nint length, int prot, int flags, int fd, long offset);
    [LibraryImport(L, SetLastError = true)] public static partial int munmap(nint addr, nint length);
    [LibraryImport(L, SetLastError = true)] public static partial int msync(nint addr, nint length, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial nint mremap(nint oldAddress, nint oldSize, nint newSize, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int madvise(nint addr, nint length, int advice);
}
