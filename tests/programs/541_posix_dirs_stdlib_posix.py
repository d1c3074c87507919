# Directory and link functions of posix; scandir and DirEntry.
import posix

base = "/tmp/taipan_posix_dirs_" + str(posix.getpid())
old = posix.getcwd()
posix.mkdir(base, 0o755)
posix.chdir(base)
print("cwd", posix.getcwd() == base)
posix.mkdir("sub")
posix.mkdir("sub/inner")
for name in ("a.txt", "b.txt", "sub/c.txt"):
    posix.close(posix.open(name, posix.O_CREAT | posix.O_WRONLY, 0o600))
posix.symlink("a.txt", "link")
posix.symlink("missing", "dangling")
posix.link("b.txt", "hard")
print(sorted(posix.listdir()))
print(sorted(posix.listdir(".")))
print(sorted(posix.listdir("sub")))
print(sorted(posix.listdir(base + "/sub")))
print("readlink", posix.readlink("link"), posix.readlink("dangling"))
print("nlink", posix.stat("b.txt").st_nlink, posix.stat("hard").st_ino == posix.stat("b.txt").st_ino)
print("lstat is link", (posix.lstat("link").st_mode & 0o170000) == 0o120000)
print("stat follows", (posix.stat("link").st_mode & 0o170000) == 0o100000)
print("follow_symlinks=False", (posix.stat("link", follow_symlinks=False).st_mode & 0o170000) == 0o120000)

with posix.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.path).st_ino)
e = [x for x in entries if x.name == "link"][0]
print("entry stat", e.stat().st_mode & 0o170000 == 0o100000, e.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print("fspath", posix.fspath(e))
with posix.scandir(base + "/sub") as it:
    print(sorted((x.name, x.path[len(base):]) for x in it))
it = posix.scandir("sub")
print(type(it).__name__, next(it).name in ("c.txt", "inner"))
it.close()
try:
    next(it)
except StopIteration:
    print("closed iterator is exhausted")
try:
    posix.DirEntry()
except TypeError as e:
    print(e)

posix.chmod("a.txt", 0o640)
print("chmod", oct(posix.stat("a.txt").st_mode & 0o777))
posix.utime("a.txt", (1000000000, 1200000000))
st = posix.stat("a.txt")
print("utime", st.st_atime, st.st_mtime, st.st_mtime_ns)
posix.utime("a.txt", ns=(1500000000123456789, 1600000000987654321))
st = posix.stat("a.txt")
print("utime ns", st.st_atime_ns, st.st_mtime_ns, st[8])
posix.utime("a.txt", (1.5, 2.25))
print("utime float", posix.stat("a.txt").st_mtime, posix.stat("a.txt").st_atime_ns)
print("access", posix.access("a.txt", posix.R_OK), posix.access("nope", posix.F_OK), posix.access("a.txt", posix.X_OK))

posix.rename("a.txt", "renamed.txt")
posix.replace("renamed.txt", "b.txt")
print(sorted(posix.listdir()))
for p in ("link", "dangling", "hard", "b.txt", "sub/c.txt"):
    posix.unlink(p)
posix.rmdir("sub/inner")
posix.remove if False else None
posix.rmdir("sub")
posix.chdir(old)
posix.rmdir(base)
print("cleaned", posix.access(base, posix.F_OK))
