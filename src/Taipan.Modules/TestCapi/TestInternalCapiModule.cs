using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.TestCapi;

/// <summary>
/// _testinternalcapi: get_config() (the PyConfig fields Taipan has, read from sys and sys.flags: the test
/// suite asks it whether code objects carry column positions, `code_debug_ranges`, before it runs
/// test_traceback, test_compile and test_marshal), get_recursion_depth() and SIZEOF_PYGC_HEAD.
/// </summary>
internal static class TestInternalCapiModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_testinternalcapi", static _ => { });
        var d = m.Dict;
        BindingInstaller.AddFunction(d, "_testinternalcapi", "get_config", static (_, a, k) =>
        {
            ModuleTypes.NoKeywords(k, "_testinternalcapi.get_config");
            if (a.Length != 0) throw PyErrors.TypeError($"_testinternalcapi.get_config() takes no arguments ({a.Length} given)");
            return Config();
        });
        BindingInstaller.AddFunction(d, "_testinternalcapi", "get_recursion_depth", static (_, a, k) =>
        {
            ModuleTypes.NoKeywords(k, "_testinternalcapi.get_recursion_depth");
            if (a.Length != 0) throw PyErrors.TypeError($"_testinternalcapi.get_recursion_depth() takes no arguments ({a.Length} given)");
            return PyInt.FromLong(ThreadState.Current.Depth);
        });
        // CPython's GC header size on 64-bit builds: test.support.check_sizeof adds it to the sizes it expects
        d.SetItem(StrIntern.Intern("SIZEOF_PYGC_HEAD"), PyInt.FromLong(16));
        return m;
    }

    private static PyDict Config()
    {
        var sys = ThreadState.Current.Interp.SysDict ?? throw PyErrors.New(PyTypes.RuntimeError, "lost sys");
        PyObject Sys(string name) => sys.GetItemOrNull(StrIntern.Intern(name)) ?? PyNone.Instance;
        var flags = Sys("flags");
        PyObject Flag(string name) => PyOps.GetAttr(flags, StrIntern.Intern(name));
        var c = new PyDict();
        void Put(string key, PyObject v) => c.SetItem(StrIntern.Intern(key), v);
        Put("isolated", Flag("isolated"));
        Put("use_environment", PyInt.FromLong(PyOps.IsTrue(Flag("ignore_environment")) ? 0 : 1));
        Put("dev_mode", PyInt.FromLong(PyOps.IsTrue(Flag("dev_mode")) ? 1 : 0));
        Put("hash_seed", PyInt.FromLong(0));
        Put("import_time", PyInt.FromLong(0));
        // tracebacks and co_positions() carry columns, as CPython's do unless -X no_debug_ranges
        Put("code_debug_ranges", PyInt.FromLong(1));
        Put("filesystem_encoding", PyStr.FromString("utf-8"));
        Put("filesystem_errors", PyStr.FromString("surrogateescape"));
        Put("pycache_prefix", Sys("pycache_prefix"));
        Put("argv", Sys("argv"));
        Put("orig_argv", Sys("orig_argv"));
        Put("warnoptions", Sys("warnoptions"));
        Put("module_search_paths", Sys("path"));
        Put("executable", Sys("executable"));
        Put("base_executable", Sys("_base_executable"));
        Put("prefix", Sys("prefix"));
        Put("base_prefix", Sys("base_prefix"));
        Put("exec_prefix", Sys("exec_prefix"));
        Put("base_exec_prefix", Sys("base_exec_prefix"));
        Put("platlibdir", Sys("platlibdir"));
        Put("stdlib_dir", Sys("_stdlib_dir"));
        Put("site_import", PyInt.FromLong(PyOps.IsTrue(Flag("no_site")) ? 0 : 1));
        Put("bytes_warning", Flag("bytes_warning"));
        Put("warn_default_encoding", Flag("warn_default_encoding"));
        Put("inspect", Flag("inspect"));
        Put("interactive", Flag("interactive"));
        Put("optimization_level", Flag("optimize"));
        Put("write_bytecode", PyInt.FromLong(PyOps.IsTrue(Flag("dont_write_bytecode")) ? 0 : 1));
        Put("verbose", Flag("verbose"));
        Put("quiet", Flag("quiet"));
        Put("user_site_directory", PyInt.FromLong(PyOps.IsTrue(Flag("no_user_site")) ? 0 : 1));
        Put("safe_path", PyInt.FromLong(PyOps.IsTrue(Flag("safe_path")) ? 1 : 0));
        return c;
    }
}
