using Taipan.Compiler.Symbols;

namespace Taipan.Compiler.Bytecode;

internal enum UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

internal enum FBlockKind
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
    PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

/// <summary>A frame block: what a break/continue/return must unwind (CPython's fblockinfo).</summary>
internal sealed class FBlock
{
    public FBlockKind Kind;
    public int Block = -1;  // loop: continue target
    public int Exit = -1;   // loop: break target
    public object? Datum;   // FinallyTry: the finally body; HandlerCleanup: the bound name
}

/// <summary>The state of one code object being compiled (CPython's compiler_unit).</summary>
internal sealed class CompilerUnit
{
    public CompilerUnit(Scope ste, UnitKind kind, string name, int firstLine)
    {
        Ste = ste; Kind = kind; Name = name; FirstLineNo = firstLine;
        foreach (var v in ste.VarNames) AddVarName(v);
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var (sym, scope) in ste.Scopes)
        {
            if (scope == SymbolScope.Cell) cells.Add(sym);
        }
        foreach (var sym in ste.Order)
        {
            var scope = ste.GetScope(sym);
            if (scope == SymbolScope.Free || (ste.GetFlags(sym) & SymbolFlags.DefFreeClass) != 0) frees.Add(sym);
        }
        if (ste.NeedsClassClosure) cells.Add("__class__");
        cells.Sort(string.CompareOrdinal);
        frees.Sort(string.CompareOrdinal);
        // CPython 3.11 lists parameter cells first, in parameter order, then the others sorted.
        var ordered = new List<string>();
        foreach (var v in ste.VarNames) if (cells.Contains(v)) ordered.Add(v);
        foreach (var c in cells) if (!ordered.Contains(c)) ordered.Add(c);
        CellVars = ordered;
        FreeVars = frees;
    }

    public readonly Scope Ste;
    public readonly UnitKind Kind;
    public readonly string Name;
    public string QualName = "";
    public string? Private;
    public readonly int FirstLineNo;
    public readonly CodeBuilder B = new();
    public readonly List<FBlock> FBlocks = new();
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;

    public readonly List<object> Consts = new();
    private readonly Dictionary<object, int> _constIndex = new(ConstantKey.Instance);
    public readonly List<string> Names = new();
    private readonly Dictionary<string, int> _nameIndex = new();
    public readonly List<string> VarNames = new();
    private readonly Dictionary<string, int> _varIndex = new();
    public readonly List<string> CellVars;
    public readonly List<string> FreeVars;

    public int AddConst(object value)
    {
        if (_constIndex.TryGetValue(value, out int i)) return i;
        Consts.Add(value);
        _constIndex[value] = Consts.Count - 1;
        return Consts.Count - 1;
    }

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out int i)) return i;
        Names.Add(name);
        _nameIndex[name] = Names.Count - 1;
        return Names.Count - 1;
    }

    public int AddVarName(string name)
    {
        if (_varIndex.TryGetValue(name, out int i)) return i;
        VarNames.Add(name);
        _varIndex[name] = VarNames.Count - 1;
        return VarNames.Count - 1;
    }

    public bool TryVarIndex(string name, out int i) => _varIndex.TryGetValue(name, out i);

    /// <summary>
    /// Absolute slot of a cell or free variable. Cells are numbered after varnames; since
    /// varnames can still grow while the body compiles, the compiler emits a symbolic slot
    /// (<see cref="DerefBase"/> + index) and the unit rewrites it at assembly.
    /// </summary>
    public int DerefSlot(string name)
    {
        int i = CellVars.IndexOf(name);
        if (i >= 0) return DerefBase + i;
        i = FreeVars.IndexOf(name);
        if (i >= 0) return DerefBase + CellVars.Count + i;
        throw new InvalidOperationException($"SystemError: no cell or free variable '{name}' in {Name}");
    }

    public const int DerefBase = 0x800000;
}
