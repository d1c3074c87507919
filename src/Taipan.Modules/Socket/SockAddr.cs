using System.Buffers.Binary;
using Taipan.Modules.Posix;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Socket;

/// <summary>Python socket addresses ⇄ raw sockaddr bytes (CPython's getsockaddrarg / makesockaddr /
/// setipaddr): (host, port) for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a path for AF_UNIX.</summary>
internal static unsafe class SockAddr
{
    /// <summary>A host argument as bytes (CPython's idna_converter): str (IDNA-encoded when not ASCII), bytes, bytearray.</summary>
    public static byte[] HostBytes(PyObject host)
    {
        switch (host)
        {
            case PyStr s when s.IsAscii:
                return System.Text.Encoding.ASCII.GetBytes(s.Value);
            case PyStr s:
                return Buffers.RequireCopy(PyOps.CallMethod(s, "encode", new PyObject[] { PyStr.FromAscii("idna") }));
            case PyBytes b:
                return b.Value;
            case PyByteArray a:
                return a.Span.ToArray();
        }
        throw PyErrors.TypeError($"str, bytes or bytearray expected, not {host.type.Name}");
    }

    private static byte[] CString(byte[] s)
    {
        if (Array.IndexOf(s, (byte)0) >= 0) throw PyErrors.TypeError("host name must not contain null character");
        var z = new byte[s.Length + 1];
        s.CopyTo(z, 0);
        return z;
    }

    private static bool Equals(byte[] a, string b) => a.Length == b.Length && System.Text.Encoding.ASCII.GetString(a) == b;

    /// <summary>Resolves a host name into the sockaddr at <paramref name="sa"/> (port left 0) and returns its
    /// family (CPython's setipaddr): "" is the wildcard, "&lt;broadcast&gt;" INADDR_BROADCAST, numeric
    /// addresses parse without a lookup, anything else goes through getaddrinfo.</summary>
    public static int SetIpAddr(byte[] name, byte* sa, int af)
    {
        new Span<byte>(sa, SocketLibc.SockAddrStorageSize).Clear();
        SocketLibc.AddrInfo hints = default;
        SocketLibc.AddrInfo* res = null;
        int err, errno;
        if (name.Length == 0)
        {
            hints.ai_family = af;
            hints.ai_socktype = SocketLibc.SOCK_DGRAM;
            hints.ai_flags = SocketLibc.AI_PASSIVE;
            var zero = stackalloc byte[] { (byte)'0', 0 };
            using (Gil.Unlocked())
            {
                err = SocketLibc.getaddrinfo(null, zero, &hints, &res);
                errno = SocketLibc.LastErrno;
            }
            if (err != 0) throw SocketErrors.Gai(err, errno);
            try
            {
                if (res->ai_next != null && af == SocketLibc.AF_UNSPEC) throw SocketErrors.Message("wildcard resolved to multiple address");
                Buffer.MemoryCopy(res->ai_addr, sa, SocketLibc.SockAddrStorageSize, Math.Min(res->ai_addrlen, (uint)SocketLibc.SockAddrStorageSize));
                return res->ai_family;
            }
            finally { SocketLibc.freeaddrinfo(res); }
        }
        if (Equals(name, "<broadcast>") || Equals(name, "255.255.255.255"))
        {
            if (af != SocketLibc.AF_INET && af != SocketLibc.AF_UNSPEC) throw SocketErrors.Message("address family mismatched");
            SetFamily(sa, SocketLibc.AF_INET);
            new Span<byte>(sa + 4, 4).Fill(0xff);
            return SocketLibc.AF_INET;
        }
        var z = CString(name);
        fixed (byte* p = z)
        {
            if ((af == SocketLibc.AF_INET || af == SocketLibc.AF_UNSPEC) && SocketLibc.inet_pton(SocketLibc.AF_INET, p, sa + 4) == 1)
            {
                SetFamily(sa, SocketLibc.AF_INET);
                return SocketLibc.AF_INET;
            }
            if ((af == SocketLibc.AF_INET6 || af == SocketLibc.AF_UNSPEC) && SocketLibc.inet_pton(SocketLibc.AF_INET6, p, sa + 8) == 1)
            {
                SetFamily(sa, SocketLibc.AF_INET6);
                return SocketLibc.AF_INET6;
            }
            hints.ai_family = af;
            using (Gil.Unlocked())
            {
                err = SocketLibc.getaddrinfo(p, null, &hints, &res);
                errno = SocketLibc.LastErrno;
            }
        }
        if (err != 0) throw SocketErrors.Gai(err, errno);
        try
        {
            Buffer.MemoryCopy(res->ai_addr, sa, SocketLibc.SockAddrStorageSize, Math.Min(res->ai_addrlen, (uint)SocketLibc.SockAddrStorageSize));
            return res->ai_family;
        }
        finally { SocketLibc.freeaddrinfo(res); }
    }

    private static void SetFamily(byte* sa, int family) => *(ushort*)sa = (ushort)family;

    public static int Family(byte* sa) => *(ushort*)sa;

    private static int Port(PyObject o, string caller)
    {
        long v;
        try { v = PyOps.AsIndex(o, PyTypes.OverflowError); }
        catch (PyException e) when (e.Matches(PyTypes.OverflowError)) { throw PyErrors.OverflowError($"{caller}(): port must be 0-65535."); }
        if (v < 0 || v > 65535) throw PyErrors.OverflowError($"{caller}(): port must be 0-65535.");
        return (int)v;
    }

