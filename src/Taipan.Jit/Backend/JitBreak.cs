namespace Taipan.Jit.Backend;

/// <summary>
/// The process-wide "give control back to the interpreter" flag that compiled loops test at every backward
/// jump (guard_no_break: a volatile load of a static and a branch, ~0.3 ns, where a call that reads a
/// thread-static cost ~6 ns per iteration). Whoever needs a running loop to reach the interpreter's eval
/// breaker (a signal, a pending call, a thread waiting for the interpreter lock) raises it after setting
/// its own condition; the interpreter lowers it before entering compiled code and raises it again if
/// a condition still holds (see the interpreter's back-edge hook), so a request is never lost.
/// </summary>
public static class JitBreak
{
    public static volatile int Pending;

    public static void Request() => Pending = 1;
}
