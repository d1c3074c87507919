# os.waitpid blocking in a thread lets other threads run (it releases the GIL).
import os
import subprocess
import sys
import threading
import time

p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1.0)"])
done = []


def waiter():
    pid, status = os.waitpid(p.pid, 0)
    done.append((pid == p.pid, os.waitstatus_to_exitcode(status)))


t = threading.Thread(target=waiter)
t.start()
ticks = 0
start = time.monotonic()
while not done and time.monotonic() - start < 30:
    ticks += 1
    time.sleep(0.01)
t.join()
p.returncode = 0
print("main thread ran while the other waited:", ticks > 5)
print(done)
