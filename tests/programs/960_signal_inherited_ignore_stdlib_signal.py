# A process started with SIGINT (or another signal) ignored: getsignal reports SIG_IGN, no
# default_int_handler is installed, and signal.signal() really replaces the inherited SIG_IGN.
import os
import signal
import subprocess
import sys

CHILD = r'''
import os, signal, sys, time

def wait_for(got, n):
    for _ in range(500):
        if len(got) >= n:
            return
        time.sleep(0.01)

print("SIGINT ignored:", signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
print("SIGHUP ignored:", signal.getsignal(signal.SIGHUP) == signal.SIG_IGN)
print("SIGTERM default:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
got = []
old = signal.signal(signal.SIGINT, lambda s, f: got.append(s))
print("old handler is SIG_IGN:", old == signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
wait_for(got, 1)
print("handler saw", got)
signal.signal(signal.SIGHUP, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGHUP)
wait_for(got, 2)
print("handler saw", got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.2)
print("SIG_IGN again: still running, handler saw", got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
    print("no KeyboardInterrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.SIG_DFL)
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGINT)
time.sleep(5)
print("not reached")
'''

GRANDCHILD = "import signal; print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)"

# SIG_IGN set here is a real SIG_IGN: a child process inherits it
old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
old_hup = signal.signal(signal.SIGHUP, signal.SIG_IGN)
r = subprocess.run([sys.executable, "-c", GRANDCHILD], capture_output=True, text=True)
print("child inherits SIG_IGN:", r.stdout.strip())
r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
signal.signal(signal.SIGINT, old_int)
signal.signal(signal.SIGHUP, old_hup)
print(r.stdout, end="")
print("stderr:", r.stderr)
print("returncode:", r.returncode)
# back to default: a child sees SIGINT handled again
r = subprocess.run([sys.executable, "-c", GRANDCHILD], capture_output=True, text=True)
print("child after restore sees SIG_IGN:", r.stdout.strip())
