using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Select;

/// <summary>poll(2) for a blocking wait, with the GIL released. .NET's signal handling does not
/// interrupt the syscall, so on the main thread the wait runs in short slices and a signal that arrived
/// runs its Python handler in between: an exception it raises propagates, otherwise the wait goes on
/// with the remaining timeout (PEP 475), as CPython's select/selectors/socket behave.</summary>
internal static unsafe class BlockingPoll
{
    private const int SliceMs = 50;
    private const int EINTR = 4;

    /// <summary>The number of ready fds, 0 on timeout (<paramref name="timeoutMs"/> -1: none); raises
    /// OSError on failure.</summary>
    public static int Poll(SelectModule.PollFd* fds, ulong n, int timeoutMs)
    {
        var ts = ThreadState.Current;
        bool main = Signals.IsMainThread(ts);
        long deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + timeoutMs;
        while (true)
        {
            int ms = timeoutMs < 0 ? -1 : (int)Math.Max(0, deadline - Environment.TickCount64);
            int slice = main && (ms < 0 || ms > SliceMs) ? SliceMs : ms;
            int r, errno;
            using (Gil.Unlocked())
            {
                r = SelectModule.Poll(fds, n, slice);
                errno = Marshal.GetLastPInvokeError();
            }
            if (r < 0 && errno != EINTR) throw PosixErrors.FromErrno(errno);
            // a signal that came during the wait interrupts it even when an fd got ready too (the wakeup fd's
            // byte): CPython's select() fails with EINTR and the handler's exception propagates
            if (main && ts.PendingInterrupt) RunSignalHandlers(ts);
            if (r > 0 || (r == 0 && slice == ms)) return r;
            if (timeoutMs >= 0 && Environment.TickCount64 >= deadline) return 0;
        }
    }

    private const int F_GETFL = 3, O_NONBLOCK = 0x800, O_ACCMODE = 3, O_RDONLY = 0, O_WRONLY = 1;

    /// <summary>Before a blocking read (or write) of <paramref name="fd"/> on the main thread, once Python
    /// signal handlers exist: waits until the fd is ready, running handlers that arrive meanwhile (the
    /// read itself would not be interrupted, so `signal.alarm` + a handler that feeds the pipe hung).
    /// A non-blocking fd, another thread, or no handlers: nothing to do.</summary>
    public static void WaitFd(int fd, bool write) => WaitFd(fd, write, int.MaxValue);

    /// <summary>As above for a write of <paramref name="length"/> bytes; returns how many to write at once.
    /// A pipe or socket takes PIPE_BUF bytes per call then: a larger write would block inside the kernel
    /// until a reader drains it, out of reach of the handler (the caller sees a partial write, as after
    /// an interrupted one).</summary>
    public static int WaitFd(int fd, bool write, int length)
    {
        if (!Signals.PythonHandlersInstalled) return length;
        var ts = ThreadState.Current;
        if (!Signals.IsMainThread(ts)) return length;
        int flags = Posix.Libc.fcntl(fd, F_GETFL, 0);
        if (flags < 0 || (flags & O_NONBLOCK) != 0) return length;
        // not open for that direction (a write to a pipe's read end): the call fails at once with EBADF, while
        // poll() would wait forever for a readiness that never comes
        if ((flags & O_ACCMODE) == (write ? O_RDONLY : O_WRONLY)) return length;
        var p = new SelectModule.PollFd { fd = fd, events = write ? SelectModule.POLLOUT : SelectModule.POLLIN };
        Poll(&p, 1, -1);
        if (write && length > PipeBuf && Posix.Libc.lseek(fd, 0, 1) < 0) return Math.Min(length, PipeRoom(fd));
        return length;
    }

    private const int PipeBuf = 4096, F_GETPIPE_SZ = 1032;
    private const ulong FIONREAD = 0x541B;

    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static extern int Ioctl(int fd, ulong request, int* arg);

    /// <summary>The free space of a pipe (capacity minus what is queued): a write of that much does not
    /// block. At least PIPE_BUF, which POLLOUT promises; a socket gets PIPE_BUF.</summary>
    private static int PipeRoom(int fd)
    {
        int capacity = Posix.Libc.fcntl(fd, F_GETPIPE_SZ, 0);
        int queued = 0;
        if (capacity <= 0 || Ioctl(fd, FIONREAD, &queued) < 0) return PipeBuf;
        return Math.Max(PipeBuf, capacity - queued);
    }

    private static void RunSignalHandlers(ThreadState ts)
    {
        ts.PendingInterrupt = false;
        if (!PendingCalls.IsTarget(ts)) return;
        PendingCalls.Run(propagate: false);
        if (Signals.TakePending(ts) is { } exc) throw new PyException(exc);
    }
}
