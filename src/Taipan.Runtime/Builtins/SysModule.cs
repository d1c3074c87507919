using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>The sys module: interpreter state visible to Python (sys.modules, sys.path, the standard
/// streams, limits, hooks).</summary>
[PyModule("sys")]
internal static partial class SysModule
{
    public const string Version = "3.11.2";
    public const int HexVersion = 0x030b02f0;

    public static PyDict SysDict => InterpreterState.Current.SysDict!;

    public static PyDict? Modules => InterpreterState.Current.Modules;

    public static PyObject? Get(string name) => InterpreterState.Current.SysDict?.GetItemOrNull(StrIntern.Intern(name));

    public static PyObject? AsyncGenFirstIter;
    public static PyObject? AsyncGenFinalizer;

    /// <summary>config_init_warnoptions: PYTHONWARNINGS (comma-separated, unless -E), then the -W options.
    /// warnings.py applies them when it is imported (at start-up when there are any).</summary>
    /// <summary>The Python Development Mode: -X dev, or PYTHONDEVMODE set non-empty (unless -E).</summary>
    private static bool DevMode(RuntimeFlags flags) =>
        flags.XOptions.Contains("dev")
        || (!flags.IgnoreEnvironment && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDEVMODE")));

    private static PyList WarnOptions(RuntimeFlags flags)
    {
        var list = new PyList();
        // -X dev shows every warning by default (the Python Development Mode)
        if (DevMode(flags)) list.Append(PyStr.FromAscii("default"));
        if (!flags.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONWARNINGS") is { Length: > 0 } env)
            foreach (var w in env.Split(',', StringSplitOptions.RemoveEmptyEntries)) list.Append(PyStr.FromString(w));
        foreach (var w in flags.WarnOptions) list.Append(PyStr.FromString(w));
        return list;
    }

    /// <summary>sys._xoptions: -X name=value as {'name': 'value'}, -X name as {'name': True}.</summary>
    private static PyDict XOptions(RuntimeFlags flags)
    {
        var d = new PyDict();
        foreach (var x in flags.XOptions)
        {
            int eq = x.IndexOf('=');
            if (eq < 0) d.SetItem(PyStr.FromString(x), PyBool.True);
            else d.SetItem(PyStr.FromString(x[..eq]), PyStr.FromString(x[(eq + 1)..]));
        }
        return d;
    }

    public static PyModule Create(InterpreterState interp, string executable, PyList argv, PyList path, bool unbuffered)
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        InstallPyBindings(d);
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        Set("modules", interp.Modules);
        Set("argv", argv);
        Set("orig_argv", PyList.FromSpan(argv.ToArray()));
        Set("path", path);
        Set("meta_path", new PyList());
        Set("path_hooks", new PyList());
        Set("path_importer_cache", new PyDict());
        var (stdin, stdout, stderr) = StdioHooks.CreateStreams is { } streams ? streams(unbuffered) : (
            new ConsoleFile(Console.OpenStandardInput(), "<stdin>", 0, false, false, readable: true),
            new ConsoleFile(Console.OpenStandardOutput(), "<stdout>", 1, unbuffered || !Console.IsOutputRedirected, false, readable: false),
            (PyObject)new ConsoleFile(Console.OpenStandardError(), "<stderr>", 2, true, true, readable: false));
        Set("stdin", stdin); Set("__stdin__", stdin);
        Set("stdout", stdout); Set("__stdout__", stdout);
        Set("stderr", stderr); Set("__stderr__", stderr);
        StartupTrace.Mark("sys streams");
        Set("version", PyStr.FromString(Version + " (main, Taipan) [.NET " + Environment.Version + "]"));
        var versionInfo = StructSequence.Make("sys.version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" },
            new PyObject[] { PyInt.FromLong(3), PyInt.FromLong(11), PyInt.FromLong(2), PyStr.FromAscii("final"), PyInt.Zero });
        Set("version_info", versionInfo);
        Set("hexversion", PyInt.FromLong(HexVersion));
        Set("api_version", PyInt.FromLong(1013));
        var impl = new PyDict();
        impl.SetItem(PyStr.FromAscii("name"), PyStr.FromAscii("taipan"));
        impl.SetItem(PyStr.FromAscii("cache_tag"), PyStr.FromAscii("taipan-311"));
        impl.SetItem(PyStr.FromAscii("version"), versionInfo);
        impl.SetItem(PyStr.FromAscii("hexversion"), PyInt.FromLong(HexVersion));
        impl.SetItem(PyStr.FromAscii("_multiarch"), PyStr.FromAscii("x86_64-linux-gnu"));
        Set("implementation", SimpleNamespace.Create(impl));
        Set("platform", PyStr.FromAscii("linux"));
        Set("byteorder", PyStr.FromAscii(BitConverter.IsLittleEndian ? "little" : "big"));
        Set("maxsize", PyInt.FromLong(long.MaxValue));
        Set("maxunicode", PyInt.FromLong(0x10FFFF));
        Set("executable", PyStr.FromString(executable));
        Set("_base_executable", PyStr.FromString(executable));
        foreach (var p in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" }) Set(p, PyStr.FromAscii("/usr"));
        Set("platlibdir", PyStr.FromAscii("lib"));
        Set("pycache_prefix", interp.Flags.PycachePrefix is { } prefix ? PyStr.FromString(prefix) : PyNone.Instance);
        Set("abiflags", PyStr.Empty);
        Set("_git", PyTuple.Of(PyStr.FromAscii("Taipan"), PyStr.Empty, PyStr.Empty));
        Set("dont_write_bytecode", PyBool.FromBool(interp.Flags.DontWriteBytecode));
        Set("warnoptions", WarnOptions(interp.Flags));
        Set("_xoptions", XOptions(interp.Flags));
        Set("copyright", PyStr.FromAscii("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        Set("float_repr_style", PyStr.FromAscii("short"));
        Set("float_info", StructSequence.Make("sys.float_info",
            new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" },
            new PyObject[] { new PyFloat(double.MaxValue), PyInt.FromLong(1024), PyInt.FromLong(308), new PyFloat(2.2250738585072014e-308),
                PyInt.FromLong(-1021), PyInt.FromLong(-307), PyInt.FromLong(15), PyInt.FromLong(53), new PyFloat(double.Epsilon > 0 ? 2.220446049250313e-16 : 0),
                PyInt.FromLong(2), PyInt.FromLong(1) }));
        Set("int_info", StructSequence.Make("sys.int_info",
            new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" },
            new PyObject[] { PyInt.FromLong(30), PyInt.FromLong(4), PyInt.FromLong(4300), PyInt.FromLong(640) }));
        Set("hash_info", StructSequence.Make("sys.hash_info",
            new[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" },
            new PyObject[] { PyInt.FromLong(64), PyInt.FromLong((1L << 61) - 1), PyInt.FromLong(314159), PyInt.Zero, PyInt.FromLong(1000003),
                PyStr.FromAscii("siphash13"), PyInt.FromLong(64), PyInt.FromLong(128), PyInt.Zero }));
        Set("flags", StructSequence.Make("sys.flags",
            new[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
                "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
                "safe_path", "int_max_str_digits" },
            new PyObject[] { PyInt.Zero, PyInt.FromLong(interp.Flags.Inspect ? 1 : 0), PyInt.FromLong(interp.Flags.Inspect ? 1 : 0),
                PyInt.FromLong(interp.Flags.Optimize), PyInt.FromLong(interp.Flags.DontWriteBytecode ? 1 : 0), PyInt.FromLong(interp.Flags.NoUserSite ? 1 : 0), PyInt.FromLong(interp.Flags.NoSite ? 1 : 0),
                PyInt.FromLong(interp.Flags.IgnoreEnvironment ? 1 : 0), PyInt.Zero, PyInt.Zero, PyInt.FromLong(interp.Flags.Quiet ? 1 : 0),
                PyInt.FromLong(!interp.Flags.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONHASHSEED") == "0" ? 0 : 1),
                PyInt.FromLong(interp.Flags.Isolated ? 1 : 0), PyBool.FromBool(DevMode(interp.Flags)), PyInt.FromLong(interp.Flags.Utf8Mode ? 1 : 0), PyInt.Zero,
                PyBool.FromBool(interp.Flags.SafePath), PyInt.FromLong(-1) }));
        var builtinNames = new List<PyObject>();
        foreach (var n in NativeModules.Names) builtinNames.Add(PyStr.FromString(n));
        builtinNames.Add(PyStr.FromAscii("builtins"));
        builtinNames.Add(PyStr.FromAscii("sys"));
        var bn = PyList.FromSpan(builtinNames.ToArray());
        bn.Sort(null, false);
        Set("builtin_module_names", bn.ToTuple());
        Set("displayhook", d.GetItemOrNull(StrIntern.Intern("displayhook"))!);
        Set("__displayhook__", d.GetItemOrNull(StrIntern.Intern("displayhook"))!);
        Set("excepthook", d.GetItemOrNull(StrIntern.Intern("excepthook"))!);
        Set("__excepthook__", d.GetItemOrNull(StrIntern.Intern("excepthook"))!);
        Set("breakpointhook", d.GetItemOrNull(StrIntern.Intern("breakpointhook"))!);
        Set("__breakpointhook__", d.GetItemOrNull(StrIntern.Intern("breakpointhook"))!);
        Set("unraisablehook", d.GetItemOrNull(StrIntern.Intern("unraisablehook"))!);
        Set("__unraisablehook__", d.GetItemOrNull(StrIntern.Intern("unraisablehook"))!);
        return m;
    }

    [PyFunction]
    public static long getrecursionlimit() => InterpreterState.Current.RecursionLimit;

    /// <summary>How long a thread holds the GIL before it hands it to a waiting one (Gil.cs).</summary>
    [PyFunction]
    public static double getswitchinterval() => Gil.SwitchInterval;

    [PyFunction]
    public static void setswitchinterval(double interval)
    {
        if (!(interval > 0)) throw PyErrors.ValueError("switch interval must be strictly positive");
        Gil.SwitchInterval = interval;
    }

    /// <summary>The depth asked for; coroutines do not record cr_origin yet (it stays None), as in
    /// CPython with depth 0, which is the default (asyncio's debug mode sets and restores it).</summary>
    private static long coroutineOriginTrackingDepth;

    [PyFunction]
    public static long get_coroutine_origin_tracking_depth() => coroutineOriginTrackingDepth;

    [PyFunction]
    public static void set_coroutine_origin_tracking_depth(long depth)
    {
        if (depth < 0) throw PyErrors.ValueError("depth must be >= 0");
        coroutineOriginTrackingDepth = depth;
    }

    [PyFunction]
    public static void setrecursionlimit(PyObject limit)
    {
        if (limit is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        long n = ArgParser.ToLong(limit);
        if (n < 1) throw PyErrors.ValueError("recursion limit must be greater or equal than 1");
        if (n > int.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        var ts = ThreadState.Current;
        if (n <= ts.Depth)
            throw PyErrors.New(PyTypes.RecursionError, $"cannot set the recursion limit to {n} at the recursion depth {ts.Depth}: the limit is too low");
        InterpreterState.Current.RecursionLimit = (int)n;
        foreach (var t in ThreadState.Snapshot()) t.UpdateTraceActive(); // their CallLimit
    }

    [PyFunction]
    public static PyObject intern(PyObject @string)
    {
        if (@string.type != PyTypes.Str) throw PyErrors.TypeError($"intern() argument must be str, not {@string.type.Name}");
        return StrIntern.Intern((PyStr)@string);
    }

    [PyFunction]
    public static PyObject exc_info()
    {
        var e = ThreadState.Current.ExcInfo;
        if (e is not PyBaseException be) return PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance);
        return PyTuple.Of(be.type, be, be.Traceback ?? PyNone.Instance);
    }

    [PyFunction]
    public static PyObject exception() => ThreadState.Current.ExcInfo ?? PyNone.Instance;

    [PyFunction]
    public static PyObject exit(PyObject? status = null)
    {
        var args = status is null ? PyTuple.Empty : PyTuple.Of(status);
        throw new PyException((PyBaseException)PyOps.Call(PyTypes.SystemExit, args.Items));
    }

    [PyFunction]
    public static string getdefaultencoding() => "utf-8";

    [PyFunction]
    public static string getfilesystemencoding() => "utf-8";

    [PyFunction]
    public static string getfilesystemencodeerrors() => "surrogateescape";

    [PyFunction]
    public static PyObject _getframe(long depth = 0)
    {
        var f = ThreadState.Current.Frame;
        for (long i = 0; i < depth && f is not null; i++) f = f.Back;
        return f?.MarkEscaped() ?? throw PyErrors.ValueError("call stack is not deep enough");
    }

    /// <summary>sys._current_frames: each thread's innermost frame by thread id. The other threads are
    /// waiting for the GIL or blocked outside Python, so their frames stand still while we read them.</summary>
    [PyFunction]
    public static PyDict _current_frames()
    {
        var d = new PyDict();
        var me = ThreadState.Current;
        foreach (var ts in ThreadState.Snapshot())
            if (ts.Frame is { } f && ThreadId(ts, me) is { } id) d.SetItem(id, f.MarkEscaped());
        return d;
    }

    /// <summary>sys._current_exceptions: each thread's exception being handled, as exc_info() tuples (3.11).</summary>
    [PyFunction]
    public static PyDict _current_exceptions()
    {
        var d = new PyDict();
        var me = ThreadState.Current;
        foreach (var ts in ThreadState.Snapshot())
        {
            if (ts.Frame is null || ThreadId(ts, me) is not { } id) continue;
            var e = ts.ExcInfo as PyBaseException;
            d.SetItem(id, e is null ? PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance)
                : PyTuple.Of(e.type, e, e.Traceback ?? PyNone.Instance));
        }
        return d;
    }

    // a thread that never asked for its id has none yet (_thread assigns them); only the caller's is needed then
    private static PyObject? ThreadId(ThreadState ts, ThreadState me) =>
        ts.Ident != 0 ? PyInt.FromLong(ts.Ident)
        : ReferenceEquals(ts, me) && Import.ImportAbsolute("_thread") is { } thread ? PyOps.CallMethod(thread, "get_ident", []) : null;

    [PyFunction]
    public static long getrefcount(PyObject @object) => 2;

    [PyFunction]
    public static long getsizeof(PyObject @object, PyObject? @default = null)
    {
        var f = @object.type.Lookup("__sizeof__");
        if (f is not null) return PyOps.Index(EvalLoop.CallWithSelf(f, @object, ReadOnlySpan<PyObject>.Empty, null)).AsLong() + 16;
        return 56;
    }

    [PyFunction]
    public static long get_int_max_str_digits() => InterpreterState.Current.IntMaxStrDigits;

    [PyFunction(PosOnly = 0)]
    public static void set_int_max_str_digits(long maxdigits) => InterpreterState.Current.SetIntMaxStrDigits(maxdigits);

    [PyFunction]
    public static bool is_finalizing() => false;

    [PyFunction]
    public static PyObject audit(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PyNone.Instance;

    [PyFunction]
    public static void addaudithook(PyObject hook) { }

    [PyFunction]
    public static void settrace(PyObject function) => Tracing.SetTrace(ThreadState.Current, function == PyNone.Instance ? null : function);

    [PyFunction]
    public static PyObject gettrace() => ThreadState.Current.TraceFunc ?? PyNone.Instance;

    [PyFunction]
    public static void setprofile(PyObject function) => Tracing.SetProfile(ThreadState.Current, function == PyNone.Instance ? null : function);

    [PyFunction]
    public static PyObject getprofile() => ThreadState.Current.ProfileFunc ?? PyNone.Instance;

    [PyFunction]
    public static PyObject set_asyncgen_hooks(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "set_asyncgen_hooks", new[] { "firstiter", "finalizer" }, 0, 0);
        if (s[0] is not null) AsyncGenFirstIter = s[0] == PyNone.Instance ? null : s[0];
        if (s[1] is not null) AsyncGenFinalizer = s[1] == PyNone.Instance ? null : s[1];
        return PyNone.Instance;
    }

    [PyFunction]
    public static PyObject get_asyncgen_hooks() =>
        PyTuple.Of(AsyncGenFirstIter ?? PyNone.Instance, AsyncGenFinalizer ?? PyNone.Instance);

    [PyFunction]
    public static PyObject call_tracing(PyObject func, PyObject args) =>
        args is PyTuple t ? PyOps.Call(func, t.Items) : throw PyErrors.TypeError($"call_tracing() argument 2 must be tuple, not {args.type.Name}");

    [PyFunction]
    public static void displayhook(PyObject value)
    {
        if (value == PyNone.Instance) return;
        var builtins = InterpreterState.Current.BuiltinsDict;
        builtins.SetItem(StrIntern.Intern("_"), PyNone.Instance);
        var stdout = Get("stdout") ?? throw PyErrors.RuntimeError("lost sys.stdout");
        PyOps.CallMethod(stdout, "write", new PyObject[] { PyStr.FromString(PyOps.Repr(value).Value + "\n") });
        builtins.SetItem(StrIntern.Intern("_"), value);
    }

    [PyFunction]
    public static void excepthook(PyObject exctype, PyObject value, PyObject traceback)
    {
        if (value is PyBaseException e) TracebackPrinter.Print(e, Get("stderr"));
    }

    [PyFunction]
    public static void unraisablehook(PyObject unraisable) { }

    [PyFunction]
    public static PyObject breakpointhook(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // sys_breakpointhook: $PYTHONBREAKPOINT names the hook ("0" disables it); an unimportable
        // name warns and is ignored
        var envar = ProcessEnvironment.Get("PYTHONBREAKPOINT");
        string hookname = string.IsNullOrEmpty(envar) ? "pdb.set_trace" : envar;
        if (hookname == "0") return PyNone.Instance;
        int dot = hookname.LastIndexOf('.');
        PyObject? hook = null;
        if (dot != 0)
        {
            string modulepath = dot < 0 ? "builtins" : hookname[..dot];
            string attrname = hookname[(dot + 1)..];
            try
            {
                var module = Import.ImportAbsolute(modulepath);
                hook = PyOps.GetAttrOrNull(module, PyStr.FromString(attrname));
            }
            catch (PyException e) when (e.Matches(PyTypes.ImportError) || e.Matches(PyTypes.ValueError) || e.Matches(PyTypes.AttributeError))
            {
                hook = null;
            }
        }
        if (hook is null)
        {
            RuntimeWarnings.Warn(PyTypes.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{envar}\"");
            return PyNone.Instance;
        }
        return PyOps.Call(hook, args, kwnames);
    }
}
