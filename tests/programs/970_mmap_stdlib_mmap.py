# mmap: file and anonymous maps, slicing, the file API, the buffer protocol, errors
import mmap, os, re, tempfile, hashlib

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

page = mmap.PAGESIZE
print(page, mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_READ, mmap.MAP_PRIVATE, mmap.error is OSError)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data")
    with open(path, "wb") as f:
        f.write(b"\0" * page + b"hello world\nsecond line\n" + b"\0" * (page - 24))
    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m.find(b"world"), m.rfind(b"line"), m.find(b"zz"), m.find(b"l", page + 4, page + 10))
    print(m[page:page + 5], m[page], m[-1], m[page:page + 11:2])
    m.seek(page)
    print(m.readline(), m.tell(), m.read(6), m.read_byte())
    m[page:page + 5] = b"HELLO"
    m[0] = 65
    m.seek(0)
    m.write(b"xyz")
    m.write_byte(33)
    m.flush()
    with open(path, "rb") as g:
        head = g.read(8)
        g.seek(page)
        print(head, g.read(11))
    print(re.search(rb"[A-Z]+", m).span(), hashlib.sha1(m).hexdigest()[:12])
    mv = memoryview(m)
    print(mv[page:page + 3].tobytes(), mv.readonly, len(mv))
    show("close-exported", m.close)
    mv.release()
    m.move(0, page, 5)
    print(m[:8])
    m.resize(page + 5)
    print(len(m), os.path.getsize(path), m[-5:])
    print(repr(m).startswith("<mmap.mmap closed=False, access=ACCESS_DEFAULT, length="))
    m.close()
    print(m.closed, repr(m))
    show("closed-read", m.read)
    show("closed-len", lambda: len(m))

    with open(path, "rb") as f:
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    show("ro-write", lambda: r.write(b"a"))
    show("ro-setitem", lambda: r.__setitem__(0, 1))
    show("ro-resize", lambda: r.resize(10))
    show("ro-memoryview", lambda: memoryview(r).readonly)
    c[0:3] = b"cpy"
    print(c[:5], r[:5])
    show("copy-resize", lambda: c.resize(10))
    r.close(); c.close()
    with open(path, "rb") as f:
        show("offset", lambda: mmap.mmap(f.fileno(), 0, offset=page * 8, access=mmap.ACCESS_READ))
        show("too-long", lambda: mmap.mmap(f.fileno(), page * 8, access=mmap.ACCESS_READ))
        with mmap.mmap(f.fileno(), 5, offset=page, access=mmap.ACCESS_READ) as o:
            print(o[:], repr(o))
    open(os.path.join(d, "empty"), "wb").close()
    with open(os.path.join(d, "empty"), "rb") as f:
        show("empty", lambda: mmap.mmap(f.fileno(), 0))

a = mmap.mmap(-1, 16)
print(a[:], a.write(b"abc"), a.tell(), list(a[:4]), list(iter(a))[:4], b"b" in a)
show("seek-bad", lambda: a.seek(0, 7))
show("seek-range", lambda: a.seek(17))
show("write-range", lambda: a.write(b"x" * 14))
show("index", lambda: a[16])
show("index-type", lambda: a["x"])
show("set-value", lambda: a.__setitem__(0, 256))
show("set-type", lambda: a.__setitem__(0, b"a"))
show("set-slice-size", lambda: a.__setitem__(slice(0, 2), b"abc"))
show("del", lambda: a.__delitem__(0))
show("move-range", lambda: a.move(10, 0, 7))
show("flush-range", lambda: a.flush(0, 17))
show("madvise", lambda: a.madvise(mmap.MADV_NORMAL, 16))
show("read-arg", lambda: a.read("x"))
show("write-byte", lambda: a.write_byte(256))
show("concat", lambda: a + a)
show("both", lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_WRITE))
show("access", lambda: mmap.mmap(-1, 10, access=7))
show("length", lambda: mmap.mmap(-1, -1))
show("zero", lambda: mmap.mmap(-1, 0))
show("pickle", lambda: __import__("pickle").dumps(a))
a.seek(0, 2)
show("read-end", lambda: a.read_byte())
a.resize(32)
print(len(a), a.tell(), a[:4])

class Sub(mmap.mmap):
    def __new__(cls, n):
        return mmap.mmap.__new__(cls, -1, n)
s = Sub(8)
print(type(s).__name__, len(s), repr(s).startswith("<Sub closed=False"))
with s:
    pass
print(s.closed)
