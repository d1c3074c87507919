# posix calls added for Linux: scatter/gather I/O, file space, getrandom, eventfd, splice,
# copy_file_range, scheduling, groups, mknod, memfd, spawnv family
import os, stat, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r, w = os.pipe()
print(os.writev(w, [b"ab", bytearray(b"cde"), memoryview(b"f")]))
a, b = bytearray(2), bytearray(10)
print(os.readv(r, [a, b]), a, bytes(b[:4]))
os.close(r); os.close(w)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    fd = os.open(p, os.O_RDWR | os.O_CREAT)
    print(os.pwritev(fd, [b"hello ", b"world"], 2))
    bufs = [bytearray(4), bytearray(20)]
    print(os.preadv(fd, bufs, 0), bytes(bufs[0]), bytes(bufs[1]).rstrip(b"\0"))
    os.posix_fallocate(fd, 0, 100)
    print(os.fstat(fd).st_size)
    os.posix_fadvise(fd, 0, 100, os.POSIX_FADV_SEQUENTIAL)
    os.lockf(fd, os.F_LOCK, 0)
    os.lockf(fd, os.F_ULOCK, 0)
    q = os.path.join(d, "g")
    fd2 = os.open(q, os.O_RDWR | os.O_CREAT)
    print(os.copy_file_range(fd, fd2, 7, 2, 0))
    print(os.pread(fd2, 10, 0))
    r, w = os.pipe()
    print(os.splice(fd, w, 5, offset_src=8), os.read(r, 10))
    os.close(r); os.close(w); os.close(fd); os.close(fd2)
    show("fallocate-bad", lambda: os.posix_fallocate(-1, 0, 1))
    fifo = os.path.join(d, "fifo")
    os.mknod(fifo, 0o600 | stat.S_IFIFO)
    print(stat.S_ISFIFO(os.stat(fifo).st_mode))
    show("mknod-exists", lambda: os.mknod(fifo))

print(len(os.getrandom(16)), len(os.getrandom(0)), type(os.getrandom(3, os.GRND_NONBLOCK)).__name__)
show("getrandom-neg", lambda: os.getrandom(-1))
efd = os.eventfd(2, os.EFD_CLOEXEC | os.EFD_NONBLOCK)
os.eventfd_write(efd, 5)
print(os.eventfd_read(efd))
show("eventfd-empty", lambda: os.eventfd_read(efd))
os.close(efd)
m = os.memfd_create("taipan", 0)
os.write(m, b"memfd")
print(os.pread(m, 5, 0))
os.close(m)

pol = os.sched_getscheduler(0)
print(pol == os.SCHED_OTHER, os.sched_param(3), os.sched_param(sched_priority=2).sched_priority)
print(os.sched_get_priority_min(os.SCHED_RR), os.sched_get_priority_max(os.SCHED_RR), os.sched_getparam(0))
show("sched-param-type", lambda: os.sched_setparam(0, 43))
show("sched-param-none", lambda: os.sched_setparam(0, os.sched_param(None)))
show("sched-param-big", lambda: os.sched_setparam(0, os.sched_param(214748364700)))
show("sched-bad-pid", lambda: os.sched_getscheduler(-1))
print(type(os.getgrouplist("root", 0)).__name__)
show("setresuid-type", lambda: os.setresuid("a", 0, 0))

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 4"]))
print(os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 6"))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", 'exit "$CODE"'], {"CODE": "9"}))
pid = os.spawnl(os.P_NOWAIT, "/bin/sh", "sh", "-c", "kill -TERM $$")
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.spawnv(os.P_WAIT, "/nonexistent/program", ["program"]))
show("spawnv-argv", lambda: os.spawnv(os.P_WAIT, "/bin/sh", "sh"))
show("spawnv-empty", lambda: os.spawnv(os.P_WAIT, "/bin/sh", [""]))
