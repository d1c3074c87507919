# File-descriptor functions of posix (no bytes objects needed).
import posix

base = "/tmp/taipan_posix_fds_" + str(posix.getpid())
posix.mkdir(base)
path = base + "/f.txt"
fd = posix.open(path, posix.O_CREAT | posix.O_RDWR | posix.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print("inheritable", posix.get_inheritable(fd), "blocking", posix.get_blocking(fd))
posix.ftruncate(fd, 100)
print("size", posix.fstat(fd).st_size, posix.fstat(fd=fd).st_size)
print("seek end", posix.lseek(fd, 0, 2), "seek set", posix.lseek(fd, 10, 0), "cur", posix.lseek(fd, 5, 1))
print("isatty", posix.isatty(fd), "device_encoding", posix.device_encoding(fd))
fd2 = posix.dup(fd)
print("dup", fd2 != fd, posix.get_inheritable(fd2), posix.lseek(fd2, 0, 1))
fd3 = posix.dup2(fd, fd2 + 5)
print("dup2", fd3 == fd2 + 5, posix.get_inheritable(fd3))
fd4 = posix.dup2(fd, fd2 + 6, inheritable=False)
print("dup2 non-inheritable", posix.get_inheritable(fd4))
for f in (fd2, fd3, fd4):
    posix.close(f)
posix.set_inheritable(fd, True)
print("set_inheritable", posix.get_inheritable(fd))
posix.set_blocking(fd, False)
print("set_blocking", posix.get_blocking(fd))
posix.set_blocking(fd, True)
posix.fsync(fd)
posix.fdatasync(fd)
posix.close(fd)
try:
    posix.close(fd)
except OSError as e:
    print("close twice:", type(e).__name__)
posix.truncate(path, 7)
print("truncate", posix.stat(path).st_size)
r, w = posix.pipe()
print("pipe", r != w, posix.get_inheritable(r), posix.get_inheritable(w))
st = posix.fstat(r)
print("fifo", (st.st_mode & 0o170000) == 0o010000)
posix.close(r)
posix.close(w)
r, w = posix.pipe2(posix.O_NONBLOCK | posix.O_CLOEXEC)
print("pipe2 blocking", posix.get_blocking(r), posix.get_blocking(w))
posix.closerange(r, w + 1)
try:
    posix.fstat(r)
except OSError as e:
    print("closed by closerange:", type(e).__name__)


class Fileno:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fd = posix.open(path, posix.O_RDONLY)
posix.fsync(Fileno(fd))
for bad in ("x", 1.5, None):
    try:
        posix.fsync(bad)
    except TypeError as e:
        print("fsync", type(bad).__name__, e)
try:
    posix.fsync(-1)
except ValueError as e:
    print(e)
for name, f, args in (("close", posix.close, ("x",)), ("lseek", posix.lseek, (fd, 1.0, 0)), ("dup", posix.dup, (None,))):
    try:
        f(*args)
    except TypeError as e:
        print(name, e)
posix.close(fd)
posix.unlink(path)
posix.rmdir(base)
print("done")
