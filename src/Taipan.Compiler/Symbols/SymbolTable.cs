using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// The symbol table of one module: every block keyed by the AST node that opened it, with
/// names classified exactly as CPython 3.11's symtable.c does (two passes: collect
/// definitions and uses per block, then resolve scopes top-down, free variables bottom-up).
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _byNode = new(ReferenceEqualityComparer.Instance);

    internal SymbolTable(Scope top, int futureFlags)
    {
        Top = top; FutureFlags = futureFlags;
    }

    public Scope Top { get; }
    public int FutureFlags { get; }

    internal void Register(Node node, Scope scope) => _byNode[node] = scope;

    public Scope Lookup(Node node) =>
        _byNode.TryGetValue(node, out var s) ? s : throw new InvalidOperationException("SystemError: no symbol table for " + node.PythonName);

    public static SymbolTable Build(Mod module, string filename, string? source = null) =>
        new SymbolTableBuilder(new CompileErrors(filename, source)).Build(module);

    public static SymbolTable Build(Mod module, CompileErrors errors) => new SymbolTableBuilder(errors).Build(module);

    /// <summary>CPython's private name mangling (<c>_Py_Mangle</c>).</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        int i = 0;
        while (i < privateName.Length && privateName[i] == '_') i++;
        if (i == privateName.Length) return name;
        return "_" + privateName.Substring(i) + name;
    }
}
