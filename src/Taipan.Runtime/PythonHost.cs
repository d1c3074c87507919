using System.Text;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime;

/// <summary>What the command line asked to run.</summary>
public sealed class HostOptions
{
    public string? Script;
    public string? Command;
    public string? Module;
    public bool ReadStdin;
    public List<string> Arguments = new();
    public RuntimeFlags Flags = new();
    public string Executable = "taipan";
}

/// <summary>
/// The embedding entry point used by the CLI: sets up an interpreter (builtins, sys, __main__), runs
/// the program on a thread with a large stack (native re-entry into the loop can recurse; Python-level
/// recursion is bounded by the recursion limit, not by this stack), and turns the outcome into CPython's
/// exit status: SystemExit's code, 1 after a printed traceback, 130 after KeyboardInterrupt.
/// </summary>
public static class PythonHost
{
    private const int StackSize = 1024 * 1024 * 1024;
    private static bool unhandledKeyboardInterrupt;

    /// <summary>Process-wide settings that must precede any Python object (the first builtin type hashes
    /// a string): call before registering modules.</summary>
    public static void PrepareProcess(HostOptions options) => HashSeedSource.IgnoreEnvironment = options.Flags.IgnoreEnvironment;

    public static int Run(HostOptions options)
    {
        int exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(options), StackSize) { Name = "python-main" };
        thread.Start();
        thread.Join();
        // As CPython's exit_sigint: a program ended by an uncaught KeyboardInterrupt dies of SIGINT, so the
        // shell (and a parent's returncode, -2) sees the interrupt; 130 only if the signal does not kill us.
        if (unhandledKeyboardInterrupt) Signals.ExitBySigint();
        return exitCode;
    }

    private static int RunOnThisThread(HostOptions options)
    {
        var interp = InterpreterState.Current;
        interp.Flags = options.Flags;
        interp.Jit = Jit.PyJit.FromXOptions(options.Flags.XOptions);
        StartupTrace.Mark("jit created");
        var ts = ThreadState.Current;
        Signals.InstallInterruptHandler(ts);
        StartupTrace.Mark("interrupt handler installed");
        PendingCalls.SetTarget(ts);
        Gil.Acquire();
        try
        {
            StartupTrace.Mark("thread started");
            var main = Initialize(interp, options);
            StartupTrace.Mark("initialized");
            int code = RunMain(interp, main, options);
            StartupTrace.Mark("main done");
            // -i after a script, -c or -m; without one, RunMain already ran the prompt
            if (options.Flags.Inspect && (options.Command ?? options.Module ?? options.Script) is not null) code = Repl.Run(main, banner: false);
            code = Shutdown(interp, code);
            StartupTrace.Mark("shut down");
            StartupTrace.Flush();
            return code;
        }
        catch (PyException e)
        {
            int code = HandleUncaught(e.Value);
            unhandledKeyboardInterrupt = e.Matches(PyTypes.KeyboardInterrupt);
            return Shutdown(interp, code);
        }
        catch (StdlibMissingException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e)
        {
            // A .NET exception outside any Python frame: still reported as Python would, never as a .NET trace.
            FlushStandardStreams();
            Console.Error.WriteLine($"Fatal Python error: internal error ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("TAIPAN_DEBUG") == "1") Console.Error.WriteLine(e);
            return 1;
        }
    }

    private static PyModule Initialize(InterpreterState interp, HostOptions options)
    {
        var builtins = BuiltinsModule.Create(debug: options.Flags.Optimize == 0);
        interp.BuiltinsModule = builtins;
        interp.BuiltinsDict = builtins.Dict;
        StartupTrace.Mark("builtins module created");
        var argv = new PyList();
        if (options.Command is not null) argv.Append(PyStr.FromAscii("-c"));
        else if (options.Module is not null) argv.Append(PyStr.FromAscii("-m"));
        else if (options.Script is not null) argv.Append(PyStr.FromString(options.Script));
        else argv.Append(PyStr.Empty);
        foreach (var a in options.Arguments) argv.Append(PyStr.FromString(a));
        var path = new PyList();
        if (!options.Flags.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pp)
            foreach (var p in pp.Split(':', StringSplitOptions.RemoveEmptyEntries)) path.Append(PyStr.FromString(p));
        var stdlib = Stdlib.Locate();
        path.Append(PyStr.FromString(Path.Combine(Path.GetDirectoryName(stdlib) ?? "/", "python311.zip")));
        path.Append(PyStr.FromString(stdlib));
        path.Append(PyStr.FromString(Path.Combine(stdlib, "lib-dynload")));
        var sys = SysModule.Create(interp, options.Executable, argv, path, options.Flags.Unbuffered);
        interp.SysDict = sys.Dict;
        interp.Modules.SetItem(PyStr.FromAscii("sys"), sys);
        interp.Modules.SetItem(PyStr.FromAscii("builtins"), builtins);
        StartupTrace.Mark("sys module created");
        ImportlibBootstrap.Install(interp, sys, stdlib);
        var main = new PyModule("__main__");
        main.Dict.SetItem(Names.Builtins, builtins);
        interp.Modules.SetItem(PyStr.FromAscii("__main__"), main);
        return main;
    }

    private static int RunMain(InterpreterState interp, PyModule main, HostOptions options)
    {
        // init_interp_main: with warning options, the warnings module is imported at start-up so they apply
        if (interp.SysDict?.GetItemOrNull(StrIntern.Intern("warnoptions")) is PyList { Count: > 0 }) Import.ImportAbsolute("warnings");
        if (!options.Flags.NoSite) ImportSite();
        StartupTrace.Mark("site imported");
        // As CPython: the script's folder (or '' for -c and the REPL, the cwd for -m) goes in front
        // after site has run, so site's path clean-up never rewrites it.
        // A directory or zip file given as the script runs its __main__ module with itself as sys.path[0].
        var mainImporterPath = options.Script is not null && options.Command is null && options.Module is null
            && MainScript.GetImporter(Path.GetFullPath(options.Script)) is not null ? Path.GetFullPath(options.Script) : null;
        if (!options.Flags.SafePath && interp.SysDict?.GetItemOrNull(StrIntern.Intern("path")) is PyList sysPath)
        {
            PyObject path0 = mainImporterPath is not null ? PyStr.FromString(mainImporterPath)
                : options.Script is not null ? PyStr.FromString(Path.GetDirectoryName(Path.GetFullPath(options.Script)) ?? "")
                : options.Module is not null ? PyStr.FromString(Directory.GetCurrentDirectory())
                : PyStr.Empty;
            sysPath.insert(0, path0);
        }
        try
        {
            if (options.Command is not null)
            {
                var code = Execution.CompileSource(options.Command + "\n", "<string>", "exec");
                Import.ExecModule(main, code);
            }
            else if (options.Module is not null)
            {
                var runpy = Import.ImportAbsolute("runpy");
                PyOps.CallMethod(runpy, "_run_module_as_main", new PyObject[] { PyStr.FromString(options.Module), PyBool.True });
            }
            else if (mainImporterPath is not null)
            {
                if (options.Flags.SafePath && interp.SysDict?.GetItemOrNull(StrIntern.Intern("path")) is PyList safePath)
                    safePath.insert(0, PyStr.FromString(mainImporterPath));
                var runpy = Import.ImportAbsolute("runpy");
                PyOps.CallMethod(runpy, "_run_module_as_main", new PyObject[] { PyStr.FromAscii("__main__"), PyBool.False });
            }
            else if (options.Script is not null)
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(options.Script);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    var reason = e is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory"
                        : e is UnauthorizedAccessException ? "[Errno 13] Permission denied" : e.Message;
                    Console.Error.WriteLine($"{options.Executable}: can't open file '{Path.GetFullPath(options.Script)}': {reason}");
                    return 2;
                }
                // CPython 3.9+ names the script by absolute path (__file__, code filenames, tracebacks).
                var scriptPath = Path.GetFullPath(options.Script);
                main.Dict.SetItem(Names.File, PyStr.FromString(scriptPath));
                main.Dict.SetItem(StrIntern.Intern("__cached__"), PyNone.Instance);
                if (MainScript.LooksCompiled(scriptPath, bytes))
                {
                    MainScript.RunCompiled(main, scriptPath, bytes);
                }
                else
                {
                    var code = Execution.CompileFile(bytes, scriptPath);
                    Import.ExecModule(main, code);
                }
            }
            // -i makes the prompt interactive even when stdin is a pipe (CPython's config->interactive)
            else if ((options.ReadStdin || Console.IsInputRedirected) && !options.Flags.Inspect)
            {
                var source = Console.In.ReadToEnd();
                var code = Execution.CompileSource(source, "<stdin>", "exec");
                Import.ExecModule(main, code);
            }
            else
            {
                return Repl.Run(main, banner: !options.Flags.Quiet);
            }
            return 0;
        }
        catch (PyException e)
        {
            if (options.Flags.Inspect && !e.Matches(PyTypes.SystemExit))
            {
                HandleUncaught(e.Value);
                return 1;
            }
            throw;
        }
    }

    private static int Shutdown(InterpreterState interp, int code)
    {
        try
        {
            ExitHooks.Finalize(interp);
        }
        catch (PyException e)
        {
            code = HandleUncaught(e.Value);
        }
        FlushStandardStreams();
        return code;
    }

    /// <summary>init_import_site: `import site` (site-packages on sys.path, exit/quit/help/copyright
    /// in builtins) unless -S. CPython stops with a fatal error when it fails; Taipan reports the
    /// exception and runs the program anyway, so a gap in the stdlib bridge does not stop every script.</summary>
    private static void ImportSite()
    {
        try
        {
            Import.ImportAbsolute("site");
        }
        catch (PyException e) when (!e.Matches(PyTypes.SystemExit) && !e.Matches(PyTypes.KeyboardInterrupt))
        {
            Console.Error.WriteLine("Error in site: the site module could not be imported");
            TracebackPrinter.Print(e.Value, null);
        }
    }

    /// <summary>SystemExit → its code; anything else → sys.excepthook, status 1 (130 for KeyboardInterrupt).</summary>
    internal static int HandleUncaught(PyBaseException e)
    {
        if (e.type.IsSubtypeOf(PyTypes.SystemExit))
        {
            var code = ExceptionAttributes.Get(e, "code") ?? (e.Args.Count > 0 ? e.Args[0] : PyNone.Instance);
            if (code == PyNone.Instance) return 0;
            if (code is PyInt i) return i.IsSmall ? (int)i.Small : -1;
            FlushStandardStreams();
            var stderr = SysModule.Get("stderr");
            var text = PyOps.Str(code).Value + "\n";
            if (stderr is ConsoleFile cf) { cf.Write(text); cf.Flush(); }
            else Console.Error.Write(text);
            return 1;
        }
        FlushStdout();
        try
        {
            var hook = SysModule.Get("excepthook");
            if (hook is not null && hook != PyNone.Instance)
                PyOps.Call(hook, new PyObject[] { e.type, e, e.Traceback ?? PyNone.Instance });
            else
                TracebackPrinter.Print(e, SysModule.Get("stderr"));
        }
        catch (PyException inner)
        {
            Console.Error.WriteLine("Error in sys.excepthook:");
            TracebackPrinter.Print(inner.Value, null);
            Console.Error.WriteLine("\nOriginal exception was:");
            TracebackPrinter.Print(e, null);
        }
        return e.type.IsSubtypeOf(PyTypes.KeyboardInterrupt) ? 130 : 1;
    }

    private static void FlushStdout()
    {
        try
        {
            if (SysModule.Get("stdout") is { } o && o != PyNone.Instance) PyOps.CallMethod(o, "flush", ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException) { }
    }

    internal static void FlushStandardStreams()
    {
        try { StdioHooks.FlushOpenFiles?.Invoke(); } catch (PyException) { }
        FlushStdout();
        try
        {
            if (SysModule.Get("stderr") is { } e && e != PyNone.Instance) PyOps.CallMethod(e, "flush", ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException) { }
    }
}

/// <summary>Where the pure-Python standard library lives (DESIGN.md §7).</summary>
internal static class Stdlib
{
    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("TAIPAN_STDLIB");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "os.py"))) return env;
        var beside = Path.Combine(AppContext.BaseDirectory, "lib", "python3.11");
        if (File.Exists(Path.Combine(beside, "os.py"))) return beside;
        const string system = "/usr/lib/python3.11";
        if (File.Exists(Path.Combine(system, "os.py"))) return system;
        throw new StdlibMissingException();
    }
}

/// <summary>No standard library found: the CLI prints one line naming the Debian package.</summary>
public sealed class StdlibMissingException : Exception
{
    public StdlibMissingException()
        : base("taipan: the Python 3.11 standard library was not found (set TAIPAN_STDLIB, or install it: apt-get install libpython3.11-stdlib)") { }
}
