# _imp's frozen-module table: the bootstrap modules are always frozen; the stdlib and test groups
# appear when a test turns them on (as test.support.import_helper.frozen_modules does). Taipan's
# default is CPython's -X frozen_modules=off; -1 forces that state in both.
import _imp
import importlib.machinery
import sys
import zipimport

_imp._override_frozen_modules_for_tests(-1)
print(_imp._frozen_module_names())
print(_imp.find_frozen("zipimport"), _imp.find_frozen("__hello__"), _imp.is_frozen("os"))
print(zipimport.__spec__.origin, zipimport.__spec__.loader is importlib.machinery.FrozenImporter)
print(sys.modules["_frozen_importlib"].__spec__.loader_state)
for f in (_imp.get_frozen_object, _imp.is_frozen_package):
    try:
        f("no_such_module")
    except ImportError as e:
        print(type(e).__name__, e, e.name)

_imp._override_frozen_modules_for_tests(1)
try:
    print(len(_imp._frozen_module_names()), _imp.is_frozen("os"), _imp.find_frozen("os.path"))
    for name in ["__hello__", "__hello_alias__", "__phello__", "__phello__.__init__", "__phello__.ham",
                 "__phello__.ham.eggs", "__phello_alias__", "__hello_only__"]:
        code = _imp.get_frozen_object(name)
        print(name, code.co_filename, _imp.find_frozen(name), _imp.is_frozen_package(name))
    print(type(_imp.find_frozen("__phello__.spam", withdata=True)[0]).__name__)
    import __hello__
    __hello__.main()
    print(__hello__.__spec__, __hello__.__spec__.loader_state.origname)
    import __phello__.spam
    print(__phello__.__spec__.submodule_search_locations[0].endswith("__phello__"), __phello__.spam.initialized)
    import __phello__.ham.eggs
    print(__phello__.ham.eggs.__spec__.loader_state.origname, __phello__.ham.__path__[0].endswith("ham"))
    import __hello_only__
    print(__hello_only__.__spec__.loader_state, hasattr(__hello_only__, "__file__"))
    import __phello_alias__.spam
    print(__phello_alias__.spam.__spec__.loader_state.origname, __phello_alias__.__path__)
finally:
    _imp._override_frozen_modules_for_tests(-1)
print(len(_imp._frozen_module_names()))
