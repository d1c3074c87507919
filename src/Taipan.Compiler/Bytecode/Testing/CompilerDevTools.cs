using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Symbols;

namespace Taipan.Compiler.Bytecode.Testing;

/// <summary>
/// The compiler's `-X` developer commands (dump-symtable, dump-code and their batch forms).
/// Input is a .py file or a .lst list of them (parsed by Taipan's parser), or a .jsonl file of
/// CPython ASTs from tools/ast_to_json.py.
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
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X compile-batch FILE.jsonl|LIST.lst [-O|-OO] [--co]"); return 2; }
        int optimize = 0;
        bool coData = false;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "-O") optimize = 1;
            else if (args[i] == "-OO") optimize = 2;
            else if (args[i] == "--co") coData = true;
        }
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
                    if (coData) WriteCoData(code, stdout);
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

    /// <summary>
    /// `-X unparse-annotations FILE|LIST.lst`: every annotation expression of the files as the
    /// compiler stringifies it under `from __future__ import annotations` ("=== file", then
    /// "line:col text"), for tools/check_unparse.py.
    /// </summary>
    public static int UnparseAnnotations(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: -X unparse-annotations FILE|LIST.lst"); return 2; }
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        RunOnBigStack(() =>
        {
            foreach (var (file, _, tree, error) in Load(args[0]))
            {
                stdout.Write("=== " + file + "\n");
                if (tree is null) { stdout.Write("parse error: " + error + "\n"); continue; }
                var found = new List<Expr>();
                new AnnotationCollector(found).Visit(tree);
                foreach (var e in found)
                {
                    string text;
                    try { text = AstUnparser.Unparse(e); }
                    catch (Exception ex) { text = "INTERNAL ERROR: " + ex.Message; }
                    stdout.Write($"{e.Lineno}:{e.ColOffset} {text.Replace("\n", "\\n")}\n");
                }
            }
        });
        stdout.Flush();
        return 0;
    }

    private sealed class AnnotationCollector : IAstFieldWalker
    {
        private readonly List<Expr> _found;
        public AnnotationCollector(List<Expr> found) => _found = found;

        public void Visit(Node? n)
        {
            if (n is null) return;
            switch (n)
            {
                case Arg { Annotation: { } a }: _found.Add(a); break;
                case FunctionDef { Returns: { } r }: _found.Add(r); break;
                case AsyncFunctionDef { Returns: { } r }: _found.Add(r); break;
                case AnnAssign aa: _found.Add(aa.Annotation); break;
            }
            n.WalkFields(this);
        }

        public void Node(string name, Node? value, bool optional) => Visit(value);
        public void NodeList<T>(string name, List<T> values) where T : Node? { foreach (var v in values) Visit(v); }
        public void String(string name, string? value, bool optional) { }
        public void StringList(string name, List<string> values) { }
        public void Int(string name, int? value) { }
        public void Enum(string name, string constructor) { }
        public void EnumList<T>(string name, List<T> values) where T : struct, System.Enum { }
        public void Constant(string name, object? value) { }
    }

    /// <summary>One line per code object with the co_* values that must equal CPython's (sorted by the checker).</summary>
    private static void WriteCoData(CodeObject code, TextWriter w)
    {
        w.Write($"co {code.QualName}|{code.Name}|{code.FirstLineNo}|{code.ArgCount}|{code.PosOnlyArgCount}|{code.KwOnlyArgCount}|{code.NLocals}|{(int)code.Flags}|{string.Join(",", code.VarNames)}|{string.Join(",", code.CellVars)}|{string.Join(",", code.FreeVars)}\n");
        foreach (var c in code.Consts) if (c is CodeObject nested) WriteCoData(nested, w);
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

    /// <summary>
    /// Yields (file, source, tree, parse error): a .py file is parsed by Taipan's parser; each
    /// line of a .lst file names a .py file to parse likewise; each line of a .jsonl file holds
    /// a tree parsed by CPython (tools/ast_to_json.py), to check this layer independently.
    /// </summary>
    internal static IEnumerable<(string, string?, Mod?, string?)> Load(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0) continue;
                yield return AstJsonReader.ReadLine(line);
            }
            yield break;
        }
        if (path.EndsWith(".lst", StringComparison.Ordinal))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0) continue;
                yield return ParseWithTaipan(line);
            }
            yield break;
        }
        yield return ParseWithTaipan(path);
    }

    private static (string, string?, Mod?, string?) ParseWithTaipan(string file)
    {
        try
        {
            // Like compile(str) in the check scripts: UTF-8 text, coding cookies do not apply.
            var bytes = File.ReadAllBytes(file);
            string source;
            try { source = new System.Text.UTF8Encoding(false, true).GetString(bytes); }
            catch (System.Text.DecoderFallbackException) { source = Lexing.SourceDecoder.Decode(bytes, file); }
            if (source.Length > 0 && source[0] == '\uFEFF') source = source.Substring(1);
            return (file, source, Parsing.PythonParser.ParseModule(source, file), null);
        }
        catch (PythonSyntaxError e) { return (file, null, null, $"{e.Msg} ({e.Lineno}, {e.Offset})"); }
        catch (Exception e) { return (file, null, null, "parser crashed: " + e.GetType().Name + ": " + e.Message); }
    }

}
