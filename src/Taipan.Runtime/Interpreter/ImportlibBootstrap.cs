using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Installs CPython's own import machinery, as CPython does with its frozen copies: the stdlib's
/// importlib/_bootstrap.py runs as `_frozen_importlib` and _bootstrap_external.py as
/// `_frozen_importlib_external`, with the filenames CPython gives them, and `_install` puts
/// BuiltinImporter, FrozenImporter and PathFinder on sys.meta_path and the FileFinder hook on
/// sys.path_hooks. From then on an import that misses sys.modules calls `_find_and_load`, so specs,
/// loaders, meta-path finders, path hooks, the path importer cache, module locks and __pycache__
/// are importlib's, not an imitation (runpy, pkgutil, importlib.util.find_spec and the test suite
/// depend on all of them).
/// </summary>
internal static class ImportlibBootstrap
{
    public const string BootstrapFilename = "<frozen importlib._bootstrap>";
    public const string ExternalFilename = "<frozen importlib._bootstrap_external>";

    public static void Install(InterpreterState interp, PyModule sys, string stdlib)
    {
        var bootstrap = ExecFrozen("_frozen_importlib", "importlib._bootstrap", Path.Combine(stdlib, "importlib", "_bootstrap.py"), BootstrapFilename);
        StartupTrace.Mark("_bootstrap executed");
        var imp = Import.ImportAbsolute("_imp");
        PyOps.CallMethod(bootstrap, "_install", new PyObject[] { sys, imp });
        interp.ImportFindAndLoad = PyOps.GetAttr(bootstrap, StrIntern.Intern("_find_and_load"));
        interp.ImportLockUnlockModule = PyOps.GetAttr(bootstrap, StrIntern.Intern("_lock_unlock_module"));
        interp.ImportModuleRepr = PyOps.GetAttr(bootstrap, StrIntern.Intern("_module_repr"));
        StartupTrace.Mark("_bootstrap._install done");
        // Set only now, as CPython does: _frozen_importlib (fixed up by _install) has no __file__, while the
        // frozen modules imported from here on (_frozen_importlib_external, zipimport) do.
        sys.Dict.SetItem(StrIntern.Intern("_stdlib_dir"), PyStr.FromString(stdlib));
        // Imports _frozen_importlib_external through FrozenImporter (_imp's frozen table), as in CPython.
        PyOps.CallMethod(bootstrap, "_install_external_importers", ReadOnlySpan<PyObject>.Empty);
        StartupTrace.Mark("external importers installed");
        ImportlibSetup.PatchMagic((PyModule)SysModule.Modules!.GetItemOrNull(PyStr.FromAscii("_frozen_importlib_external"))!);
        InstallZipimportHook(sys);
    }

    /// <summary>
    /// As CPython's start-up does: zipimport.zipimporter goes first on sys.path_hooks, so a zip file on
    /// sys.path (or PYTHONPATH) is importable. Like CPython, a zipimport that fails to import is not fatal.
    /// </summary>
    private static void InstallZipimportHook(PyModule sys)
    {
        try
        {
            var zipimport = Import.ImportAbsolute("zipimport");
            var hooks = PyOps.GetAttr(sys, StrIntern.Intern("path_hooks"));
            PyOps.CallMethod(hooks, "insert", new PyObject[] { PyInt.FromLong(0), PyOps.GetAttr(zipimport, StrIntern.Intern("zipimporter")) });
        }
        catch (PyException)
        {
        }
        StartupTrace.Mark("zipimport hook installed");
    }

    private static PyModule ExecFrozen(string name, string origName, string file, string codeFilename)
    {
        var m = new PyModule(name);
        // As PyImport_ImportFrozenModuleObject: FrozenImporter._fix_up_module (run by _bootstrap._setup)
        // takes the spec's origname from here and sets __file__.
        m.Dict.SetItem(StrIntern.Intern("__origname__"), PyStr.FromString(origName));
        SysModule.Modules!.SetItem(PyStr.FromString(name), m);
        Import.ExecModule(m, CodeCache.Load(file, CodeCache.FrozenCacheFromSource(file), codeFilename));
        return m;
    }

    /// <summary>
    /// What CPython's import.c does to an exception leaving `_find_and_load`: the importlib frames go
    /// from its traceback (all of them for ImportError; otherwise each run of them that ends in
    /// `_call_with_frames_removed`, i.e. the exec of the module's own code), so users see their import
    /// statement followed by the failing module's frames.
    /// </summary>
    public static void RemoveImportlibFrames(PyBaseException e)
    {
        bool alwaysTrim = e.type.IsSubtypeOf(PyTypes.ImportError);
        bool inImportlib = false;
        // A link is the place that points at a traceback entry: null = e.Traceback, else owner.Next.
        PyTraceback? prevLink = null, outerLink = null;
        var tb = e.Traceback as PyTraceback;
        while (tb is not null)
        {
            var next = tb.Next;
            var code = tb.Frame.Code;
            var filename = code.Filename.Value;
            bool nowInImportlib = filename is BootstrapFilename or ExternalFilename;
            if (nowInImportlib && !inImportlib) outerLink = prevLink;
            inImportlib = nowInImportlib;
            if (inImportlib && (alwaysTrim || code.Name.Value == "_call_with_frames_removed"))
            {
                if (outerLink is null) e.Traceback = next; else outerLink.Next = next;
                prevLink = outerLink;
            }
            else
            {
                prevLink = tb;
            }
            tb = next;
        }
    }
}
