# os.stat_result as a struct sequence: sequence part, named-only fields, construction, pickling protocol.
import posix

s = posix.stat("/")
print(type(s), type(s).__name__, type(s).__module__, isinstance(s, tuple))
print(len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(s[0] == s.st_mode, s[6] == s.st_size, s[7] == int(s.st_atime), s[8] == s.st_mtime_ns // 10**9)
print(type(s[7]).__name__, type(s.st_mtime).__name__, type(s.st_mtime_ns).__name__, type(s.st_blksize).__name__)
print(s.st_mtime == s.st_mtime_ns / 1e9 or abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6)
r = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_atime, r.st_mtime_ns, r.st_blksize, r.st_rdev)
r = posix.stat_result(range(13))
print(r, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns)
r = posix.stat_result(list(range(10)), {"st_atime": 1.5, "st_rdev": 7, "st_blocks": 9})
print(r.st_atime, r.st_rdev, r.st_blocks, r.st_mtime)
print(r.__reduce__())
cls, args = r.__reduce__()
print(cls(*args) == r, cls(*args).st_rdev)
print(r[2:5], r[-1], list(r)[:3], r + (1,), r.count(3), r.index(4))
st_mode, *_ = r
print(st_mode)
for bad in ((1, 2), list(range(20)), 5, "abcdefghij"):
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print(e)
try:
    r.st_mode = 5
except AttributeError as e:
    print("read-only", type(e).__name__)
try:
    posix.stat_result(range(10), 5)
except TypeError as e:
    print(e)
u = posix.uname()
print(u.__reduce__()[0], len(u.__reduce__()[1][0]), u.__reduce__()[1][1])
print(u.__match_args__, posix.stat_result.__match_args__)
match posix.stat_result(range(10)):
    case posix.stat_result(st_mode=m, st_size=size):
        print("matched", m, size)
