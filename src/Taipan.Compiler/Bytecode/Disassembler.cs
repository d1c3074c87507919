using System.Text;

namespace Taipan.Compiler.Bytecode;

/// <summary>The readable listing printed by <c>-X dump-code</c>: header with co_* data, one line
/// per instruction (line, word offset, name, operand resolved), exception table, then every
/// nested code object.</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code)
    {
        var sb = new StringBuilder();
        DisassembleRecursive(code, sb);
        return sb.ToString();
    }

    private static void DisassembleRecursive(CodeObject code, StringBuilder sb)
    {
        DisassembleOne(code, sb);
        foreach (var c in code.Consts)
        {
            if (c is CodeObject nested)
            {
                sb.Append('\n');
                DisassembleRecursive(nested, sb);
            }
        }
    }

    public static string FlagNames(CodeFlags f)
    {
        var parts = new List<string>();
        void Add(CodeFlags bit, string name) { if ((f & bit) != 0) parts.Add(name); }
        Add(CodeFlags.Optimized, "OPTIMIZED"); Add(CodeFlags.NewLocals, "NEWLOCALS"); Add(CodeFlags.VarArgs, "VARARGS");
        Add(CodeFlags.VarKeywords, "VARKEYWORDS"); Add(CodeFlags.Nested, "NESTED"); Add(CodeFlags.Generator, "GENERATOR");
        Add(CodeFlags.NoFree, "NOFREE"); Add(CodeFlags.Coroutine, "COROUTINE"); Add(CodeFlags.IterableCoroutine, "ITERABLE_COROUTINE");
        Add(CodeFlags.AsyncGenerator, "ASYNC_GENERATOR"); Add(CodeFlags.FutureBarryAsBdfl, "FUTURE_BARRY_AS_BDFL");
        Add(CodeFlags.FutureGeneratorStop, "FUTURE_GENERATOR_STOP"); Add(CodeFlags.FutureAnnotations, "FUTURE_ANNOTATIONS");
        return parts.Count == 0 ? "0" : string.Join(", ", parts);
    }

    private static void DisassembleOne(CodeObject code, StringBuilder sb)
    {
        sb.Append("Disassembly of ").Append(code).Append(":\n");
        sb.Append("  qualname: ").Append(code.QualName).Append('\n');
        sb.Append("  flags: 0x").Append(((int)code.Flags).ToString("x")).Append(" (").Append(FlagNames(code.Flags)).Append(")\n");
        sb.Append($"  argcount={code.ArgCount} posonlyargcount={code.PosOnlyArgCount} kwonlyargcount={code.KwOnlyArgCount} nlocals={code.NLocals} stacksize={code.StackSize} caches={code.CacheCount}\n");
        AppendList(sb, "consts", code.Consts);
        AppendList(sb, "names", code.Names);
        AppendList(sb, "varnames", code.VarNames);
        AppendList(sb, "cellvars", code.CellVars);
        AppendList(sb, "freevars", code.FreeVars);
        var pos = code.Positions;
        var targets = new HashSet<int>();
        for (int pc = 0; pc < code.Code.Length; pc += OpInfo.Width(code.OpAt(pc)))
            if (OpInfo.IsJump(code.OpAt(pc))) targets.Add(code.ArgAt(pc));
        foreach (var e in code.ExceptionTable) targets.Add(e.Handler);
        int lastLine = int.MinValue;
        for (int pc = 0; pc < code.Code.Length;)
        {
            var op = code.OpAt(pc);
            int arg = code.ArgAt(pc);
            int line = pos[pc].Line;
            string lineCol = line != lastLine ? (line < 0 ? "--" : line.ToString()) : "";
            if (line != lastLine && pc > 0) sb.Append('\n');
            lastLine = line;
            sb.Append(lineCol.PadLeft(5)).Append(targets.Contains(pc) ? " >> " : "    ");
            sb.Append(pc.ToString().PadLeft(5)).Append(' ').Append(op.ToString().PadRight(24));
            sb.Append(arg.ToString().PadLeft(4));
            string? detail = Describe(code, op, arg, pc);
            if (detail is not null) sb.Append(" (").Append(detail).Append(')');
            sb.Append('\n');
            pc += OpInfo.Width(op);
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append($"  {e.Start} to {e.End} -> {e.Handler} [{e.Depth}]{(e.PushLasti ? " lasti" : "")}\n");
        }
    }

    private static void AppendList(StringBuilder sb, string name, object[] items)
    {
        if (items.Length == 0) return;
        sb.Append("  ").Append(name).Append(": ");
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(i).Append('=').Append(items[i] is string s && name != "consts" ? s : ConstantRepr.Repr(items[i]));
        }
        sb.Append('\n');
    }

    private static readonly string[] Cmp = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly string[] BinOps = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

    private static string LocalName(CodeObject code, int slot)
    {
        if (slot < code.VarNames.Length) return code.VarNames[slot];
        slot -= code.VarNames.Length;
        if (slot < code.CellVars.Length) return code.CellVars[slot];
        slot -= code.CellVars.Length;
        return slot < code.FreeVars.Length ? code.FreeVars[slot] : "?";
    }

    private static string? Describe(CodeObject code, OpCode op, int arg, int pc)
    {
        switch (op)
        {
            case OpCode.LOAD_CONST: return arg < code.Consts.Length ? ConstantRepr.Repr(code.Consts[arg]) : "?";
            case OpCode.LOAD_FAST: case OpCode.STORE_FAST: case OpCode.DELETE_FAST:
                return arg < code.VarNames.Length ? code.VarNames[arg] : "?";
            case OpCode.LOAD_DEREF: case OpCode.STORE_DEREF: case OpCode.DELETE_DEREF: case OpCode.LOAD_CLASSDEREF:
            case OpCode.LOAD_CLOSURE: case OpCode.MAKE_CELL:
                return LocalName(code, arg);
            case OpCode.LOAD_NAME: case OpCode.STORE_NAME: case OpCode.DELETE_NAME: case OpCode.LOAD_GLOBAL:
            case OpCode.STORE_GLOBAL: case OpCode.DELETE_GLOBAL: case OpCode.LOAD_ATTR: case OpCode.STORE_ATTR:
            case OpCode.DELETE_ATTR: case OpCode.LOAD_METHOD: case OpCode.IMPORT_NAME: case OpCode.IMPORT_FROM:
                return arg < code.Names.Length ? code.Names[arg] : "?";
            case OpCode.COMPARE_OP: return arg < Cmp.Length ? Cmp[arg] : "?";
            case OpCode.COMPARE_JUMP_IF_FALSE:
            {
                int aux = code.Code[pc + 1] & 0xF;
                return $"not {(aux < Cmp.Length ? Cmp[aux] : "?")} -> {arg}";
            }
            case OpCode.BINARY_OP:
                return arg >= 13 ? (arg - 13 < BinOps.Length ? BinOps[arg - 13] + "=" : "?") : (arg < BinOps.Length ? BinOps[arg] : "?");
            case OpCode.IS_OP: return arg == 0 ? "is" : "is not";
            case OpCode.CONTAINS_OP: return arg == 0 ? "in" : "not in";
            case OpCode.FORMAT_VALUE:
                return (arg & 3) switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" } + ((arg & 4) != 0 ? " with format" : "");
            case OpCode.MAKE_FUNCTION:
            {
                var parts = new List<string>();
                if ((arg & 1) != 0) parts.Add("defaults");
                if ((arg & 2) != 0) parts.Add("kwdefaults");
                if ((arg & 4) != 0) parts.Add("annotations");
                if ((arg & 8) != 0) parts.Add("closure");
                return parts.Count == 0 ? null : string.Join(", ", parts);
            }
            case OpCode.UNPACK_EX: return $"{arg & 0xFF} before, {arg >> 8} after";
        }
        if (OpInfo.IsJump(op)) return "to " + arg;
        return null;
    }
}
