using System.Runtime.InteropServices;

namespace Taipan.Modules.Lzma;

/// <summary>The system liblzma (liblzma.so.5), the library CPython's _lzma links, so .xz/.lzma bytes
/// equal CPython's.</summary>
internal static unsafe partial class LibLzma
{
    public const string Lib = "liblzma.so.5";

    // lzma_ret
    public const int LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_UNSUPPORTED_CHECK = 3,
        LZMA_GET_CHECK = 4, LZMA_MEM_ERROR = 5, LZMA_MEMLIMIT_ERROR = 6, LZMA_FORMAT_ERROR = 7,
        LZMA_OPTIONS_ERROR = 8, LZMA_DATA_ERROR = 9, LZMA_BUF_ERROR = 10, LZMA_PROG_ERROR = 11;

    // lzma_action
    public const int LZMA_RUN = 0, LZMA_FINISH = 3;

    public const uint LZMA_TELL_NO_CHECK = 0x01, LZMA_TELL_ANY_CHECK = 0x04;

    public const int LZMA_CHECK_NONE = 0, LZMA_CHECK_CRC32 = 1, LZMA_CHECK_CRC64 = 4, LZMA_CHECK_SHA256 = 10,
        LZMA_CHECK_ID_MAX = 15, LZMA_CHECK_UNKNOWN = LZMA_CHECK_ID_MAX + 1;

    public const ulong LZMA_FILTER_LZMA1 = 0x4000000000000001, LZMA_FILTER_LZMA2 = 0x21, LZMA_FILTER_DELTA = 0x03,
        LZMA_FILTER_X86 = 0x04, LZMA_FILTER_POWERPC = 0x05, LZMA_FILTER_IA64 = 0x06, LZMA_FILTER_ARM = 0x07,
        LZMA_FILTER_ARMTHUMB = 0x08, LZMA_FILTER_SPARC = 0x09;

    public const ulong LZMA_VLI_UNKNOWN = ulong.MaxValue;
    public const int LZMA_FILTERS_MAX = 4;

    public const int LZMA_MF_HC3 = 0x03, LZMA_MF_HC4 = 0x04, LZMA_MF_BT2 = 0x12, LZMA_MF_BT3 = 0x13, LZMA_MF_BT4 = 0x14;
    public const int LZMA_MODE_FAST = 1, LZMA_MODE_NORMAL = 2;
    public const uint LZMA_PRESET_DEFAULT = 6, LZMA_PRESET_EXTREME = 1u << 31;

    [LibraryImport(Lib)] public static partial int lzma_code(LzmaStreamNative* strm, int action);
    [LibraryImport(Lib)] public static partial void lzma_end(LzmaStreamNative* strm);
    [LibraryImport(Lib)] public static partial int lzma_get_check(LzmaStreamNative* strm);
    [LibraryImport(Lib)] public static partial int lzma_easy_encoder(LzmaStreamNative* strm, uint preset, int check);
    [LibraryImport(Lib)] public static partial int lzma_stream_encoder(LzmaStreamNative* strm, LzmaFilter* filters, int check);
    [LibraryImport(Lib)] public static partial int lzma_alone_encoder(LzmaStreamNative* strm, void* options);
    [LibraryImport(Lib)] public static partial int lzma_raw_encoder(LzmaStreamNative* strm, LzmaFilter* filters);
    [LibraryImport(Lib)] public static partial int lzma_auto_decoder(LzmaStreamNative* strm, ulong memlimit, uint flags);
    [LibraryImport(Lib)] public static partial int lzma_stream_decoder(LzmaStreamNative* strm, ulong memlimit, uint flags);
    [LibraryImport(Lib)] public static partial int lzma_alone_decoder(LzmaStreamNative* strm, ulong memlimit);
    [LibraryImport(Lib)] public static partial int lzma_raw_decoder(LzmaStreamNative* strm, LzmaFilter* filters);
    [LibraryImport(Lib)] public static partial byte lzma_check_is_supported(int check);
    /// <summary>Fills an lzma_options_lzma from a preset; returns true (non-zero) on failure.</summary>
    [LibraryImport(Lib)] public static partial byte lzma_lzma_preset(void* options, uint preset);
    [LibraryImport(Lib)] public static partial int lzma_properties_size(uint* size, LzmaFilter* filter);
    [LibraryImport(Lib)] public static partial int lzma_properties_encode(LzmaFilter* filter, byte* props);
    [LibraryImport(Lib)] public static partial int lzma_properties_decode(LzmaFilter* filter, void* allocator, byte* props, nuint propsSize);
}

/// <summary>liblzma's lzma_stream (LP64 layout, 136 bytes; LZMA_STREAM_INIT is all zeros).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaStreamNative
{
    public byte* next_in;
    public nuint avail_in;
    public ulong total_in;
    public byte* next_out;
    public nuint avail_out;
    public ulong total_out;
    public nint allocator;
    public nint @internal;
    public nint reserved_ptr1, reserved_ptr2, reserved_ptr3, reserved_ptr4;
    public ulong seek_pos, reserved_int2;
    public nuint reserved_int3, reserved_int4;
    public int reserved_enum1, reserved_enum2;
}

/// <summary>lzma_filter: a filter id and a pointer to its options struct.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaFilter
{
    public ulong id;
    public void* options;
}

/// <summary>The leading fields of lzma_options_lzma (the struct is 112 bytes in liblzma 5.4; the rest
/// is reserved and left zeroed).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaOptionsLzma
{
    public uint dict_size;
    public byte* preset_dict;
    public uint preset_dict_size;
    public uint lc, lp, pb;
    public uint mode;
    public uint nice_len;
    public uint mf;
    public uint depth;
}
