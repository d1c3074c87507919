using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Signal;

/// <summary>The _signal module over the runtime's handler table (<see cref="Signals"/>).</summary>
[PyModule("_signal")]
internal static partial class SignalModule
{
    private static readonly (string Name, int Value)[] Constants =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18),
        ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24),
        ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29),
        ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2),
        ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2), ("NSIG", Signals.NSIG),
    };

    private static readonly string[] Descriptions =
    {
        "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
        "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
        "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
        "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
        "I/O possible", "Power failure", "Bad system call",
    };

    private static PyType? itimerError;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_signal", InstallPyBindings);
        foreach (var (name, value) in Constants) m.Dict.SetItem(PyStr.FromAscii(name), PyInt.FromLong(value));
        m.Dict.SetItem(PyStr.FromAscii("SIG_DFL"), Signals.SigDfl);
        m.Dict.SetItem(PyStr.FromAscii("SIG_IGN"), Signals.SigIgn);
        m.Dict.SetItem(PyStr.FromAscii("default_int_handler"), Signals.DefaultIntHandler);
        itimerError ??= (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("ItimerError"), PyTuple.Of(PyTypes.OSError), new PyDict()]);
        itimerError.Dict.SetItem(Names.Module, PyStr.FromAscii("signal"));
        m.Dict.SetItem(PyStr.FromAscii("ItimerError"), itimerError);
        return m;
    }

    private static int CheckSignal(long signalnum)
    {
        if (signalnum < 1 || signalnum >= Signals.NSIG) throw PyErrors.ValueError("signal number out of range");
        return (int)signalnum;
    }

    [PyFunction]
    internal static PyObject signal(long signalnum, PyObject handler)
    {
        if (!Signals.IsMainThread(ThreadState.Current))
            throw PyErrors.ValueError("signal only works in main thread of the main interpreter");
        int sig = CheckSignal(signalnum);
        bool isDfl = handler is PyInt { IsSmall: true, Small: 0 } && handler.type == PyTypes.Int;
        bool isIgn = handler is PyInt { IsSmall: true, Small: 1 } && handler.type == PyTypes.Int;
        if (!isDfl && !isIgn && handler.type.Call is null)
            throw PyErrors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (sig == 9 || sig == 19 || sig == 32 || sig == 33)
            throw PyOps.Call(PyTypes.OSError, [PyInt.FromLong(22), PyStr.FromAscii("Invalid argument")]) is PyBaseException e
                ? new PyException(e) : PyErrors.ValueError("invalid signal");
        return Signals.SetHandler(sig, isDfl ? Signals.SigDfl : isIgn ? Signals.SigIgn : handler);
    }

    [PyFunction]
    internal static PyObject getsignal(long signalnum) => Signals.GetHandler(CheckSignal(signalnum));

    [PyFunction]
    internal static PyObject strsignal(long signalnum)
    {
        int sig = CheckSignal(signalnum);
        if (sig < Descriptions.Length) return PyStr.FromString(Descriptions[sig]);
        return sig >= 34 ? PyStr.FromString($"Real-time signal {sig - 34}") : PyNone.Instance;
    }

    [PyFunction]
    internal static PySet valid_signals()
    {
        var s = new PySet();
        for (int i = 1; i < Signals.NSIG; i++) if (i != 32 && i != 33) s.Add(PyInt.FromLong(i));
        return s;
    }

    /// <summary>raise_signal: as if the signal arrived. A Python-level handler runs on the main thread (now, when
    /// that is the caller: its exception propagates from here); SIG_DFL gets the OS default action.</summary>
    [PyFunction]
    internal static void raise_signal(long signalnum)
    {
        int sig = CheckSignal(signalnum);
        var h = Signals.GetHandler(sig);
        if (ReferenceEquals(h, Signals.SigIgn)) return;
        if (ReferenceEquals(h, Signals.SigDfl))
        {
            Console.Out.Flush();
            kill(getpid(), sig);
            return;
        }
        Signals.Trip(sig);
        var ts = ThreadState.Current;
        if (Signals.IsMainThread(ts) && Signals.TakePending(ts) is { } e) throw new PyException(e);
    }

    [PyFunction]
    internal static long alarm(long seconds) => SysAlarm((uint)Math.Max(0, seconds));

    [PyFunction]
    internal static void pause()
    {
        Signals.WaitForSignal();
        if (Signals.TakePending(ThreadState.Current) is { } e) throw new PyException(e);
    }

    [PyFunction]
    internal static void siginterrupt(long signalnum, long flag) => CheckSignal(signalnum);

    [PyFunction]
    internal static long set_wakeup_fd(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int np = args.Length - (kwnames?.Count ?? 0);
        if (np != 1) throw PyErrors.TypeError($"set_wakeup_fd() takes exactly one argument ({np} given)");
        bool warn = true;
        for (int i = 0; i < (kwnames?.Count ?? 0); i++)
        {
            var name = ((PyStr)kwnames!.Items[i]).Value;
            if (name != "warn_on_full_buffer") throw PyErrors.TypeError($"set_wakeup_fd() got an unexpected keyword argument '{name}'");
            warn = PyOps.IsTrue(args[np + i]);
        }
        if (!Signals.IsMainThread(ThreadState.Current))
            throw PyErrors.ValueError("set_wakeup_fd only works in main thread of the main interpreter");
        long fd = PyOps.Index(args[0]).AsLong();
        if (fd != -1)
        {
            if (fd < int.MinValue || fd > int.MaxValue) throw PyErrors.ValueError($"fd {fd} is out of range");
            int flags = Posix.Libc.fcntl((int)fd, 3 /* F_GETFL */, 0);
            if (flags < 0) throw Posix.PosixErrors.Last();
            if ((flags & 0x800 /* O_NONBLOCK */) == 0) throw PyErrors.ValueError($"the fd {fd} must be in non-blocking mode");
        }
        int old = Signals.WakeupFd;
        Signals.WakeupFd = (int)fd;
        Signals.WakeupWarnOnFullBuffer = warn;
        return old;
    }

    [PyFunction]
    internal static PySet pthread_sigmask(long how, PyObject mask)
    {
        if (how < 0 || how > 2) throw PyOps.Call(PyTypes.OSError, [PyInt.FromLong(22), PyStr.FromAscii("Invalid argument")]) is PyBaseException e
            ? new PyException(e) : PyErrors.ValueError("invalid how");
        PyOps.GetIter(mask);
        return new PySet();
    }

    [PyFunction]
    internal static void pthread_kill(long thread_id, long signalnum)
    {
        if (signalnum != 0) raise_signal(signalnum);
    }

    [PyFunction]
    internal static PySet sigpending() => new();

    [PyFunction]
    internal static PyTuple setitimer(long which, double seconds, double interval = 0.0)
    {
        if (which < 0 || which > 2) throw new PyException((PyBaseException)PyOps.Call(itimerError!, [PyInt.FromLong(22), PyStr.FromAscii("Invalid argument")]));
        var (vs, vus) = ToTimeval(seconds);
        var (isec, ius) = ToTimeval(interval);
        var value = new ItimerVal { IntervalSec = isec, IntervalUsec = ius, ValueSec = vs, ValueUsec = vus };
        SysSetitimer((int)which, ref value, out var old);
        return PyTuple.Of(new PyFloat(old.ValueSec + old.ValueUsec / 1e6), new PyFloat(old.IntervalSec + old.IntervalUsec / 1e6));
    }

    /// <summary>Seconds to a timeval rounding up, as CPython (via nanoseconds, _PyTime_ROUND_CEILING): a tiny
    /// positive value must not become 0, which would disarm the timer.</summary>
    private static (long Sec, long Usec) ToTimeval(double seconds)
    {
        if (double.IsNaN(seconds)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
        double ns = Math.Ceiling(seconds * 1e9);
        if (ns >= 9.2e18 || ns <= -9.2e18) throw PyErrors.OverflowError("timestamp too large to convert to C _PyTime_t");
        long n = (long)ns;
        long us = n >= 0 ? (n + 999) / 1000 : n / 1000;
        return (Math.DivRem(us, 1_000_000, out long rem), rem);
    }

    [PyFunction]
    internal static PyTuple getitimer(long which)
    {
        if (which < 0 || which > 2) throw new PyException((PyBaseException)PyOps.Call(itimerError!, [PyInt.FromLong(22), PyStr.FromAscii("Invalid argument")]));
        SysGetitimer((int)which, out var cur);
        return PyTuple.Of(new PyFloat(cur.ValueSec + cur.ValueUsec / 1e6), new PyFloat(cur.IntervalSec + cur.IntervalUsec / 1e6));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ItimerVal
    {
        public long IntervalSec, IntervalUsec, ValueSec, ValueUsec;
    }

    [DllImport("libc", EntryPoint = "alarm")] private static extern uint SysAlarm(uint seconds);
    [DllImport("libc")] private static extern int kill(int pid, int sig);
    [DllImport("libc")] private static extern int getpid();
    [DllImport("libc", EntryPoint = "setitimer")] private static extern int SysSetitimer(int which, ref ItimerVal value, out ItimerVal old);
    [DllImport("libc", EntryPoint = "getitimer")] private static extern int SysGetitimer(int which, out ItimerVal value);
}
