# A thread blocked in os.read on a pipe must not stop other threads (the GIL is released).
import io
import os
import threading

r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
f = io.FileIO(w, "w")
print(f.readable(), f.writable(), f.seekable())
print(f.write(b"3"))
t.join()
print(got)
for name in ("tell", "truncate"):
    try:
        getattr(f, name)()
    except OSError as e:
        print(name, type(e).__name__, e.errno)
f.close()

# FileIO.read blocking in a thread while the main thread writes later
r, w = os.pipe()
reader = io.FileIO(r, "r")
out = []
t = threading.Thread(target=lambda: out.append(reader.read(5)))
t.start()
os.write(w, b"hello")
t.join()
print(out)
os.close(w)
print(reader.read())
reader.close()

# os.write blocking on a full pipe while another thread drains it
r, w = os.pipe()
data = b"x" * 300000
drained = []
def drain():
    n = 0
    while n < len(data):
        chunk = os.read(r, 65536)
        n += len(chunk)
    drained.append(n)
t = threading.Thread(target=drain)
t.start()
written = 0
while written < len(data):
    written += os.write(w, data[written:])
t.join()
print(written, drained)
os.close(r)
os.close(w)
