using Taipan.Runtime.Interpreter;

namespace Taipan.Modules.Compression;

/// <summary>CPython's per-object lock of a compressor/decompressor (ACQUIRE_LOCK): it serialises
/// threads sharing one stream, so the library call itself can run without the GIL. A thread that has
/// to wait gives the GIL up meanwhile, or the holder could never take it back.</summary>
internal sealed class StreamLock
{
    /// <summary>Inputs from this size on are coded with the GIL released; below it, handing the GIL
    /// over costs more than the call (the same threshold as zlib's one-shot functions).</summary>
    public const int ReleaseGilAbove = 64 * 1024;

    private readonly object gate = new();

    public Scope Enter()
    {
        if (!Monitor.TryEnter(gate))
        {
            using (Gil.Unlocked()) Monitor.Enter(gate);
        }
        return new Scope(gate);
    }

    public readonly struct Scope(object gate) : IDisposable
    {
        public void Dispose() => Monitor.Exit(gate);
    }
}
