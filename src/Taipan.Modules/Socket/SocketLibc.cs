using System.Runtime.InteropServices;

namespace Taipan.Modules.Socket;

/// <summary>The BSD socket and resolver calls of glibc (x86-64/aarch64 Linux layouts). Addresses travel
/// as raw sockaddr bytes (<see cref="SockAddr"/> reads and writes them), so no .NET socket layer stands
/// between Python and the fd: errno values, fd numbers and flags are the kernel's.</summary>
internal static unsafe class SocketLibc
{
    private const string L = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int ai_flags, ai_family, ai_socktype, ai_protocol;
        public uint ai_addrlen;
        public byte* ai_addr;
        public byte* ai_canonname;
        public AddrInfo* ai_next;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct HostEnt
    {
        public byte* h_name;
        public byte** h_aliases;
        public int h_addrtype, h_length;
        public byte** h_addr_list;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ServEnt
    {
        public byte* s_name;
        public byte** s_aliases;
        public int s_port;
        public byte* s_proto;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ProtoEnt
    {
        public byte* p_name;
        public byte** p_aliases;
        public int p_proto;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct IoVec
    {
        public byte* iov_base;
        public nuint iov_len;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct MsgHdr
    {
        public byte* msg_name;
        public uint msg_namelen;
        public IoVec* msg_iov;
        public nuint msg_iovlen;
        public byte* msg_control;
        public nuint msg_controllen;
        public int msg_flags;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct IfNameIndex
    {
        public uint if_index;
        public byte* if_name;
    }

    [DllImport(L, SetLastError = true)] public static extern int socket(int domain, int type, int protocol);
    [DllImport(L, SetLastError = true)] public static extern int socketpair(int domain, int type, int protocol, int* sv);
    [DllImport(L, SetLastError = true)] public static extern int bind(int fd, byte* addr, uint len);
    [DllImport(L, SetLastError = true)] public static extern int listen(int fd, int backlog);
    [DllImport(L, SetLastError = true)] public static extern int accept4(int fd, byte* addr, uint* len, int flags);
    [DllImport(L, SetLastError = true)] public static extern int connect(int fd, byte* addr, uint len);
    [DllImport(L, SetLastError = true)] public static extern nint send(int fd, byte* buf, nint len, int flags);
    [DllImport(L, SetLastError = true)] public static extern nint recv(int fd, byte* buf, nint len, int flags);
    [DllImport(L, SetLastError = true)] public static extern nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, uint addrlen);
    [DllImport(L, SetLastError = true)] public static extern nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, uint* addrlen);
    [DllImport(L, SetLastError = true)] public static extern nint sendmsg(int fd, MsgHdr* msg, int flags);
    [DllImport(L, SetLastError = true)] public static extern nint recvmsg(int fd, MsgHdr* msg, int flags);
    [DllImport(L, SetLastError = true)] public static extern int shutdown(int fd, int how);
    [DllImport(L, SetLastError = true)] public static extern int getsockopt(int fd, int level, int name, byte* value, uint* len);
    [DllImport(L, SetLastError = true)] public static extern int setsockopt(int fd, int level, int name, byte* value, uint len);
    [DllImport(L, SetLastError = true)] public static extern int getsockname(int fd, byte* addr, uint* len);
    [DllImport(L, SetLastError = true)] public static extern int getpeername(int fd, byte* addr, uint* len);
    [DllImport(L, SetLastError = true)] public static extern int close(int fd);
    [DllImport(L, SetLastError = true)] public static extern int fcntl(int fd, int cmd, long arg);

    [DllImport(L)] public static extern int getaddrinfo(byte* node, byte* service, AddrInfo* hints, AddrInfo** res);
    [DllImport(L)] public static extern void freeaddrinfo(AddrInfo* res);
    [DllImport(L)] public static extern byte* gai_strerror(int code);
    [DllImport(L)] public static extern int getnameinfo(byte* addr, uint addrlen, byte* host, uint hostlen, byte* serv, uint servlen, int flags);
    [DllImport(L, SetLastError = true)] public static extern int gethostname(byte* name, nint len);
    [DllImport(L, SetLastError = true)] public static extern int sethostname(byte* name, nint len);
    [DllImport(L)] public static extern int gethostbyname_r(byte* name, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* h_errnop);
    [DllImport(L)] public static extern int gethostbyaddr_r(byte* addr, uint len, int type, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* h_errnop);
    [DllImport(L)] public static extern byte* hstrerror(int err);
    [DllImport(L)] public static extern ServEnt* getservbyname(byte* name, byte* proto);
    [DllImport(L)] public static extern ServEnt* getservbyport(int port, byte* proto);
    [DllImport(L)] public static extern ProtoEnt* getprotobyname(byte* name);
    [DllImport(L)] public static extern int inet_aton(byte* cp, uint* inp);
    [DllImport(L, SetLastError = true)] public static extern int inet_pton(int af, byte* src, byte* dst);
    [DllImport(L)] public static extern byte* inet_ntop(int af, byte* src, byte* dst, uint size);
    [DllImport(L, SetLastError = true)] public static extern uint if_nametoindex(byte* name);
    [DllImport(L, SetLastError = true)] public static extern byte* if_indextoname(uint index, byte* name);
    [DllImport(L, SetLastError = true)] public static extern IfNameIndex* if_nameindex();
    [DllImport(L)] public static extern void if_freenameindex(IfNameIndex* p);

    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int MSG_DONTWAIT = 0x40;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38;
    public const int F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, O_NONBLOCK = 0x800;
    public const int EINTR = 4, EAGAIN = 11, EWOULDBLOCK = 11, EINPROGRESS = 115, ECONNRESET = 104, EAFNOSUPPORT = 97, EBADF = 9;
    public const int EAI_SYSTEM = -11, AI_PASSIVE = 1, AI_NUMERICHOST = 4, NI_NUMERICHOST = 1, NI_NAMEREQD = 8;
    public const int SockAddrStorageSize = 128;

    public static int LastErrno => Marshal.GetLastPInvokeError();

    public static string CStr(byte* p) => p == null ? "" : Marshal.PtrToStringUTF8((nint)p) ?? "";
}
