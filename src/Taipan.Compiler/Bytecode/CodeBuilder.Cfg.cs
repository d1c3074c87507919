namespace Taipan.Compiler.Bytecode;

/// <summary>
/// The control-flow passes of CPython 3.11's assembler that decide which line each instruction belongs
/// to, and so which 'line' events a tracer sees and where f_lineno can jump: jumps to jumps are threaded,
/// jumps to small exit blocks get a copy of the block, exit blocks without a line (the implicit
/// `return None`, re-raises) are duplicated per jump so that each copy takes the line of the code that
/// jumped there, and instructions the compiler emitted without a location (artificial jumps, handler
/// prologues) take the location of what runs before them. Redundant NOPs go at the end.
/// Blocks are views over the instruction list; it is rebuilt in block order afterwards.
/// </summary>
internal sealed partial class CodeBuilder
{
    private sealed class Block
    {
        public readonly List<Instr> Instrs = new();
        public Block? Next;
        public int Preds;
        public int Ordinal;
        public bool Reachable;
        public int StartLabel = -1;
    }

    private const int MaxCopySize = 4;

    private static bool IsUnconditionalJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD;

    private static bool IsRealJump(OpCode op) => op != OpCode.SETUP_HANDLER && OpInfo.IsJump(op);

    private static bool IsScopeExit(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RERAISE or OpCode.RAISE_VARARGS;

    private void ShapeLines(int firstLineNo)
    {
        int n = _instrs.Count;
        if (n == 0) return;
        // split into blocks: at every label and after every jump or scope exit
        var startsAt = new bool[n + 1];
        startsAt[0] = true;
        foreach (int pos in _labels) if (pos >= 0) startsAt[pos] = true;
        for (int i = 0; i < n; i++)
        {
            var op = _instrs[i].Op;
            if (IsRealJump(op) || OpInfo.IsTerminator(op)) startsAt[i + 1] = true;
        }
        var blockAt = new Block?[n + 1];
        Block? first = null, last = null;
        for (int i = 0; i <= n; i++)
        {
            if (startsAt[i])
            {
                var b = new Block();
                if (last is null) first = b; else last.Next = b;
                last = b;
                blockAt[i] = b;
            }
            if (i < n) last!.Instrs.Add(_instrs[i]);
        }
        var labelBlock = new List<Block?>(_labels.Count + 8);
        for (int l = 0; l < _labels.Count; l++)
        {
            int pos = _labels[l];
            labelBlock.Add(pos < 0 ? null : blockAt[pos]);
            if (pos >= 0) blockAt[pos]!.StartLabel = l;
        }

        Renumber(first!);
        ThreadJumps(first!, labelBlock);
        for (var b = first; b is not null; b = b.Next) CleanNops(b);
        ExtendBlocks(first!, labelBlock);
        MarkReachable(first!, labelBlock);
        RemoveJumpsToNext(first!, labelBlock);
        DuplicateExitsWithoutLine(first!, labelBlock);
        PropagateLines(first!, labelBlock);
        GuaranteeExitLines(first!, firstLineNo);
        for (var b = first; b is not null; b = b.Next) CleanNops(b);

        // rebuild the instruction list; labels of dropped blocks point at the next kept one
        _instrs.Clear();
        var blockStart = new Dictionary<Block, int>();
        for (var b = first; b is not null; b = b.Next)
        {
            blockStart[b] = _instrs.Count;
            if (b.Reachable) _instrs.AddRange(b.Instrs);
        }
        for (int l = 0; l < _labels.Count; l++)
            if (labelBlock[l] is { } lb) _labels[l] = blockStart[lb];
        // an unconditional jump's direction may have changed (threading, copies): JUMP_BACKWARD is the loop edge
        for (int i = 0; i < _instrs.Count; i++)
        {
            var ins = _instrs[i];
            if (!IsUnconditionalJump(ins.Op)) continue;
            ins.Op = _labels[ins.Arg] <= i ? OpCode.JUMP_BACKWARD : OpCode.JUMP_FORWARD;
            _instrs[i] = ins;
        }
    }

    private static void Renumber(Block first)
    {
        int k = 0;
        for (var b = first; b is not null; b = b.Next) b.Ordinal = k++;
    }

    /// <summary>The block a jump to <paramref name="label"/> runs first (empty blocks fall through).</summary>
    private static Block? Target(List<Block?> labelBlock, int label)
    {
        var b = labelBlock[label];
        while (b is not null && b.Instrs.Count == 0) b = b.Next;
        return b;
    }

    /// <summary>CPython's jump_thread: a jump to an unconditional jump goes straight to its target when
    /// both are on one line (or the second has none). Conditional jumps are only threaded forwards: a
    /// backward edge must stay a JUMP_BACKWARD (the JIT's loop header, the eval breaker's check).</summary>
    private void ThreadJumps(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next)
        {
            if (b.Instrs.Count == 0) continue;
            int li = b.Instrs.Count - 1;
            for (int guard = 0; guard < 100; guard++)
            {
                var ins = b.Instrs[li];
                if (!IsRealJump(ins.Op)) break;
                bool uncond = IsUnconditionalJump(ins.Op);
                bool cond = ins.Op is OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
                    or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.COMPARE_JUMP_IF_FALSE or OpCode.JUMP_IF_FALSE_OR_POP
                    or OpCode.JUMP_IF_TRUE_OR_POP;
                if (!uncond && !cond) break;
                var t = Target(labelBlock, ins.Arg);
                if (t is null) break;
                var tf = t.Instrs[0];
                if (!IsUnconditionalJump(tf.Op) || tf.Arg == ins.Arg) break;
                if (!(ins.Pos.Line == tf.Pos.Line || tf.Pos.Line == -1)) break;
                if (cond)
                {
                    var final = Target(labelBlock, tf.Arg);
                    if (final is null || final.Ordinal <= b.Ordinal) break;
                }
                ins.Arg = tf.Arg;
                b.Instrs[li] = ins;
            }
        }
    }