    /// <summary>Writes the address argument of <paramref name="caller"/> (bind, connect, sendto ...) for a
    /// socket of <paramref name="family"/> into <paramref name="sa"/>; returns the sockaddr length.</summary>
    public static int Build(int family, PyObject addr, byte* sa, string caller)
    {
        new Span<byte>(sa, SocketLibc.SockAddrStorageSize).Clear();
        switch (family)
        {
            case SocketLibc.AF_UNIX:
                return BuildUnix(addr, sa);
            case SocketLibc.AF_INET:
            {
                if (addr is not PyTuple t) throw PyErrors.TypeError($"{caller}(): AF_INET address must be tuple, not {addr.type.Name}");
                if (t.Count != 2) throw PyErrors.TypeError("AF_INET address must be a pair (host, port)");
                var host = HostBytes(t[0]);
                int port = Port(t[1], caller);
                SetIpAddr(host, sa, SocketLibc.AF_INET);
                *(ushort*)(sa + 2) = BinaryPrimitives.ReverseEndianness((ushort)port);
                return 16;
            }
            case SocketLibc.AF_INET6:
            {
                if (addr is not PyTuple t) throw PyErrors.TypeError($"{caller}(): AF_INET6 address must be tuple, not {addr.type.Name}");
                if (t.Count < 2 || t.Count > 4) throw PyErrors.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                var host = HostBytes(t[0]);
                int port = Port(t[1], caller);
                long flow = t.Count > 2 ? PyOps.AsIndex(t[2], PyTypes.OverflowError) : 0;
                long scope = t.Count > 3 ? PyOps.AsIndex(t[3], PyTypes.OverflowError) : 0;
                if (flow < 0 || flow > 0xfffff) throw PyErrors.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                SetIpAddr(host, sa, SocketLibc.AF_INET6);
                *(ushort*)(sa + 2) = BinaryPrimitives.ReverseEndianness((ushort)port);
                *(uint*)(sa + 4) = BinaryPrimitives.ReverseEndianness((uint)flow);
                *(uint*)(sa + 24) = (uint)scope;
                return 28;
            }
        }
        throw SocketErrors.Message($"{caller}(): bad family");
    }

    private static int BuildUnix(PyObject addr, byte* sa)
    {
        byte[] path;
        if (addr is PyStr s) path = FsEncoding.Encode(s);
        else if (Buffers.TryGetBytes(addr, out var b)) path = b;
        else
        {
            if (addr.type.Lookup("__fspath__") is null)
                throw PyErrors.TypeError($"a bytes-like object is required, not '{addr.type.Name}'");
            var p = PyOps.CallMethod(addr, "__fspath__", ReadOnlySpan<PyObject>.Empty);
            path = p is PyStr ps ? FsEncoding.Encode(ps) : Buffers.RequireCopy(p);
        }
        const int max = 108;
        if (path.Length == 0 || path[0] == 0)
        {
            if (path.Length > max) throw SocketErrors.Message("AF_UNIX path too long");
        }
        else
        {
            if (path.Length >= max) throw SocketErrors.Message("AF_UNIX path too long");
        }
        SetFamily(sa, SocketLibc.AF_UNIX);
        path.CopyTo(new Span<byte>(sa + 2, path.Length));
        return 2 + path.Length + (path.Length == 0 || path[0] == 0 ? 0 : 1);
    }

    /// <summary>The numeric text of an IPv4/IPv6 sockaddr (getnameinfo NI_NUMERICHOST, so link-local
    /// IPv6 addresses carry their %scope as in CPython).</summary>
    public static string NumericHost(byte* sa, int len)
    {
        var host = stackalloc byte[1025];
        int r = SocketLibc.getnameinfo(sa, (uint)len, host, 1025, null, 0, SocketLibc.NI_NUMERICHOST);
        if (r != 0) throw SocketErrors.Gai(r, SocketLibc.LastErrno);
        return SocketLibc.CStr(host);
    }

    private const int AF_INET6_ = SocketLibc.AF_INET6;

    /// <summary>inet_ntop of a raw address (CPython's make_ipv6_addr: no %scope suffix).</summary>
    public static string Ntop(int family, byte* addr)
    {
        var dst = stackalloc byte[64];
        return SocketLibc.inet_ntop(family, addr, dst, 64) == null ? "" : SocketLibc.CStr(dst);
    }

    /// <summary>The Python form of a sockaddr (CPython's makesockaddr); None when the length is 0.</summary>
    public static PyObject Make(byte* sa, int len)
    {
        if (len <= 0) return PyNone.Instance;
        int family = Family(sa);
        switch (family)
        {
            case SocketLibc.AF_INET:
                return PyTuple.Of(PyStr.FromString(NumericHost(sa, 16)), PyInt.FromLong(BinaryPrimitives.ReverseEndianness(*(ushort*)(sa + 2))));
            case SocketLibc.AF_INET6:
                return PyTuple.Of(PyStr.FromString(Ntop(AF_INET6_, sa + 8)), PyInt.FromLong(BinaryPrimitives.ReverseEndianness(*(ushort*)(sa + 2))),
                    PyInt.FromLong(BinaryPrimitives.ReverseEndianness(*(uint*)(sa + 4))), PyInt.FromLong(*(uint*)(sa + 24)));
            case SocketLibc.AF_UNIX:
            {
                int n = Math.Min(len - 2, 108);
                if (n > 0 && sa[2] == 0) return PyBytes.From(new ReadOnlySpan<byte>(sa + 2, n).ToArray());
                int end = 0;
                while (end < Math.Max(n, 0) && sa[2 + end] != 0) end++;
                return FsEncoding.DecodeToStr(new ReadOnlySpan<byte>(sa + 2, end));
            }
        }
        return PyTuple.Of(PyInt.FromLong(family), PyBytes.From(new ReadOnlySpan<byte>(sa + 2, 14).ToArray()));
    }
}
