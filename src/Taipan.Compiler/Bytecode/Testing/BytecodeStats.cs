using System.Text;

namespace Taipan.Compiler.Bytecode.Testing;

/// <summary>Instruction-set figures over many code objects (the numbers quoted in OpCode.cs).</summary>
internal sealed class BytecodeStats
{
    private readonly long[] _opCounts = new long[256];
    private long _codeObjects, _words, _instructions, _bigOperands, _cached, _lineTableBytes, _excEntries, _backJumps;
    private long _cpythonStyleBytes;

    public void Add(CodeObject code)
    {
        _codeObjects++;
        _words += code.Code.Length;
        _lineTableBytes += code.LineTable.Length;
        _excEntries += code.ExceptionTable.Length;
        for (int pc = 0; pc < code.Code.Length;)
        {
            var op = code.OpAt(pc);
            int arg = code.ArgAt(pc);
            _opCounts[(int)op]++;
            _instructions++;
            if (op == OpCode.JUMP_BACKWARD) _backJumps++;
            if (OpInfo.HasCache(op)) _cached++;
            // A 16-bit encoding (8-bit operand) needs EXTENDED_ARG prefixes for big operands.
            int prefixes = arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
            if (prefixes > 0) _bigOperands++;
            _cpythonStyleBytes += 2 * (1 + prefixes) + (OpInfo.HasCache(op) ? 2 : 0);
            pc += OpInfo.Width(op);
        }
        foreach (var c in code.Consts) if (c is CodeObject nested) Add(nested);
    }

    public string Report()
    {
        var sb = new StringBuilder();
        sb.Append($"code objects: {_codeObjects}\n");
        sb.Append($"instructions: {_instructions}\n");
        sb.Append($"code words (32-bit): {_words} = {_words * 4} bytes\n");
        sb.Append($"same code in 16-bit units + EXTENDED_ARG + 1 cache unit per cached op: {_cpythonStyleBytes} bytes\n");
        sb.Append($"operands > 255 (EXTENDED_ARG in a 16-bit ISA): {_bigOperands} ({Pct(_bigOperands)})\n");
        sb.Append($"instructions with an inline cache: {_cached} ({Pct(_cached)})\n");
        sb.Append($"JUMP_BACKWARD (loop edges): {_backJumps}\n");
        long moves = _opCounts[(int)OpCode.LOAD_FAST] + _opCounts[(int)OpCode.STORE_FAST] + _opCounts[(int)OpCode.LOAD_CONST];
        sb.Append($"LOAD_FAST+STORE_FAST+LOAD_CONST (what a register VM folds into operands): {moves} ({Pct(moves)})\n");
        sb.Append($"line table: {_lineTableBytes} bytes ({(double)_lineTableBytes / Math.Max(1, _instructions):F2} per instruction)\n");
        sb.Append($"exception table entries: {_excEntries}\n");
        sb.Append("top opcodes:\n");
        var order = new List<int>();
        for (int i = 0; i < 256; i++) if (_opCounts[i] > 0) order.Add(i);
        order.Sort((a, b) => _opCounts[b].CompareTo(_opCounts[a]));
        for (int k = 0; k < order.Count && k < 25; k++)
            sb.Append($"  {((OpCode)order[k]).ToString().PadRight(24)} {_opCounts[order[k]],9} {Pct(_opCounts[order[k]])}\n");
        return sb.ToString();
    }

    private string Pct(long n) => (100.0 * n / Math.Max(1, _instructions)).ToString("F1") + "%";
}
