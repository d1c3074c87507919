# faulthandler: stacks of every thread written to a descriptor in CPython's format, now or after a timeout.
import faulthandler
import io
import os
import re
import tempfile
import threading
import time


def capture(action):
    with tempfile.TemporaryFile() as f:
        action(f)
        f.seek(0)
        text = re.sub(r"0x[0-9a-f]{16}", "0x<id>", f.read().decode())
        return re.sub(r'File ".*/', 'File "', text)


e = threading.Event()
t = threading.Thread(target=e.wait)
t.start()


def inner(f):
    faulthandler.dump_traceback(f)


print(capture(inner), end="--\n")
print(capture(lambda f: faulthandler.dump_traceback(f.fileno(), all_threads=False)), end="--\n")
e.set()
t.join()
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable())
for bad in (io.StringIO(), -1):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
for bad in (-1, 0):
    try:
        faulthandler.dump_traceback_later(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)


def later(f):
    faulthandler.dump_traceback_later(0.1, file=f)
    time.sleep(0.6)


print(capture(later), end="--\n")
faulthandler.dump_traceback_later(30)
faulthandler.cancel_dump_traceback_later()
print(faulthandler.is_enabled())
import _testinternalcapi
for fn in (faulthandler.disable, faulthandler.is_enabled, faulthandler.cancel_dump_traceback_later,
           _testinternalcapi.get_config, _testinternalcapi.get_recursion_depth):
    try:
        fn(1)
    except TypeError as ex:
        print("TypeError", ex)
