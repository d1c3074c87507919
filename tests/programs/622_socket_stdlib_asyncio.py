# asyncio over real sockets: streams server/client on 127.0.0.1, sock_* loop methods, UDP endpoints.
import asyncio
import socket


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, fut):
        self.fut = fut

    def datagram_received(self, data, addr):
        self.fut.set_result(data)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        for msg in (b"hello\n", b"asyncio sockets\n"):
            w.write(msg)
            await w.drain()
            print(await r.readline())
        print(w.get_extra_info("peername") == ("127.0.0.1", port))
        w.close()
        await w.wait_closed()

    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"pair")
    print(await loop.sock_recv(b, 10))
    buf = bytearray(4)
    await loop.sock_sendall(b, b"into")
    print(await loop.sock_recv_into(a, buf), buf)
    a.close()
    b.close()

    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen()
    lst.setblocking(False)
    cl = socket.socket()
    cl.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lst))
    await loop.sock_connect(cl, lst.getsockname())
    conn, addr = await accept
    await loop.sock_sendall(cl, b"accepted")
    conn.setblocking(False)
    print(await loop.sock_recv(conn, 100), addr[0])
    for x in (lst, cl, conn):
        x.close()

    transport, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    fut = loop.create_future()
    ctransport, _ = await loop.create_datagram_endpoint(lambda: Client(fut), remote_addr=transport.get_extra_info("sockname"))
    ctransport.sendto(b"udp")
    print(await asyncio.wait_for(fut, 5))
    ctransport.close()
    transport.close()

    print(await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)


asyncio.run(main())
