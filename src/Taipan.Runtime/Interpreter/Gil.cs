namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The global interpreter lock: one thread runs Python at a time (the object model is not
/// thread-safe, as CPython's is not). A thread that wants the lock raises <see cref="SwitchRequested"/>;
/// the holder gives it up at its next eval-breaker check (backward jumps) once it has held it for the
/// switch interval (sys.getswitchinterval(), 5 ms), and around blocking waits (lock acquire, sleep).
/// With a single thread the cost is one volatile read per backward jump.
/// </summary>
internal static class Gil
{
    private static readonly object gate = new();
    private static int waiters;
    private static long generation;
    private static long acquiredAt;
    public static volatile bool SwitchRequested;
    public static double SwitchInterval = 0.005;

    public static void Acquire()
    {
        if (!Monitor.TryEnter(gate))
        {
            Interlocked.Increment(ref waiters);
            SwitchRequested = true;
            Taipan.Jit.Backend.JitBreak.Request(); // compiled loops check this flag, not SwitchRequested
            Monitor.Enter(gate);
            if (Interlocked.Decrement(ref waiters) == 0) SwitchRequested = false;
        }
        generation++;
        acquiredAt = Environment.TickCount64;
    }

    public static void Release() => Monitor.Exit(gate);

    public static bool HeldByCurrentThread => Monitor.IsEntered(gate);

    /// <summary>Called from the eval breaker: hands the lock to a waiting thread if this one has had it
    /// for a switch interval, and waits until another thread has actually taken it.</summary>
    public static void YieldIfRequested()
    {
        if (Volatile.Read(ref waiters) == 0 || !Monitor.IsEntered(gate)) { SwitchRequested = false; return; }
        if (Environment.TickCount64 - acquiredAt < (long)(SwitchInterval * 1000)) return;
        long g = generation;
        Monitor.Exit(gate);
        var spin = new SpinWait();
        var deadline = Environment.TickCount64 + 20;
        while (Volatile.Read(ref generation) == g && Volatile.Read(ref waiters) > 0 && Environment.TickCount64 < deadline) spin.SpinOnce();
        Acquire();
    }

    /// <summary>Releases the lock for the duration of a blocking call: <c>using (Gil.Unlocked()) wait();</c></summary>
    public static Unlock Unlocked() => new(Monitor.IsEntered(gate));

    public readonly struct Unlock : IDisposable
    {
        private readonly bool held;

        public Unlock(bool held)
        {
            this.held = held;
            if (held) Monitor.Exit(gate);
        }

        public void Dispose()
        {
            if (held) Acquire();
        }
    }
}
