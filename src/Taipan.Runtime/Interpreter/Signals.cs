using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Signal handling as CPython does it: the OS-level handler (a PosixSignalRegistration per signal) only marks the signal as tripped and raises the main thread's
/// eval-breaker flag; the Python handler runs on the main thread at its next check, and an exception
/// it raises (KeyboardInterrupt from default_int_handler) propagates from there.
/// <see cref="GetHandler"/> gives SIG_DFL (0), SIG_IGN (1) or a callable per signal number (the _signal
/// module reads and writes it). The OS disposition follows it as in CPython: SIG_IGN is a real SIG_IGN (children inherit it).
/// </summary>
internal static unsafe partial class Signals
{
    public const int NSIG = 65, SIGINT = 2, SIGQUIT = 3, SIGPIPE = 13, SIGXFSZ = 25;
    public static readonly PyObject SigDfl = PyInt.FromLong(0), SigIgn = PyInt.FromLong(1);
    public static readonly PyObject DefaultIntHandler = new PyBuiltinFunction("default_int_handler", "_signal", null,
        static (self, args, kwnames) => throw new PyException(new PyBaseException(PyTypes.KeyboardInterrupt, PyTuple.Empty)));

    // null: not asked for yet; read from the OS disposition on first use (an inherited SIG_IGN shows as SIG_IGN)
    private static readonly PyObject?[] handlers = new PyObject?[NSIG];
    private static readonly PosixSignalRegistration?[] registrations = new PosixSignalRegistration?[NSIG];
    private static PosixSignalRegistration? interruptRegistration;
    // The runtime's OS-level handler per signal, saved once it installed one: a signal we set to SIG_IGN at the
    // OS level gets it back when Python installs a handler again (.NET believes it is still installed).
    private static readonly SigAction[] runtimeActions = new SigAction[NSIG];
    private static readonly bool[] haveRuntimeAction = new bool[NSIG];
    private static readonly int[] tripped = new int[NSIG];
    private static volatile int anyTripped;
    private static ThreadState? mainThread;
    /// <summary>Set once a Python handler is installed for a signal other than SIGINT: from then on blocking
    /// reads and writes on the main thread wait in poll slices so that the handler can run (PEP 475).</summary>
    public static volatile bool PythonHandlersInstalled;
    /// <summary>signal.set_wakeup_fd: a byte with the signal number is written here when one arrives.</summary>
    public static int WakeupFd = -1;
    /// <summary>set_wakeup_fd(warn_on_full_buffer=): whether a full buffer (EAGAIN) is reported too.</summary>
    public static bool WakeupWarnOnFullBuffer = true;
    // errno of a failed wakeup-fd write, reported on the main thread before the handlers run (CPython's
    // report_wakeup_write_error pending call)
    private static int wakeupErrno;

    public static bool IsMainThread(ThreadState ts) => ReferenceEquals(ts, mainThread);

    /// <summary>
    /// Start-up, as CPython's signal_install_handlers: SIGINT gets default_int_handler unless the process
    /// inherited it ignored (nohup, a background job), SIGXFSZ is ignored. .NET respects an inherited SIG_IGN
    /// by never installing its handler (and remembers that for good), so SIGINT and SIGQUIT, which it sets
    /// up when its signal handling starts, are briefly set to SIG_DFL around that start and ignored again after.
    /// </summary>
    public static void InstallInterruptHandler(ThreadState main)
    {
        mainThread = main;
        if (interruptRegistration is not null) return;
        bool intIgnored = OsIgnores(SIGINT), quitIgnored = OsIgnores(SIGQUIT);
        handlers[SIGINT] = intIgnored ? SigIgn : DefaultIntHandler;
        if (intIgnored) SetOsDisposition(SIGINT, SigDflHandler);
        if (quitIgnored) SetOsDisposition(SIGQUIT, SigDflHandler);
        // Not Console.CancelKeyPress: it initialises the whole terminal layer (terminfo, SIGCHLD/SIGCONT
        // handling: 6 ms of a 110 ms start-up, measured) and also catches SIGQUIT, which CPython leaves alone.
        interruptRegistration = PosixSignalRegistration.Create(PosixSignal.SIGINT, static ctx =>
        {
            // SIG_DFL and SIG_IGN are OS dispositions: what still reaches us came before they were set
            var h = handlers[SIGINT];
            ctx.Cancel = true;
            if (!ReferenceEquals(h, SigDfl) && !ReferenceEquals(h, SigIgn)) Trip(SIGINT);
        });
        SaveRuntimeAction(SIGINT);
        SaveRuntimeAction(SIGQUIT);
        if (intIgnored) SetOsDisposition(SIGINT, SigIgnHandler);
        if (quitIgnored) SetOsDisposition(SIGQUIT, SigIgnHandler);
        SetOsDisposition(SIGXFSZ, SigIgnHandler);
        handlers[SIGXFSZ] = SigIgn;
    }

