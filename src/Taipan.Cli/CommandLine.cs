using Taipan.Runtime;

namespace Taipan.Cli;

/// <summary>
/// Parses CPython 3.11's command line (`taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...`)
/// with its messages and exit status 2 for usage errors. Developer tools hang off `-X`
/// (dump-ast, dump-code, ...) as CPython's own implementation-specific options do.
/// </summary>
internal static class CommandLine
{
    public const string Version = "Python 3.11.2";

    public static int Run(string[] args)
    {
        Taipan.Runtime.StartupTrace.Mark("main entered");
        var options = new HostOptions();
        var flags = options.Flags;
        var xOptions = new List<string>();
        int versionCount = 0;
        int i = 0;
        for (; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--") { i++; break; }
            if (a == "-" ) { options.ReadStdin = true; i++; break; }
            if (a == "--version") { versionCount++; continue; }
            if (a is "--help" or "-?" or "--help-all") { Console.Out.Write(Usage.Full); return 0; }
            if (a == "--help-env" || a == "--help-xoptions") { Console.Out.Write(Usage.Full); return 0; }
            if (a == "--check-hash-based-pycs")
            {
                if (i + 1 >= args.Length) return UsageError("Argument expected for the --check-hash-based-pycs option");
                i++;
                continue;
            }
            if (!a.StartsWith('-') || a.Length < 2 || a.StartsWith("--", StringComparison.Ordinal))
            {
                if (a.StartsWith("--", StringComparison.Ordinal)) return UsageError($"unknown option {a}");
                break;
            }
            // A cluster of one-letter options: -OO, -uE, -c cmd, -ccmd, -Wignore ...
            bool consumedRest = false;
            for (int j = 1; j < a.Length && !consumedRest; j++)
            {
                char c = a[j];
                string? Value()
                {
                    consumedRest = true;
                    if (j + 1 < a.Length) return a[(j + 1)..];
                    if (i + 1 < args.Length) return args[++i];
                    return null;
                }
                switch (c)
                {
                    case 'c':
                    {
                        var v = Value();
                        if (v is null) return UsageError("Argument expected for the -c option");
                        options.Command = v;
                        i++;
                        goto done;
                    }
                    case 'm':
                    {
                        var v = Value();
                        if (v is null) return UsageError("Argument expected for the -m option");
                        options.Module = v;
                        i++;
                        goto done;
                    }
                    case 'X':
                    {
                        var v = Value();
                        if (v is null) return UsageError("Argument expected for the -X option");
                        xOptions.Add(v);
                        break;
                    }
                    case 'W':
                    {
                        var v = Value();
                        if (v is null) return UsageError("Argument expected for the -W option");
                        flags.WarnOptions.Add(v);
                        break;
                    }
                    case 'i': flags.Inspect = true; break;
                    case 'u': flags.Unbuffered = true; break;
                    case 'E': flags.IgnoreEnvironment = true; break;
                    case 'I': flags.Isolated = true; flags.IgnoreEnvironment = true; flags.NoUserSite = true; flags.SafePath = true; break;
                    case 's': flags.NoUserSite = true; break;
                    case 'S': flags.NoSite = true; break;
                    case 'B': flags.DontWriteBytecode = true; break;
                    case 'O': flags.Optimize++; break;
                    case 'q': flags.Quiet = true; break;
                    case 'P': flags.SafePath = true; break;
                    case 'V': versionCount++; break;
                    case 'h': Console.Out.Write(Usage.Full); return 0;
                    case 'b': case 'd': case 'v': case 'x': case 'R': break;
                    default:
                        return UsageError($"Unknown option: -{c}");
                }
            }
        }
    done:
        if (versionCount > 0)
        {
            Console.Out.WriteLine(versionCount > 1 ? Version + " (Taipan, .NET " + Environment.Version + ")" : Version);
            return 0;
        }
        foreach (string x in xOptions)
        {
            int code = DevTools.TryRun(x, args[i..]);
            if (code != DevTools.NotADevTool) return code;
            if (x == "utf8" || x.StartsWith("utf8=", StringComparison.Ordinal)) flags.Utf8Mode = x != "utf8=0";
            flags.XOptions.Add(x);
        }
        if (!flags.IgnoreEnvironment)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"))) flags.Unbuffered = true;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONINSPECT"))) flags.Inspect = true;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONSAFEPATH"))) flags.SafePath = true;
            if (int.TryParse(Environment.GetEnvironmentVariable("PYTHONOPTIMIZE"), out var o) && o > flags.Optimize) flags.Optimize = o;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE"))) flags.DontWriteBytecode = true;
            if (Environment.GetEnvironmentVariable("PYTHONPYCACHEPREFIX") is { Length: > 0 } prefix) flags.PycachePrefix = prefix;
        }
        foreach (string x in flags.XOptions)
            if (x.StartsWith("pycache_prefix=", StringComparison.Ordinal)) flags.PycachePrefix = x["pycache_prefix=".Length..];
        if (options.Command is null && options.Module is null && !options.ReadStdin && i < args.Length)
        {
            if (args[i] == "-") options.ReadStdin = true;
            else options.Script = args[i];
            i++;
        }
        for (; i < args.Length; i++) options.Arguments.Add(args[i]);
        options.Executable = Environment.ProcessPath ?? "taipan";
        Taipan.Runtime.StartupTrace.Mark("command line parsed");
        PythonHost.PrepareProcess(options);
        Taipan.Modules.ModuleRegistry.RegisterAll();
        Taipan.Runtime.StartupTrace.Mark("modules registered");
        return PythonHost.Run(options);
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage.Short);
        return 2;
    }
}
