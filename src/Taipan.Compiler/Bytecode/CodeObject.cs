namespace Taipan.Compiler.Bytecode;

/// <summary>
/// A compiled code object with CPython's <c>co_*</c> data. Flat arrays only: the interpreter
/// indexes <see cref="Code"/> by word offset; the frame's locals array has
/// <see cref="LocalsPlusCount"/> slots laid out as varnames, then cellvars, then freevars
/// (operands of *_FAST index the first part; *_DEREF, LOAD_CLOSURE and MAKE_CELL take the
/// absolute slot). A parameter that is also a cell keeps its varnames slot; the code starts
/// with MAKE_CELL and copies the argument into the cell.
/// Constants are the AST's constant representations (see Ast/ConstantValues.cs) plus
/// <see cref="CodeObject"/> (nested code) and <see cref="ConstantTuple"/> (folded tuples and
/// frozensets).
/// </summary>
public sealed class CodeObject
{
    public required int[] Code { get; init; }
    public required int ArgCount { get; init; }
    public required int PosOnlyArgCount { get; init; }
    public required int KwOnlyArgCount { get; init; }
    public required int StackSize { get; init; }
    public required CodeFlags Flags { get; init; }
    public required object[] Consts { get; init; }
    public required string[] Names { get; init; }
    public required string[] VarNames { get; init; }
    public required string[] CellVars { get; init; }
    public required string[] FreeVars { get; init; }
    public required string Filename { get; init; }
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required int FirstLineNo { get; init; }
    /// <summary>Compact positions, see <see cref="LineTable"/>.</summary>
    public required byte[] LineTable { get; init; }
    public required ExceptionTableEntry[] ExceptionTable { get; init; }
    /// <summary>Number of inline-cache slots referenced by cache words.</summary>
    public required int CacheCount { get; init; }

    public int NLocals => VarNames.Length;
    public int LocalsPlusCount => VarNames.Length + CellVars.Length + FreeVars.Length;

    private SourcePosition[]? _positions;

    /// <summary>co_positions(): one entry per word of <see cref="Code"/>.</summary>
    public SourcePosition[] Positions => _positions ??= Bytecode.LineTable.Decode(LineTable, Code.Length);

    /// <summary>co_lines(): (start word, end word, line) runs, line -1 for none.</summary>
    public List<(int Start, int End, int Line)> Lines()
    {
        var pos = Positions;
        var result = new List<(int, int, int)>();
        int i = 0;
        while (i < pos.Length)
        {
            int j = i + 1;
            while (j < pos.Length && pos[j].Line == pos[i].Line) j++;
            result.Add((i, j, pos[i].Line));
            i = j;
        }
        return result;
    }

    public OpCode OpAt(int pc) => (OpCode)(Code[pc] & 0xFF);
    public int ArgAt(int pc) => (int)((uint)Code[pc] >> 8);

    public override string ToString() => $"<code object {Name}, file \"{Filename}\", line {FirstLineNo}>";
}

/// <summary>A constant tuple (or frozenset when <see cref="IsFrozenSet"/>) in co_consts.</summary>
public sealed class ConstantTuple
{
    public ConstantTuple(object[] items, bool isFrozenSet = false)
    {
        Items = items; IsFrozenSet = isFrozenSet;
    }

    public object[] Items { get; }
    public bool IsFrozenSet { get; }
}
