using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// What CPython's start-up does with importlib (_bootstrap._install, _bootstrap_external._install),
/// done when Python code first imports importlib rather than at every start: the import statement
/// does not need importlib (see <see cref="Import"/>), but importlib.import_module, find_spec, runpy
/// and pkgutil search sys.meta_path, which must then hold BuiltinImporter and PathFinder.
/// </summary>
internal static class ImportlibSetup
{
    /// <summary>Called once importlib._bootstrap_external has executed.</summary>
    public static void Install(PyModule external)
    {
        // Taipan's .pyc magic (see CodeCache): importlib then rejects a cache file from another
        // Taipan build (ImportError from _classify_pyc, so it recompiles) instead of failing in marshal.
        var magic = PyBytes.From((byte[])CodeCache.Magic.Clone());
        external.Dict.SetItem(StrIntern.Intern("MAGIC_NUMBER"), magic);
        external.Dict.SetItem(StrIntern.Intern("_RAW_MAGIC_NUMBER"),
            PyInt.FromLong(BitConverter.ToUInt32(CodeCache.Magic)));
        var state = InterpreterState.Current;
        if (state.ImportlibInstalled) return;
        if (SysModule.Modules?.GetItemOrNull(PyStr.FromAscii("importlib._bootstrap")) is not PyModule bootstrap) return;
        if (SysModule.Get("meta_path") is not PyList metaPath) return;
        state.ImportlibInstalled = true;
        if (bootstrap.Dict.GetItemOrNull(StrIntern.Intern("BuiltinImporter")) is { } builtinImporter) metaPath.Append(builtinImporter);
        // _install(_bootstrap): FileFinder on sys.path_hooks, PathFinder on sys.meta_path.
        PyOps.CallMethod(external, "_install", [bootstrap]);
    }
}
