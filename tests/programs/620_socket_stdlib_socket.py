# socket: socketpair echo, TCP server thread + client, UDP, timeouts, errors, resolver, conversions.
import errno
import socket
import threading

# socketpair and makefile
a, b = socket.socketpair()
print(type(a).__name__, type(a).__mro__[1], a.family, a.type, a.proto)
a.sendall(b"hello")
print(b.recv(10))
f = a.makefile("rwb")
b.sendall(b"line1\nline2\n")
print(f.readline(), f.readline())
f.write(b"back\n")
f.flush()
print(b.recv(100))
f.close()
buf = bytearray(8)
a.send(b"into")
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(6))
a.send(b"xyz")
print(b.recv_into(mv, 2), bytes(mv))
print(b.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()
print(a.fileno(), a._closed)

# TCP server thread and client on 127.0.0.1, port 0
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("bound", host, port > 0)
seen = []


def serve():
    conn, addr = srv.accept()
    seen.append(addr[0])
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print("peer", c.getpeername() == ("127.0.0.1", port))
    c.sendall(b"abc")
    print(c.recv(100))
    c.sendall(b"x" * 100000)
    got = b""
    while len(got) < 100000:
        got += c.recv(65536)
    print(len(got), set(got))
t.join()
srv.close()
print("client addr", seen)

# connection refused: nothing listens on the port any more
s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused", type(e).__name__, errno.errorcode[e.errno], e.strerror)
print("connect_ex", errno.errorcode[s.connect_ex(("127.0.0.1", port))])
s.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"dgram", u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0], addr[1] == u2.getsockname()[1])
u2.sendto(b"more", 0, u1.getsockname())
buf = bytearray(10)
n, addr = u1.recvfrom_into(buf)
print(n, buf[:n])

# timeouts and blocking modes
print(u1.gettimeout(), u1.getblocking(), u1.timeout)
u1.settimeout(0.05)
print(u1.gettimeout(), u1.getblocking())
try:
    u1.recv(10)
except socket.timeout as e:
    print("timeout", repr(e), socket.timeout is TimeoutError)
u1.setblocking(False)
print(u1.gettimeout(), u1.getblocking())
try:
    u1.recv(10)
except BlockingIOError as e:
    print("would block", errno.errorcode[e.errno])
u1.settimeout(None)
print(u1.gettimeout(), u1.getblocking())
u1.close()
u2.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.type, s.gettimeout())
s.close()

# fds: detach, fromfd, dup
a, b = socket.socketpair()
fd = a.detach()
print(a.fileno())
c = socket.socket(fileno=fd)
print(c.family, c.type)
d = c.dup()
d.sendall(b"dup")
print(b.recv(10))
for x in (b, c, d):
    x.close()

# resolver and conversions
infos = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
print(infos)
print(socket.getaddrinfo("127.0.0.1", "http", type=socket.SOCK_STREAM))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"), socket.getprotobyname("udp"))
print(isinstance(socket.gethostname(), str))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x20\x01" + b"\x00" * 13 + b"\x01"))
print(socket.inet_pton(socket.AF_INET, "192.168.0.1"), socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET,
      socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR, socket.has_ipv6)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
print(socket.gaierror.__mro__, socket.herror.__module__, socket.error is OSError)
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno == socket.EAI_NONAME, e.strerror)

# AF_UNIX, including the abstract namespace
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(repr(u.getsockname()))
u.bind(b"\0taipan-test-620")
print(u.getsockname())
u.listen()
cl = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cl.connect(b"\0taipan-test-620")
conn, addr = u.accept()
cl.sendall(b"unix")
print(conn.recv(10), repr(addr))
for x in (u, cl, conn):
    x.close()
