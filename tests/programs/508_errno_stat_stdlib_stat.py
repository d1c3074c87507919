# errno (names, values, errorcode order) and _stat/stat (constants, S_IS*, filemode).
import errno, _stat, stat

print(len(errno.errorcode), list(errno.errorcode.items())[:10])
print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.ERFKILL)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[35], errno.errorcode[95], errno.errorcode[2])
print(sorted(n for n in dir(errno) if n.startswith('E')))
print([k for k in vars(errno) if k[:2] != '__'][:20])

print(stat.S_IFMT is _stat.S_IFMT, stat.filemode is _stat.filemode)
for mode in [0o100644, 0o040755, 0o120777, 0o060660, 0o020620, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777,
             0o104644, 0o102644, 0o041776, 0o000000, 0o170777, 0o7777]:
    print(oct(mode), stat.filemode(mode), _stat.S_ISDIR(mode), _stat.S_ISREG(mode), _stat.S_ISLNK(mode), _stat.S_ISBLK(mode),
          _stat.S_ISCHR(mode), _stat.S_ISFIFO(mode), _stat.S_ISSOCK(mode), _stat.S_ISDOOR(mode), _stat.S_ISPORT(mode),
          _stat.S_ISWHT(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode))
print({k: getattr(_stat, k) for k in sorted(dir(_stat)) if k == k.upper() and isinstance(getattr(_stat, k), int)})
for a in [-1, 2**32, 2**64, 1.5, 'x', True]:
    try:
        print(_stat.S_ISDIR(a))
    except Exception as e:
        print(type(e).__name__, e)
print(stat.ST_MODE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.S_ENFMT)
