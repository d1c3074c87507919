using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Select;

/// <summary>select.poll(): a set of registered fds and event masks, polled with poll(2).</summary>
[PyType("select.poll")]
internal sealed unsafe partial class PollObject : PyObject
{
    public static readonly PyType PyTypeObject = NativeTypes.Create("select.poll", PyTypes.Object, TypeFlags.None, 252, InitType);

    private readonly Dictionary<int, short> registered = new();

    public PollObject() : base(PyTypeObject) { }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create 'select.poll' instances");
    }

    private static short Mask(PyObject? o)
    {
        if (o is null) return SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT;
        long v = PyOps.AsIndex(o, PyTypes.OverflowError);
        if (v < 0) throw PyErrors.OverflowError("Python int too large for C unsigned short");
        if (v > ushort.MaxValue) throw PyErrors.OverflowError("Python int too large for C unsigned short");
        return unchecked((short)v);
    }

    [PyMethod]
    public void register(PyObject fd, PyObject? eventmask = null) => registered[PosixModule.FileDescriptor(fd)] = Mask(eventmask);

    [PyMethod]
    public void modify(PyObject fd, PyObject eventmask)
    {
        int f = PosixModule.FileDescriptor(fd);
        if (!registered.ContainsKey(f)) throw PosixErrors.FromErrno(2);
        registered[f] = Mask(eventmask);
    }

    [PyMethod]
    public void unregister(PyObject fd)
    {
        int f = PosixModule.FileDescriptor(fd);
        if (!registered.Remove(f)) throw PyErrors.KeyError(fd);
    }

    [PyMethod("poll")]
    public PyObject DoPoll(PyObject? timeout = null)
    {
        int ms = SelectModule.TimeoutMs(timeout, true, "");
        var fds = new SelectModule.PollFd[registered.Count];
        int k = 0;
        foreach (var (fd, mask) in registered) fds[k++] = new SelectModule.PollFd { fd = fd, events = mask };
        fixed (SelectModule.PollFd* p = fds) BlockingPoll.Poll(p, (ulong)fds.Length, ms);
        var result = new PyList();
        foreach (var f in fds)
            if (f.revents != 0) result.Append(PyTuple.Of(PyInt.FromLong(f.fd), PyInt.FromLong((ushort)f.revents)));
        return result;
    }
}
