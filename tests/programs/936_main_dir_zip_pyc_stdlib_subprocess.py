# The command line runs a directory or zip file with a __main__ module (it becomes sys.path[0])
# and a compiled .pyc file, as CPython's does.
import os
import py_compile
import subprocess
import sys
import tempfile
import zipfile

MAIN = """import sys, os
here = os.path.realpath(sys.path[0])
print('main', __name__, os.path.basename(here), __spec__.name if __spec__ else None)
print('file', os.path.relpath(os.path.realpath(__file__), os.path.dirname(here)))
import helper
print(helper.WHO)
"""


def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    print("rc", p.returncode)
    for line in p.stdout.splitlines():
        print("  out:", line)
    for line in p.stderr.splitlines():
        print("  err:", line.replace(sys.executable, "PYTHON").replace(base, "BASE"))


with tempfile.TemporaryDirectory() as base:
    app = os.path.join(base, "app")
    os.mkdir(app)
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write(MAIN)
    with open(os.path.join(app, "helper.py"), "w") as f:
        f.write("WHO = 'helper from ' + __name__\n")
    run(app)

    archive = os.path.join(base, "app.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.write(os.path.join(app, "__main__.py"), "__main__.py")
        z.write(os.path.join(app, "helper.py"), "helper.py")
    run(archive)

    empty = os.path.join(base, "empty")
    os.mkdir(empty)
    run(empty)

    src = os.path.join(base, "prog.py")
    with open(src, "w") as f:
        f.write("import sys\nprint('compiled', __name__, type(__loader__).__name__)\nsys.exit(3)\n")
    compiled = py_compile.compile(src, cfile=os.path.join(base, "prog.pyc"), doraise=True)
    run(compiled)

    bad = os.path.join(base, "bad.pyc")
    with open(bad, "wb") as f:
        f.write(b"\0\0\0\0" + b"\0" * 12 + b"junk")
    run(bad)
