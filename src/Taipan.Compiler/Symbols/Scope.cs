using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// One block of the symbol table (CPython's <c>PySTEntryObject</c>): module, class, function,
/// lambda, comprehension or (under <c>from __future__ import annotations</c>) annotation block.
/// Symbols keep insertion order, as CPython's dict does.
/// </summary>
public sealed class Scope
{
    internal Scope(string name, ScopeKind kind, Node? node, int lineno, int colOffset)
    {
        Name = name; Kind = kind; Node = node; Lineno = lineno; ColOffset = colOffset;
    }

    public string Name { get; }
    public ScopeKind Kind { get; }
    /// <summary>The AST node that opened the block (null for the module).</summary>
    public Node? Node { get; }
    public int Lineno { get; }
    public int ColOffset { get; }

    public readonly Dictionary<string, SymbolFlags> Flags = new();
    /// <summary>Symbol names in first-definition order.</summary>
    public readonly List<string> Order = new();
    public readonly Dictionary<string, SymbolScope> Scopes = new();
    public readonly List<Scope> Children = new();
    /// <summary>Parameter names in declaration order (co_varnames' prefix).</summary>
    public readonly List<string> VarNames = new();

    public bool IsNested;
    public bool IsGenerator;
    public bool IsCoroutine;
    public ComprehensionKind Comprehension;
    public bool HasVarargs;
    public bool HasVarKeywords;
    public bool ReturnsValue;
    public bool HasFree;
    public bool ChildHasFree;
    public bool NeedsClassClosure;
    internal bool CompIterTarget;
    internal int CompIterExpr;
    /// <summary>global/nonlocal directives: name → position of the statement (for errors).</summary>
    internal readonly Dictionary<string, Node> Directives = new();

    public bool IsFunctionLike => Kind == ScopeKind.Function;

    public SymbolFlags GetFlags(string name) => Flags.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public SymbolScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.Unresolved;

    internal void SetFlags(string name, SymbolFlags flags)
    {
        if (!Flags.ContainsKey(name)) Order.Add(name);
        Flags[name] = flags;
    }

    public override string ToString() => $"{Kind} {Name} line {Lineno}";
}
