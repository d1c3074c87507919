using System.Buffers.Binary;
using System.Text;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using static Taipan.Modules.Socket.SocketLibc;

namespace Taipan.Modules.Socket;

/// <summary>The _socket module: the socket type, name resolution (getaddrinfo and friends), address
/// conversions and byte-order helpers, all over glibc.</summary>
[PyModule("_socket")]
internal static unsafe partial class SocketModule
{
    private static readonly string[] GetAddrInfoNames = { "host", "port", "family", "type", "proto", "flags" };

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_socket", InstallPyBindings);
        var d = m.Dict;
        foreach (var (name, value) in SocketConstants.All) d.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        d.SetItem(StrIntern.Intern("socket"), PySocket.PyTypeObject);
        d.SetItem(StrIntern.Intern("SocketType"), PySocket.PyTypeObject);
        d.SetItem(StrIntern.Intern("error"), PyTypes.OSError);
        d.SetItem(StrIntern.Intern("timeout"), PyTypes.TimeoutError);
        d.SetItem(StrIntern.Intern("gaierror"), SocketErrors.GaiError);
        d.SetItem(StrIntern.Intern("herror"), SocketErrors.HError);
        d.SetItem(StrIntern.Intern("has_ipv6"), PyBool.True);
        return m;
    }

    private static int Int(PyObject o)
    {
        long v = PyOps.AsIndex(o, PyTypes.OverflowError);
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    private static byte[] CString(string s) => Encoding.UTF8.GetBytes(s + "\0");

    // --- fds and defaults -------------------------------------------------------------------------------

    [PyFunction]
    public static void close(PyObject fd)
    {
        int r = SocketLibc.close(Int(fd));
        if (r < 0 && LastErrno != ECONNRESET) throw SocketErrors.Last();
    }

    [PyFunction]
    public static int dup(PyObject fd)
    {
        int r = fcntl(Int(fd), F_DUPFD_CLOEXEC, 0);
        if (r < 0) throw SocketErrors.Last();
        return r;
    }

    [PyFunction] public static PyObject getdefaulttimeout() => PySocket.TimeoutObject(PySocket.DefaultTimeoutNs);

    [PyFunction] public static void setdefaulttimeout(PyObject timeout) => PySocket.DefaultTimeoutNs = PySocket.ParseTimeout(timeout);

    [PyFunction(PosOnly = 0)]
    public static PyObject socketpair(PyObject? family = null, PyObject? type = null, PyObject? proto = null)
    {
        int f = family is null ? AF_UNIX : Int(family), t = type is null ? SOCK_STREAM : Int(type), p = proto is null ? 0 : Int(proto);
        var sv = stackalloc int[2];
        if (SocketLibc.socketpair(f, t | SOCK_CLOEXEC, p, sv) < 0) throw SocketErrors.Last();
        var a = new PySocket(PySocket.PyTypeObject) { Fd = sv[0] };
        var b = new PySocket(PySocket.PyTypeObject) { Fd = sv[1] };
        a.InitObject(f, t, p);
        b.InitObject(f, t, p);
        return PyTuple.Of(a, b);
    }

    // --- name resolution ----------------------------------------------------------------------------------

    [PyFunction]
    public static PyObject getaddrinfo(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "getaddrinfo", GetAddrInfoNames, 0, 2);
        byte[]? host = null;
        var h = s[0]!;
        if (h == PyNone.Instance) host = null;
        else if (h is PyStr hs) host = Encoding.ASCII.GetBytes(hs.IsAscii ? hs.Value : Encoding.ASCII.GetString(SockAddr.HostBytes(hs)));
        else if (h is PyBytes hb) host = hb.Value;
        else throw PyErrors.TypeError("getaddrinfo() argument 1 must be string or None");
        byte[]? port = null;
        var po = s[1]!;
        if (po is PyInt) port = Encoding.ASCII.GetBytes(PyOps.AsIndex(po, PyTypes.OverflowError).ToString());
        else if (po is PyStr ps) port = Buffers.RequireCopy(PyOps.CallMethod(ps, "encode", new PyObject[] { PyStr.FromAscii("utf-8") }));
        else if (po is PyBytes pb) port = pb.Value;
        else if (po != PyNone.Instance) throw SocketErrors.Message("Int or String expected");
        AddrInfo hints = default;
        hints.ai_family = s[2] is null ? 0 : Int(s[2]!);
        hints.ai_socktype = s[3] is null ? 0 : Int(s[3]!);
        hints.ai_protocol = s[4] is null ? 0 : Int(s[4]!);
        hints.ai_flags = s[5] is null ? 0 : Int(s[5]!);
        var hz = host is null ? null : Zero(host);
        var pz = port is null ? null : Zero(port);
        AddrInfo* res = null;
        res = Resolve(hz, pz, &hints);
        try
        {
            var list = new PyList();
            for (var r = res; r != null; r = r->ai_next)
            {
                var addr = SockAddr.Make(r->ai_addr, (int)r->ai_addrlen);
                list.Append(PyTuple.Of(PyInt.FromLong(r->ai_family), PyInt.FromLong(r->ai_socktype), PyInt.FromLong(r->ai_protocol),
                    PyStr.FromString(CStr(r->ai_canonname)), addr));
            }
            return list;
        }
        finally { freeaddrinfo(res); }
    }

    /// <summary>getaddrinfo without the GIL; its failure as socket.gaierror.</summary>
    private static AddrInfo* Resolve(byte[]? host, byte[]? port, AddrInfo* hints)
    {
        AddrInfo* res = null;
        int err, errno;
        fixed (byte* hp = host)
        fixed (byte* pp = port)
        {
            using (Gil.Unlocked())
            {
                err = SocketLibc.getaddrinfo(hp, pp, hints, &res);
                errno = LastErrno;
            }
        }
        if (err != 0) throw SocketErrors.Gai(err, errno);
        return res;
    }

    private static byte[] Zero(byte[] s)
    {
        var z = new byte[s.Length + 1];
        s.CopyTo(z, 0);
        return z;
    }

    [PyFunction]
    public static PyObject getnameinfo(PyObject sockaddr, PyObject flags)
    {
        if (sockaddr is not PyTuple t) throw PyErrors.TypeError("getnameinfo() argument 1 must be a tuple");
        if (t.Count < 2 || t.Count > 4) throw PyErrors.TypeError($"getnameinfo() argument 1 must be a tuple of 2 to 4 items");
        if (t[0] is not PyStr host) throw PyErrors.TypeError($"getnameinfo() argument 1 must be str, not {t[0].type.Name}");
        int port = Int(t[1]);
        long flow = t.Count > 2 ? PyOps.AsIndex(t[2], PyTypes.OverflowError) : 0;
        long scope = t.Count > 3 ? PyOps.AsIndex(t[3], PyTypes.OverflowError) : 0;
        if (flow < 0 || flow > 0xfffff) throw PyErrors.OverflowError("getnameinfo(): flowinfo must be 0-1048575.");
        int fl = Int(flags);
        AddrInfo hints = default;
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_NUMERICHOST;
        AddrInfo* res = null;
        var pz = Encoding.ASCII.GetBytes(port + "\0");
        var hz = Zero(SockAddr.HostBytes(host));
        res = Resolve(hz, pz, &hints);
        var sa = stackalloc byte[SockAddrStorageSize];
        uint salen;
        try
        {
            if (res->ai_next != null) throw SocketErrors.Message("sockaddr resolved to multiple addresses");
            salen = res->ai_addrlen;
            Buffer.MemoryCopy(res->ai_addr, sa, SockAddrStorageSize, Math.Min(salen, (uint)SockAddrStorageSize));
            if (res->ai_family == AF_INET)
            {
                if (t.Count != 2) throw SocketErrors.Message("IPv4 sockaddr must be 2 tuple");
            }
            else if (res->ai_family == AF_INET6)
            {
                *(uint*)(sa + 4) = BinaryPrimitives.ReverseEndianness((uint)flow);
                *(uint*)(sa + 24) = (uint)scope;
            }
        }
        finally { freeaddrinfo(res); }
        var hbuf = stackalloc byte[1025];
        var sbuf = stackalloc byte[32];
        int err, errno;
        using (Gil.Unlocked())
        {
            err = SocketLibc.getnameinfo(sa, salen, hbuf, 1025, sbuf, 32, fl);
            errno = LastErrno;
        }
        if (err != 0) throw SocketErrors.Gai(err, errno);
        return PyTuple.Of(PyStr.FromString(CStr(hbuf)), PyStr.FromString(CStr(sbuf)));
    }

    [PyFunction]
    public static PyObject gethostname()
    {
        var buf = stackalloc byte[1025];
        if (SocketLibc.gethostname(buf, 1024) < 0) throw SocketErrors.Last();
        buf[1024] = 0;
        return FsEncoding.DecodeToStr(Posix.Libc.CString(buf));
    }

    [PyFunction]
    public static void sethostname(PyObject name)
    {
        var b = name is PyStr s ? FsEncoding.Encode(s) : Buffers.RequireCopy(name);
        fixed (byte* p = b)
            if (SocketLibc.sethostname(p, b.Length) < 0) throw SocketErrors.Last();
    }

    private static byte[] HostArg(PyObject o, string fn)
    {
        if (o is PyStr || o is PyBytes || o is PyByteArray) return SockAddr.HostBytes(o);
        throw PyErrors.TypeError($"{fn}() argument 1 must be str, bytes or bytearray, not {o.type.Name}");
    }

    [PyFunction]
    public static PyObject gethostbyname(PyObject hostname)
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        SockAddr.SetIpAddr(HostArg(hostname, "gethostbyname"), sa, AF_INET);
        return PyStr.FromString(SockAddr.NumericHost(sa, 16));
    }

    /// <summary>(name, aliases, addresses) from a hostent (CPython's gethost_common).</summary>
    private static PyObject HostEntTuple(HostEnt* h)
    {
        var aliases = new PyList();
        if (h->h_aliases != null)
            for (var a = h->h_aliases; *a != null; a++) aliases.Append(PyStr.FromString(CStr(*a)));
        var addrs = new PyList();
        var tmp = stackalloc byte[64];
        if (h->h_addr_list != null)
            for (var a = h->h_addr_list; *a != null; a++)
            {
                if (SocketLibc.inet_ntop(h->h_addrtype, *a, tmp, 64) != null) addrs.Append(PyStr.FromString(CStr(tmp)));
            }
        return PyTuple.Of(PyStr.FromString(CStr(h->h_name)), aliases, addrs);
    }

    [PyFunction]
    public static PyObject gethostbyname_ex(PyObject hostname)
    {
        var name = Zero(HostArg(hostname, "gethostbyname_ex"));
        HostEnt he;
        HostEnt* result = null;
        int herr = 0;
        var buf = new byte[16384];
        fixed (byte* np = name)
        fixed (byte* bp = buf)
        {
            using (Gil.Unlocked()) gethostbyname_r(np, &he, bp, buf.Length, &result, &herr);
            if (result == null) throw SocketErrors.Herror(herr);
            return HostEntTuple(result);
        }
    }

    [PyFunction]
    public static PyObject gethostbyaddr(PyObject ip_address)
    {
        var sa = stackalloc byte[SockAddrStorageSize];
        int family = SockAddr.SetIpAddr(HostArg(ip_address, "gethostbyaddr"), sa, AF_UNSPEC);
        byte* ap = family == AF_INET ? sa + 4 : sa + 8;
        uint alen = family == AF_INET ? 4u : 16u;
        HostEnt he;
        HostEnt* result = null;
        int herr = 0;
        var buf = new byte[16384];
        fixed (byte* bp = buf)
        {
            using (Gil.Unlocked()) gethostbyaddr_r(ap, alen, family, &he, bp, buf.Length, &result, &herr);
            if (result == null) throw SocketErrors.Herror(herr);
            return HostEntTuple(result);
        }
    }

    [PyFunction]
    public static int getservbyname(string servicename, string? protocolname = null)
    {
        var n = CString(servicename);
        var p = protocolname is null ? null : CString(protocolname);
        ServEnt* sp;
        fixed (byte* np = n)
        fixed (byte* pp = p)
            sp = SocketLibc.getservbyname(np, pp);
        if (sp == null) throw SocketErrors.Message("service/proto not found");
        return BinaryPrimitives.ReverseEndianness((ushort)sp->s_port);
    }

    [PyFunction]
    public static string getservbyport(PyObject port, string? protocolname = null)
    {
        int v = Int(port);
        if (v < 0 || v > 0xffff) throw PyErrors.OverflowError("getservbyport: port must be 0-65535.");
        var p = protocolname is null ? null : CString(protocolname);
        ServEnt* sp;
        fixed (byte* pp = p) sp = SocketLibc.getservbyport(BinaryPrimitives.ReverseEndianness((ushort)v), pp);
        if (sp == null) throw SocketErrors.Message("port/proto not found");
        return CStr(sp->s_name);
    }

    [PyFunction]
    public static int getprotobyname(string protocolname)
    {
        var n = CString(protocolname);
        ProtoEnt* pe;
        fixed (byte* np = n) pe = SocketLibc.getprotobyname(np);
        if (pe == null) throw SocketErrors.Message("protocol not found");
        return pe->p_proto;
    }

    // --- interfaces ----------------------------------------------------------------------------------------

    [PyFunction]
    public static PyObject if_nameindex()
    {
        var ni = SocketLibc.if_nameindex();
        if (ni == null) throw SocketErrors.Last();
        try
        {
            var list = new PyList();
            for (var p = ni; p->if_index != 0; p++)
                list.Append(PyTuple.Of(PyInt.FromLong(p->if_index), FsEncoding.DecodeToStr(Posix.Libc.CString(p->if_name))));
            return list;
        }
        finally { if_freenameindex(ni); }
    }

    [PyFunction]
    public static long if_nametoindex(PyObject oname)
    {
        var b = oname is PyStr s ? FsEncoding.Encode(s) : Buffers.RequireCopy(oname);
        uint idx;
        fixed (byte* p = Zero(b)) idx = SocketLibc.if_nametoindex(p);
        if (idx == 0) throw SocketErrors.Message("no interface with this name");
        return idx;
    }

    [PyFunction]
    public static PyObject if_indextoname(PyObject index)
    {
        if (index is not PyInt && index.type.Index is null) throw PyErrors.TypeError("an integer is required");
        long v = PyOps.AsIndex(index, PyTypes.OverflowError);
        if (v < 0 || v > uint.MaxValue) throw PyErrors.OverflowError("index is too large");
        var buf = stackalloc byte[64];
        if (SocketLibc.if_indextoname((uint)v, buf) == null) throw SocketErrors.Last();
        return FsEncoding.DecodeToStr(Posix.Libc.CString(buf));
    }

    // --- address conversions ---------------------------------------------------------------------------------

    [PyFunction]
    public static PyObject inet_aton(string ip_addr)
    {
        uint a;
        int ok;
        fixed (byte* p = CString(ip_addr)) ok = SocketLibc.inet_aton(p, &a);
        if (ok == 0) throw SocketErrors.Message("illegal IP address string passed to inet_aton");
        var b = new byte[4];
        BitConverter.TryWriteBytes(b, a);
        return PyBytes.From(b);
    }

    [PyFunction]
    public static string inet_ntoa(PyObject packed_ip)
    {
        var span = Buffers.Require(packed_ip);
        if (span.Length != 4) throw SocketErrors.Message("packed IP wrong length for inet_ntoa");
        return $"{span[0]}.{span[1]}.{span[2]}.{span[3]}";
    }

    [PyFunction]
    public static PyObject inet_pton(int address_family, string ip_string)
    {
        var dst = stackalloc byte[16];
        int r;
        fixed (byte* p = CString(ip_string)) r = SocketLibc.inet_pton(address_family, p, dst);
        if (r < 0) throw SocketErrors.Last();
        if (r == 0) throw SocketErrors.Message("illegal IP address string passed to inet_pton");
        return PyBytes.From(new ReadOnlySpan<byte>(dst, address_family == AF_INET ? 4 : 16).ToArray());
    }

    [PyFunction]
    public static string inet_ntop(int address_family, PyObject packed_ip)
    {
        var span = Buffers.Require(packed_ip);
        if (address_family == AF_INET) { if (span.Length != 4) throw PyErrors.ValueError("invalid length of packed IP address string"); }
        else if (address_family == AF_INET6) { if (span.Length != 16) throw PyErrors.ValueError("invalid length of packed IP address string"); }
        else throw PyErrors.ValueError($"unknown address family {address_family}");
        var dst = stackalloc byte[64];
        byte* r;
        fixed (byte* p = span) r = SocketLibc.inet_ntop(address_family, p, dst, 64);
        if (r == null) throw SocketErrors.Last();
        return CStr(dst);
    }

    // --- byte order ------------------------------------------------------------------------------------------

    private static ushort Short(PyObject x, string name)
    {
        if (x is not PyInt && x.type.Index is null) throw PyErrors.TypeError($"'{x.type.Name}' object cannot be interpreted as an integer");
        var v = PyOps.AsIndex(x, PyTypes.OverflowError, null);
        if (v < 0) throw PyErrors.OverflowError($"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (v > 0xffff) throw PyErrors.OverflowError($"{name}: Python int too large to convert to C 16-bit unsigned integer");
        return (ushort)v;
    }

    private static uint Long(PyObject x)
    {
        if (x is not PyInt) throw PyErrors.TypeError($"expected int, {x.type.Name} found");
        PyInt i = (PyInt)x;
        if (i.IsNegative) throw PyErrors.OverflowError("can't convert negative value to unsigned int");
        if (!i.TryGetLong(out long v) || v > uint.MaxValue) throw PyErrors.OverflowError("int larger than 32 bits");
        return (uint)v;
    }

    [PyFunction] public static int htons(PyObject x) => BinaryPrimitives.ReverseEndianness(Short(x, "htons"));
    [PyFunction] public static int ntohs(PyObject x) => BinaryPrimitives.ReverseEndianness(Short(x, "ntohs"));
    [PyFunction] public static long htonl(PyObject x) => BinaryPrimitives.ReverseEndianness(Long(x));
    [PyFunction] public static long ntohl(PyObject x) => BinaryPrimitives.ReverseEndianness(Long(x));

    // --- ancillary data sizes --------------------------------------------------------------------------------

    private static long CmsgAlign(long n) => (n + 7) & ~7L;

    [PyFunction]
    public static long CMSG_LEN(PyObject length)
    {
        long n = PyOps.AsIndex(length, PyTypes.OverflowError);
        if (n < 0 || n > int.MaxValue - 16) throw PyErrors.OverflowError("CMSG_LEN() argument out of range");
        return 16 + n;
    }

    [PyFunction]
    public static long CMSG_SPACE(PyObject length)
    {
        long n = PyOps.AsIndex(length, PyTypes.OverflowError);
        if (n < 0 || n > int.MaxValue - 24) throw PyErrors.OverflowError("CMSG_SPACE() argument out of range");
        return 16 + CmsgAlign(n);
    }
}
