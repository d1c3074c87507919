namespace Taipan.Cli;

/// <summary>The `-X name` developer commands: front-end dumps, fuzzing and benchmarks.</summary>
internal static class DevTools
{
    public const int NotADevTool = int.MinValue;

    public static int TryRun(string name, string[] args)
    {
        switch (name)
        {
            case "dump-symtable": return Taipan.Compiler.Bytecode.Testing.CompilerDevTools.DumpSymtable(args);
            case "dump-symtable-batch": return Taipan.Compiler.Bytecode.Testing.CompilerDevTools.DumpSymtableBatch(args);
            case "dump-code": return Taipan.Compiler.Bytecode.Testing.CompilerDevTools.DumpCode(args);
            case "compile-batch": return Taipan.Compiler.Bytecode.Testing.CompilerDevTools.CompileBatch(args);
            case "unparse-annotations": return Taipan.Compiler.Bytecode.Testing.CompilerDevTools.UnparseAnnotations(args);
            case "dump-ast":
                return AstDumpTool.DumpOne(args);
            case "dump-ast-batch":
                return AstDumpTool.DumpBatch(args);
            case "parse-bench":
                return AstDumpTool.ParseBench(args);
            case "fuzz-parser":
                return Fuzzing.ParserFuzzer.Run(args, ParseAndDump);
            case "dump-tokens":
                return Taipan.Compiler.Lexing.TokenDump.Run(args);
            default:
                return NotADevTool;
        }
    }

    private static void ParseAndDump(byte[] source, string filename) =>
        Taipan.Compiler.Ast.AstDumper.Dump(Taipan.Compiler.Parsing.PythonParser.ParseFile(source, filename));
}
