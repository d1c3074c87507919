# Waits that a signal handler interrupts, and the sys/signal functions the hanging test modules needed.
import os
import signal
import sys
import threading
import time

got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))

# pause() returns once the handler of a signal that arrived has run
signal.setitimer(signal.ITIMER_REAL, 0.2)
signal.pause()
print("pause ->", got)

# a tiny timer is rounded up, not down to 0 (which would disarm it); sleep runs the handler
signal.setitimer(signal.ITIMER_REAL, 1e-6)
time.sleep(0.5)
print("tiny timer ->", got)

# the handler's exception interrupts the sleep
class Interrupted(Exception):
    pass

def raiser(signum, frame):
    raise Interrupted

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
try:
    time.sleep(30)
    print("sleep not interrupted")
except Interrupted:
    print("sleep interrupted early:", time.monotonic() - t0 < 20)

# a signal during select() raises from it even though the wakeup fd became readable
import select
r, w = os.pipe()
os.set_blocking(w, False)
old_fd = signal.set_wakeup_fd(w)
print("old wakeup fd:", old_fd)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    select.select([r], [], [], 30)
    print("select not interrupted")
except Interrupted:
    print("select interrupted, wakeup byte:", os.read(r, 1) == bytes([signal.SIGALRM]))
signal.set_wakeup_fd(-1)
os.set_blocking(w, True)
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError:", str(e) == "the fd %d must be in non-blocking mode" % w)
os.close(r)
os.close(w)
try:
    signal.set_wakeup_fd(w)
except OSError as e:
    print("OSError errno EBADF:", e.errno == 9)
try:
    signal.pthread_sigmask(1700, [])
except OSError as e:
    print("pthread_sigmask bad how:", e.errno)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# raise_signal from another thread: the handler runs in the main thread
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(threading.current_thread() is threading.main_thread()))
t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,))
t.start()
t.join()
for _ in range(100):
    if seen:
        break
    time.sleep(0.01)
print("handler ran in main thread:", seen)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# sys._current_frames / _current_exceptions see a blocked thread
entered, leave = threading.Event(), threading.Event()

def blocked():
    try:
        raise KeyError("k")
    except KeyError:
        entered.set()
        leave.wait()

t = threading.Thread(target=blocked)
t.start()
entered.wait()
frames = sys._current_frames()
excs = sys._current_exceptions()
print("thread frame:", frames[t.ident].f_code.co_name)
print("main frame is this one:", frames[threading.get_ident()] is sys._getframe())
print("thread exception:", excs[t.ident][0].__name__, excs[threading.get_ident()])
leave.set()
t.join()
try:
    sys.call_tracing(len, 5)
except TypeError as e:
    print(e)
