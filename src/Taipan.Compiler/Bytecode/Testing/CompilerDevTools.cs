using System.Diagnostics;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Symbols;

namespace Taipan.Compiler.Bytecode.Testing;

/// <summary>
/// The compiler's `-X` developer commands (dump-symtable, dump-code and their batch forms).
/// Input is a .py file, or a .jsonl file of CPython ASTs from tools/ast_to_json.py; a .py file
/// is parsed by CPython through that script until Taipan's parser is merged.
/// </summary>
public static class CompilerDevTools
{
    public static int DumpSymtable(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X dump-symtable FILE"); return 2; }
        foreach (var (file, source, tree, error) in Load(args[0]))
        {
            if (tree is null) { Console.Out.WriteLine($"{file}: parse error: {error}"); return 1; }
            try
            {
                Console.Out.Write(SymbolTableDumper.Dump(SymbolTable.Build(tree, file, source)));
            }
            catch (PythonSyntaxError e) { PrintSyntaxError(e); return 1; }
        }
        return 0;
    }

    public static int DumpSymtableBatch(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X dump-symtable-batch FILE.jsonl"); return 2; }
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var (file, source, tree, error) in Load(args[0]))
        {
            stdout.Write("=== " + file + "\n");
            if (tree is null) { stdout.Write("parse error: " + error + "\n"); continue; }
            try { stdout.Write(SymbolTableDumper.Dump(SymbolTable.Build(tree, file, source))); }
            catch (PythonSyntaxError e) { stdout.Write($"SyntaxError: {e.Msg} ({e.Lineno}, {e.Offset})\n"); }
            catch (Exception e) { stdout.Write("INTERNAL ERROR: " + e + "\n"); }
        }
        stdout.Flush();
        return 0;
    }

    public static int DumpCode(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X dump-code FILE"); return 2; }
        int rc = 0;
        RunOnBigStack(() =>
        {
            foreach (var (file, source, tree, error) in Load(args[0]))
            {
                if (tree is null) { Console.Out.WriteLine($"{file}: parse error: {error}"); rc = 1; return; }
                try
                {
                    Console.Out.Write(Disassembler.Disassemble(Compiler.Compile(tree, file, source)));
                }
                catch (PythonSyntaxError e) { PrintSyntaxError(e); rc = 1; return; }
            }
        });
        return rc;
    }

    /// <summary>
    /// Compiles every file of a .jsonl batch in one process; prints per file "OK" or the
    /// SyntaxError (msg, line, offset) or INTERNAL ERROR, then ISA figures over all code objects.
    /// </summary>
    public static int CompileBatch(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X compile-batch FILE.jsonl [-O|-OO]"); return 2; }
        int optimize = args.Length > 1 ? (args[1] == "-OO" ? 2 : args[1] == "-O" ? 1 : 0) : 0;
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        var stats = new BytecodeStats();
        RunOnBigStack(() =>
        {
            foreach (var (file, source, tree, error) in Load(args[0]))
            {
                stdout.Write("=== " + file + "\n");
                if (tree is null) { stdout.Write("parse error: " + error + "\n"); continue; }
                try
                {
                    var code = Compiler.Compile(tree, file, source, optimize);
                    stats.Add(code);
                    stdout.Write("OK\n");
                }
                catch (PythonSyntaxError e) { stdout.Write($"SyntaxError: {e.Msg} ({e.Lineno}, {e.Offset})\n"); }
                catch (Exception e) { stdout.Write("INTERNAL ERROR: " + e.ToString().Replace('\n', ' ') + "\n"); }
            }
        });
        stdout.Write("=== STATS\n");
        stdout.Write(stats.Report());
        stdout.Flush();
        return 0;
    }

    private static void RunOnBigStack(Action action)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try { action(); } catch (Exception e) { failure = e; }
        }, 512 * 1024 * 1024);
        t.Start();
        t.Join();
        if (failure is not null) throw failure;
    }

    internal static void PrintSyntaxError(PythonSyntaxError e)
    {
        Console.Error.WriteLine($"  File \"{e.Filename}\", line {e.Lineno}");
        if (e.Text is not null) Console.Error.WriteLine("    " + e.Text.TrimEnd('\n', '\r').TrimStart());
        Console.Error.WriteLine($"SyntaxError: {e.Msg}");
    }

    /// <summary>Yields (file, source, tree, parse error) for a .py file or every line of a .jsonl file.</summary>
    internal static IEnumerable<(string, string?, Mod?, string?)> Load(string path)
    {
        string jsonl = path;
        string? temp = null;
        if (!path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            temp = Path.GetTempFileName();
            RunAstToJson(temp, path);
            jsonl = temp;
        }
        try
        {
            foreach (var line in File.ReadLines(jsonl))
            {
                if (line.Length == 0) continue;
                yield return AstJsonReader.ReadLine(line);
            }
        }
        finally
        {
            if (temp is not null) File.Delete(temp);
        }
    }

    private static void RunAstToJson(string outFile, string pyFile)
    {
        string? dir = AppContext.BaseDirectory;
        string? script = null;
        while (dir is not null)
        {
            var candidate = Path.Combine(dir, "tools", "ast_to_json.py");
            if (File.Exists(candidate)) { script = candidate; break; }
            dir = Path.GetDirectoryName(dir.TrimEnd('/'));
        }
        if (script is null) throw new FileNotFoundException("tools/ast_to_json.py not found above " + AppContext.BaseDirectory);
        var psi = new ProcessStartInfo("python3.11") { UseShellExecute = false };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(outFile);
        psi.ArgumentList.Add(pyFile);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
    }
}
