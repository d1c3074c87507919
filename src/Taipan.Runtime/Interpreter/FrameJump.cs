using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Setting f_lineno from a trace function (a debugger's "jump"), with CPython 3.11's rules: only from a
/// 'line' event (or the 'return' event of a yield), to the first line at or after the one asked for that
/// has code, and only where the value stack at the target is what is left of the current one once values
/// are popped. The stacks are modelled as CPython's frame_setlineno does: a stack of kinds (iterator,
/// exception, lasti, object, null) per instruction, packed 3 bits a kind into a long so that "deeper"
/// compares as "greater", which CPython uses to pick among several instructions of the target line.
/// Jumps are rare and the analysis is run afresh for each; nothing is cached on the code object.
/// </summary>
internal static class FrameJump
{
    // Kinds as CPython numbers them (the numeric order of packed stacks depends on it). ExcPrev is ours:
    // the exception that PUSH_EXC_INFO saved (CPython's Except as well); popping it ends an except block,
    // which our frames count in HandlerDepth. It is folded into Except before any comparison.
    private const int Iterator = 1, Except = 2, Object = 3, Null = 4, Lasti = 5, ExcPrev = 6;
    private const int Bits = 3;
    private const long Uninitialized = -2, Overflowed = -1;
    private const long WillOverflow = 1L << ((63 / Bits - 1) * Bits);

    private static long Push(long stack, int kind) =>
        (ulong)stack >= (ulong)WillOverflow ? Overflowed : (stack << Bits) | (long)kind;

    private static long Pop(long stack) => stack >> Bits;

    private static int Top(long stack) => (int)(stack & ((1 << Bits) - 1));

    private static int Peek(long stack, int n) => (int)((stack >> ((n - 1) * Bits)) & ((1 << Bits) - 1));

    private static long Swap(long stack, int n)
    {
        if (stack < 0) return stack;
        int shift = (n - 1) * Bits;
        long mask = (1L << Bits) - 1;
        long top = stack & mask, nth = (stack >> shift) & mask;
        stack &= ~(mask | (mask << shift));
        return stack | nth | (top << shift);
    }

    private static int Depth(long stack)
    {
        int d = 0;
        for (; stack > 0; stack >>= Bits) d++;
        return d;
    }

    private static long PopToDepth(long stack, int depth)
    {
        while (Depth(stack) > depth) stack = Pop(stack);
        return stack;
    }

    /// <summary>CPython's view of a stack: ExcPrev is an Except there.</summary>
    private static long Canonical(long stack)
    {
        if (stack <= 0) return stack;
        long result = 0;
        for (int shift = 0; (stack >> shift) != 0; shift += Bits)
        {
            long kind = (stack >> shift) & 7;
            result |= (kind == ExcPrev ? Except : kind) << shift;
        }
        return result;
    }

    /// <summary>The f_lineno setter (CPython's frame_setlineno).</summary>
    public static void SetLineNo(Frame f, PyObject? value)
    {
        if (value is null) throw PyErrors.New(PyTypes.AttributeError, "cannot delete attribute");
        if (value.type != PyTypes.Int) throw PyErrors.ValueError("lineno must be an integer");
        var ts = ThreadState.Current;
        var code = f.Code;
        bool fromYield = false;
        switch (ts.TracingWhat)
        {
            case Tracing.Line:
                break;
            case Tracing.Return when f.LastI >= 0 && f.Generator is not null
                                     && (OpCode)(byte)code.Code.Code[f.LastI] == OpCode.YIELD_VALUE:
                fromYield = true;
                break;
            case Tracing.Call:
            case < 0:
                throw PyErrors.ValueError("can't jump from the 'call' trace event of a new frame");
            default:
                throw PyErrors.ValueError("can only jump from a 'line' trace event");
        }
        // the jump is applied by the TRACE instruction the event came from, so only that frame may jump
        if (f.Trace is null || !ReferenceEquals(ts.TracingFrame, f))
            throw PyErrors.ValueError("f_lineno can only be set by a trace function");
        var n = (PyInt)value;
        if (!n.TryGetLong(out long requested) || requested > int.MaxValue || requested < int.MinValue)
            throw PyErrors.ValueError("lineno out of range");
        if (requested < code.Code.FirstLineNo)
            throw PyErrors.ValueError($"line {requested} comes before the current code block");

        var words = code.Code.Code;
        int len = words.Length;
        var lines = MarkLines(code, len);
        int line = FirstLineNotBefore(lines, (int)requested);
        if (line < 0) throw PyErrors.ValueError($"line {requested} comes after the current code block");

        var stacks = MarkStacks(code.Code, len);
        long startRaw = stacks[f.LastI];
        long start = Canonical(startRaw);
        long best = Overflowed;
        int bestAddr = -1;
        int err = -1;
        string msg = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++)
        {
            if (lines[i] != line) continue;
            long target = Canonical(stacks[i]);
            if (Compatible(start, target))
            {
                err = 0;
                if (target > best)
                {
                    best = target;
                    bestAddr = i;
                }
            }
            else if (err < 0)
            {
                if (start == Overflowed) msg = "stack to deep to analyze";
                else if (start == Uninitialized) msg = "can't jump from unreachable code";
                else
                {
                    msg = ExplainIncompatible(target);
                    err = 1;
                }
            }
        }
        if (err != 0) throw PyErrors.ValueError(msg);

        // pop what the target does not have; leaving an except block restores the exception it saved
        var slots = f.Slots;
        PyObject? yielded = null;
        if (fromYield)
        {
            yielded = slots[--f.Sp].V;
            slots[f.Sp].V = null;
            startRaw = Pop(startRaw);
            start = Pop(start);
        }
        while (start > best)
        {
            int kind = Top(startRaw);
            var v = slots[--f.Sp].V;
            slots[f.Sp].V = null;
            if (kind is Except or ExcPrev)
            {
                ts.ExcInfo = v is null || ReferenceEquals(v, PyNone.Instance) ? null : v;
                if (kind == ExcPrev) f.HandlerDepth--;
            }
            startRaw = Pop(startRaw);
            start = Pop(start);
        }
        if (fromYield) slots[f.Sp++].V = yielded;
        f.TraceJump = bestAddr;
        f.TraceJumpFromYield = fromYield;
        f.LastI = bestAddr;
    }

    private static bool CompatibleKind(int from, int to) => to switch
    {
        0 => false,
        Object => from != Null,
        Null => true,
        _ => from == to,
    };

    private static bool Compatible(long from, long to)
    {
        if (from < 0 || to < 0) return false;
        while (from > to) from = Pop(from);
        while (from != 0)
        {
            if (!CompatibleKind(Top(from), Top(to))) return false;
            from = Pop(from);
            to = Pop(to);
        }
        return to == 0;
    }

    private static string ExplainIncompatible(long to)
    {
        if (to == Overflowed) return "stack is too deep to analyze";
        if (to == Uninitialized) return "can't jump into an exception handler, or code may be unreachable";
        return Top(to) switch
        {
            Except => "can't jump into an 'except' block as there's no exception",
            Lasti => "can't jump into a re-raising block as there's no location",
            Iterator => "can't jump into the body of a for loop",
            _ => "incompatible stacks",
        };
    }

    /// <summary>The line each instruction starts, where it starts one (CPython's marklines): -1 for an
    /// instruction on the same line as the last instruction that had one.</summary>
    private static int[] MarkLines(PyCode code, int len)
    {
        var lines = new int[len];
        Array.Fill(lines, -1);
        var words = code.Code.Code;
        int last = -1;
        for (int i = 0; i < len; i += Math.Max(1, OpInfo.Width((OpCode)(byte)words[i])))
        {
            int line = code.LineAt(i);
            if (line != last && line != -1)
            {
                lines[i] = line;
                last = line;
            }
        }
        return lines;
    }

    private static int FirstLineNotBefore(int[] lines, int line)
    {
        int result = int.MaxValue;
        foreach (var l in lines)
            if (l < result && l >= line) result = l;
        return result == int.MaxValue ? -1 : result;
    }

    /// <summary>The stack of kinds before each instruction (CPython's mark_stacks over our instruction
    /// set): a forward pass repeated while a backward jump or an exception handler reached code not seen
    /// yet. Unreachable instructions stay <see cref="Uninitialized"/>.</summary>
    private static long[] MarkStacks(CodeObject code, int len)
    {
        var words = code.Code;
        var stacks = new long[len + 1];
        Array.Fill(stacks, Uninitialized);
        stacks[0] = 0;
        bool todo = true;
        while (todo)
        {
            todo = false;
            for (int i = 0; i < len;)
            {
                var op = (OpCode)(byte)words[i];
                int arg = (int)((uint)words[i] >> 8);
                int next = i + Math.Max(1, OpInfo.Width(op));
                long stack = stacks[i];
                if (stack == Uninitialized) { i = next; continue; }
                switch (op)
                {
                    case OpCode.POP_JUMP_IF_FALSE: case OpCode.POP_JUMP_IF_TRUE:
                    case OpCode.POP_JUMP_IF_NONE: case OpCode.POP_JUMP_IF_NOT_NONE:
                        stack = Pop(stack);
                        JumpTo(arg, stack);
                        stacks[next] = stack;
                        break;
                    case OpCode.COMPARE_JUMP_IF_FALSE:
                        stack = Pop(Pop(stack));
                        JumpTo(arg, stack);
                        stacks[next] = stack;
                        break;
                    case OpCode.JUMP_IF_FALSE_OR_POP: case OpCode.JUMP_IF_TRUE_OR_POP:
                        JumpTo(arg, stack);
                        stacks[next] = Pop(stack);
                        break;
                    case OpCode.SEND:
                        JumpTo(arg, Pop(stack));
                        stacks[next] = stack;
                        break;
                    case OpCode.JUMP_FORWARD: case OpCode.JUMP_BACKWARD: case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                        JumpTo(arg, stack);
                        break;
                    case OpCode.GET_ITER: case OpCode.GET_AITER:
                        stacks[next] = Push(Pop(stack), Iterator);
                        break;
                    case OpCode.FOR_ITER:
                        JumpTo(arg, Pop(stack));
                        stacks[next] = Push(stack, Object);
                        break;
                    case OpCode.PUSH_EXC_INFO:
                        stacks[next] = Push(Push(Pop(stack), ExcPrev), Except);
                        break;
                    case OpCode.RETURN_VALUE: case OpCode.RAISE_VARARGS: case OpCode.RERAISE:
                        break;
                    case OpCode.LOAD_METHOD:
                        // meth self | attr NULL: the second item may be a null
                        stacks[next] = Push(Push(Pop(stack), Object), Null);
                        break;
                    case OpCode.SWAP:
                        stacks[next] = Swap(stack, arg);
                        break;
                    case OpCode.COPY:
                        stacks[next] = Push(stack, Peek(stack, arg));
                        break;
                    default:
                    {
                        int delta = OpInfo.StackEffect(op, arg, false);
                        for (; delta < 0; delta++) stack = Pop(stack);
                        for (; delta > 0; delta--) stack = Push(stack, Object);
                        stacks[next] = stack;
                        break;
                    }
                }
                i = next;

                void JumpTo(int target, long st)
                {
                    if (stacks[target] == Uninitialized && target < i) todo = true;
                    stacks[target] = st;
                }
            }
            foreach (var e in code.ExceptionTable)
            {
                if (stacks[e.Start] == Uninitialized || stacks[e.Handler] != Uninitialized) continue;
                todo = true;
                long target = PopToDepth(stacks[e.Start], e.Depth);
                if (e.PushLasti) target = Push(target, Lasti);
                stacks[e.Handler] = Push(target, Except);
            }
        }
        return stacks;
    }
}
