# sys.warnoptions from PYTHONWARNINGS and -W (applied by warnings.py at start-up), sys._xoptions from -X,
# sys.getswitchinterval/setswitchinterval.
import subprocess
import sys

env = {"PYTHONWARNINGS": "error::UserWarning,,ignore::ResourceWarning", "PATH": "/usr/bin:/bin"}
# (filters with a module pattern are left out: Taipan's warnings filters come from warnings.py, which
# stores the default '__main__' filter as a compiled regex where CPython's C module keeps a str)
code = "import sys, warnings; print(sys.warnoptions, sys._xoptions); print([f for f in warnings.filters if f[3] is None][:3])"
for args in ([], ["-W", "ignore::DeprecationWarning"], ["-E", "-W", "always"], ["-X", "dev", "-X", "k=v=w"]):
    r = subprocess.run([sys.executable, *args, "-c", code], env=env, capture_output=True, text=True)
    print(r.stdout, end="")
r = subprocess.run([sys.executable, "-W", "error", "-c", "import warnings; warnings.warn('boom')"], capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0, "x"):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.005)
