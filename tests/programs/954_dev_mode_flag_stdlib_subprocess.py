# sys.flags.dev_mode follows -X dev and PYTHONDEVMODE (ignored with -E); dev mode adds the 'default'
# warning option.
import os
import subprocess
import sys

code = "import sys; print(sys.flags.dev_mode, sys.warnoptions)"
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(*args, **extra):
    e = dict(env, **extra)
    return subprocess.run([sys.executable, *args, "-c", code], env=e, capture_output=True, text=True).stdout.strip()


print(run())
print(run("-X", "dev"))
print(run(PYTHONDEVMODE="1"))
print(run("-E", PYTHONDEVMODE="1"))
print(run(PYTHONDEVMODE=""))
