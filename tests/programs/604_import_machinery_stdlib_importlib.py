# The import system is importlib's: finders, loaders, specs, path hooks, runpy, pkgutil,
# module reprs and the traceback of a failing import.
import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import runpy
import sys
import tempfile
import traceback

print([getattr(f, "__name__", type(f).__name__) for f in sys.meta_path if not type(f).__name__.startswith("_")])
print(type(importlib.util.find_spec("json").loader).__name__)
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("math").origin)
import json
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
print(type(json.__loader__).__name__, json.__package__)
print(repr(sys).startswith("<module 'sys' (built-in)"))
print(sys.path_importer_cache is importlib.machinery.PathFinder and False or isinstance(sys.path_importer_cache, dict))

with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "pkgx")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("VALUE = 1\n")
    with open(os.path.join(pkg, "mod.py"), "w") as f:
        f.write("from . import VALUE\nDOUBLE = VALUE * 2\n")
    with open(os.path.join(pkg, "__main__.py"), "w") as f:
        f.write("print('running pkgx as main', __name__)\n")
    with open(os.path.join(d, "broken.py"), "w") as f:
        f.write("x = 1\nraise ValueError('broken at import')\n")
    with open(os.path.join(d, "single.py"), "w") as f:
        f.write("NAME = __name__\n")
    sys.path.insert(0, d)
    try:
        import pkgx.mod
        print(pkgx.mod.DOUBLE, pkgx.mod.__package__, pkgx.mod.__spec__.name)
        print(sorted(m.name for m in pkgutil.iter_modules([pkg])))
        runpy.run_module("pkgx", run_name="__main__")
        spec = importlib.util.spec_from_file_location("alias_single", os.path.join(d, "single.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print(mod.NAME, "alias_single" in sys.modules)
        m2 = importlib.import_module("single")
        print(m2.NAME, importlib.reload(m2) is m2)
        try:
            import broken
        except ValueError as e:
            names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
            print("ValueError", e, names)
        print("broken" in sys.modules)
        try:
            import pkgx.nothing
        except ModuleNotFoundError as e:
            print(type(e).__name__, e, e.name, len(traceback.extract_tb(e.__traceback__)))
        ns = os.path.join(d, "nspkg")
        os.mkdir(ns)
        with open(os.path.join(ns, "leaf.py"), "w") as f:
            f.write("LEAF = 'leaf'\n")
        importlib.invalidate_caches()
        import nspkg.leaf
        print(nspkg.leaf.LEAF, nspkg.__file__, type(nspkg.__path__).__name__)
    finally:
        sys.path.remove(d)

class Loader:
    def module_repr(self, m):
        return "<crafted>"
m = type(sys)("fake")
print(repr(m))
m.__loader__ = Loader()
print(repr(m))
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(e)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
