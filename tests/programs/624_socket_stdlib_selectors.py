# selectors over sockets: readiness, modify/unregister, a small non-blocking echo loop.
import selectors
import socket

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
key = sel.register(a, selectors.EVENT_READ, data="A")
print(key.fd == a.fileno(), key.events, key.data)
print(sel.select(0))
b.send(b"ping")
print([(k.data, ev) for k, ev in sel.select(1)])
print(a.recv(10))
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="A2")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.unregister(a)
print(len(sel.get_map()))

# A selector-driven echo server and client on 127.0.0.1 in one thread.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, data="accept")
cl = socket.socket()
cl.setblocking(False)
err = cl.connect_ex(srv.getsockname())
print("connect_ex in progress", err in (0, 115))
sel.register(cl, selectors.EVENT_WRITE, data="client")
received = b""
sent = False
conns = []
while received != b"ECHO ME":
    for k, ev in sel.select(5):
        if k.data == "accept":
            c, _ = srv.accept()
            c.setblocking(False)
            conns.append(c)
            sel.register(c, selectors.EVENT_READ, data="conn")
        elif k.data == "client" and ev & selectors.EVENT_WRITE and not sent:
            cl.send(b"echo me")
            sent = True
            sel.modify(cl, selectors.EVENT_READ, data="client")
        elif k.data == "client":
            received += cl.recv(100)
        elif k.data == "conn":
            d = k.fileobj.recv(100)
            if d:
                k.fileobj.send(d.upper())
print(received)
sel.close()
for x in [a, b, srv, cl] + conns:
    x.close()
print(sel.get_map())