    /// <summary>The Python-level handler: SIG_DFL, SIG_IGN or a callable.</summary>
    public static PyObject GetHandler(int sig) => handlers[sig] ??= InitialHandler(sig);

    private static PyObject InitialHandler(int sig) =>
        sig == SIGPIPE || OsIgnores(sig) ? SigIgn : SigDfl; // SIGPIPE: .NET ignores it, as CPython does

    /// <summary>signal.signal: installs the Python-level handler and the OS disposition behind it.</summary>
    public static PyObject SetHandler(int sig, PyObject handler)
    {
        var old = GetHandler(sig);
        handlers[sig] = handler;
        bool callable = !ReferenceEquals(handler, SigDfl) && !ReferenceEquals(handler, SigIgn);
        if (callable && sig != SIGINT) PythonHandlersInstalled = true;
        if (IsRuntimeReserved(sig))
        {
            // the runtime's own fault and suspension signals keep its handlers; the Python handler still runs
            // for raise_signal and os.kill of our own process
            return old;
        }
        if (callable)
        {
            if (sig != SIGINT && registrations[sig] is null)
            {
                // .NET skips installing over an ignored signal: make it default first so that it does
                if (OsIgnores(sig)) SetOsDisposition(sig, SigDflHandler);
                try
                {
                    registrations[sig] = PosixSignalRegistration.Create((PosixSignal)sig, static ctx =>
                    {
                        ctx.Cancel = true;
                        int s = (int)ctx.Signal;
                        if (s > 0 && s < NSIG && handlers[s] is { } h && !ReferenceEquals(h, SigDfl) && !ReferenceEquals(h, SigIgn)) Trip(s);
                    });
                }
                catch (Exception e) when (e is PlatformNotSupportedException or ArgumentOutOfRangeException or IOException)
                {
                    return old; // not interceptable from .NET: the Python handler still runs for raise_signal
                }
            }
            // a signal we ignored at the OS level since the runtime installed its handler: give it back
            if (IsOsDefaultOrIgnored(sig)) { if (haveRuntimeAction[sig]) RestoreRuntimeAction(sig); }
            else SaveRuntimeAction(sig);
            return old;
        }
        // The registration stays: .NET acts on a signal on its own thread, after the handler may have changed, and
        // treats one arriving without a registration as SIG_DFL (a SIGALRM that came in while a handler was set
        // would kill us after signal(SIGALRM, SIG_DFL)); with it, the late signal finds SIG_DFL or SIG_IGN in the
        // table and is dropped, as CPython drops a tripped signal whose handler is no longer a callable.
        if (ReferenceEquals(handler, SigIgn)) SetOsDisposition(sig, SigIgnHandler);
        else if (IsDefaultIgnored(sig))
        {
            // the runtime may need its handler (SIGCHLD for child processes); its default action is ours anyway
            if (OsIgnores(sig))
            {
                if (haveRuntimeAction[sig]) RestoreRuntimeAction(sig);
                else SetOsDisposition(sig, SigDflHandler);
            }
        }
        else
        {
            if (!IsOsDefaultOrIgnored(sig)) SaveRuntimeAction(sig);
            SetOsDisposition(sig, SigDflHandler);
        }
        return old;
    }

    /// <summary>SIGCHLD, SIGCONT, SIGURG, SIGWINCH: nothing happens by default.</summary>
    private static bool IsDefaultIgnored(int sig) => sig is 17 or 18 or 23 or 28;

    /// <summary>Signals the .NET runtime handles for itself (faults become exceptions, SIGRTMIN suspends
    /// threads for the GC): their OS disposition is never changed.</summary>
    private static bool IsRuntimeReserved(int sig) => sig is 4 or 5 or 6 or 7 or 8 or 11 or 34;

    private const nint SigDflHandler = 0, SigIgnHandler = 1;

    /// <summary>glibc's struct sigaction on Linux (x86-64 and arm64): handler, 1024-bit mask, flags, restorer.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct SigAction
    {
        public nint Handler;
        public fixed ulong Mask[16];
        public int Flags;
        public nint Restorer;
    }

    private static nint OsHandler(int sig)
    {
        SigAction cur;
        if (sigaction(sig, null, &cur) != 0) return -1;
        return cur.Handler;
    }

    private static bool OsIgnores(int sig) => OsHandler(sig) == SigIgnHandler;

    private static bool IsOsDefaultOrIgnored(int sig) => OsHandler(sig) is SigDflHandler or SigIgnHandler;

    private static void SetOsDisposition(int sig, nint handler)
    {
        SigAction act = default;
        act.Handler = handler;
        sigaction(sig, &act, null);
    }

