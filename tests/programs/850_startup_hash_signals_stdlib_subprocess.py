# Start-up behaviour that Taipan's start-up work touches: the str hash secret (random per process,
# CPython's exact key for PYTHONHASHSEED=N), SIGINT handling (KeyboardInterrupt, SIG_DFL, SIG_IGN),
# and which modules a bare start imports.
import os
import signal
import subprocess
import sys

# A launcher that ignores SIGINT (a background job of a non-interactive shell) would pass SIG_IGN on to
# the children; a Python handler here makes them start with SIGINT's default action, as from a terminal.
signal.signal(signal.SIGINT, signal.default_int_handler)


def run(code, *flags, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONHASHSEED", None)
    if env_extra:
        env.update(env_extra)
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env)


probe = "import sys; print(hash('abc'), hash('\u00e9t\u00e9'), hash(b'xyz'), hash('\U0001f600'), sys.flags.hash_randomization)"
print("seed 0:", run(probe, env_extra={"PYTHONHASHSEED": "0"}).stdout.strip())
outs = {run(probe).stdout for _ in range(2)}
print("random seed, hashes differ between runs:", len(outs) > 1)


def interrupt(code):
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = p.stdout.readline().strip()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return first, out.strip(), last, p.returncode


print(interrupt("""
import signal, time
try:
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, flush=True)
    while True: pass
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
"""))
print(interrupt("""
import signal
signal.signal(signal.SIGINT, signal.SIG_DFL)
print('default action', flush=True)
while True: pass
"""))
print(interrupt("""
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
print('ignored', flush=True)
t = time.monotonic()
while time.monotonic() - t < 0.3: pass
print('still running')
"""))
print(interrupt("""
import signal
def handler(signum, frame):
    print('handler got', signum)
    raise SystemExit(3)
signal.signal(signal.SIGINT, handler)
print('handler installed', flush=True)
while True: pass
"""))
print(interrupt("""
print('uncaught', flush=True)
while True: pass
"""))

check = "import sys; print([m in sys.modules for m in ('builtins', 'sys', 'site', 'os', '_frozen_importlib', '_frozen_importlib_external', 're', 'json', 'typing', 'collections')])"
print("default:", run(check).stdout.strip())
print("-S:", run(check, "-S").stdout.strip())
