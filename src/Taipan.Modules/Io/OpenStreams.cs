using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// Writable buffered and text streams still alive at exit get their buffered data written, as
/// CPython's finalization (and PyPy's exit hook) do: `open(p, 'w').write(s)` without close() must
/// not lose s. Weak references, so tracking never keeps a stream alive.
/// </summary>
internal static class OpenStreams
{
    private static readonly List<WeakReference<PyIOBase>> streams = new();
    private static int addsSincePrune;

    public static void Track(PyIOBase stream)
    {
        lock (streams)
        {
            if (++addsSincePrune >= 1024)
            {
                streams.RemoveAll(static w => !w.TryGetTarget(out _));
                addsSincePrune = 0;
            }
            streams.Add(new WeakReference<PyIOBase>(stream));
        }
    }

    /// <summary>Text layers first (their pending bytes go into the buffers), then the buffers.</summary>
    public static void FlushAll()
    {
        List<PyIOBase> alive = new();
        lock (streams)
        {
            foreach (var w in streams)
                if (w.TryGetTarget(out var s)) alive.Add(s);
        }
        foreach (var s in alive)
            if (s is TextIOWrapper t)
                try { t.FlushForExit(); } catch (PyException) { }
        foreach (var s in alive)
            if (s is Buffered b)
                try { b.FlushForExit(); } catch (PyException) { }
    }
}
