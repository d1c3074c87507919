namespace Taipan.Compiler.Symbols;

/// <summary>
/// Per-symbol definition flags; the values are CPython 3.11's (Include/internal/pycore_symtable.h)
/// so that a dump compares bit for bit with the <c>symtable</c> module.
/// </summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>Resolved scope of a name; values are CPython's (stored at bit 11 of the flags there).</summary>
public enum SymbolScope
{
    Unresolved = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

public enum ScopeKind { Module, Class, Function, Annotation }

public enum ComprehensionKind { None, List, Generator, Set, Dict }
