namespace Taipan.Cli;

/// <summary>
/// Parses CPython-compatible flags and dispatches. Developer tools hang off `-X`
/// (dump-ast, dump-code, ...) as CPython's own implementation-specific options do.
/// </summary>
internal static class CommandLine
{
    public const string Version = "Python 3.11.2";

    public static int Run(string[] args)
    {
        var xOptions = new List<string>();
        int i = 0;
        for (; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "-X" && i + 1 < args.Length) { xOptions.Add(args[++i]); continue; }
            if (a.StartsWith("-X", StringComparison.Ordinal) && a.Length > 2) { xOptions.Add(a.Substring(2)); continue; }
            if (a == "-V" || a == "--version") { Console.Out.WriteLine(Version); return 0; }
            break;
        }
        string[] rest = args[i..];
        foreach (string x in xOptions)
        {
            int code = DevTools.TryRun(x, rest);
            if (code != DevTools.NotADevTool) return code;
        }
        Console.Error.WriteLine("taipan: the interpreter is not built yet; available: -X dump-ast PATH, -X dump-code PATH");
        return 2;
    }
}
