using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Ctrl-C: the SIGINT handler only sets a flag on the main thread's state; the loop raises
/// KeyboardInterrupt at its next backward jump (CPython's eval breaker).</summary>
internal static class Signals
{
    private static ThreadState? mainThread;

    public static void InstallInterruptHandler(ThreadState main)
    {
        mainThread = main;
        Console.CancelKeyPress += static (_, e) =>
        {
            if (mainThread is null) return;
            e.Cancel = true;
            interruptRequested = true;
            mainThread.PendingInterrupt = true;
        };
    }

    private static volatile bool interruptRequested;

    /// <summary>_thread.interrupt_main / a SIGINT: KeyboardInterrupt in the main thread at its next check.</summary>
    public static void RequestInterrupt()
    {
        interruptRequested = true;
        if (mainThread is not null) mainThread.PendingInterrupt = true;
    }

    /// <summary>Ctrl-C's KeyboardInterrupt when one is pending, else null.</summary>
    public static PyBaseException? TakePending(ThreadState ts)
    {
        if (!interruptRequested) return null;
        interruptRequested = false;
        return new(PyTypes.KeyboardInterrupt, PyTuple.Empty);
    }
}
