using System.Runtime.InteropServices;

namespace Taipan.Modules.Zlib;

/// <summary>The system zlib (libz.so.1), the library CPython's zlib module links: calling it gives
/// byte-identical compressed output, which .NET's own deflate (zlib-ng) does not.</summary>
internal static unsafe partial class LibZ
{
    private const string Lib = "libz.so.1";

    public const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_ERRNO = -1, Z_STREAM_ERROR = -2,
        Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;

    public const int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
        Z_BLOCK = 5, Z_TREES = 6;

    public const int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16 * 1024;

    [LibraryImport(Lib)] public static partial nint zlibVersion();
    [LibraryImport(Lib)] public static partial int deflateInit2_(ZStreamNative* strm, int level, int method, int windowBits, int memLevel, int strategy, nint version, int streamSize);
    [LibraryImport(Lib)] public static partial int deflate(ZStreamNative* strm, int flush);
    [LibraryImport(Lib)] public static partial int deflateEnd(ZStreamNative* strm);
    [LibraryImport(Lib)] public static partial int deflateCopy(ZStreamNative* dest, ZStreamNative* source);
    [LibraryImport(Lib)] public static partial int deflateSetDictionary(ZStreamNative* strm, byte* dictionary, uint dictLength);
    [LibraryImport(Lib)] public static partial int inflateInit2_(ZStreamNative* strm, int windowBits, nint version, int streamSize);
    [LibraryImport(Lib)] public static partial int inflate(ZStreamNative* strm, int flush);
    [LibraryImport(Lib)] public static partial int inflateEnd(ZStreamNative* strm);
    [LibraryImport(Lib)] public static partial int inflateCopy(ZStreamNative* dest, ZStreamNative* source);
    [LibraryImport(Lib)] public static partial int inflateSetDictionary(ZStreamNative* strm, byte* dictionary, uint dictLength);
    [LibraryImport(Lib)] public static partial nuint crc32(nuint crc, byte* buf, uint len);
    [LibraryImport(Lib)] public static partial nuint adler32(nuint adler, byte* buf, uint len);

    private static string? version;

    /// <summary>The runtime library's version string ("1.2.13").</summary>
    public static string Version => version ??= Marshal.PtrToStringUTF8(zlibVersion()) ?? "";
}

/// <summary>zlib's z_stream (LP64 layout). It lives in native memory: zlib's internal state points
/// back at it, so it must never move.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZStreamNative
{
    public byte* next_in;
    public uint avail_in;
    public nuint total_in;
    public byte* next_out;
    public uint avail_out;
    public nuint total_out;
    public sbyte* msg;
    public nint state;
    public nint zalloc;
    public nint zfree;
    public nint opaque;
    public int data_type;
    public nuint adler;
    public nuint reserved;
}
