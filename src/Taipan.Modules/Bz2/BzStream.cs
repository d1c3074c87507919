using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Bz2;

/// <summary>Owns one native bz_stream: allocated zeroed (default allocator), ended and freed by the
/// finalizer (CPython ends it in dealloc).</summary>
internal sealed unsafe class BzStream
{
    public readonly BzStreamNative* S;
    private readonly bool compressing;
    public bool Initialised;

    public BzStream(bool compressing)
    {
        this.compressing = compressing;
        S = (BzStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(BzStreamNative));
    }

    ~BzStream()
    {
        End();
        NativeMemory.Free(S);
    }

    public void End()
    {
        if (!Initialised) return;
        Initialised = false;
        if (compressing) LibBz2.BZ2_bzCompressEnd(S);
        else LibBz2.BZ2_bzDecompressEnd(S);
    }

    /// <summary>_bz2module.c's catch_bz2_error: the Python exception for a failed call, or null.</summary>
    public static PyException? Error(int bzerror) => bzerror switch
    {
        LibBz2.BZ_OK or LibBz2.BZ_RUN_OK or LibBz2.BZ_FLUSH_OK or LibBz2.BZ_FINISH_OK or LibBz2.BZ_STREAM_END => null,
        LibBz2.BZ_CONFIG_ERROR => PyErrors.New(PyTypes.SystemError, "libbzip2 was not compiled correctly"),
        LibBz2.BZ_PARAM_ERROR => PyErrors.ValueError("Internal error - invalid parameters passed to libbzip2"),
        LibBz2.BZ_MEM_ERROR => PyErrors.MemoryError(),
        LibBz2.BZ_DATA_ERROR or LibBz2.BZ_DATA_ERROR_MAGIC => PyErrors.New(PyTypes.OSError, "Invalid data stream"),
        LibBz2.BZ_IO_ERROR => PyErrors.New(PyTypes.OSError, "Unknown I/O error"),
        LibBz2.BZ_UNEXPECTED_EOF => PyErrors.New(PyTypes.EOFError, "Compressed file ended before the logical end-of-stream was detected"),
        LibBz2.BZ_SEQUENCE_ERROR => PyErrors.New(PyTypes.RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2"),
        _ => PyErrors.New(PyTypes.OSError, $"Unrecognized error from libbzip2: {bzerror}"),
    };

    public static void Check(int bzerror)
    {
        if (Error(bzerror) is { } e) throw e;
    }
}