    private static void SaveRuntimeAction(int sig)
    {
        SigAction cur;
        if (sigaction(sig, null, &cur) != 0 || cur.Handler is SigDflHandler or SigIgnHandler) return;
        runtimeActions[sig] = cur;
        haveRuntimeAction[sig] = true;
    }

    private static void RestoreRuntimeAction(int sig)
    {
        SigAction act = runtimeActions[sig];
        sigaction(sig, &act, null);
    }

    [LibraryImport("libc", EntryPoint = "sigaction")]
    private static partial int sigaction(int sig, SigAction* act, SigAction* oldact);

    /// <summary>Marks <paramref name="sig"/> as arrived (any thread).</summary>
    public static void Trip(int sig)
    {
        Volatile.Write(ref tripped[sig], 1);
        anyTripped = 1;
        if (mainThread is not null) mainThread.PendingInterrupt = true;
        Taipan.Jit.Backend.JitBreak.Request(); // compiled loops check this flag, not PendingInterrupt
        // after the flags: a select() woken by the byte must find the signal pending
        if (WakeupFd >= 0) WriteWakeup(WakeupFd, (byte)sig);
        lock (arrivalLock)
        {
            arrivals++;
            Monitor.PulseAll(arrivalLock);
        }
    }

    private static readonly object arrivalLock = new();
    private static long arrivals;

    /// <summary>signal.pause: waits (without the GIL) until a signal with a Python handler arrives. Not libc's
    /// pause(): the kernel hands a process signal to any of the runtime's threads, rarely to the waiting one.</summary>
    public static void WaitForSignal()
    {
        long seen;
        lock (arrivalLock) seen = arrivals;
        if (anyTripped != 0) return; // arrived since the last check: its handler runs now
        using (Gil.Unlocked())
            lock (arrivalLock)
                while (arrivals == seen) Monitor.Wait(arrivalLock);
    }

    /// <summary>time.sleep: on the main thread a signal with a Python handler wakes it, the handler runs (its
    /// exception propagates) and the sleep goes on for the time left (PEP 475), as CPython's EINTR handling.</summary>
    public static void Sleep(TimeSpan duration)
    {
        var ts = ThreadState.Current;
        if (!IsMainThread(ts))
        {
            using (Gil.Unlocked()) Thread.Sleep(duration);
            return;
        }
        // Stopwatch, not TickCount64: that clock is coarse (4 ms), and a sleep must not end early
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)Math.Ceiling(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (true)
        {
            long seen;
            lock (arrivalLock) seen = arrivals;
            var left = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), deadline);
            if (anyTripped == 0 && left > TimeSpan.Zero)
                using (Gil.Unlocked())
                    lock (arrivalLock)
                        if (arrivals == seen) Monitor.Wait(arrivalLock, left < TimeSpan.FromDays(1) ? left : TimeSpan.FromDays(1));
            if (TakePending(ts) is { } e) throw new PyException(e);
            if (System.Diagnostics.Stopwatch.GetTimestamp() >= deadline) return;
        }
    }

    /// <summary>
    /// os.kill of our own process: CPython runs the Python handler before the next instruction (the
    /// signal reaches its C handler before kill() returns). Here the mark comes from .NET's signal
    /// thread, so the main thread waits briefly for it and runs the handlers now.
    /// </summary>
    public static void DeliverToSelf(int sig)
    {
        if (sig <= 0 || sig >= NSIG) return;
        var h = GetHandler(sig);
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
        var h = GetHandler((int)signum);
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
        ReportWakeupError();
        for (int sig = 1; sig < NSIG; sig++)
        {
            if (Interlocked.Exchange(ref tripped[sig], 0) == 0) continue;
            var h = GetHandler(sig);
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

    /// <summary>Ends the process by SIGINT's default action; returns if the signal did not arrive within a second.</summary>
    public static void ExitBySigint()
    {
        handlers[SIGINT] = SigDfl;
        SetOsDisposition(SIGINT, SigDflHandler);
        if (Kill(Environment.ProcessId, SIGINT) != 0) return;
        for (int i = 0; i < 100; i++) Thread.Sleep(10);
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int sig);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint SysWrite(int fd, ref byte buf, nint count);

    private static void WriteWakeup(int fd, byte b)
    {
        if (SysWrite(fd, ref b, 1) >= 0) return;
        int errno = Marshal.GetLastPInvokeError();
        if (errno == 11 /* EAGAIN */ && !WakeupWarnOnFullBuffer) return;
        wakeupErrno = errno;
    }

    private static void ReportWakeupError()
    {
        int errno = Interlocked.Exchange(ref wakeupErrno, 0);
        if (errno == 0) return;
        var e = PyOps.Call(PyTypes.OSError, [PyInt.FromLong(errno), PyStr.FromString(Marshal.GetPInvokeErrorMessage(errno))]);
        if (e is PyBaseException be) Unraisable.Report(be, null, "Exception ignored when trying to write to the signal wakeup fd:");
    }
}
