using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;

namespace Taipan.Cli;

/// <summary>
/// `-X dump-ast FILE`: prints ast.dump(ast.parse(FILE), include_attributes=True) as CPython
/// does, or CPython's syntax-error report on stderr with exit code 1.
/// `-X dump-ast-batch LISTFILE OUTDIR`: the same for many files in one process; file N of
/// the list goes to OUTDIR/N.out (dump) or OUTDIR/N.err (report), for tools/check_stdlib_ast.py.
/// </summary>
internal static class AstDumpTool
{
    // The parser recurses per nesting level; CPython's own limit is ~200 levels of parentheses.
    private const int StackSize = 256 * 1024 * 1024;

    public static int DumpOne(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: taipan -X dump-ast FILE");
            return 2;
        }
        int rc = 0;
        RunOnBigStack(() =>
        {
            string path = args[0];
            byte[] bytes;
            try { bytes = File.ReadAllBytes(path); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"taipan: can't open file '{path}': {e.Message}");
                rc = 2;
                return;
            }
            string? outText = Process(bytes, path, out string? err);
            var stdout = Console.OpenStandardOutput();
            if (outText != null)
            {
                var b = new UTF8Encoding(false).GetBytes(outText + "\n");
                stdout.Write(b, 0, b.Length);
                stdout.Flush();
            }
            else
            {
                var e = Console.OpenStandardError();
                var b = new UTF8Encoding(false).GetBytes(err!);
                e.Write(b, 0, b.Length);
                e.Flush();
                rc = 1;
            }
        });
        return rc;
    }

    public static int DumpBatch(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: taipan -X dump-ast-batch LISTFILE OUTDIR");
            return 2;
        }
        string[] files = File.ReadAllLines(args[0]);
        string outDir = args[1];
        Directory.CreateDirectory(outDir);
        var utf8 = new UTF8Encoding(false);
        RunOnBigStack(() =>
        {
            for (int i = 0; i < files.Length; i++)
            {
                string path = files[i];
                string? outText;
                string? err;
                try
                {
                    outText = Process(File.ReadAllBytes(path), path, out err);
                }
                catch (Exception e)
                {
                    outText = null;
                    err = "CRASH " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace + "\n";
                }
                if (outText != null) File.WriteAllBytes(Path.Combine(outDir, i + ".out"), utf8.GetBytes(outText + "\n"));
                else File.WriteAllBytes(Path.Combine(outDir, i + ".err"), utf8.GetBytes(err!));
            }
        });
        return 0;
    }

    /// <summary>`-X parse-bench LISTFILE [ROUNDS]`: parse every listed file ROUNDS times, print the best round's time.</summary>
    public static int ParseBench(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: taipan -X parse-bench LISTFILE [ROUNDS]");
            return 2;
        }
        string[] files = File.ReadAllLines(args[0]);
        int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var data = new byte[files.Length][];
        long bytes = 0;
        for (int i = 0; i < files.Length; i++) { data[i] = File.ReadAllBytes(files[i]); bytes += data[i].Length; }
        RunOnBigStack(() =>
        {
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                int errors = 0;
                for (int i = 0; i < files.Length; i++)
                {
                    try { PythonParser.ParseFile(data[i], files[i]); }
                    catch (PythonSyntaxError) { errors++; }
                }
                double ms = sw.Elapsed.TotalMilliseconds;
                if (ms < best) best = ms;
                Console.Out.WriteLine($"round {r + 1}: {ms:F1} ms ({files.Length} files, {bytes / 1024} KiB, {errors} rejected)");
            }
            Console.Out.WriteLine($"best: {best:F1} ms");
        });
        return 0;
    }

    private static string? Process(byte[] bytes, string path, out string? error)
    {
        try
        {
            var mod = PythonParser.ParseFile(bytes, path);
            error = null;
            return AstDumper.Dump(mod);
        }
        catch (PythonSyntaxError e)
        {
            error = SyntaxErrorReport.Format(e);
            return null;
        }
    }

    private static void RunOnBigStack(Action action)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, StackSize);
        t.Start();
        t.Join();
        if (failure != null) throw failure;
    }
}
