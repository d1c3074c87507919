# __pycache__: the import statement and importlib share the cache files of the running
# implementation's tag (sys.implementation.cache_tag), written and validated as importlib does.
import importlib
import importlib.util
import marshal
import os
import py_compile
import sys
import tempfile

sys.dont_write_bytecode = False  # the test environment may set PYTHONDONTWRITEBYTECODE
TAG = sys.implementation.cache_tag


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def rel(p):
    return None if p is None else os.path.relpath(p, tmp).replace(TAG, "<tag>")


def forget(*names):
    for n in names:
        sys.modules.pop(n, None)
    importlib.invalidate_caches()


with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    src = os.path.join(tmp, "cmod.py")
    write(src, "VALUE = 'one'\ndef f(x=(1, 2.5, 3j, b'b', None, ...)):\n    return [y * 2 for y in x if y is not None and y is not ...]\n")
    import cmod
    print("value", cmod.VALUE)
    print("cached", rel(cmod.__cached__), rel(cmod.__spec__.cached))
    print("from source", cmod.__cached__ == importlib.util.cache_from_source(cmod.__file__))
    print("pyc exists", os.path.exists(cmod.__cached__))
    with open(cmod.__cached__, "rb") as f:
        header = f.read(16)
    print("magic is importlib's", header[:4] == importlib.util.MAGIC_NUMBER)
    print("flags", int.from_bytes(header[4:8], "little"))
    st = os.stat(src)
    print("mtime matches", int.from_bytes(header[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF)
    print("size matches", int.from_bytes(header[12:16], "little") == st.st_size)

    # Same size and mtime: the cache is trusted (a timestamp pyc), so the old code runs.
    forget("cmod")
    write(src, "VALUE = 'two'\ndef f(x=(1, 2.5, 3j, b'b', None, ...)):\n    return [y * 2 for y in x if y is not None and y is not ...]\n")
    os.utime(src, (st.st_atime, st.st_mtime))
    import cmod
    print("second import from cache", cmod.VALUE, cmod.f())

    # A real change (new size and mtime) invalidates it, and the cache is rewritten.
    forget("cmod")
    write(src, "VALUE = 'three, longer'\n")
    os.utime(src, (st.st_atime + 10, st.st_mtime + 10))
    import cmod
    print("after change", cmod.VALUE)
    with open(cmod.__cached__, "rb") as f:
        header = f.read(16)
    print("rewritten", int.from_bytes(header[8:12], "little") == (int(st.st_mtime) + 10) & 0xFFFFFFFF)

    # A damaged cache (bad magic) is ignored and replaced.
    with open(cmod.__cached__, "r+b") as f:
        f.write(b"\0\0\0\0")
    forget("cmod")
    import cmod
    print("bad magic ignored", cmod.VALUE)
    with open(cmod.__cached__, "rb") as f:
        print("magic restored", f.read(4) == importlib.util.MAGIC_NUMBER)

    # Packages cache __init__ in the package's own __pycache__.
    os.mkdir(os.path.join(tmp, "cpkg"))
    write(os.path.join(tmp, "cpkg", "__init__.py"), "from . import sub\n")
    write(os.path.join(tmp, "cpkg", "sub.py"), "X = 42\n")
    import cpkg
    print("package", rel(cpkg.__cached__), rel(cpkg.sub.__cached__), cpkg.sub.X)
    print("package pycs", sorted(n.replace(TAG, "<tag>") for n in os.listdir(os.path.join(tmp, "cpkg", "__pycache__"))))

    # importlib's own loader (import_module) reads the file the import statement wrote ...
    forget("cmod")
    st = os.stat(src)
    write(src, "VALUE = 'THREE, LONGER'\n")
    os.utime(src, (st.st_atime, st.st_mtime))
    m = importlib.import_module("cmod")
    print("import_module", m.VALUE, rel(m.__cached__), type(m.__loader__).__name__)
    # ... and writes one the import statement then reads.
    write(os.path.join(tmp, "viaimportlib.py"), "def g():\n    try:\n        return 1 / 0\n    except ZeroDivisionError as e:\n        return type(e).__name__\n")
    m = importlib.import_module("viaimportlib")
    print("importlib wrote", os.path.exists(m.__cached__), m.g())
    forget("viaimportlib")
    vsrc = m.__file__
    st = os.stat(vsrc)
    with open(vsrc) as f:
        text = f.read()
    write(vsrc, text.replace("ZeroDivisionError as", "ArithmeticError   as"))
    os.utime(vsrc, (st.st_atime, st.st_mtime))
    import viaimportlib
    print("statement read", viaimportlib.g(), viaimportlib.__cached__ == m.__cached__, "ArithmeticError" in viaimportlib.g.__code__.co_names)

    # py_compile writes the same file.
    pc = os.path.join(tmp, "compiled.py")
    write(pc, "Y = [i * i for i in range(4)]\n")
    print("py_compile", rel(py_compile.compile(pc)))
    import compiled
    print("compiled", compiled.Y)

    # sys.dont_write_bytecode is read at each import.
    sys.dont_write_bytecode = True
    write(os.path.join(tmp, "nowrite.py"), "Z = 'z'\n")
    import nowrite
    print("dont_write_bytecode", nowrite.Z, rel(nowrite.__cached__), os.path.exists(nowrite.__cached__))
    sys.dont_write_bytecode = False

    # sys.pycache_prefix moves the cache out of the source tree.
    prefix = os.path.join(tmp, "prefix")
    sys.pycache_prefix = prefix
    write(os.path.join(tmp, "prefixed.py"), "P = 'p'\n")
    import prefixed
    print("prefix", prefixed.P, prefixed.__cached__.startswith(prefix), os.path.exists(prefixed.__cached__))
    print("prefix path", prefixed.__cached__ == importlib.util.cache_from_source(prefixed.__file__))
    sys.pycache_prefix = None

    # marshal round-trips code objects of this implementation.
    code = compile("def h(a, *, b=2):\n    return a + b\nR = h(1)\n", "<marshal>", "exec")
    ns = {}
    exec(marshal.loads(marshal.dumps(code)), ns)
    print("marshal code", ns["R"], ns["h"].__code__.co_kwonlyargcount)
    sys.path.remove(tmp)
    forget("cmod", "cpkg", "cpkg.sub", "viaimportlib", "compiled", "nowrite", "prefixed")
