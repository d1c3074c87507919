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
            mainThread.PendingInterrupt = true;
        };
    }

    public static PyBaseException TakePending(ThreadState ts) => new(PyTypes.KeyboardInterrupt, PyTuple.Empty);
}
