using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The kinds of "script" CPython's command line runs besides a source file: a directory or zip file
/// with a __main__ module (run through runpy with the path as sys.path[0]) and a compiled .pyc file.
/// </summary>
internal static class MainScript
{
    /// <summary>As CPython's PyImport_GetImporter: the path importer cache's entry for
    /// <paramref name="path"/>, else the first of sys.path_hooks that accepts it (cached either way);
    /// null when no hook does. A plain .py file has none; a directory or zip file does.</summary>
    public static PyObject? GetImporter(string path)
    {
        var key = PyStr.FromString(path);
        var cache = SysModule.Get("path_importer_cache") as PyDict;
        if (cache?.GetItemOrNull(key) is { } cached) return cached == PyNone.Instance ? null : cached;
        if (SysModule.Get("path_hooks") is not PyList hooks) return null;
        cache?.SetItem(key, PyNone.Instance);
        for (int i = 0; i < hooks.Count; i++)
        {
            try
            {
                var importer = PyOps.Call(hooks[i], new PyObject[] { key });
                cache?.SetItem(key, importer);
                return importer;
            }
            catch (PyException e) when (e.Matches(PyTypes.ImportError))
            {
            }
        }
        return null;
    }

    /// <summary>CPython's maybe_pyc_file: a .pyc name, or a file that starts with the low half of our
    /// magic number.</summary>
    public static bool LooksCompiled(string path, byte[] bytes) =>
        path.EndsWith(".pyc", StringComparison.Ordinal)
        || (bytes.Length >= 2 && bytes[0] == CodeCache.Magic[0] && bytes[1] == CodeCache.Magic[1]);

    /// <summary>CPython's run_pyc_file: check the magic, skip the rest of the 16-byte header,
    /// unmarshal a code object and run it in __main__ (whose loader is a SourcelessFileLoader).</summary>
    public static void RunCompiled(PyModule main, string path, byte[] bytes)
    {
        var external = Import.ImportAbsolute("_frozen_importlib_external");
        var loader = PyOps.Call(PyOps.GetAttr(external, StrIntern.Intern("SourcelessFileLoader")), new PyObject[] { PyStr.FromAscii("__main__"), PyStr.FromString(path) });
        main.Dict.SetItem(StrIntern.Intern("__loader__"), loader);
        if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual(CodeCache.Magic))
            throw PyErrors.New(PyTypes.RuntimeError, "Bad magic number in .pyc file");
        var body = bytes.Length > 16 ? bytes.AsSpan(16).ToArray() : [];
        var code = PyOps.CallMethod(Import.ImportAbsolute("marshal"), "loads", new PyObject[] { PyBytes.From(body) });
        if (code is not PyCode pyCode) throw PyErrors.New(PyTypes.RuntimeError, "Bad code object in .pyc file");
        Import.ExecModule(main, pyCode);
    }
}
