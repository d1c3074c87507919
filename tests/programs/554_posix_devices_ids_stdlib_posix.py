# posix device numbers, real/effective/saved ids, priority.
import posix
st = posix.stat("/dev/null")
print(posix.major(st.st_rdev), posix.minor(st.st_rdev), posix.makedev(1, 3) == st.st_rdev, posix.makedev(4095, 1048575), posix.major(posix.makedev(300, 70000)), posix.minor(posix.makedev(300, 70000)))
print(posix.getresuid() == (posix.getuid(),) * 3, posix.getresgid() == (posix.getgid(),) * 3)
print(posix.getpriority(posix.PRIO_PROCESS, 0), posix.ctermid(), posix.sync())
try:
    posix.major(-1)
except OverflowError as e:
    print(e)