    private static bool IsExitBlock(Block b)
    {
        if (b.Instrs.Count == 0 || !IsScopeExit(b.Instrs[^1].Op)) return false;
        foreach (var ins in b.Instrs) if (ins.Op == OpCode.SETUP_HANDLER) return false;
        return true;
    }

    /// <summary>CPython's extend_block: an unconditional jump to a small exit block becomes a copy of it.</summary>
    private static void ExtendBlocks(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next)
        {
            if (b.Instrs.Count == 0) continue;
            var last = b.Instrs[^1];
            if (!IsUnconditionalJump(last.Op)) continue;
            var t = Target(labelBlock, last.Arg);
            if (t is null || t == b || !IsExitBlock(t) || t.Instrs.Count > MaxCopySize) continue;
            last.Op = OpCode.NOP;
            last.Arg = 0;
            b.Instrs[^1] = last;
            b.Instrs.AddRange(t.Instrs);
        }
    }

    /// <summary>The next block in layout with instructions (unreachable ones are empty by then).</summary>
    private static Block? NextReal(Block b)
    {
        var next = b.Next;
        while (next is not null && next.Instrs.Count == 0) next = next.Next;
        return next;
    }

    private static bool FallsThrough(Block b) =>
        b.Instrs.Count == 0 || !(OpInfo.IsTerminator(b.Instrs[^1].Op));

    private static void MarkReachable(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next) { b.Preds = 0; b.Reachable = false; }
        var work = new Stack<Block>();
        first.Preds = 1;
        first.Reachable = true;
        work.Push(first);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (b.Next is not null && FallsThrough(b))
            {
                b.Next.Preds++;
                if (!b.Next.Reachable) { b.Next.Reachable = true; work.Push(b.Next); }
            }
            foreach (var ins in b.Instrs)
            {
                if (!OpInfo.IsJump(ins.Op)) continue;
                var t = labelBlock[ins.Arg];
                if (t is null) continue;
                t.Preds++;
                if (!t.Reachable) { t.Reachable = true; work.Push(t); }
            }
        }
        for (var b = first; b is not null; b = b.Next) if (!b.Reachable) b.Instrs.Clear();
    }

    /// <summary>A jump to the block that follows anyway becomes a NOP (which keeps its line).</summary>
    private static void RemoveJumpsToNext(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next)
        {
            if (!b.Reachable || b.Instrs.Count == 0) continue;
            var last = b.Instrs[^1];
            if (!IsUnconditionalJump(last.Op)) continue;
            var next = NextReal(b);
            if (next is null || Target(labelBlock, last.Arg) != next) continue;
            last.Op = OpCode.NOP;
            last.Arg = 0;
            b.Instrs[^1] = last;
        }
    }

    private static bool IsExitWithoutLine(Block b)
    {
        if (!IsExitBlock(b)) return false;
        foreach (var ins in b.Instrs) if (ins.Pos.Line >= 0) return false;
        return true;
    }

    /// <summary>CPython's duplicate_exits_without_lineno: each jump to a shared exit block without a line
    /// gets its own copy, placed after the original, with the jump's location.</summary>
    private void DuplicateExitsWithoutLine(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next)
        {
            if (!b.Reachable || b.Instrs.Count == 0) continue;
            var last = b.Instrs[^1];
            if (!IsRealJump(last.Op)) continue;
            var t = labelBlock[last.Arg];
            if (t is null || !t.Reachable || !IsExitWithoutLine(t) || t.Preds <= 1) continue;
            var copy = new Block { Reachable = true, Preds = 1 };
            copy.Instrs.AddRange(t.Instrs);
            var head = copy.Instrs[0];
            head.Pos = last.Pos;
            copy.Instrs[0] = head;
            int label = NewLabel();
            labelBlock.Add(copy);
            copy.StartLabel = label;
            last.Arg = label;
            b.Instrs[^1] = last;
            t.Preds--;
            copy.Next = t.Next;
            t.Next = copy;
        }
        for (var b = first; b is not null; b = b.Next)
        {
            if (!b.Reachable || b.Instrs.Count == 0 || !FallsThrough(b)) continue;
            var next = NextReal(b);
            if (next is null || !IsExitWithoutLine(next)) continue;
            var head = next.Instrs[0];
            head.Pos = b.Instrs[^1].Pos;
            next.Instrs[0] = head;
        }
    }

    /// <summary>CPython's propagate_line_numbers.</summary>
    private static void PropagateLines(Block first, List<Block?> labelBlock)
    {
        for (var b = first; b is not null; b = b.Next)
        {
            if (!b.Reachable || b.Instrs.Count == 0) continue;
            var prev = NoPosition;
            for (int i = 0; i < b.Instrs.Count; i++)
            {
                var ins = b.Instrs[i];
                if (ins.Pos.Line < 0)
                {
                    ins.Pos = prev;
                    b.Instrs[i] = ins;
                }
                else prev = ins.Pos;
            }
            if (FallsThrough(b) && NextReal(b) is { } next && next.Preds == 1 && next.Instrs.Count > 0 && next.Instrs[0].Pos.Line < 0)
            {
                var h = next.Instrs[0];
                h.Pos = prev;
                next.Instrs[0] = h;
            }
            var last = b.Instrs[^1];
            if (IsRealJump(last.Op) && Target(labelBlock, last.Arg) is { } t && t.Preds == 1 && t.Instrs.Count > 0 && t.Instrs[0].Pos.Line < 0)
            {
                var h = t.Instrs[0];
                h.Pos = prev;
                t.Instrs[0] = h;
            }
        }
    }

    private static readonly SourcePosition NoPosition = new(-1, -1, -1, -1);

    /// <summary>CPython's guarantee_lineno_for_exits: a return still without a line takes the last line seen.</summary>
    private static void GuaranteeExitLines(Block first, int firstLineNo)
    {
        int line = firstLineNo;
        for (var b = first; b is not null; b = b.Next)
        {
            if (!b.Reachable || b.Instrs.Count == 0) continue;
            var last = b.Instrs[^1];
            if (last.Pos.Line < 0)
            {
                if (last.Op != OpCode.RETURN_VALUE) continue;
                for (int i = 0; i < b.Instrs.Count; i++)
                {
                    var ins = b.Instrs[i];
                    ins.Pos = new SourcePosition(line, line, -1, -1);
                    b.Instrs[i] = ins;
                }
            }
            else line = last.Pos.Line;
        }
    }

    /// <summary>CPython's clean_basic_block: drops NOPs that carry no line of their own.</summary>
    private static void CleanNops(Block b)
    {
        var list = b.Instrs;
        int dest = 0;
        int prevLine = -1;
        for (int src = 0; src < list.Count; src++)
        {
            var ins = list[src];
            int line = ins.Pos.Line;
            if (ins.Op == OpCode.NOP)
            {
                if (line < 0 || prevLine == line) continue;
                if (src < list.Count - 1)
                {
                    var nx = list[src + 1];
                    if (nx.Op != OpCode.SETUP_HANDLER && (nx.Pos.Line < 0 || nx.Pos.Line == line))
                    {
                        nx.Pos = ins.Pos;
                        list[src + 1] = nx;
                        continue;
                    }
                }
                else if (NextReal(b) is { } next && next.Instrs[0].Pos.Line == line) continue;
            }
            list[dest++] = ins;
            if (ins.Op != OpCode.SETUP_HANDLER) prevLine = line;
        }
        list.RemoveRange(dest, list.Count - dest);
    }
}
