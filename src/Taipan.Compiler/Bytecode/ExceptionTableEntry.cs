namespace Taipan.Compiler.Bytecode;

/// <summary>
/// One range of the zero-cost exception table: an exception raised by an instruction in
/// [<see cref="Start"/>, <see cref="End"/>) (word offsets) pops the value stack to
/// <see cref="Depth"/>, pushes the raising instruction's offset if <see cref="PushLasti"/>,
/// pushes the exception and continues at <see cref="Handler"/>. Entries are sorted by start
/// and do not overlap; the interpreter binary-searches them only when something is raised.
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Handler, int Depth, bool PushLasti);
