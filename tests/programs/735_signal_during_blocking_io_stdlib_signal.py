# A signal handler runs while the main thread is blocked reading or writing a pipe (PEP 475):
# a handler that returns lets the call go on, one that raises interrupts it.
import io
import os
import signal
import threading

r, w = os.pipe()
def feed(sig, frame):
    os.write(w, b"bar")
signal.signal(signal.SIGALRM, feed)
rio = io.open(r, mode="rb", closefd=False)
os.write(w, b"foo")
signal.alarm(1)
print(rio.read(6))
signal.alarm(0)

def raiser(sig, frame):
    1 / 0
signal.signal(signal.SIGALRM, raiser)
signal.alarm(1)
try:
    os.read(r, 10)
except ZeroDivisionError as e:
    print("os.read:", type(e).__name__)
signal.alarm(0)
rio.close()
os.close(r)
os.close(w)

# a large write to a pipe nobody drains, interrupted by a raising handler
r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 1)), daemon=True)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
t.start()
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])
wio = io.open(w, "wb", closefd=False)
signal.alarm(1)
try:
    wio.write(b"xy" * (2 * 1024 * 1024 + 1))
except ZeroDivisionError as e:
    print("write:", type(e).__name__)
finally:
    signal.alarm(0)
    t.join()
print(got)
os.close(w)
os.close(r)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
