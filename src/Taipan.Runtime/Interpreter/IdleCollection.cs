namespace Taipan.Runtime.Interpreter;

/// <summary>
/// A full collection asked for by a thread that has been blocked for a while. CPython's refcounting frees an
/// object the moment it is dropped (closing its socket, say); here that waits for a GC, and a program whose
/// threads all wait allocates nothing, so none comes. A server thread reading from a connection whose client
/// object the main thread dropped, while the main thread waits for the server to stop, waits forever without
/// this (test_httpservers' keep-alive tests); with it, the dropped socket is finalized (closed) after a second.
/// </summary>
internal static class IdleCollection
{
    private static long lastRun = long.MinValue / 2;

    /// <summary>The first wait slice before a collection, in ms; each later slice of the same wait doubles.</summary>
    public const int FirstSliceMs = 1000;
    public const int MaxSliceMs = 64_000;

    /// <summary>Collects unless another blocked thread did less than a second ago. Call without the GIL.</summary>
    public static void Run()
    {
        long now = Environment.TickCount64;
        long last = Interlocked.Read(ref lastRun);
        if (now - last < 1000 || Interlocked.CompareExchange(ref lastRun, now, last) != last) return;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>Waits for <paramref name="wait"/> (given a slice in ms, true when done) up to <paramref name="timeoutMs"/>
    /// (-1: no limit), collecting after each slice that ended without success.</summary>
    public static bool Wait<TState>(TState state, Func<TState, int, bool> wait, long timeoutMs)
    {
        long deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + timeoutMs;
        int slice = FirstSliceMs;
        while (true)
        {
            long left = deadline - Environment.TickCount64;
            if (left <= 0) return wait(state, 0);
            if (wait(state, (int)Math.Min(slice, left))) return true;
            if (deadline - Environment.TickCount64 <= 0) return false;
            Run();
            slice = Math.Min(slice * 2, MaxSliceMs);
        }
    }
}
