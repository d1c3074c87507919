# posix argument checking and OSError details.
import posix

base = "/tmp/taipan_posix_errors_" + str(posix.getpid())
posix.mkdir(base)


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except OSError as e:
        fn = e.filename[len(base):] if isinstance(e.filename, str) and e.filename.startswith(base) else e.filename
        fn2 = e.filename2[len(base):] if isinstance(e.filename2, str) and e.filename2.startswith(base) else e.filename2
        print(label, type(e).__name__, e.errno, e.strerror, repr(fn), repr(fn2))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


missing = base + "/missing"
attempt("stat missing", posix.stat, missing)
attempt("lstat missing", posix.lstat, missing)
attempt("open missing", posix.open, missing, posix.O_RDONLY)
attempt("listdir missing", posix.listdir, missing)
attempt("scandir missing", posix.scandir, missing)
attempt("rmdir missing", posix.rmdir, missing)
attempt("unlink missing", posix.unlink, missing)
attempt("remove missing", posix.remove, missing)
attempt("chdir missing", posix.chdir, missing)
attempt("readlink missing", posix.readlink, missing)
attempt("chmod missing", posix.chmod, missing, 0o600)
attempt("rename missing", posix.rename, missing, base + "/other")
attempt("replace missing", posix.replace, missing, base + "/other")
attempt("link missing", posix.link, missing, base + "/other")
attempt("mkdir exists", posix.mkdir, base)
attempt("rmdir not empty", posix.rmdir, "/tmp")
attempt("readlink not link", posix.readlink, base)
attempt("open dir for write", posix.open, base, posix.O_WRONLY)
attempt("unlink dir", posix.unlink, base)
posix.close(posix.open(base + "/file", posix.O_CREAT | posix.O_WRONLY))
attempt("listdir file", posix.listdir, base + "/file")
attempt("mkdir under file", posix.mkdir, base + "/file/x")
attempt("symlink exists", posix.symlink, "x", base + "/file")
attempt("excl create", posix.open, base + "/file", posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)
attempt("bad fd fstat", posix.fstat, 9999)
attempt("bad fd lseek", posix.lseek, 9999, 0, 0)
attempt("bad fd close", posix.close, 9999)
attempt("bad fd dup", posix.dup, 9999)
attempt("bad fd isatty", posix.isatty, 9999)

# argument errors
attempt("stat list", posix.stat, [])
attempt("stat float", posix.stat, 1.5)
attempt("mkdir float", posix.mkdir, 1.5)
attempt("listdir float", posix.listdir, 1.5)
attempt("stat two", posix.stat, "a", "b")
attempt("stat none", posix.stat)
attempt("stat kw", posix.stat, "a", foo=1)
attempt("stat dup kw", posix.stat, "a", path="b")
attempt("open missing flags", posix.open, "a")
attempt("rename one", posix.rename, "a")
attempt("stat null", posix.stat, "a\0b")
attempt("stat dir_fd str", posix.stat, "a", dir_fd="x")
attempt("mkdir mode str", posix.mkdir, base + "/m", "x")
attempt("getcwd arg", posix.getcwd, 1)
attempt("strerror str", posix.strerror, "x")
attempt("umask str", posix.umask, "x")
attempt("read neg", posix.read, 0, -1)
attempt("read one", posix.read, 0)
attempt("fspath int", posix.fspath, 1)
attempt("kill bad sig", posix.kill, posix.getpid(), 999)
attempt("waitpid no child", posix.waitpid, -1, 0)
attempt("utime both", posix.utime, base + "/file", (1, 2), ns=(1, 2))
attempt("utime bad times", posix.utime, base + "/file", (1,))
attempt("utime bad ns", posix.utime, base + "/file", ns=1)


class P:
    def __fspath__(self):
        return 42


class Q:
    def __fspath__(self):
        return base + "/file"


attempt("fspath bad", posix.stat, P())
attempt("fspath int", posix.fspath, P())
print("fspath ok", posix.fspath(Q())[len(base):], posix.stat(Q()).st_size)
attempt("strerror", posix.strerror, 2)
attempt("strerror unknown", posix.strerror, 99999)
for code in (1, 2, 13, 17, 20, 21, 22, 28, 32, 39, 110, 111):
    print(code, posix.strerror(code))

posix.unlink(base + "/file")
posix.rmdir(base)
