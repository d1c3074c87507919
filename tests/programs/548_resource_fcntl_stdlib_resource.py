# resource and fcntl basics.
import posix
import resource
import fcntl

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
for bad in (-1, 99):
    try:
        resource.getrlimit(bad)
    except ValueError as e:
        print(e)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3))
except ValueError as e:
    print(e)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1 if hard != resource.RLIM_INFINITY else 5, 4))
except ValueError as e:
    print(e)
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, u.ru_maxrss > 0, u[0] == u.ru_utime)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap, resource.getpagesize() > 0)
try:
    resource.getrusage(42)
except ValueError as e:
    print(e)
print(resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN,
      resource.RUSAGE_THREAD, resource.RLIM_INFINITY, resource.error is OSError)

base = "/tmp/taipan_fcntl_" + str(posix.getpid())
fd = posix.open(base, posix.O_CREAT | posix.O_RDWR, 0o600)
print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(fd, fcntl.F_SETFD, 0)
print(fcntl.fcntl(fd, fcntl.F_GETFD), posix.get_inheritable(fd))
flags = fcntl.fcntl(fd, fcntl.F_GETFL)
print(flags & posix.O_ACCMODE == posix.O_RDWR, flags & posix.O_NONBLOCK)
fcntl.fcntl(fd, fcntl.F_SETFL, flags | posix.O_NONBLOCK)
print(fcntl.fcntl(fd, fcntl.F_GETFL) & posix.O_NONBLOCK == posix.O_NONBLOCK, posix.get_blocking(fd))
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX)
fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0, 0)
fcntl.lockf(fd, fcntl.LOCK_UN, 10)
fcntl.lockf(fd, 123)
fcntl.lockf(fd, fcntl.LOCK_UN)
try:
    fcntl.lockf(fd, 16)
except ValueError as e:
    print(e)
try:
    fcntl.fcntl(9999, fcntl.F_GETFD)
except OSError as e:
    print(type(e).__name__)
try:
    fcntl.flock("x", fcntl.LOCK_UN)
except TypeError as e:
    print(e)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_SETLKW, fcntl.F_DUPFD_CLOEXEC)
fd2 = fcntl.fcntl(fd, fcntl.F_DUPFD, 50)
print(fd2 >= 50)
posix.close(fd2)
posix.close(fd)
posix.unlink(base)
