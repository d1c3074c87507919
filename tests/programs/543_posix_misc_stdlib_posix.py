# posix process information, constants and configuration.
import posix

print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() > 0)
print(posix.getuid() == posix.geteuid(), posix.getgid() == posix.getegid(), posix.getpgrp() > 0)
print(isinstance(posix.getgroups(), list))
u = posix.uname()
print(type(u).__name__, type(u), len(u), u.sysname, u[0] == u.sysname, [type(x).__name__ for x in u])
print(u.__class__.__module__, u.n_fields, u.n_sequence_fields, u.n_unnamed_fields)
t = posix.times()
print(type(t).__name__, len(t), [type(x).__name__ for x in t], t.elapsed == t[4])
old = posix.umask(0o22)
print("umask", oct(posix.umask(old)))
print(posix.cpu_count() >= 1, posix.sysconf("SC_PAGESIZE") > 0, posix.sysconf(posix.sysconf_names["SC_CLK_TCK"]))
print(posix.confstr("CS_PATH"), posix.pathconf("/", "PC_NAME_MAX"), posix.fpathconf(0, "PC_PIPE_BUF") > 0)
try:
    posix.sysconf("SC_NOPE")
except ValueError as e:
    print(e)
try:
    posix.sysconf(1.5)
except TypeError as e:
    print(e)
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND,
      posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY, posix.O_NOFOLLOW)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.WNOHANG, posix.EX_OK, posix.EX_USAGE)
print(posix.SEEK_DATA, posix.SEEK_HOLE, posix.P_PID, posix.NGROUPS_MAX > 0)
print([h in posix._have_functions for h in ("HAVE_FSTATAT", "HAVE_OPENAT", "HAVE_UNLINKAT", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE")])
print(type(posix.environ).__name__, posix.error is OSError)
print(posix.stat_result, posix.terminal_size, posix.DirEntry, posix.uname_result, posix.times_result)
for status in (0, 256, 512, 9, 15, 0x137f, 0xffff, 0x8b):
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status),
          posix.WIFCONTINUED(status), posix.WCOREDUMP(status))
print(posix.waitstatus_to_exitcode(0), posix.waitstatus_to_exitcode(768), posix.waitstatus_to_exitcode(9))
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print(e)
print("system", posix.system("exit 3"), posix.system("true"))
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
posix.putenv("TAIPAN_POSIX_TEST", "value")
print("putenv child", posix.system("test \"$TAIPAN_POSIX_TEST\" = value"))
posix.unsetenv("TAIPAN_POSIX_TEST")
print("unsetenv child", posix.system("test -z \"$TAIPAN_POSIX_TEST\""))
for bad in ("", "A=B", "A\0"):
    try:
        posix.putenv(bad, "x")
    except (ValueError, OSError) as e:
        print(repr(bad), type(e).__name__)
    try:
        posix.unsetenv(bad)
    except (ValueError, OSError) as e:
        print(repr(bad), type(e).__name__)
print(posix.register_at_fork(before=print) is None)
try:
    posix.register_at_fork()
except TypeError as e:
    print(e)
print(posix.get_inheritable(0) in (True, False), posix.sched_yield())
print(posix.getloadavg().__class__.__name__, len(posix.getloadavg()))
