# os on top of posix: file descriptors with bytes, os.path, makedirs/walk/scandir, environ.
import os

base = os.path.join("/tmp", "taipan_os_files_" + str(os.getpid()))
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("makedirs exists", e.errno, e.filename == os.path.join(base, "a"))
path = os.path.join(base, "a", "data.bin")
fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
print("write", os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"\x00\xff")), os.write(fd, memoryview(b"xyz")))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print("read", os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print("lseek", os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 3))
print("pread", os.pread(fd, 4, 0), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open(path, os.O_RDWR)
print("pwrite", os.pwrite(fd, b"HE", 0), os.pread(fd, 5, 0))
os.close(fd)
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print("pipe", os.read(r, 100), os.read(r, 100))
os.close(r)
try:
    os.write(1.5, b"x")
except TypeError as e:
    print(e)
try:
    os.write(0, "text")
except TypeError as e:
    print(e)

st = os.stat(path)
print("stat", st.st_size, os.path.getsize(path), os.path.isfile(path), os.path.isdir(path), os.path.exists(path))
print("path", os.path.isdir(base), os.path.islink(path), os.path.exists(path + ".nope"), os.path.lexists(path))
os.symlink(path, os.path.join(base, "link"))
print("link", os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")) == path)
print("realpath", os.path.realpath(os.path.join(base, "link")) == os.path.realpath(path))
print("listdir", sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))
with os.scandir(base) as it:
    print("scandir", sorted((e.name, e.is_dir(), e.is_symlink()) for e in it))
with os.scandir(os.fsencode(base)) as it:
    print("scandir bytes", sorted(e.name for e in it))
walked = []
for top, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(top, base), sorted(dirs), sorted(files)))
print("walk", walked)
walked = [(os.path.relpath(top, base), sorted(dirs), sorted(files)) for top, dirs, files in os.walk(base, topdown=False)]
print("walk bottom-up", walked)
fwalked = sorted(os.path.relpath(top, base) for top, dirs, files, fd in os.fwalk(base))
print("fwalk", fwalked)
print("readlink bytes", os.readlink(os.fsencode(os.path.join(base, "link"))) == os.fsencode(path))
os.rename(path, os.path.join(base, "a", "moved.bin"))
os.replace(os.path.join(base, "a", "moved.bin"), os.path.join(base, "moved.bin"))
print("after rename", sorted(os.listdir(base)), os.listdir(os.path.join(base, "a")))
os.utime(os.path.join(base, "moved.bin"), (1, 2))
print("utime", os.stat(os.path.join(base, "moved.bin")).st_mtime, os.path.getatime(os.path.join(base, "moved.bin")))
os.chmod(os.path.join(base, "moved.bin"), 0o600)
print("chmod", oct(os.stat(os.path.join(base, "moved.bin")).st_mode & 0o777))
os.unlink(os.path.join(base, "link"))
os.remove(os.path.join(base, "moved.bin"))
os.removedirs(os.path.join(base, "a", "b"))
print("removed", os.path.exists(base))
