using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Select;

/// <summary>The select module: select() (implemented over poll(2), so fds above FD_SETSIZE work too) and poll objects.</summary>
[PyModule("select")]
internal static unsafe partial class SelectModule
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct PollFd
    {
        public int fd;
        public short events, revents;
    }

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)] internal static extern int Poll(PollFd* fds, ulong nfds, int timeout);

    internal const short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("select", InstallPyBindings);
        foreach (var (name, value) in SelectConstants.All) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        m.Dict.SetItem(StrIntern.Intern("error"), PyTypes.OSError);
        return m;
    }

    /// <summary>A timeout in seconds (None: forever) as poll's milliseconds, rounded up as CPython does.</summary>
    internal static int TimeoutMs(PyObject? timeout, bool milliseconds, string negativeMessage)
    {
        if (timeout is null || timeout == PyNone.Instance) return -1;
        double v;
        if (timeout is PyFloat f) v = f.Value;
        else if (timeout is PyInt || timeout.type.Index is not null) v = PyOps.AsIndex(timeout, PyTypes.OverflowError);
        else if (timeout.type.Float is not null) v = PyOps.AsDouble(timeout);
        else throw PyErrors.TypeError(milliseconds
            ? $"'{timeout.type.Name}' object cannot be interpreted as an integer"
            : "timeout must be a float or None");
        if (double.IsNaN(v)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
        double ms = milliseconds ? v : v * 1000;
        if (ms < 0)
        {
            if (milliseconds) return -1;
            throw PyErrors.ValueError(negativeMessage);
        }
        if (ms > int.MaxValue) throw PyErrors.OverflowError("timeout is too large");
        return (int)Math.Ceiling(ms);
    }

    private static PyObject[] Sequence(PyObject o)
    {
        try { return PyOps.ToList(o).ToArray(); }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            throw PyErrors.TypeError("arguments 1-3 must be sequences");
        }
    }

    [PyFunction]
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject? timeout = null)
    {
        int ms = TimeoutMs(timeout, false, "timeout must be non-negative");
        var lists = new[] { Sequence(rlist), Sequence(wlist), Sequence(xlist) };
        short[] wanted = { POLLIN, POLLOUT, POLLPRI };
        int total = lists[0].Length + lists[1].Length + lists[2].Length;
        var fds = new PollFd[total];
        int k = 0;
        for (int l = 0; l < 3; l++)
            foreach (var o in lists[l]) fds[k++] = new PollFd { fd = PosixModule.FileDescriptor(o), events = wanted[l] };
        fixed (PollFd* p = fds) BlockingPoll.Poll(p, (ulong)total, ms);
        var results = new PyList[3];
        k = 0;
        for (int l = 0; l < 3; l++)
        {
            results[l] = new PyList();
            foreach (var o in lists[l])
            {
                var rev = fds[k++].revents;
                if ((rev & POLLNVAL) != 0) throw PosixErrors.FromErrno(9);
                bool ready = l switch
                {
                    0 => (rev & (POLLIN | POLLHUP | POLLERR)) != 0,
                    1 => (rev & (POLLOUT | POLLERR)) != 0,
                    _ => (rev & POLLPRI) != 0,
                };
                if (ready) results[l].Append(o);
            }
        }
        return PyTuple.Of(results[0], results[1], results[2]);
    }

    [PyFunction]
    public static PyObject poll() => new PollObject();
}
