using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The import statement's machinery: importlib's semantics for the common path (sys.modules, packages,
/// relative imports, namespace packages, fromlist, native modules), done in C# so start-up does not
/// bootstrap importlib. Finders on sys.meta_path registered by Python code are consulted after the
/// native and path-based search fails.
/// </summary>
internal static class Import
{
    public static PyObject ImportName(Frame f, PyStr name, PyObject fromlist, PyObject levelObj)
    {
        int level = (int)((PyInt)levelObj).Small;
        var import = f.Builtins.GetItemOrNull(Names.Import);
        if (import is not null && import is not Binding.PyBuiltinFunction { Name: "__import__" })
        {
            var locals = (PyObject?)f.Locals ?? PyNone.Instance;
            return PyOps.Call(import, new PyObject[] { name, f.Globals, locals, fromlist, levelObj });
        }
        return ImportModuleLevel(name.Value, f.Globals, fromlist, level);
    }

    public static PyObject ImportModuleLevel(string name, PyDict? globals, PyObject fromlist, int level)
    {
        if (level < 0) throw PyErrors.ValueError("level must be >= 0");
        string absName = name;
        if (level > 0)
        {
            var package = ResolvePackage(globals);
            absName = ResolveName(name, package, level);
        }
        else if (name.Length == 0) throw PyErrors.ValueError("Empty module name");
        var module = ImportAbsolute(absName);
        bool hasFrom = fromlist != PyNone.Instance && PyOps.IsTrue(fromlist);
        if (!hasFrom)
        {
            if (level == 0)
            {
                int dot = name.IndexOf('.');
                return dot < 0 ? module : ImportAbsolute(name[..dot]);
            }
            if (name.Length == 0) return module;
            int cut = name.Length - (name.IndexOf('.') < 0 ? name.Length : name.IndexOf('.'));
            var modName = ModuleName(module);
            return ImportAbsolute(modName[..(modName.Length - cut)]);
        }
        if (HasAttr(module, Names.Path)) HandleFromList(module, fromlist);
        return module;
    }

    /// <summary>hasattr(): _handle_fromlist's probes, where a module __getattr__ (io's, unittest's)
    /// raises AttributeError for a name it does not provide.</summary>
    private static bool HasAttr(PyObject module, PyStr name)
    {
        try { return PyOps.GetAttrOrNull(module, name) is not null; }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return false; }
    }

    private static string ModuleName(PyObject module) =>
        PyOps.GetAttrOrNull(module, Names.Name) is PyStr s ? s.Value : throw PyErrors.SystemError("module has no __name__");

    /// <summary>_handle_fromlist: a "*" is expanded from __all__ once (a "*" inside __all__ is skipped).</summary>
    private static void HandleFromList(PyObject module, PyObject fromlist, bool recursive = false)
    {
        var it = PyOps.GetIter(fromlist);
        PyObject? x;
        var modName = ModuleName(module);
        while ((x = PyOps.Next(it)) is not null)
        {
            if (x is not PyStr s)
                throw PyErrors.TypeError($"Item in {(recursive ? modName + ".__all__" : "``from list''")} must be str, not {x.type.Name}");
            if (s.Value == "*")
            {
                if (!recursive && HasAttr(module, Names.All)) HandleFromList(module, PyOps.GetAttr(module, Names.All), recursive: true);
                continue;
            }
            if (HasAttr(module, s)) continue;
            var sub = modName + "." + s.Value;
            try
            {
                ImportAbsolute(sub);
            }
            catch (PyException e) when (e.Matches(PyTypes.ModuleNotFoundError) && ExceptionAttributes.Get(e.Value, "name") is PyStr n && n.Value == sub)
            {
            }
        }
    }

    /// <summary>_calc___package__: __package__, else __spec__.parent, else from __name__/__path__.</summary>
    private static string ResolvePackage(PyDict? globals)
    {
        if (globals is null) throw PyErrors.New(PyTypes.KeyError, "'__name__' not in globals");
        var package = globals.GetItemOrNull(Names.Package);
        var spec = globals.GetItemOrNull(Names.Spec);
        bool hasSpec = spec is not null && spec != PyNone.Instance;
        if (package is not null && package != PyNone.Instance)
        {
            if (package is not PyStr p) throw PyErrors.TypeError("package must be a string");
            if (hasSpec)
            {
                var specParent = PyOps.GetAttr(spec!, StrIntern.Intern("parent"));
                if (!PyOps.EqualsBool(p, specParent))
                    RuntimeWarnings.Warn(PyTypes.DeprecationWarning, "__package__ != __spec__.parent");
            }
            return p.Value;
        }
        if (hasSpec)
            return (PyOps.GetAttr(spec!, StrIntern.Intern("parent")) as PyStr ?? throw PyErrors.TypeError("__spec__.parent must be a string")).Value;
        RuntimeWarnings.Warn(PyTypes.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
        var nameObj = globals.GetItemOrNull(Names.Name) ?? throw PyErrors.New(PyTypes.KeyError, "'__name__' not in globals");
        if (nameObj is not PyStr name) throw PyErrors.TypeError("__name__ must be a string");
        if (globals.GetItemOrNull(Names.Path) is not null) return name.Value;
        int dot = name.Value.LastIndexOf('.');
        return dot < 0 ? "" : name.Value[..dot];
    }

    private static string ResolveName(string name, string package, int level)
    {
        if (package.Length == 0) throw PyErrors.New(PyTypes.ImportError, "attempted relative import with no known parent package");
        var bits = package.Split('.');
        if (bits.Length < level) throw PyErrors.New(PyTypes.ImportError, "attempted relative import beyond top-level package");
        var baseName = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    /// <summary>sys.modules[name], importing it (and its parents) if needed.</summary>
    public static PyObject ImportAbsolute(string fullName)
    {
        var modules = SysModule.Modules!;
        var key = PyStr.FromString(fullName);
        var existing = modules.GetItemOrNull(key);
        var interp = InterpreterState.Current;
        if (existing is not null)
        {
            if (existing == PyNone.Instance) throw ModuleNotFound($"import of {fullName} halted; None in sys.modules", fullName);
            if (interp.ImportLockUnlockModule is not null) EnsureInitialized(interp.ImportLockUnlockModule, existing, key);
            return existing;
        }
        if (interp.ImportFindAndLoad is { } findAndLoad)
        {
            var mark = ImportTime.Enabled ? ImportTime.Begin() : default;
            try
            {
                return PyOps.Call(findAndLoad, new PyObject[] { key, interp.BuiltinsDict.GetItemOrNull(Names.Import) ?? PyNone.Instance });
            }
            catch (PyException e)
            {
                ImportlibBootstrap.RemoveImportlibFrames(e.Value);
                throw;
            }
            finally
            {
                if (mark.Start != 0) ImportTime.End(fullName, mark);
            }
        }
        int dot = fullName.LastIndexOf('.');
        PyObject? parent = null;
        PyObject? searchPath = null;
        if (dot >= 0)
        {
            var parentName = fullName[..dot];
            parent = ImportAbsolute(parentName);
            existing = modules.GetItemOrNull(key);
            if (existing is not null) return existing;
            searchPath = PyOps.GetAttrOrNull(parent, Names.Path);
            if (searchPath is null)
                throw ModuleNotFound($"No module named '{fullName}'; '{parentName}' is not a package", fullName);
        }
        var module = (ImportTime.Enabled ? LoadTimed(fullName, searchPath) : Load(fullName, searchPath))
            ?? throw ModuleNotFound($"No module named '{fullName}'", fullName);
        if (parent is not null)
        {
            try { ObjectAttributes.SetAttr(parent, PyStr.FromString(fullName[(dot + 1)..]), module); }
            catch (PyException) { }
        }
        return module;
    }

    /// <summary>A module another thread is still executing: wait for it (import.c's
    /// import_ensure_initialized, through the module's lock in importlib).</summary>
    private static void EnsureInitialized(PyObject lockUnlock, PyObject module, PyStr name)
    {
        if (module is not PyModule m || m.Dict.GetItemOrNull(Names.Spec) is not { } spec || spec == PyNone.Instance) return;
        var initializing = PyOps.GetAttrOrNull(spec, StrIntern.Intern("_initializing"));
        if (initializing is null || !PyOps.IsTrue(initializing)) return;
        PyOps.Call(lockUnlock, new PyObject[] { name });
    }

    private static PyException ModuleNotFound(string message, string name)
    {
        var e = PyErrors.New(PyTypes.ModuleNotFoundError, message);
        ExceptionAttributes.Set(e.Value, "name", PyStr.FromString(name));
        return e;
    }

    private static PyObject? LoadTimed(string fullName, PyObject? searchPath)
    {
        var mark = ImportTime.Begin();
        try { return Load(fullName, searchPath); }
        finally { ImportTime.End(fullName, mark); }
    }

    /// <summary>Finds and executes the module; null when nothing provides it.</summary>
    private static PyObject? Load(string fullName, PyObject? searchPath)
    {
        var modules = SysModule.Modules!;
        var key = PyStr.FromString(fullName);
        if (searchPath is null && NativeModules.TryCreate(fullName, out var native))
        {
            modules.SetItem(key, native);
            return native;
        }
        var entries = searchPath ?? SysModule.Get("path") ?? new PyList();
        List<string>? namespacePortions = null;
        var shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        var it = PyOps.GetIter(entries);
        PyObject? entry;
        while ((entry = PyOps.Next(it)) is not null)
        {
            if (entry is not PyStr dirObj) continue;
            var dir = dirObj.Value.Length == 0 ? Directory.GetCurrentDirectory() : dirObj.Value;
            var pkgDir = Path.Combine(dir, shortName);
            var init = Path.Combine(pkgDir, "__init__.py");
            if (Directory.Exists(pkgDir) && File.Exists(init))
                return ExecSourceModule(fullName, init, pkgDir);
            var file = Path.Combine(dir, shortName + ".py");
            if (File.Exists(file)) return ExecSourceModule(fullName, file, null);
            if (Directory.Exists(pkgDir)) (namespacePortions ??= new List<string>()).Add(pkgDir);
        }
        var viaMeta = FindWithMetaPath(fullName, searchPath);
        if (viaMeta is not null) return viaMeta;
        if (namespacePortions is not null)
        {
            var m = new PyModule(fullName);
            var path = new PyList();
            foreach (var p in namespacePortions) path.Append(PyStr.FromString(p));
            m.Dict.SetItem(Names.Path, path);
            m.Dict.SetItem(Names.Package, PyStr.FromString(fullName));
            m.Dict.SetItem(Names.Spec, MakeSpec(fullName, null, path, fullName));
            modules.SetItem(key, m);
            return m;
        }
        return null;
    }

    /// <summary>Finders that Python code put on sys.meta_path (after ours failed): find_spec + exec.</summary>
    private static PyObject? FindWithMetaPath(string fullName, PyObject? searchPath)
    {
        if (SysModule.Get("meta_path") is not PyList metaPath || metaPath.Count == 0) return null;
        for (int i = 0; i < metaPath.Count; i++)
        {
            var finder = metaPath[i];
            if (finder is Binding.PyBuiltinFunction) continue;
            var findSpec = PyOps.GetAttrOrNull(finder, StrIntern.Intern("find_spec"));
            if (findSpec is null) continue;
            var spec = PyOps.Call(findSpec, new PyObject[] { PyStr.FromString(fullName), searchPath ?? PyNone.Instance, PyNone.Instance });
            if (spec == PyNone.Instance) continue;
            var util = ImportAbsolute("importlib._bootstrap");
            var load = PyOps.GetAttr(util, StrIntern.Intern("_load"));
            return PyOps.Call(load, new[] { spec });
        }
        return null;
    }

    /// <summary>A ModuleSpec-like record (importlib.machinery.ModuleSpec needs importlib; a namespace
    /// with the same attributes serves the stdlib's uses of __spec__).</summary>
    private static PyObject MakeSpec(string name, string? origin, PyObject? searchLocations, string parent, string? cached = null)
    {
        var d = new PyDict();
        d.SetItem(PyStr.FromString("name"), PyStr.FromString(name));
        d.SetItem(PyStr.FromString("origin"), origin is null ? PyNone.Instance : PyStr.FromString(origin));
        d.SetItem(PyStr.FromString("submodule_search_locations"), searchLocations ?? PyNone.Instance);
        d.SetItem(PyStr.FromString("parent"), PyStr.FromString(parent));
        d.SetItem(PyStr.FromString("loader"), PyNone.Instance);
        d.SetItem(PyStr.FromString("cached"), cached is null ? PyNone.Instance : PyStr.FromString(cached));
        d.SetItem(PyStr.FromString("has_location"), PyBool.FromBool(origin is not null));
        return SimpleNamespace.Create(d);
    }

    private static PyObject ExecSourceModule(string fullName, string file, string? packageDir)
    {
        var modules = SysModule.Modules!;
        var key = PyStr.FromString(fullName);
        var m = new PyModule(fullName);
        m.Dict.SetItem(Names.File, PyStr.FromString(file));
        string parent;
        PyList? path = null;
        if (packageDir is not null)
        {
            path = new PyList();
            path.Append(PyStr.FromString(packageDir));
            m.Dict.SetItem(Names.Path, path);
            parent = fullName;
        }
        else
        {
            int dot = fullName.LastIndexOf('.');
            parent = dot < 0 ? "" : fullName[..dot];
        }
        m.Dict.SetItem(Names.Package, PyStr.FromString(parent));
        var cached = CodeCache.CacheFromSource(file);
        m.Dict.SetItem(Names.Spec, MakeSpec(fullName, file, path, parent, cached));
        m.Dict.SetItem(StrIntern.Intern("__cached__"), cached is null ? PyNone.Instance : PyStr.FromString(cached));
        modules.SetItem(key, m);
        try
        {
            var code = CodeCache.Load(file, cached);
            ExecModule(m, code);
        }
        catch
        {
            modules.DelItemIfPresent(key);
            throw;
        }
        return modules.GetItemOrNull(key) ?? m;
    }

    public static void ExecModule(PyModule m, PyCode code)
    {
        if (m.Dict.GetItemOrNull(Names.Builtins) is null)
            m.Dict.SetItem(Names.Builtins, InterpreterState.Current.BuiltinsModule);
        var frame = new Frame(code, m.Dict, PyFunction.BuiltinsOf(m.Dict), m.Dict);
        EvalLoop.Run(ThreadState.Current, frame);
    }

    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        try
        {
            var v = PyOps.GetAttrOrNull(module, name);
            if (v is not null) return v;
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
        }
        // A submodule imported circularly: in sys.modules but not yet an attribute of its package.
        var pkgName = PyOps.GetAttrOrNull(module, Names.Name) as PyStr;
        if (pkgName is not null)
        {
            var sub = SysModule.Modules!.GetItemOrNull(PyStr.FromString(pkgName.Value + "." + name.Value));
            if (sub is not null) return sub;
        }
        var modName = pkgName?.Value ?? "<unknown module name>";
        var file = PyOps.GetAttrOrNull(module, Names.File) as PyStr;
        var e2 = PyErrors.New(PyTypes.ImportError, file is null
            ? $"cannot import name '{name.Value}' from '{modName}' (unknown location)"
            : $"cannot import name '{name.Value}' from '{modName}' ({file.Value})");
        ExceptionAttributes.Set(e2.Value, "name", PyStr.FromString(modName));
        throw e2;
    }

    public static void ImportStar(Frame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyErrors.SystemError("no locals found during 'import *'");
        var all = PyOps.GetAttrOrNull(module, Names.All);
        bool skipPrivate = all is null;
        PyObject names = all ?? PyOps.CallMethod(PyOps.GetAttr(module, Names.Dict), "keys", ReadOnlySpan<PyObject>.Empty);
        var it = PyOps.GetIter(names);
        PyObject? n;
        while ((n = PyOps.Next(it)) is not null)
        {
            if (n is not PyStr s)
                throw PyErrors.TypeError($"{(skipPrivate ? "Key in " + ModuleName(module) + ".__dict__" : "Item in " + ModuleName(module) + ".__all__")} must be str, not {n.type.Name}");
            if (skipPrivate && s.Value.StartsWith('_')) continue;
            var v = PyOps.GetAttr(module, s);
            if (locals is PyDict d) d.SetItem(s, v); else PyOps.SetItem(locals, s, v);
        }
    }
}

/// <summary>Native (C#) modules by name: the builtins import finds them before searching sys.path.</summary>
internal static class NativeModules
{
    private static readonly Dictionary<string, Func<PyModule>> factories = new(StringComparer.Ordinal);

    public static void Register(string name, Func<PyModule> factory) => factories[name] = factory;

    public static IEnumerable<string> Names => factories.Keys;

    public static bool TryCreate(string name, out PyModule module)
    {
        if (factories.TryGetValue(name, out var f))
        {
            module = f();
            return true;
        }
        module = null!;
        return false;
    }

    /// <summary>A module whose functions come from a [PyModule] class's generated InstallPyBindings.</summary>
    public static PyModule FromBindings(string name, Action<PyDict> install)
    {
        var m = new PyModule(name);
        install(m.Dict);
        return m;
    }
}
