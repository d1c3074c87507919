using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using static Taipan.Modules.Socket.SocketLibc;

namespace Taipan.Modules.Socket;

/// <summary>sendmsg/recvmsg/recvmsg_into: scatter/gather I/O with ancillary data (SCM_RIGHTS fd passing
/// for multiprocessing and socket.send_fds/recv_fds). Control messages are laid out as glibc's CMSG_*
/// macros on 64-bit Linux: a 16-byte header (len, level, type), data aligned to 8 bytes.</summary>
internal sealed unsafe partial class PySocket
{
    private const int CmsgHeader = 16;

    /// <summary>A bytes-like argument's bytes; array.array too (socket.send_fds passes one).</summary>
    private static byte[] BytesOf(PyObject o) => o is ArrayLib.PyArray a ? ((PyBytes)a.tobytes()).Value : Buffers.RequireCopy(o);

    private static int CmsgAlign(int n) => (n + 7) & ~7;

    [PyMethod]
    public long sendmsg(PyObject buffers, PyObject? ancdata = null, PyObject? flags = null, PyObject? address = null)
    {
        var bufs = PyOps.ToList(buffers).ToArray();
        var data = new List<byte[]>(bufs.Length);
        foreach (var b in bufs) data.Add(BytesOf(b));
        var items = new List<(int Level, int Type, byte[] Data)>();
        if (ancdata is not null)
            foreach (var item in PyOps.ToList(ancdata).ToArray())
            {
                if (item is not PyTuple t || t.Count != 3) throw PyErrors.TypeError("sendmsg() argument 2 must be an iterable of (int, int, bytes-like) tuples");
                items.Add((Int(t[0], 0), Int(t[1], 0), BytesOf(t[2])));
            }
        int controlLen = 0;
        foreach (var it in items) controlLen += CmsgHeader + CmsgAlign(it.Data.Length);
        var control = new byte[controlLen];
        int off = 0;
        foreach (var it in items)
        {
            fixed (byte* c = control)
            {
                *(ulong*)(c + off) = (ulong)(CmsgHeader + it.Data.Length);
                *(int*)(c + off + 8) = it.Level;
                *(int*)(c + off + 12) = it.Type;
            }
            it.Data.CopyTo(control, off + CmsgHeader);
            off += CmsgHeader + CmsgAlign(it.Data.Length);
        }
        var sa = stackalloc byte[SockAddrStorageSize];
        int salen = address is null || address == PyNone.Instance ? 0 : SockAddr.Build(Family, address, sa, "sendmsg");
        int fl = Int(flags, 0);
        var handles = new System.Runtime.InteropServices.GCHandle[data.Count];
        var iov = new IoVec[data.Count];
        try
        {
            for (int i = 0; i < data.Count; i++)
            {
                handles[i] = System.Runtime.InteropServices.GCHandle.Alloc(data[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                iov[i] = new IoVec { iov_base = (byte*)handles[i].AddrOfPinnedObject(), iov_len = (nuint)data[i].Length };
            }
            long deadline = Deadline();
            fixed (IoVec* iv = iov)
            fixed (byte* cp = control)
            {
                var msg = new MsgHdr
                {
                    msg_name = salen > 0 ? sa : null, msg_namelen = (uint)salen, msg_iov = iv, msg_iovlen = (nuint)iov.Length,
                    msg_control = controlLen > 0 ? cp : null, msg_controllen = (nuint)controlLen,
                };
                while (true)
                {
                    if (MustWait(fl)) WaitReady(true, deadline);
                    nint n;
                    int errno;
                    using (Gil.Unlocked())
                    {
                        n = SocketLibc.sendmsg(Fd, &msg, fl);
                        errno = LastErrno;
                    }
                    if (n >= 0) return n;
                    Retry(errno);
                }
            }
        }
        finally
        {
            foreach (var h in handles) if (h.IsAllocated) h.Free();
        }
    }

    /// <summary>One recvmsg(2) into <paramref name="buf"/>: (nbytes, ancdata, msg_flags, address).</summary>
    private (int N, PyObject Anc, int Flags, PyObject Addr) RecvMsgRaw(byte* buf, int size, int ancbufsize, int flags)
    {
        var control = new byte[ancbufsize];
        var sa = stackalloc byte[SockAddrStorageSize];
        new Span<byte>(sa, SockAddrStorageSize).Clear();
        var iov = new IoVec { iov_base = buf, iov_len = (nuint)size };
        long deadline = Deadline();
        fixed (byte* cp = control)
        {
            var msg = new MsgHdr
            {
                msg_name = sa, msg_namelen = SockAddrStorageSize, msg_iov = &iov, msg_iovlen = 1,
                msg_control = ancbufsize > 0 ? cp : null, msg_controllen = (nuint)ancbufsize,
            };
            nint n;
            while (true)
            {
                if (MustWait(flags)) WaitReady(false, deadline);
                int errno;
                using (Gil.Unlocked())
                {
                    n = SocketLibc.recvmsg(Fd, &msg, flags);
                    errno = LastErrno;
                }
                if (n >= 0) break;
                Retry(errno);
            }
            var anc = new PyList();
            int clen = (int)msg.msg_controllen;
            int off = 0;
            while (off + CmsgHeader <= clen)
            {
                int len = (int)*(ulong*)(cp + off);
                if (len < CmsgHeader) break;
                int level = *(int*)(cp + off + 8), type = *(int*)(cp + off + 12);
                int dlen = Math.Min(len, clen - off) - CmsgHeader;
                anc.Append(PyTuple.Of(PyInt.FromLong(level), PyInt.FromLong(type), PyBytes.From(control.AsSpan(off + CmsgHeader, dlen).ToArray())));
                off += CmsgAlign(len);
            }
            return ((int)n, anc, msg.msg_flags, SockAddr.Make(sa, (int)msg.msg_namelen));
        }
    }

    private static int AncBufSize(PyObject? o, string name)
    {
        if (o is null) return 0;
        int v = Int(o, 0);
        if (v < 0) throw PyErrors.ValueError($"negative ancillary buffer size in {name}()");
        return v;
    }

    [PyMethod]
    public PyObject recvmsg(PyObject bufsize, PyObject? ancbufsize = null, PyObject? flags = null)
    {
        int size = Int(bufsize, 0);
        if (size < 0) throw PyErrors.ValueError("negative buffer size in recvmsg()");
        int anc = AncBufSize(ancbufsize, "recvmsg");
        var buf = new byte[size];
        (int N, PyObject Anc, int Flags, PyObject Addr) r;
        fixed (byte* p = buf) r = RecvMsgRaw(p, size, anc, Int(flags, 0));
        var data = r.N == size ? PyBytes.From(buf) : PyBytes.From(buf.AsSpan(0, r.N).ToArray());
        return PyTuple.Of(data, r.Anc, PyInt.FromLong(r.Flags), r.Addr);
    }

    [PyMethod]
    public PyObject recvmsg_into(PyObject buffers, PyObject? ancbufsize = null, PyObject? flags = null)
    {
        var targets = PyOps.ToList(buffers).ToArray();
        int total = 0;
        foreach (var t in targets) total += WritableLength(t, "recvmsg_into");
        int anc = AncBufSize(ancbufsize, "recvmsg_into");
        var buf = new byte[total];
        (int N, PyObject Anc, int Flags, PyObject Addr) r;
        fixed (byte* p = buf) r = RecvMsgRaw(p, total, anc, Int(flags, 0));
        int off = 0;
        foreach (var t in targets)
        {
            if (off >= r.N) break;
            int len = Math.Min(WritableLength(t, "recvmsg_into"), r.N - off);
            CopyInto(t, buf.AsSpan(off, len));
            off += len;
        }
        return PyTuple.Of(PyInt.FromLong(r.N), r.Anc, PyInt.FromLong(r.Flags), r.Addr);
    }
}
