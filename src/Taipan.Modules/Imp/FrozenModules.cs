using Taipan.Runtime;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Imp;

/// <summary>
/// CPython 3.11's table of frozen modules, answered from the stdlib's sources. Taipan has no frozen
/// bytes; a frozen module's code is its source compiled under the name CPython gives frozen code
/// ("&lt;frozen os&gt;"). As in a CPython built with `-X frozen_modules=off` (Taipan's only mode), the
/// bootstrap group (importlib's two halves, zipimport) is always listed, while the stdlib and test
/// groups appear only when a test turns them on with _imp._override_frozen_modules_for_tests(1).
/// The test group's modules that Debian does not ship as files (__phello__.ham, its eggs, and
/// __hello_only__, which CPython freezes from its Tools folder) have their two-line sources here.
/// </summary>
internal static class FrozenModules
{
    private enum Group { Bootstrap, Stdlib, Test }

    /// <summary>One row: the name imported, the stdlib module whose code it runs (CPython's "origname";
    /// a leading '&lt;' marks a package's __init__ frozen under its own name; null for __hello_only__),
    /// whether it is a package, and the source when no stdlib file holds it.</summary>
    private sealed record Entry(string Name, string? OrigName, bool IsPackage, Group Group, string? Source = null);

    private const string HelloOnlySource = "initialized = True\nprint(\"Hello world!\")\n";
    private const string EmptySource = "";

    private static readonly Entry[] Table =
    [
        new("_frozen_importlib", "importlib._bootstrap", false, Group.Bootstrap),
        new("_frozen_importlib_external", "importlib._bootstrap_external", false, Group.Bootstrap),
        new("zipimport", "zipimport", false, Group.Bootstrap),
        new("abc", "abc", false, Group.Stdlib),
        new("codecs", "codecs", false, Group.Stdlib),
        new("io", "io", false, Group.Stdlib),
        new("_collections_abc", "_collections_abc", false, Group.Stdlib),
        new("_sitebuiltins", "_sitebuiltins", false, Group.Stdlib),
        new("genericpath", "genericpath", false, Group.Stdlib),
        new("ntpath", "ntpath", false, Group.Stdlib),
        new("posixpath", "posixpath", false, Group.Stdlib),
        new("os.path", "posixpath", false, Group.Stdlib),
        new("os", "os", false, Group.Stdlib),
        new("site", "site", false, Group.Stdlib),
        new("stat", "stat", false, Group.Stdlib),
        new("importlib.util", "importlib.util", false, Group.Stdlib),
        new("importlib.machinery", "importlib.machinery", false, Group.Stdlib),
        new("runpy", "runpy", false, Group.Stdlib),
        new("__hello__", "__hello__", false, Group.Test),
        new("__hello_alias__", "__hello__", false, Group.Test),
        new("__phello_alias__", "__hello__", true, Group.Test),
        new("__phello_alias__.spam", "__hello__", false, Group.Test),
        new("__phello__", "__phello__", true, Group.Test),
        new("__phello__.__init__", "<__phello__", false, Group.Test),
        new("__phello__.ham", "__phello__.ham", true, Group.Test, EmptySource),
        new("__phello__.ham.__init__", "<__phello__.ham", false, Group.Test, EmptySource),
        new("__phello__.ham.eggs", "__phello__.ham.eggs", false, Group.Test, EmptySource),
        new("__phello__.spam", "__phello__.spam", false, Group.Test),
        new("__hello_only__", null, false, Group.Test, HelloOnlySource),
    ];

    /// <summary>The override of _override_frozen_modules_for_tests: &gt;0 on, &lt;0 off, 0 the default (off).</summary>
    internal static int Override;

    private static bool UseAll => Override > 0;

    private static Entry? Find(string name)
    {
        foreach (var e in Table)
            if (e.Name == name && (e.Group == Group.Bootstrap || UseAll)) return e;
        return null;
    }

    internal static bool IsFrozen(string name) => Find(name) is not null;

    private static Entry Require(string name) =>
        Find(name) ?? throw NotFound(name);

    private static PyException NotFound(string name) => PyErrors.ImportError($"No such frozen object named '{name}'", name);

    internal static bool IsPackage(string name) => Require(name).IsPackage;

    internal static string? OrigName(string name) => Require(name).OrigName;

    internal static PyList Names()
    {
        var names = new PyList();
        foreach (var e in Table)
            if (e.Group == Group.Bootstrap || UseAll) names.Append(PyStr.FromString(e.Name));
        return names;
    }

    /// <summary>_imp.find_frozen's (data, ispkg, origname), or None.</summary>
    internal static PyObject FindInfo(string name, bool withData)
    {
        if (Find(name) is not { } e) return PyNone.Instance;
        PyObject data = withData ? PyMemoryView.Of(Marshal(Code(e))) : PyNone.Instance;
        return PyTuple.Of(data, PyBool.FromBool(e.IsPackage), e.OrigName is null ? PyNone.Instance : PyStr.FromString(e.OrigName));
    }

    internal static PyCode Code(string name) => Code(Require(name));

    private static PyCode Code(Entry e)
    {
        // co_filename as CPython's freeze tool writes it: the frozen module the code came from.
        var codeName = e.OrigName is null ? "<frozen frozen_only>" : $"<frozen {e.OrigName.TrimStart('<')}>";
        if (e.Source is not null) return Execution.CompileSource(e.Source, codeName, "exec");
        var stdlib = PyOps.Str(SysModule.Get("_stdlib_dir") ?? PyNone.Instance).Value;
        // A package's code is its __init__ ("<pkg" names one explicitly); an alias package may run a module's code.
        var rel = e.OrigName!.TrimStart('<').Replace('.', '/');
        var file = Path.Combine(stdlib, rel + ".py");
        if (e.OrigName[0] == '<' || !File.Exists(file)) file = Path.Combine(stdlib, rel, "__init__.py");
        if (!File.Exists(file)) throw NotFound(e.Name);
        // zipimport is imported this way at every start: cache its code as the bootstrap's is cached.
        return CodeCache.Load(file, CodeCache.FrozenCacheFromSource(file), codeName);
    }

    private static PyObject Marshal(PyCode code) =>
        PyOps.CallMethod(Import.ImportAbsolute("marshal"), "dumps", new PyObject[] { code });
}
