using Taipan.Modules.Select;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using static Taipan.Modules.Socket.SocketLibc;

namespace Taipan.Modules.Socket;

/// <summary>_socket.socket: a raw fd plus CPython's timeout state. Timeout -1 is blocking mode (the call
/// blocks with the GIL released), 0 non-blocking, &gt;0 timeout mode: the fd is O_NONBLOCK and every
/// operation first polls for readiness until the deadline (CPython's sock_call_ex).</summary>
[PyType("socket")]
internal sealed unsafe partial class PySocket : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_socket.socket", 44, InitType);
    private static readonly string[] InitNames = { "family", "type", "proto", "fileno" };
    private static readonly string[] RecvIntoNames = { "buffer", "nbytes", "flags" };

    /// <summary>setdefaulttimeout's value in ns (-1: None), the timeout new sockets start with.</summary>
    internal static long DefaultTimeoutNs = -1;

    internal int Fd = -1;
    internal int Family = AF_INET, SockType = SOCK_STREAM, Proto;
    internal long TimeoutNs = -1;

    public PySocket(PyType t) : base(t) { }

    // A socket dropped without close() still releases its fd (CPython's sock_finalize; the ResourceWarning
    // it also emits needs the interpreter, which the finalizer thread must not touch).
    ~PySocket()
    {
        int fd = Interlocked.Exchange(ref Fd, -1);
        if (fd >= 0) SocketLibc.close(fd);
    }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        t.New = static (callable, args, kwnames) => new PySocket((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "socket", InitNames, 0, 0);
            ((PySocket)self).Init(Int(s[0], -1), Int(s[1], -1), Int(s[2], -1), s[3]);
        };
        t.Repr = static self =>
        {
            var s = (PySocket)self;
            return PyStr.FromString($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        };
    }

    private static int Int(PyObject? o, int dflt)
    {
        if (o is null) return dflt;
        long v = PyOps.AsIndex(o, PyTypes.OverflowError);
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    private void Init(int family, int type, int proto, PyObject? fileno)
    {
        if (fileno is not null && fileno != PyNone.Instance)
        {
            long v = PyOps.AsIndex(fileno, PyTypes.OverflowError);
            if (v < 0) throw PyErrors.ValueError("negative file descriptor");
            if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
            int fd = (int)v;
            var sa = stackalloc byte[SockAddrStorageSize];
            uint len = SockAddrStorageSize;
            if (family == -1)
            {
                new Span<byte>(sa, SockAddrStorageSize).Clear();
                if (SocketLibc.getsockname(fd, sa, &len) < 0) throw SocketErrors.Last();
                family = SockAddr.Family(sa);
            }
            if (type == -1) type = GetIntOpt(fd, SOL_SOCKET, SO_TYPE);
            if (proto == -1) proto = GetIntOpt(fd, SOL_SOCKET, SO_PROTOCOL);
            Fd = fd;
        }
        else
        {
            if (family == -1) family = AF_INET;
            if (type == -1) type = SOCK_STREAM;
            if (proto == -1) proto = 0;
            int fd = socket(family, type | SOCK_CLOEXEC, proto);
            if (fd < 0) throw SocketErrors.Last();
            Fd = fd;
        }
        InitObject(family, type, proto);
    }

    /// <summary>CPython's init_sockobject: the type without its creation flags, the default timeout.</summary>
    internal void InitObject(int family, int type, int proto)
    {
        Family = family;
        SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SOCK_NONBLOCK) != 0) TimeoutNs = 0;
        else
        {
            TimeoutNs = DefaultTimeoutNs;
            if (TimeoutNs >= 0) SetBlockingFlag(false);
        }
    }

    private static int GetIntOpt(int fd, int level, int name)
    {
        int v = 0;
        uint len = sizeof(int);
        if (SocketLibc.getsockopt(fd, level, name, (byte*)&v, &len) < 0) throw SocketErrors.Last();
        return v;
    }

    private void SetBlockingFlag(bool block)
    {
        int flags = fcntl(Fd, F_GETFL, 0);
        if (flags < 0) throw SocketErrors.Last();
        int nf = block ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (nf != flags && fcntl(Fd, F_SETFL, nf) < 0) throw SocketErrors.Last();
    }

    /// <summary>A timeout argument in ns (None: -1), as CPython's socket_parse_timeout.</summary>
    internal static long ParseTimeout(PyObject value)
    {
        if (value == PyNone.Instance) return -1;
        double secs;
        if (value is PyFloat f)
        {
            secs = f.Value;
            if (double.IsNaN(secs)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
        }
        else if (value.type.Float is not null && value is not PyInt && value.type.Index is null) secs = PyOps.AsDouble(value);
        else secs = PyOps.AsIndex(value, PyTypes.OverflowError);
        if (secs < 0) throw PyErrors.ValueError("Timeout value out of range");
        double ns = Math.Ceiling(secs * 1e9);
        if (ns >= 9.2e18) throw PyErrors.OverflowError("timestamp too large to convert to C _PyTime_t");
        return (long)ns;
    }

    internal static PyObject TimeoutObject(long ns) => ns < 0 ? PyNone.Instance : new PyFloat(ns / 1e9);

    private long Deadline() => TimeoutNs > 0 ? DateTime.UtcNow.Ticks * 100 + TimeoutNs : long.MaxValue;

    /// <summary>Waits until the fd is readable/writable or the deadline passes (socket.timeout).
    /// Returns normally also for error conditions: the operation itself reports them. Blocking-mode
    /// sockets wait here too (deadline MaxValue), so a signal handler can interrupt the wait.</summary>
    private void WaitReady(bool writing, long deadline)
    {
        if (Fd < 0) return; // poll ignores negative fds; the operation itself reports EBADF
        int ms = -1;
        if (deadline != long.MaxValue)
        {
            long remaining = deadline - DateTime.UtcNow.Ticks * 100;
            if (remaining <= 0) throw SocketErrors.Timeout();
            ms = (int)Math.Min(int.MaxValue, (remaining + 999_999) / 1_000_000);
        }
        var pfd = new SelectModule.PollFd { fd = Fd, events = writing ? SelectModule.POLLOUT : SelectModule.POLLIN };
        if (BlockingPoll.Poll(&pfd, 1, ms) == 0) throw SocketErrors.Timeout();
    }

    /// <summary>Whether to poll before the call: always in timeout mode; in blocking mode too (so signal
    /// handlers can run during the wait) unless the caller asked for MSG_DONTWAIT.</summary>
    private bool MustWait(int flags) => TimeoutNs > 0 || (TimeoutNs < 0 && (flags & MSG_DONTWAIT) == 0);

    /// <summary>After a failed call: true to retry (EINTR, or EAGAIN in timeout mode), else raises.</summary>
    private bool Retry(int errno, bool ownDontWait = false)
    {
        if (errno == EINTR) return true;
        // Timeout mode polls first; blocking-mode sendall sends MSG_DONTWAIT after its poll (see SendRaw).
        if ((TimeoutNs > 0 || ownDontWait) && errno == EAGAIN) return true;
        throw SocketErrors.FromErrno(errno);
    }

    // --- attributes ---------------------------------------------------------------------------------

    [PyGetter("family")] public PyObject FamilyGetter => PyInt.FromLong(Family);
    [PyGetter("type")] public PyObject TypeGetter => PyInt.FromLong(SockType);
    [PyGetter("proto")] public PyObject ProtoGetter => PyInt.FromLong(Proto);
    [PyGetter("timeout")] public PyObject TimeoutGetter => TimeoutObject(TimeoutNs);

    [PyMethod] public int fileno() => Fd;

    [PyMethod]
    public int detach()
    {
        int fd = Fd;
        Fd = -1;
        return fd;
    }

    [PyMethod]
    public void close()
    {
        int fd = Interlocked.Exchange(ref Fd, -1);
        if (fd < 0) return;
        int r = SocketLibc.close(fd);
        // ECONNRESET on close means the peer already went away: not an error for the caller (bpo-30319).
        if (r < 0 && LastErrno != ECONNRESET) throw SocketErrors.Last();
    }

    [PyMethod] public PyObject gettimeout() => TimeoutObject(TimeoutNs);

    [PyMethod] public bool getblocking() => TimeoutNs != 0;

    [PyMethod]
    public void settimeout(PyObject value)
    {
        TimeoutNs = ParseTimeout(value);
        SetBlockingFlag(TimeoutNs < 0);
    }

    [PyMethod]
    public void setblocking(PyObject flag)
    {
        bool block = PyOps.IsTrue(flag);
        TimeoutNs = block ? -1 : 0;
        SetBlockingFlag(block);
    }

    // --- connection set-up --------------------------------------------------------------------------

    [PyMethod]
    public void bind(PyObject address)
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        int len = SockAddr.Build(Family, address, sa, "bind");
        if (SocketLibc.bind(Fd, sa, (uint)len) < 0) throw SocketErrors.Last();
    }

    [PyMethod]
    public void listen(PyObject? backlog = null)
    {
        int n = backlog is null ? 128 : Int(backlog, 0);
        if (n < 0) n = 0;
        if (SocketLibc.listen(Fd, n) < 0) throw SocketErrors.Last();
    }

    [PyMethod]
    public PyObject _accept()
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        long deadline = Deadline();
        while (true)
        {
            if (MustWait(0)) WaitReady(false, deadline);
            uint len = SockAddrStorageSize;
            int fd, errno;
            using (Gil.Unlocked())
            {
                fd = accept4(Fd, sa, &len, SOCK_CLOEXEC);
                errno = LastErrno;
            }
            if (fd >= 0)
            {
                try { return PyTuple.Of(PyInt.FromLong(fd), SockAddr.Make(sa, (int)len)); }
                catch
                {
                    SocketLibc.close(fd);
                    throw;
                }
            }
            Retry(errno);
        }
    }

    /// <summary>CPython's internal_connect: 0 or an errno; timeouts raise (or give EWOULDBLOCK for connect_ex).</summary>
    private int Connect(PyObject address, string caller, bool raiseTimeout)
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        int len = SockAddr.Build(Family, address, sa, caller);
        int r, errno;
        using (Gil.Unlocked())
        {
            r = SocketLibc.connect(Fd, sa, (uint)len);
            errno = LastErrno;
        }
        if (r == 0) return 0;
        bool wait = errno == EINTR ? TimeoutNs != 0 : TimeoutNs > 0 && errno == EINPROGRESS;
        if (!wait) return errno;
        long deadline = Deadline();
        while (true)
        {
            try { WaitReady(true, deadline); }
            catch (PyException e) when (!raiseTimeout && e.Matches(PyTypes.TimeoutError)) { return EWOULDBLOCK; }
            int err = GetIntOpt(Fd, SOL_SOCKET, SO_ERROR);
            if (err != EINTR) return err;
        }
    }

    [PyMethod]
    public void connect(PyObject address)
    {
        int err = Connect(address, "connect", true);
        if (err != 0) throw SocketErrors.FromErrno(err);
    }

    [PyMethod] public int connect_ex(PyObject address) => Connect(address, "connect_ex", false);

    [PyMethod]
    public void shutdown(PyObject how)
    {
        if (SocketLibc.shutdown(Fd, Int(how, 0)) < 0) throw SocketErrors.Last();
    }

    [PyMethod]
    public PyObject getsockname()
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        new Span<byte>(sa, SockAddrStorageSize).Clear();
        uint len = SockAddrStorageSize;
        if (SocketLibc.getsockname(Fd, sa, &len) < 0) throw SocketErrors.Last();
        return SockAddr.Make(sa, (int)len);
    }

    [PyMethod]
    public PyObject getpeername()
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        new Span<byte>(sa, SockAddrStorageSize).Clear();
        uint len = SockAddrStorageSize;
        if (SocketLibc.getpeername(Fd, sa, &len) < 0) throw SocketErrors.Last();
        return SockAddr.Make(sa, (int)len);
    }

    // --- options --------------------------------------------------------------------------------------

    [PyMethod]
    public PyObject getsockopt(PyObject level, PyObject optname, PyObject? buflen = null)
    {
        int lv = Int(level, 0), name = Int(optname, 0);
        if (buflen is null) return PyInt.FromLong(GetIntOpt(Fd, lv, name));
        int n = Int(buflen, 0);
        if (n <= 0 || n > 1024) throw SocketErrors.Message("getsockopt buflen out of range");
        var buf = new byte[n];
        uint len = (uint)n;
        fixed (byte* p = buf)
            if (SocketLibc.getsockopt(Fd, lv, name, p, &len) < 0) throw SocketErrors.Last();
        return PyBytes.From(buf.AsSpan(0, (int)len).ToArray());
    }

    [PyMethod]
    public void setsockopt(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "setsockopt");
        if (args.Length != 3 && args.Length != 4)
            throw PyErrors.TypeError($"setsockopt() takes exactly {(args.Length < 3 ? 3 : 4)} arguments ({args.Length} given)");
        int lv = Int(args[0], 0), name = Int(args[1], 0);
        int r;
        if (args.Length == 4)
        {
            if (args[2] != PyNone.Instance) throw PyErrors.TypeError($"setsockopt() argument 3 must be NoneType, not {args[2].type.Name}");
            long optlen = PyOps.AsIndex(args[3], PyTypes.OverflowError);
            r = SocketLibc.setsockopt(Fd, lv, name, null, (uint)optlen);
        }
        else if (args[2] is PyInt || args[2].type.Index is not null && !Buffers.IsBuffer(args[2]))
        {
            int v = Int(args[2], 0);
            r = SocketLibc.setsockopt(Fd, lv, name, (byte*)&v, sizeof(int));
        }
        else
        {
            if (!Buffers.TryGetSpan(args[2], out var span))
                throw PyErrors.TypeError($"a bytes-like object is required, not '{args[2].type.Name}'");
            fixed (byte* p = span) r = SocketLibc.setsockopt(Fd, lv, name, p, (uint)span.Length);
        }
        if (r < 0) throw SocketErrors.Last();
    }

    // --- data -----------------------------------------------------------------------------------------

    /// <summary>recv/recvfrom into <paramref name="buf"/>; with <paramref name="sa"/> also the sender.</summary>
    private int RecvRaw(byte* buf, int size, int flags, byte* sa, uint* salen)
    {
        long deadline = Deadline();
        while (true)
        {
            if (MustWait(flags)) WaitReady(false, deadline);
            nint n;
            int errno;
            using (Gil.Unlocked())
            {
                n = sa == null ? SocketLibc.recv(Fd, buf, size, flags) : SocketLibc.recvfrom(Fd, buf, size, flags, sa, salen);
                errno = LastErrno;
            }
            if (n >= 0) return (int)n;
            Retry(errno);
        }
    }

    private int SendRaw(byte* buf, int size, int flags, byte* sa, int salen, long deadline, int extraFlags = 0)
    {
        while (true)
        {
            if (MustWait(flags)) WaitReady(true, deadline);
            nint n;
            int errno;
            using (Gil.Unlocked())
            {
                n = sa == null ? SocketLibc.send(Fd, buf, size, flags | extraFlags) : SocketLibc.sendto(Fd, buf, size, flags | extraFlags, sa, (uint)salen);
                errno = LastErrno;
            }
            if (n >= 0) return (int)n;
            Retry(errno, extraFlags != 0);
        }
    }

    private static int BufSize(PyObject o, string name)
    {
        long v = PyOps.AsIndex(o, PyTypes.OverflowError);
        if (v < 0) throw PyErrors.ValueError($"negative buffersize in {name}");
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        return (int)v;
    }

    [PyMethod]
    public PyObject recv(PyObject bufsize, PyObject? flags = null)
    {
        int size = BufSize(bufsize, "recv");
        var buf = new byte[size];
        int n;
        fixed (byte* p = buf) n = RecvRaw(p, size, Int(flags, 0), null, null);
        if (n == size) return PyBytes.From(buf);
        return n == 0 ? PyBytes.Empty : PyBytes.From(buf.AsSpan(0, n).ToArray());
    }

    [PyMethod]
    public PyObject recvfrom(PyObject bufsize, PyObject? flags = null)
    {
        int size = BufSize(bufsize, "recvfrom");
        var buf = new byte[size];
        var sa = stackalloc byte[SockAddrStorageSize];
        new Span<byte>(sa, SockAddrStorageSize).Clear();
        uint salen = SockAddrStorageSize;
        int n;
        fixed (byte* p = buf) n = RecvRaw(p, size, Int(flags, 0), sa, &salen);
        var data = n == size ? PyBytes.From(buf) : PyBytes.From(buf.AsSpan(0, n).ToArray());
        return PyTuple.Of(data, SockAddr.Make(sa, (int)salen));
    }

    private static int WritableLength(PyObject o, string name)
    {
        switch (o)
        {
            case PyByteArray a:
                return a.Count;
            case ArrayLib.PyArray arr:
                return arr.Bytes.Length;
            case PyMemoryView m when !PyOps.IsTrue(PyOps.GetAttr(m, StrIntern.Intern("readonly"))):
                return (int)PyOps.Length(m);
        }
        throw PyErrors.TypeError($"{name}() argument 'buffer' must be read-write bytes-like object, not {o.type.Name}");
    }

    /// <summary>The memory of a writable buffer that can be written in place: bytearray, array.array and
    /// writable C-contiguous memoryviews (whose bytes are the exporter's own memory).</summary>
    private static bool TryWritableSpan(PyObject target, out Span<byte> span)
    {
        ReadOnlySpan<byte> ro;
        switch (target)
        {
            case PyByteArray a:
                span = a.Span;
                return true;
            case ArrayLib.PyArray arr:
                ro = arr.Bytes;
                break;
            case PyMemoryView m when !m.readonly_ && m.c_contiguous:
                ro = m.ContiguousBytes();
                break;
            default:
                span = default;
                return false;
        }
        // These expose their storage as read-only spans; the objects are writable buffers.
        span = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(ro), ro.Length);
        return true;
    }

    /// <summary>Copies received bytes to the start of a writable buffer (bytearray, array.array, memoryview).</summary>
    internal static void CopyInto(PyObject target, ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        switch (target)
        {
            case PyByteArray a:
                data.CopyTo(a.Span);
                return;
        }
        if (TryWritableSpan(target, out var span))
        {
            data.CopyTo(span);
            return;
        }
        var slice = new PySlice(PyInt.FromLong(0), PyInt.FromLong(data.Length), PyNone.Instance);
        PyOps.SetItem(target, slice, PyBytes.From(data.ToArray()));
    }

    private int RecvInto(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, byte* sa, uint* salen)
    {
        var s = ArgParser.Unpack(args, kwnames, name, RecvIntoNames, 0, 1);
        var target = s[0]!;
        int avail = WritableLength(target, name);
        int nbytes = s[1] is null ? 0 : (int)PyOps.AsIndex(s[1]!, PyTypes.OverflowError);
        if (nbytes < 0) throw PyErrors.ValueError($"negative buffersize in {name}");
        if (nbytes == 0) nbytes = avail;
        if (avail < nbytes) throw PyErrors.ValueError(name == "recv_into" ? "buffer too small for requested bytes" : "nbytes is greater than the length of the buffer");
        int flags = Int(s[2], 0);
        if (TryWritableSpan(target, out var span))
        {
            fixed (byte* p = span) return RecvRaw(p, nbytes, flags, sa, salen);
        }
        var tmp = new byte[nbytes];
        int n;
        fixed (byte* p = tmp) n = RecvRaw(p, nbytes, flags, sa, salen);
        CopyInto(target, tmp.AsSpan(0, n));
        return n;
    }

    [PyMethod]
    public int recv_into(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => RecvInto(args, kwnames, "recv_into", null, null);

    [PyMethod]
    public PyObject recvfrom_into(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        new Span<byte>(sa, SockAddrStorageSize).Clear();
        uint salen = SockAddrStorageSize;
        int n = RecvInto(args, kwnames, "recvfrom_into", sa, &salen);
        return PyTuple.Of(PyInt.FromLong(n), SockAddr.Make(sa, (int)salen));
    }

    [PyMethod]
    public int send(PyObject data, PyObject? flags = null)
    {
        var bytes = Buffers.RequireCopy(data);
        fixed (byte* p = bytes) return SendRaw(p, bytes.Length, Int(flags, 0), null, 0, Deadline());
    }

    [PyMethod]
    public void sendall(PyObject data, PyObject? flags = null)
    {
        var bytes = Buffers.RequireCopy(data);
        int f = Int(flags, 0);
        long deadline = Deadline();
        int off = 0;
        fixed (byte* p = bytes)
        {
            do
            {
                // Blocking mode: poll + MSG_DONTWAIT, so the wait between partial sends can run signal handlers.
                off += SendRaw(p + off, bytes.Length - off, f, null, 0, deadline, TimeoutNs < 0 ? MSG_DONTWAIT : 0);
            } while (off < bytes.Length);
        }
    }

    [PyMethod]
    public int sendto(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "sendto");
        if (args.Length != 2 && args.Length != 3) throw PyErrors.TypeError($"sendto() takes 2 or 3 arguments ({args.Length} given)");
        var bytes = Buffers.RequireCopy(args[0]);
        int flags = args.Length == 3 ? Int(args[1], 0) : 0;
        var sa = stackalloc byte[SockAddrStorageSize];
        int len = SockAddr.Build(Family, args[^1], sa, "sendto");
        fixed (byte* p = bytes) return SendRaw(p, bytes.Length, flags, sa, len, Deadline());
    }
}
