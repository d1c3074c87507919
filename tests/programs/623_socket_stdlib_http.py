# http.server + http.client and socketserver on localhost, with a server thread.
import http.client
import http.server
import socket
import socketserver
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("GET " + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        body = self.rfile.read(n)[::-1]
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
conn.request("GET", "/index?x=1")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.read())
conn.request("POST", "/p", body=b"payload")
r = conn.getresponse()
print(r.status, r.read())
conn.request("GET", "/missing-method", headers={})
r = conn.getresponse()
print(r.status, r.read())
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
conn.request("PUT", "/x")
r = conn.getresponse()
print(r.status, r.reason)
conn.close()
srv.shutdown()
srv.server_close()
t.join()


class Reverse(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.rstrip(b"\n")[::-1] + b"\n")


class UDPUpper(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data.upper(), self.client_address)


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Reverse) as s:
    th = threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    with socket.create_connection(s.server_address, timeout=10) as c:
        f = c.makefile("rwb")
        for word in (b"abc", b"socketserver"):
            f.write(word + b"\n")
            f.flush()
            print(f.readline())
        f.close()
    s.shutdown()
    th.join()

with socketserver.UDPServer(("127.0.0.1", 0), UDPUpper) as s:
    th = threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.settimeout(10)
        c.sendto(b"datagram", s.server_address)
        print(c.recvfrom(100)[0])
    s.shutdown()
    th.join()
