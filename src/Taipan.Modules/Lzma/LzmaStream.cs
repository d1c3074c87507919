using System.Runtime.InteropServices;

namespace Taipan.Modules.Lzma;

/// <summary>Owns one native lzma_stream: allocated zeroed (LZMA_STREAM_INIT), ended (lzma_end) and
/// freed by the finalizer, as CPython's dealloc does.</summary>
internal sealed unsafe class LzmaStream
{
    public readonly LzmaStreamNative* S;

    public LzmaStream() => S = (LzmaStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(LzmaStreamNative));

    ~LzmaStream()
    {
        LibLzma.lzma_end(S); // a no-op on a stream that was never initialised
        NativeMemory.Free(S);
    }
}
