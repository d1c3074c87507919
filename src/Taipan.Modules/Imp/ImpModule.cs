using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Imp;

/// <summary>
/// _imp: what importlib._bootstrap needs from the runtime. Builtin modules are Taipan's native (C#)
/// modules; frozen modules are answered from the stdlib's sources (FrozenModules); there are no C extensions (extension_suffixes() is empty, so the
/// path finders never pick CPython's .so files, which Taipan cannot load).
/// </summary>
[PyModule("_imp")]
internal static partial class ImpModule
{
    private static readonly object importLock = new();

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_imp", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("check_hash_based_pycs"), PyStr.FromAscii("default"));
        return m;
    }

    private static bool IsBuiltinName(string name)
    {
        foreach (var n in NativeModules.Names) if (n == name) return true;
        return name is "sys" or "builtins";
    }

    [PyFunction]
    internal static long is_builtin(string name) => name is "sys" or "builtins" ? -1 : IsBuiltinName(name) ? 1 : 0;

    [PyFunction]
    internal static PyObject create_builtin(PyObject spec)
    {
        var name = PyOps.GetAttr(spec, StrIntern.Intern("name")) as PyStr ?? throw PyErrors.TypeError("spec.name must be a string");
        var modules = InterpreterState.Current.Modules;
        if (name.Value is "sys" or "builtins" && modules.GetItemOrNull(name) is { } existing) return existing;
        if (NativeModules.TryCreate(name.Value, out var m)) return m;
        throw PyErrors.New(PyTypes.ImportError, $"no built-in module named {name.Value}");
    }

    [PyFunction]
    internal static long exec_builtin(PyObject mod) => 0;

    [PyFunction]
    internal static long exec_dynamic(PyObject mod) => 0;

    [PyFunction]
    internal static PyObject create_dynamic(PyObject spec, PyObject? file = null) =>
        throw PyErrors.New(PyTypes.ImportError, $"Taipan cannot load C extension modules ({PyOps.Str(PyOps.GetAttr(spec, Names.Name)).Value})");

    [PyFunction]
    internal static bool is_frozen(string name) => FrozenModules.IsFrozen(name);

    [PyFunction]
    internal static bool is_frozen_package(string name) => FrozenModules.IsPackage(name);

    [PyFunction(PosOnly = 1)]
    internal static PyObject find_frozen(string name, bool withdata = false) => FrozenModules.FindInfo(name, withdata);

    /// <summary>The frozen module's code; <paramref name="data"/> (find_frozen's marshalled bytes) when given.</summary>
    [PyFunction]
    internal static PyObject get_frozen_object(string name, PyObject? data = null)
    {
        if (data is null || data == PyNone.Instance) return FrozenModules.Code(name);
        return PyOps.CallMethod(Import.ImportAbsolute("marshal"), "loads", new PyObject[] { data });
    }

    /// <summary>PyImport_ImportFrozenModuleObject: create and execute the frozen module in sys.modules.</summary>
    [PyFunction]
    internal static PyObject init_frozen(string name)
    {
        if (!FrozenModules.IsFrozen(name)) return PyNone.Instance;
        var code = FrozenModules.Code(name);
        var module = new PyModule(name);
        if (FrozenModules.IsPackage(name)) module.Dict.SetItem(StrIntern.Intern("__path__"), new PyList());
        // FrozenImporter._fix_up_module takes the spec's origname from here.
        if (FrozenModules.OrigName(name) is { } origName) module.Dict.SetItem(StrIntern.Intern("__origname__"), PyStr.FromString(origName));
        InterpreterState.Current.Modules.SetItem(PyStr.FromString(name), module);
        try
        {
            Import.ExecModule(module, code);
        }
        catch (PyException)
        {
            InterpreterState.Current.Modules.DelItemIfPresent(PyStr.FromString(name));
            throw;
        }
        return module;
    }

    [PyFunction]
    internal static PyList _frozen_module_names() => FrozenModules.Names();

    /// <summary>Test support: &gt;0 lists the stdlib and test frozen modules, &lt;0 or 0 (Taipan's default) only the bootstrap ones.</summary>
    [PyFunction]
    internal static void _override_frozen_modules_for_tests(int @override) => FrozenModules.Override = @override;

    [PyFunction]
    internal static PyList extension_suffixes() => new();

    [PyFunction]
    internal static void acquire_lock()
    {
        if (Monitor.TryEnter(importLock)) return;
        // the holder may need the GIL to get to its release_lock(): wait without it
        using (Gil.Unlocked()) Monitor.Enter(importLock);
    }

    [PyFunction]
    internal static void release_lock()
    {
        if (!Monitor.IsEntered(importLock)) throw PyErrors.RuntimeError("not holding the import lock");
        Monitor.Exit(importLock);
    }

    [PyFunction]
    internal static bool lock_held() => Monitor.IsEntered(importLock);

    /// <summary>The source hash a hash-based .pyc stores (PEP 552): CPython's keyed SipHash, little-endian.</summary>
    [PyFunction(PosOnly = 0)]
    internal static PyBytes source_hash(long key, PyObject source)
    {
        if (!Buffers.TryGetSpan(source, out var data))
            throw PyErrors.TypeError($"a bytes-like object is required, not '{source.type.Name}'");
        var hash = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(hash, StringHash.KeyedHash(unchecked((ulong)key), data));
        return PyBytes.From(hash);
    }

    /// <summary>Code objects keep the file name they were compiled with (Taipan compiles from source with the right one).</summary>
    [PyFunction]
    internal static void _fix_co_filename(PyObject code, PyObject path) { }
}
