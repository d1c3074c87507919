using System.Runtime.InteropServices;

namespace Taipan.Modules.Bz2;

/// <summary>The system libbzip2 (libbz2.so.1.0), the library CPython's _bz2 links, so compressed
/// bytes equal CPython's.</summary>
internal static unsafe partial class LibBz2
{
    public const string Lib = "libbz2.so.1.0";

    public const int BZ_RUN = 0, BZ_FLUSH = 1, BZ_FINISH = 2;

    public const int BZ_OK = 0, BZ_RUN_OK = 1, BZ_FLUSH_OK = 2, BZ_FINISH_OK = 3, BZ_STREAM_END = 4,
        BZ_SEQUENCE_ERROR = -1, BZ_PARAM_ERROR = -2, BZ_MEM_ERROR = -3, BZ_DATA_ERROR = -4,
        BZ_DATA_ERROR_MAGIC = -5, BZ_IO_ERROR = -6, BZ_UNEXPECTED_EOF = -7, BZ_OUTBUFF_FULL = -8,
        BZ_CONFIG_ERROR = -9;

    [LibraryImport(Lib)] public static partial int BZ2_bzCompressInit(BzStreamNative* strm, int blockSize100k, int verbosity, int workFactor);
    [LibraryImport(Lib)] public static partial int BZ2_bzCompress(BzStreamNative* strm, int action);
    [LibraryImport(Lib)] public static partial int BZ2_bzCompressEnd(BzStreamNative* strm);
    [LibraryImport(Lib)] public static partial int BZ2_bzDecompressInit(BzStreamNative* strm, int verbosity, int small);
    [LibraryImport(Lib)] public static partial int BZ2_bzDecompress(BzStreamNative* strm);
    [LibraryImport(Lib)] public static partial int BZ2_bzDecompressEnd(BzStreamNative* strm);
}

/// <summary>bzlib's bz_stream (LP64 layout, 80 bytes). It lives in native memory: the library's state
/// points back at it, so it must never move.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct BzStreamNative
{
    public byte* next_in;
    public uint avail_in;
    public uint total_in_lo32;
    public uint total_in_hi32;
    public byte* next_out;
    public uint avail_out;
    public uint total_out_lo32;
    public uint total_out_hi32;
    public nint state;
    public nint bzalloc;
    public nint bzfree;
    public nint opaque;
}
