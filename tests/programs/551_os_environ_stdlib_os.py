# os.environ / environb / putenv through posix.environ, and process helpers.
import os

print(type(os.environ).__name__, type(os.environb).__name__)
os.environ["TAIPAN_OS_TEST"] = "value é"
print(os.environ["TAIPAN_OS_TEST"], os.environb[b"TAIPAN_OS_TEST"], os.getenv("TAIPAN_OS_TEST"), os.getenvb(b"TAIPAN_OS_TEST"))
print(os.system('test "$TAIPAN_OS_TEST" = "value é"'))
print("TAIPAN_OS_TEST" in os.environ, os.environ.get("TAIPAN_OS_MISSING"), os.getenv("TAIPAN_OS_MISSING", "dflt"))
del os.environ["TAIPAN_OS_TEST"]
print("TAIPAN_OS_TEST" in os.environ, os.system('test -z "$TAIPAN_OS_TEST"'))
os.environb[b"TAIPAN_OS_B"] = b"\xff\xfe"
print(repr(os.environ["TAIPAN_OS_B"]), os.environb[b"TAIPAN_OS_B"])
print(repr(os.environ.pop("TAIPAN_OS_B")), b"TAIPAN_OS_B" in os.environb)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
try:
    os.environ["TAIPAN_OS_MISSING"]
except KeyError as e:
    print("KeyError", e)
print(repr(os.fsencode("caf\udce9")), os.fsdecode(b"caf\xe9") == "caf\udce9", os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
print(os.get_exec_path(env={"PATH": "/a:/b"}))
print(os.cpu_count() >= 1, os.getpid() == os.getpid(), os.getlogin if False else "", os.name, os.curdir, os.pardir, os.sep,
      os.extsep, os.altsep, os.pathsep, os.linesep == "\n", os.defpath, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.P_WAIT, os.P_NOWAIT, os.F_OK)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks,
      os.listdir in os.supports_fd, os.scandir in os.supports_fd, os.utime in os.supports_fd, os.open in os.supports_dir_fd)
print(os.fspath("x"), os.fspath(b"x"), isinstance(os.DirEntry, type), os.PathLike.__name__)
print(os.strerror(2), os.umask(os.umask(0o22)) == 0o22 or True)
print(os.waitstatus_to_exitcode(os.system("exit 7")))
print(os.stat_result, os.terminal_size((1, 2)), os.uname_result.__name__, os.times_result.__name__)
print(os.error is OSError)
