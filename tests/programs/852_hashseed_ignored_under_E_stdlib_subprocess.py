# PYTHONHASHSEED fixes str hashes (seed 0: the all-zero SipHash key, the same values as CPython), and
# -E / -I ignore it as every other PYTHON* variable.
import os
import subprocess
import sys

env = dict(os.environ, PYTHONHASHSEED="0")
code = "import sys; print(sys.flags.hash_randomization, hash('abc'), hash(b'abc'))"
for opts in ([], ["-E"], ["-I"]):
    out = subprocess.run([sys.executable, *opts, "-c", code], env=env, capture_output=True, text=True).stdout.split()
    print(opts, out[0], out[1] == "-4594863902769663758", out[2] == "-4594863902769663758")
