using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Signal handling as CPython does it: the OS-level handler (a PosixSignalRegistration per signal) only marks the signal as tripped and raises the main thread's
/// eval-breaker flag; the Python handler runs on the main thread at its next check, and an exception
/// it raises (KeyboardInterrupt from default_int_handler) propagates from there.
/// <see cref="Handlers"/> holds SIG_DFL (0), SIG_IGN (1) or a callable per signal number (the _signal
/// module reads and writes it).
/// </summary>
internal static class Signals
{
    public const int NSIG = 65, SIGINT = 2, SIGPIPE = 13;
    public static readonly PyObject SigDfl = PyInt.FromLong(0), SigIgn = PyInt.FromLong(1);
    public static readonly PyObject DefaultIntHandler = new PyBuiltinFunction("default_int_handler", "_signal", null,
        static (self, args, kwnames) => throw new PyException(new PyBaseException(PyTypes.KeyboardInterrupt, PyTuple.Empty)));

    private static readonly PyObject[] handlers = InitialHandlers();
    private static readonly PosixSignalRegistration?[] registrations = new PosixSignalRegistration?[NSIG];
    private static PosixSignalRegistration? interruptRegistration;
    private static readonly int[] tripped = new int[NSIG];
    private static volatile int anyTripped;
    private static ThreadState? mainThread;
    /// <summary>Set once a Python handler is installed for a signal other than SIGINT: from then on blocking
    /// reads and writes on the main thread wait in poll slices so that the handler can run (PEP 475).</summary>
    public static volatile bool PythonHandlersInstalled;
    /// <summary>signal.set_wakeup_fd: a byte with the signal number is written here when one arrives.</summary>
    public static int WakeupFd = -1;

    private static PyObject[] InitialHandlers()
    {
        var h = new PyObject[NSIG];
        for (int i = 0; i < h.Length; i++) h[i] = SigDfl; // not Array.Fill<T>: jitted at start-up, not precompiled
        h[SIGINT] = DefaultIntHandler;
        h[SIGPIPE] = SigIgn; // CPython ignores SIGPIPE so writes fail with BrokenPipeError instead
        return h;
    }

    public static bool IsMainThread(ThreadState ts) => ReferenceEquals(ts, mainThread);

    public static void InstallInterruptHandler(ThreadState main)
    {
        mainThread = main;
        // Not Console.CancelKeyPress: it initialises the whole terminal layer (terminfo, SIGCHLD/SIGCONT
        // handling: 6 ms of a 110 ms start-up, measured) and also catches SIGQUIT, which CPython leaves alone.
        interruptRegistration ??= PosixSignalRegistration.Create(PosixSignal.SIGINT, static ctx =>
        {
            var h = handlers[SIGINT];
            if (ReferenceEquals(h, SigDfl)) return; // default action: the process ends
            ctx.Cancel = true;
            if (!ReferenceEquals(h, SigIgn)) Trip(SIGINT);
        });
    }

    public static PyObject GetHandler(int sig) => handlers[sig];

    /// <summary>signal.signal: installs the Python-level handler and the OS registration behind it.</summary>
    public static PyObject SetHandler(int sig, PyObject handler)
    {
        var old = handlers[sig];
        handlers[sig] = handler;
        if (sig == SIGINT) return old;
        registrations[sig]?.Dispose();
        registrations[sig] = null;
        if (!ReferenceEquals(handler, SigDfl))
        {
            if (!ReferenceEquals(handler, SigIgn)) PythonHandlersInstalled = true;
            try
            {
                registrations[sig] = PosixSignalRegistration.Create((PosixSignal)sig, static ctx =>
                {
                    ctx.Cancel = true;
                    int s = (int)ctx.Signal;
                    if (s > 0 && s < NSIG && !ReferenceEquals(handlers[s], SigIgn)) Trip(s);
                });
            }
            catch (Exception e) when (e is PlatformNotSupportedException or ArgumentOutOfRangeException or IOException)
            {
                // Not interceptable from .NET (SIGSEGV and the like): the Python handler still runs for raise_signal.
            }
        }
        return old;
    }

