# A zip file on sys.path is importable (zipimport's hook is first on sys.path_hooks), and
# hash-based .pyc files (PEP 552) validate with _imp.source_hash.
import _imp
import importlib.util
import os
import py_compile
import sys
import tempfile
import zipfile
import zipimport

print(sys.path_hooks[0] is zipimport.zipimporter)
print(_imp.source_hash(0, b"") == _imp.source_hash(key=0, source=b""))
print(len(_imp.source_hash(12345, b"print(1)")), _imp.source_hash(1, b"a") != _imp.source_hash(2, b"a"))
try:
    _imp.source_hash(1, "text")
except TypeError as e:
    print("TypeError:", e)

with tempfile.TemporaryDirectory() as d:
    archive = os.path.join(d, "pkgs.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zmod.py", "VALUE = 42\ndef f():\n    return 'from zip'\n")
        z.writestr("zpkg/__init__.py", "NAME = 'zpkg'\n")
        z.writestr("zpkg/sub.py", "from . import NAME\nWHO = NAME + '.sub'\n")
    sys.path.insert(0, archive)
    try:
        import zmod
        import zpkg.sub
        print(zmod.VALUE, zmod.f(), zpkg.sub.WHO)
        print(type(zmod.__loader__).__name__, os.path.relpath(zmod.__file__, d))
        print(type(sys.path_importer_cache[archive]).__name__)
    finally:
        sys.path.remove(archive)
        for name in ("zmod", "zpkg", "zpkg.sub"):
            sys.modules.pop(name, None)

    src = os.path.join(d, "hashed.py")
    with open(src, "w") as f:
        f.write("X = 'checked hash pyc'\n")
    cfile = py_compile.compile(src, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    with open(cfile, "rb") as f:
        header = f.read(16)
    with open(src, "rb") as f:
        print(header[4:8] == b"\x03\x00\x00\x00", header[8:16] == importlib.util.source_hash(f.read()))
    sys.path.insert(0, d)
    try:
        import hashed
        print(hashed.X)
    finally:
        sys.path.remove(d)
        sys.modules.pop("hashed", None)
