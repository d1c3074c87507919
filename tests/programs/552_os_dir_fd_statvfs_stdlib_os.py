# dir_fd/fd variants (listdir/scandir on an fd, *at calls), statvfs, bytes scandir.
import os
v = os.statvfs("/")
print(type(v), len(v), v.f_bsize == v[0], v.f_namemax, type(v.f_fsid).__name__, v.n_fields)
print(os.fstatvfs(0).__class__.__name__, os.statvfs in os.supports_fd)
base = "/tmp/taipan_t3_" + str(os.getpid())
os.mkdir(base)
os.mkdir(base + "/d")
fd = os.open(base, os.O_RDONLY)
os.close(os.open("f", os.O_CREAT | os.O_WRONLY, dir_fd=fd))
print(sorted(os.listdir(fd)), sorted(os.listdir(fd)))
with os.scandir(fd) as it:
    print(sorted((e.name, e.path, e.is_dir(), e.stat().st_size) for e in it))
print(os.stat("f", dir_fd=fd).st_size, os.access("f", os.F_OK, dir_fd=fd))
os.rename("f", "g", src_dir_fd=fd, dst_dir_fd=fd)
os.symlink("g", "h", dir_fd=fd)
print(os.readlink("h", dir_fd=fd), sorted(os.listdir(base)))
os.unlink("g", dir_fd=fd); os.unlink("h", dir_fd=fd); os.rmdir("d", dir_fd=fd)
os.close(fd)
with os.scandir(os.fsencode(base)) as it:
    print(list(it))
os.rmdir(base)