    /// <summary>Marks <paramref name="sig"/> as arrived (any thread).</summary>
    public static void Trip(int sig)
    {
        Volatile.Write(ref tripped[sig], 1);
        anyTripped = 1;
        if (WakeupFd >= 0) WriteWakeup(WakeupFd, (byte)sig);
        if (mainThread is not null) mainThread.PendingInterrupt = true;
        Taipan.Jit.Backend.JitBreak.Request(); // compiled loops check this flag, not PendingInterrupt
    }

    /// <summary>
    /// os.kill of our own process: CPython runs the Python handler before the next instruction (the
    /// signal reaches its C handler before kill() returns). Here the mark comes from .NET's signal
    /// thread, so the main thread waits briefly for it and runs the handlers now.
    /// </summary>
    public static void DeliverToSelf(int sig)
    {
        if (sig <= 0 || sig >= NSIG) return;
        var h = handlers[sig];
        if (ReferenceEquals(h, SigDfl) || ReferenceEquals(h, SigIgn)) return;
        var ts = ThreadState.Current;
        if (!IsMainThread(ts)) return;
        // the runtime's signal thread may be slow to run on a loaded machine: wait up to a second for it
        long deadline = Environment.TickCount64 + 1000;
        while (Volatile.Read(ref tripped[sig]) == 0 && Environment.TickCount64 < deadline) Thread.Sleep(1);
        var e = TakePending(ts);
        if (e is not null) throw new PyException(e);
    }

    /// <summary>_thread.interrupt_main (PyErr_SetInterruptEx): as if the signal arrived; nothing when
    /// Python does not handle it (SIG_DFL, SIG_IGN).</summary>
    public static void RequestInterrupt(long signum = SIGINT)
    {
        if (signum < 1 || signum >= NSIG) throw PyErrors.ValueError("signal number out of range");
        var h = handlers[signum];
        if (ReferenceEquals(h, SigDfl) || ReferenceEquals(h, SigIgn)) return;
        Trip((int)signum);
        // on the main thread CPython runs the handler before the next instruction: the call raises
        var ts = ThreadState.Current;
        if (IsMainThread(ts) && TakePending(ts) is { } e) throw new PyException(e);
    }

    /// <summary>Runs the Python handlers of the signals that arrived; returns the exception one raised.</summary>
    public static PyBaseException? TakePending(ThreadState ts)
    {
        if (anyTripped == 0) return null;
        anyTripped = 0;
        for (int sig = 1; sig < NSIG; sig++)
        {
            if (Interlocked.Exchange(ref tripped[sig], 0) == 0) continue;
            var h = handlers[sig];
            if (ReferenceEquals(h, SigDfl) || ReferenceEquals(h, SigIgn)) continue;
            try
            {
                PyOps.Call(h, [PyInt.FromLong(sig), (PyObject?)ts.Frame?.MarkEscaped() ?? PyNone.Instance]);
            }
            catch (PyException e)
            {
                return e.Value;
            }
        }
        return null;
    }

    /// <summary>Ends the process by SIGINT's default action (the handler returns without cancelling
    /// when the Python-level handler is SIG_DFL); returns if the signal did not arrive within a second.</summary>
    public static void ExitBySigint()
    {
        handlers[SIGINT] = SigDfl;
        if (interruptRegistration is null || Kill(Environment.ProcessId, SIGINT) != 0) return;
        // Delivery is asynchronous (the runtime's signal thread); the default action ends the process.
        for (int i = 0; i < 100; i++) Thread.Sleep(10);
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int sig);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint SysWrite(int fd, ref byte buf, nint count);

    private static void WriteWakeup(int fd, byte b) => SysWrite(fd, ref b, 1);
}
