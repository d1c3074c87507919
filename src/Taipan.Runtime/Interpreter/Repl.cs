using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>The interactive prompt: `>>>`/`...`, blocks end with an empty line, expression values are
/// echoed through sys.displayhook (which sets `_`).</summary>
internal static class Repl
{
    public static int Run(PyModule main, bool banner)
    {
        var stderr = SysModule.Get("stderr") as ConsoleFile;
        if (banner)
            Write(stderr, $"Python {SysModule.Version} (Taipan) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var buffer = new List<string>();
        while (true)
        {
            Write(stderr, buffer.Count == 0 ? Prompt("ps1", ">>> ") : Prompt("ps2", "... "));
            string? line;
            try
            {
                line = ReadLine();
            }
            catch (PyException e) when (e.Matches(PyTypes.KeyboardInterrupt))
            {
                Write(stderr, "\nKeyboardInterrupt\n");
                buffer.Clear();
                continue;
            }
            if (line is null)
            {
                Write(stderr, "\n");
                return 0;
            }
            buffer.Add(line);
            var source = string.Join("\n", buffer) + "\n";
            bool blockOpen = buffer[0].TrimEnd().EndsWith(':') || buffer[0].StartsWith('@');
            if (blockOpen && line.Trim().Length != 0) continue;
            PyCode code;
            try
            {
                code = Execution.CompileSource(source, "<stdin>", "single");
            }
            catch (PyException e) when (e.Matches(PyTypes.SyntaxError) && IsIncomplete(e.Value) && line.Trim().Length != 0)
            {
                continue;
            }
            catch (PyException e)
            {
                buffer.Clear();
                PythonHost.HandleUncaught(e.Value);
                continue;
            }
            buffer.Clear();
            try
            {
                Import.ExecModule(main, code);
            }
            catch (PyException e)
            {
                if (e.Matches(PyTypes.SystemExit)) return PythonHost.HandleUncaught(e.Value);
                PythonHost.HandleUncaught(e.Value);
            }
            PythonHost.FlushStandardStreams();
        }
    }

    private static bool IsIncomplete(PyBaseException e)
    {
        var msg = ExceptionAttributes.Get(e, "msg") is PyStr m ? m.Value : "";
        return msg.Contains("was never closed") || msg.Contains("unexpected EOF") || msg.Contains("incomplete input")
            || msg.Contains("expected an indented block") || msg.Contains("unterminated triple-quoted");
    }

    private static string Prompt(string name, string fallback)
    {
        var p = SysModule.Get(name);
        return p is null ? fallback : PyOps.Str(p).Value;
    }

    private static void Write(ConsoleFile? f, string text)
    {
        if (f is not null) { f.Write(text); f.Flush(); }
        else Console.Error.Write(text);
    }

    private static string? ReadLine()
    {
        var stdin = SysModule.Get("stdin");
        if (stdin is null) return Console.ReadLine();
        var r = PyOps.CallMethod(stdin, "readline", ReadOnlySpan<PyObject>.Empty) as PyStr;
        if (r is null || r.Length == 0) return null;
        return r.Value.TrimEnd('\n');
    }
}
