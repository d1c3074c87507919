using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The interpreter loop (DESIGN.md §5). One C# invocation of <see cref="Execute"/> runs a whole chain
/// of Python frames: a call to a Python function pushes a heap frame and continues in the same loop,
/// a return pops it, so Python recursion never grows the C# stack. An exception raised by Python code
/// (RAISE_VARARGS, RERAISE) unwinds through the exception table without a .NET throw; exceptions thrown
/// by C# helpers are caught once per occurrence and take the same path. The loop is re-entered only
/// when C# code calls back into Python (sorted(key=f), slot wrappers) and to resume generators.
/// </summary>
internal static partial class EvalLoop
{
    /// <summary>Runs <paramref name="frame"/> until it returns (or yields, for generator frames).
    /// <paramref name="throwIn"/> resumes the frame by raising that exception at its current position.</summary>
    public static PyObject Run(ThreadState ts, Frame frame, PyBaseException? throwIn = null) => Run(ts, frame, throwIn, false);

    /// <summary>Runs a function frame for a C# caller that inspects the exception (a Python __next__
    /// raising StopIteration): an exception escaping the frame is returned, with <paramref name="raised"/>
    /// set, instead of thrown (a .NET throw+catch costs microseconds per iteration protocol end).</summary>
    public static PyObject RunCatching(ThreadState ts, Frame frame, out bool raised)
    {
        var r = Run(ts, frame, null, true);
        raised = frame.State == FrameState.Raised;
        return r;
    }

    private static PyObject Run(ThreadState ts, Frame frame, PyBaseException? throwIn, bool returnRaised)
    {
        if (++ts.Depth > ts.Interp.RecursionLimit || !ts.HasStackRoom())
        {
            ts.Depth--;
            throw PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.Frame;
        ts.Frame = frame;
        try
        {
            return Execute(ts, frame, throwIn, returnRaised);
        }
        finally
        {
            ts.Frame = frame.Back;
            ts.Depth--;
            // A suspended generator has no caller (f_back is None), and must not keep one that may be recycled.
            if (frame.Generator is not null) frame.Back = null;
        }
    }

    private static PyObject Execute(ThreadState ts, Frame entry, PyBaseException? exc, bool returnRaised)
    {
        Frame f = entry;
        PyCode code = f.Code;
        int[] words = code.Words;
        FrameSlot[] s = f.Slots;
        int sp = f.Sp;
        int pc = f.Pc;
        int instr = f.LastI;
        bool addTraceback = true;
        int reraiseLasti = -1;
        PyGenerator? resumed = null;
        PyObject? sent = null;
        // An exception thrown into a generator that never ran is raised before its first instruction
        // (CPython's RETURN_GENERATOR prologue): no handler of the body may catch it.
        bool thrownBeforeStart = exc is not null && f.State == FrameState.Created;
        f.State = FrameState.Running;
        if (ts.TraceActive && (exc = Tracing.Enter(ts, f) ?? exc) is not null && f.LastI < 0)
            thrownBeforeStart = true; // raised by the 'call' event: the frame fails before its first instruction

        while (true)
        {
            if (exc is null)
            try
            {
                while (true)
                {
                    instr = pc;
                    int word = words[pc++];
                    int arg = (int)((uint)word >> 8);
                Dispatch:
                    switch ((OpCode)(byte)word)
                    {
                        case OpCode.NOP:
                            break;
                        case OpCode.TRACE:
                            // instrumented code (Interpreter/Tracing.cs): events, then the original instruction.
                            // One call and no new locals: Execute is at the size where each local costs registers.
                            f.Sp = sp;
                            f.Pc = pc;
                            word = TraceStep(ts, f, instr);
                            sp = f.Sp;
                            pc = f.Pc;
                            if (word < 0)
                            {
                                if (word == TraceRaised) { exc = TakeTraceError(f); goto Unwind; }
                                break; // the instruction ran in TraceStep (a profiled builtin call)
                            }
                            instr = pc - 1;
                            arg = (int)((uint)word >> 8);
                            goto Dispatch;
                        case OpCode.POP_TOP:
                            s[--sp].V = null;
                            break;
                        case OpCode.COPY:
                            s[sp].V = s[sp - arg].V;
                            sp++;
                            break;
                        case OpCode.SWAP:
                            (s[sp - 1].V, s[sp - arg].V) = (s[sp - arg].V, s[sp - 1].V);
                            break;
                        case OpCode.LOAD_CONST:
                            s[sp++].V = code.Consts[arg];
                            // LOAD_CONST; RETURN_VALUE (`return None` ending every procedure): one dispatch fewer
                            if ((OpCode)(byte)words[pc] == OpCode.RETURN_VALUE) { pc++; goto case OpCode.RETURN_VALUE; }
                            break;
                        case OpCode.LOAD_FAST:
                        {
                            var v = s[arg].V;
                            if (v is null) { exc = Errors.UnboundLocal(code, arg); goto Unwind; }
                            s[sp++].V = v;
                            // LOAD_FAST__LOAD_FAST / LOAD_FAST__LOAD_CONST (CPython 3.11's superinstructions, decided
                            // here by peeking): one dispatch fewer; the second part cannot raise.
                            int w = words[pc];
                            if ((OpCode)(byte)w == OpCode.LOAD_FAST)
                            {
                                v = s[(int)((uint)w >> 8)].V;
                                if (v is not null) { s[sp++].V = v; pc++; }
                            }
                            else if ((OpCode)(byte)w == OpCode.LOAD_CONST)
                            {
                                s[sp++].V = code.Consts[(int)((uint)w >> 8)];
                                pc++;
                            }
                            // LOAD_FAST; RETURN_VALUE (`return n`, recursion's base case)
                            else if ((OpCode)(byte)w == OpCode.RETURN_VALUE) { pc++; goto case OpCode.RETURN_VALUE; }
                            break;
                        }
                        case OpCode.STORE_FAST:
                        {
                            s[arg].V = s[--sp].V;
                            s[sp].V = null;
                            // STORE_FAST__LOAD_FAST
                            int w = words[pc];
                            if ((OpCode)(byte)w == OpCode.LOAD_FAST && s[(int)((uint)w >> 8)].V is { } v)
                            {
                                s[sp++].V = v;
                                pc++;
                            }
                            break;
                        }
                        case OpCode.DELETE_FAST:
                            if (s[arg].V is null) { exc = Errors.UnboundLocal(code, arg); goto Unwind; }
                            s[arg].V = null;
                            break;
                        case OpCode.LOAD_DEREF:
                        {
                            var v = ((PyCell)s[arg].V!).Contents;
                            if (v is null) { exc = Errors.UnboundDeref(code, arg); goto Unwind; }
                            s[sp++].V = v;
                            break;
                        }
                        case OpCode.STORE_DEREF:
                            ((PyCell)s[arg].V!).Contents = s[--sp].V;
                            s[sp].V = null;
                            break;
                        case OpCode.DELETE_DEREF:
                        {
                            var cell = (PyCell)s[arg].V!;
                            if (cell.Contents is null) { exc = Errors.UnboundDeref(code, arg); goto Unwind; }
                            cell.Contents = null;
                            break;
                        }
                        case OpCode.LOAD_CLASSDEREF:
                        {
                            var name = code.LocalNames[arg];
                            var v = LookupLocalsMapping(f.Locals, name) ?? ((PyCell)s[arg].V!).Contents;
                            if (v is null) { exc = Errors.UnboundDeref(code, arg); goto Unwind; }
                            s[sp++].V = v;
                            break;
                        }
                        case OpCode.LOAD_CLOSURE:
                            s[sp++].V = s[arg].V;
                            break;
                        case OpCode.MAKE_CELL:
                            s[arg].V = new PyCell(s[arg].V);
                            break;
                        case OpCode.COPY_FREE_VARS:
                        {
                            var closure = f.Function!.Closure!;
                            int start = code.NLocals + code.NCells;
                            for (int i = 0; i < arg; i++) s[start + i].V = closure.Items[i];
                            break;
                        }
                        case OpCode.LOAD_NAME:
                        {
                            var name = code.Names[arg];
                            var v = LookupLocalsMapping(f.Locals, name) ?? f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name);
                            if (v is null) { exc = Errors.NameNotDefined(name); goto Unwind; }
                            s[sp++].V = v;
                            break;
                        }
                        case OpCode.STORE_NAME:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            StoreLocalsMapping(f, code.Names[arg], v);
                            break;
                        }
                        case OpCode.DELETE_NAME:
                            if (!DeleteLocalsMapping(f, code.Names[arg])) { exc = Errors.NameNotDefined(code.Names[arg]); goto Unwind; }
                            break;
                        case OpCode.LOAD_GLOBAL:
                        {
                            var v = LoadGlobal(f, code, arg, words[pc++]);
                            if (v is null) { exc = Errors.NameNotDefined(code.Names[arg]); goto Unwind; }
                            s[sp++].V = v;
                            break;
                        }
                        case OpCode.STORE_GLOBAL:
                            f.Globals.SetItem(code.Names[arg], s[--sp].V!);
                            s[sp].V = null;
                            break;
                        case OpCode.DELETE_GLOBAL:
                            if (!f.Globals.DelItemIfPresent(code.Names[arg])) { exc = Errors.NameNotDefined(code.Names[arg]); goto Unwind; }
                            break;
                        case OpCode.LOAD_ATTR:
                        {
                            var o = s[sp - 1].V!;
                            var v = LoadAttr(code, o, code.Names[arg], words[pc++]);
                            if (v is null) { exc = Errors.AttributeMissingValue(o, code.Names[arg]); goto Unwind; }
                            s[sp - 1].V = v;
                            break;
                        }
                        case OpCode.STORE_ATTR:
                        {
                            var o = s[--sp].V!;
                            var v = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = null;
                            StoreAttr(code, o, code.Names[arg], v, words[pc++]);
                            break;
                        }
                        case OpCode.DELETE_ATTR:
                        {
                            var o = s[--sp].V!;
                            s[sp].V = null;
                            ObjectAttributes.SetAttr(o, code.Names[arg], null);
                            break;
                        }
                        case OpCode.LOAD_METHOD:
                        {
                            var o = s[sp - 1].V!;
                            var m = LoadMethod(code, o, code.Names[arg], words[pc++], out bool bound);
                            if (m is null) { exc = Errors.AttributeMissingValue(o, code.Names[arg]); goto Unwind; }
                            if (bound) { s[sp - 1].V = m; s[sp++].V = o; }
                            else { s[sp - 1].V = m; s[sp++].V = null; }
                            break;
                        }
                        case OpCode.BINARY_OP:
                        {
                            var b = s[--sp].V!;
                            var a = s[sp - 1].V!;
                            s[sp].V = null;
                            pc++;
                            var r = BinaryOp(a, b, arg);
                            // BINARY_OP; STORE_FAST (`x = x + i`): the result goes straight to the local
                            int w = words[pc];
                            if ((OpCode)(byte)w == OpCode.STORE_FAST)
                            {
                                s[(int)((uint)w >> 8)].V = r;
                                s[--sp].V = null;
                                pc++;
                            }
                            else
                            {
                                s[sp - 1].V = r;
                                // BINARY_OP; RETURN_VALUE (`return fib(n - 1) + fib(n - 2)`)
                                if ((OpCode)(byte)w == OpCode.RETURN_VALUE) { pc++; goto case OpCode.RETURN_VALUE; }
                            }
                            break;
                        }
                        case OpCode.UNARY_NEGATIVE:
                            s[sp - 1].V = PyOps.Negative(s[sp - 1].V!);
                            break;
                        case OpCode.UNARY_POSITIVE:
                            s[sp - 1].V = PyOps.Positive(s[sp - 1].V!);
                            break;
                        case OpCode.UNARY_INVERT:
                            s[sp - 1].V = PyOps.Invert(s[sp - 1].V!);
                            break;
                        case OpCode.UNARY_NOT:
                            s[sp - 1].V = PyOps.IsTrue(s[sp - 1].V!) ? PyBool.False : PyBool.True;
                            break;
                        case OpCode.COMPARE_OP:
                        {
                            var b = s[--sp].V!;
                            var a = s[sp - 1].V!;
                            s[sp].V = null;
                            pc++;
                            s[sp - 1].V = Compare(a, b, (CompareOp)arg);
                            break;
                        }
                        case OpCode.COMPARE_JUMP_IF_FALSE:
                        {
                            var b = s[--sp].V!;
                            var a = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = null;
                            int cacheWord = words[pc++];
                            if (!CompareBool(a, b, (CompareOp)(cacheWord & 0xF))) pc = arg;
                            break;
                        }
                        case OpCode.IS_OP:
                        {
                            var b = s[--sp].V;
                            s[sp].V = null;
                            bool same = PyOps.IsSame(s[sp - 1].V!, b!);
                            s[sp - 1].V = PyBool.FromBool(same ^ (arg == 1));
                            break;
                        }
                        case OpCode.CONTAINS_OP:
                        {
                            var container = s[--sp].V!;
                            s[sp].V = null;
                            bool found = PyOps.Contains(container, s[sp - 1].V!);
                            s[sp - 1].V = PyBool.FromBool(found ^ (arg == 1));
                            break;
                        }
                        case OpCode.BINARY_SUBSCR:
                        {
                            var key = s[--sp].V!;
                            s[sp].V = null;
                            pc++;
                            var o = s[sp - 1].V!;
                            var v = Subscript(o, key);
                            if (v is null) { exc = SubscriptMiss(o, key); goto Unwind; }
                            s[sp - 1].V = v;
                            break;
                        }
                        case OpCode.STORE_SUBSCR:
                        {
                            var key = s[--sp].V!;
                            var o = s[--sp].V!;
                            var v = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = s[sp + 2].V = null;
                            pc++;
                            StoreSubscript(o, key, v);
                            break;
                        }
                        case OpCode.DELETE_SUBSCR:
                        {
                            var key = s[--sp].V!;
                            var o = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = null;
                            PyOps.DelItem(o, key);
                            break;
                        }
                        case OpCode.BUILD_SLICE:
                        {
                            PyObject step = arg == 3 ? s[--sp].V! : PyNone.Instance;
                            var stop = s[--sp].V!;
                            var start = s[sp - 1].V!;
                            s[sp].V = s[sp + 1].V = null;
                            s[sp - 1].V = new PySlice(start, stop, step);
                            break;
                        }
                        case OpCode.JUMP_FORWARD:
                            pc = arg;
                            break;
                        case OpCode.JUMP_BACKWARD:
                            pc = arg;
                            if ((ts.PendingInterrupt || Gil.SwitchRequested) && (exc = TakeInterrupt(ts)) is not null) goto Unwind;
                            // JIT (Jit/PyJit.cs): count the loop; run or record its trace, which moves the frame
                            if (ts.Interp.Jit is { } jit && jit.BackEdge(f, pc, sp))
                            {
                                // left inside an inlined call: its frames were pushed (Jit/PyJit.Inline.cs)
                                if (ts.Frame != f) { f = ts.Frame!; code = f.Code; words = code.Words; s = f.Slots; }
                                pc = f.Pc;
                                sp = f.Sp;
                                if (jit.Pending is not null) { exc = jit.Pending; jit.Pending = null; instr = f.LastI; goto Unwind; }
                            }
                            break;
                        case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                            pc = arg;
                            break;
                        case OpCode.POP_JUMP_IF_FALSE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !PyOps.IsTrue(v))) pc = arg;
                            break;
                        }
                        case OpCode.POP_JUMP_IF_TRUE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && PyOps.IsTrue(v))) pc = arg;
                            break;
                        }
                        case OpCode.POP_JUMP_IF_NONE:
                        {
                            var v = s[--sp].V;
                            s[sp].V = null;
                            if (ReferenceEquals(v, PyNone.Instance)) pc = arg;
                            break;
                        }
                        case OpCode.POP_JUMP_IF_NOT_NONE:
                        {
                            var v = s[--sp].V;
                            s[sp].V = null;
                            if (!ReferenceEquals(v, PyNone.Instance)) pc = arg;
                            break;
                        }
                        case OpCode.JUMP_IF_FALSE_OR_POP:
                            if (!PyOps.IsTrue(s[sp - 1].V!)) pc = arg;
                            else s[--sp].V = null;
                            break;
                        case OpCode.JUMP_IF_TRUE_OR_POP:
                            if (PyOps.IsTrue(s[sp - 1].V!)) pc = arg;
                            else s[--sp].V = null;
                            break;
                        case OpCode.GET_ITER:
                            s[sp - 1].V = PyOps.GetIter(s[sp - 1].V!);
                            break;
                        case OpCode.FOR_ITER:
                        {
                            pc++;
                            var it = s[sp - 1].V!;
                            if (it is PyGenerator gen && gen.CanEnterInline(PyNone.Instance))
                            {
                                f.LastI = instr;
                                resumed = gen;
                                sent = PyNone.Instance;
                                goto ResumeGenerator;
                            }
                            PyObject? next;
                            // range and list iterators (final types) skip the IterNext delegate
                            if (it.type == PyTypes.RangeIterator) next = Unsafe.As<RangeIterator>(it).NextOrNull();
                            else if (it.type == PyTypes.ListIterator) next = Unsafe.As<ListIterator>(it).NextOrNull();
                            else next = it.type.IterNext!(it);
                            if (next is null) { s[--sp].V = null; pc = arg; }
                            else
                            {
                                // FOR_ITER; STORE_FAST (CPython 3.11's superinstruction shape): store the item
                                // straight into the local, saving a dispatch and a stack write barrier.
                                int w = words[pc];
                                if ((OpCode)(byte)w == OpCode.STORE_FAST) { s[(int)((uint)w >> 8)].V = next; pc++; }
                                else s[sp++].V = next;
                            }
                            break;
                        }
                        case OpCode.GET_YIELD_FROM_ITER:
                        {
                            var o = s[sp - 1].V!;
                            if (o is PyGenerator g)
                            {
                                if (g.type == RuntimeTypes.Coroutine && (code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                                    throw PyErrors.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                            }
                            else s[sp - 1].V = PyOps.GetIter(o);
                            break;
                        }
                        case OpCode.BUILD_TUPLE:
                        {
                            var items = arg == 0 ? Array.Empty<PyObject>() : new PyObject[arg];
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { items[i] = s[sp + i].V!; s[sp + i].V = null; }
                            s[sp++].V = PyTuple.Wrap(items);
                            break;
                        }
                        case OpCode.BUILD_LIST:
                        {
                            var l = new PyList();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { l.Append(s[sp + i].V!); s[sp + i].V = null; }
                            s[sp++].V = l;
                            break;
                        }
                        case OpCode.BUILD_SET:
                        {
                            var set = new PySet();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { set.Add(s[sp + i].V!); s[sp + i].V = null; }
                            s[sp++].V = set;
                            break;
                        }
                        case OpCode.BUILD_MAP:
                        {
                            var d = new PyDict();
                            sp -= 2 * arg;
                            for (int i = 0; i < arg; i++)
                            {
                                d.SetItem(s[sp + 2 * i].V!, s[sp + 2 * i + 1].V!);
                                s[sp + 2 * i].V = s[sp + 2 * i + 1].V = null;
                            }
                            s[sp++].V = d;
                            break;
                        }
                        case OpCode.BUILD_CONST_KEY_MAP:
                        {
                            var keys = (PyTuple)s[--sp].V!;
                            var d = new PyDict();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { d.SetItem(keys[i], s[sp + i].V!); s[sp + i].V = null; }
                            s[sp + arg].V = null;
                            s[sp++].V = d;
                            break;
                        }
                        case OpCode.BUILD_STRING:
                        {
                            sp -= arg;
                            s[sp].V = PyStr.BuildString(s, sp, arg);
                            sp++;
                            break;
                        }
                        case OpCode.LIST_APPEND:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            ((PyList)s[sp - arg].V!).Append(v);
                            break;
                        }
                        case OpCode.SET_ADD:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            ((PySet)s[sp - arg].V!).Add(v);
                            break;
                        }
                        case OpCode.MAP_ADD:
                        {
                            var v = s[--sp].V!;
                            var k = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = null;
                            ((PyDict)s[sp - arg].V!).SetItem(k, v);
                            break;
                        }
                        case OpCode.LIST_EXTEND:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            ListExtend((PyList)s[sp - arg].V!, v);
                            break;
                        }
                        case OpCode.SET_UPDATE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            ((PySet)s[sp - arg].V!).UpdateFrom(v);
                            break;
                        }
                        case OpCode.DICT_UPDATE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            DictUpdate((PyDict)s[sp - arg].V!, v);
                            break;
                        }
                        case OpCode.DICT_MERGE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            DictMerge((PyDict)s[sp - arg].V!, v, s[sp - arg - 2].V!);
                            break;
                        }
                        case OpCode.LIST_TO_TUPLE:
                            s[sp - 1].V = ((PyList)s[sp - 1].V!).ToTuple();
                            break;
                        case OpCode.UNPACK_SEQUENCE:
                        {
                            pc++;
                            var seq = s[--sp].V!;
                            s[sp].V = null;
                            if (seq.type == PyTypes.Tuple && Unsafe.As<PyTuple>(seq).Items is { Length: 2 } pair && arg == 2)
                            {
                                // UNPACK_SEQUENCE_TWO_TUPLE
                                s[sp].V = pair[1];
                                s[sp + 1].V = pair[0];
                            }
                            else UnpackSequence(seq, arg, s, sp);
                            sp += arg;
                            break;
                        }
                        case OpCode.UNPACK_EX:
                        {
                            var seq = s[--sp].V!;
                            s[sp].V = null;
                            int before = arg & 0xFF, after = arg >> 8;
                            UnpackEx(seq, before, after, s, sp);
                            sp += before + after + 1;
                            break;
                        }
                        case OpCode.FORMAT_VALUE:
                        {
                            PyObject? spec = (arg & 4) != 0 ? s[--sp].V : null;
                            s[sp].V = null;
                            s[sp - 1].V = FormatValue(s[sp - 1].V!, arg & 3, spec);
                            break;
                        }
                        case OpCode.MAKE_FUNCTION:
                        {
                            var fcode = (PyCode)s[--sp].V!;
                            var fn = new PyFunction(fcode, f.Globals, fcode.QualName);
                            if ((arg & 8) != 0) fn.Closure = (PyTuple)s[--sp].V!;
                            if ((arg & 4) != 0) fn.Annotations = s[--sp].V;
                            if ((arg & 2) != 0) fn.KwDefaults = (PyDict)s[--sp].V!;
                            if ((arg & 1) != 0) fn.Defaults = (PyTuple)s[--sp].V!;
                            for (int i = sp; i < sp + 5 && i < s.Length; i++) s[i].V = null;
                            s[sp++].V = fn;
                            break;
                        }
                        case OpCode.CALL:
                        case OpCode.CALL_KW:
                        case OpCode.CALL_METHOD:
                        case OpCode.CALL_METHOD_KW:
                        {
                            pc++;
                            var op = (OpCode)(byte)word;
                            PyTuple? kwnames = null;
                            int top = sp;
                            if (op == OpCode.CALL_KW || op == OpCode.CALL_METHOD_KW) kwnames = (PyTuple)s[--top].V!;
                            int argc = arg;
                            int argStart = top - argc;
                            PyObject callable;
                            int bottom;
                            if (op == OpCode.CALL_METHOD || op == OpCode.CALL_METHOD_KW)
                            {
                                bottom = argStart - 2;
                                callable = s[bottom].V!;
                                if (s[bottom + 1].V is not null) { argStart--; argc++; }
                            }
                            else
                            {
                                bottom = argStart - 1;
                                callable = s[bottom].V!;
                            }
                            PyFunction? fn = null;
                            PyObject? boundSelf = null;
                            if (callable.type == RuntimeTypes.Function) fn = Unsafe.As<PyFunction>(callable);
                            else if (callable.type == RuntimeTypes.Method && Unsafe.As<PyBoundMethod>(callable).Function.type == RuntimeTypes.Function)
                            {
                                // PRECALL_BOUND_METHOD: call the function with self in the same loop (no argument array, no nested loop)
                                var bm = Unsafe.As<PyBoundMethod>(callable);
                                fn = Unsafe.As<PyFunction>(bm.Function);
                                boundSelf = bm.Self;
                            }
                            Frame? nf = null;
                            if (fn is not null)
                            {
                                int nself = boundSelf is null ? 0 : 1;
                                if (kwnames is null && fn.FastArgCount == argc + nself)
                                {
                                    // CPython's CALL_PY_EXACT_ARGS: the arguments go from this stack straight into the
                                    // callee's locals (no span, no NewFrame call, no binding checks)
                                    var ncode = fn.Code;
                                    nf = ncode.RentFrame();
                                    if (nf is null) nf = new Frame(ncode, fn.Globals, fn.Builtins, null) { Function = fn };
                                    else nf.Reinitialize(fn);
                                    var ns = nf.Slots;
                                    if (nself != 0) ns[0].V = boundSelf;
                                    for (int i = 0; i < argc; i++) ns[i + nself].V = s[argStart + i].V;
                                }
                                else if (!fn.Code.IsGeneratorLike)
                                    nf = boundSelf is null
                                        ? NewFrame(fn, ArgsSpan(s, argStart, argc), kwnames)
                                        : NewFrameWithSelf(fn, boundSelf, ArgsSpan(s, argStart, argc), kwnames);
                            }
                            if (nf is not null)
                            {
                                for (int i = bottom; i < sp; i++) s[i].V = null;
                                f.Sp = bottom;
                                f.Pc = pc;
                                f.LastI = instr;
                                // CallLimit is the recursion limit, or -1 while tracing (ThreadState.UpdateTraceActive):
                                // one test covers both, so an untraced call pays nothing for tracing
                                if (++ts.Depth > ts.CallLimit)
                                {
                                    if (ts.Depth > ts.Interp.RecursionLimit)
                                    {
                                        ts.Depth--;
                                        sp = bottom;
                                        exc = PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded").Value;
                                        goto Unwind;
                                    }
                                    nf.Back = f;
                                    ts.Frame = nf;
                                    f = nf;
                                    code = f.Code;
                                    words = code.Words;
                                    s = f.Slots;
                                    sp = f.Sp;
                                    pc = 0;
                                    f.State = FrameState.Running;
                                    if ((exc = Tracing.Enter(ts, f)) is not null)
                                    {
                                        instr = -1;
                                        thrownBeforeStart = true;
                                        goto Unwind;
                                    }
                                    break;
                                }
                                nf.Back = f;
                                ts.Frame = nf;
                                f = nf;
                                code = f.Code;
                                words = code.Words;
                                s = f.Slots;
                                sp = f.Sp;
                                pc = 0;
                                f.State = FrameState.Running;
                                break;
                            }
                            f.LastI = instr;
                            PyObject result;
                            if (argc == 1 && kwnames is null && (ReferenceEquals(callable, PyTypes.Int) || ReferenceEquals(callable, PyTypes.Float))
                                && s[argStart].V!.type == PyTypes.Str)
                            {
                                result = ParseStrCall(callable, Unsafe.As<PyStr>(s[argStart].V!));
                                if (result is PyBaseException parseError)
                                {
                                    for (int i = bottom; i < sp; i++) s[i].V = null;
                                    sp = bottom;
                                    exc = parseError;
                                    goto Unwind;
                                }
                            }
                            else result = CallFromLoop(ts, code, words[pc - 1], callable, ArgsSpan(s, argStart, argc), kwnames);
                            for (int i = bottom; i < sp; i++) s[i].V = null;
                            sp = bottom;
                            s[sp++].V = result;
                            break;
                        }
                        case OpCode.CALL_FUNCTION_EX:
                        {
                            PyObject? kwargs = (arg & 1) != 0 ? s[--sp].V : null;
                            var args = s[--sp].V!;
                            var callable = s[--sp].V!;
                            s[sp].V = s[sp + 1].V = s[sp + 2].V = null;
                            f.LastI = instr;
                            s[sp++].V = CallFunctionEx(callable, args, kwargs);
                            break;
                        }
                        case OpCode.RETURN_VALUE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            f.State = FrameState.Returned;
                            if (f == entry)
                            {
                                f.Sp = sp;
                                f.Pc = pc;
                                return v;
                            }
                            if (f.Generator is { } retGen)
                            {
                                // A generator resumed stackless is exhausted: FOR_ITER ends its loop,
                                // SEND replaces the receiver with the value and leaves the `yield from` loop.
                                f.Sp = sp;
                                f.Pc = pc;
                                var resumer = f.Back!;
                                retGen.LeaveInline(ts);
                                ts.Frame = resumer;
                                ts.Depth--;
                                f = resumer;
                                code = f.Code;
                                words = code.Words;
                                s = f.Slots;
                                sp = f.Sp;
                                int resumeWord = code.WordAt(f.LastI);
                                pc = (int)((uint)resumeWord >> 8);
                                if ((OpCode)(byte)resumeWord == OpCode.FOR_ITER) s[--sp].V = null;
                                else s[sp - 1].V = v;
                                break;
                            }
                            var back = f.Back!;
                            ts.Frame = back;
                            ts.Depth--;
                            if (!f.Escaped && f.Locals is null) code.ReturnFrame(f); // (not a generator's: handled above)
                            f = back;
                            code = f.Code;
                            words = code.Words;
                            s = f.Slots;
                            sp = f.Sp;
                            pc = f.Pc;
                            s[sp++].V = v;
                            break;
                        }
                        case OpCode.YIELD_VALUE:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            f.Sp = sp;
                            f.Pc = pc;
                            f.LastI = instr;
                            f.State = FrameState.Suspended;
                            if (f == entry) return v;
                            {
                                // Resumed stackless (FOR_ITER, SEND): the resumer gets the value pushed.
                                var resumer = f.Back!;
                                f.Generator!.LeaveInline(ts);
                                ts.Frame = resumer;
                                ts.Depth--;
                                f = resumer;
                                code = f.Code;
                                words = code.Words;
                                s = f.Slots;
                                sp = f.Sp;
                                pc = f.Pc;
                                s[sp++].V = v;
                                break;
                            }
                        }
                        case OpCode.SEND:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            var receiver = s[sp - 1].V!;
                            f.LastI = instr;
                            if (receiver is PyGenerator sub && sub.CanEnterInline(v))
                            {
                                resumed = sub;
                                sent = v;
                                goto ResumeGenerator;
                            }
                            var r = Send(receiver, v, out bool returned);
                            if (returned) { s[sp - 1].V = r; pc = arg; }
                            else s[sp++].V = r;
                            break;
                        }
                        case OpCode.ASYNC_GEN_WRAP:
                            s[sp - 1].V = new AsyncGenWrappedValue(s[sp - 1].V!);
                            break;
                        case OpCode.GET_AWAITABLE:
                            s[sp - 1].V = AsyncOps.GetAwaitable(s[sp - 1].V!, arg);
                            break;
                        case OpCode.GET_AITER:
                            s[sp - 1].V = AsyncOps.GetAIter(s[sp - 1].V!);
                            break;
                        case OpCode.GET_ANEXT:
                            s[sp].V = AsyncOps.GetANext(s[sp - 1].V!);
                            sp++;
                            break;
                        case OpCode.END_ASYNC_FOR:
                        {
                            var e = s[--sp].V!;
                            s[sp].V = null;
                            if (!e.type.IsSubtypeOf(PyTypes.StopAsyncIteration)) { exc = (PyBaseException)e; addTraceback = false; goto Unwind; }
                            s[--sp].V = null; // the async iterator
                            break;
                        }
                        case OpCode.BEFORE_ASYNC_WITH:
                        {
                            var mgr = s[sp - 1].V!;
                            var enter = LookupSpecialBound(mgr, Names.AEnter) ?? throw PyErrors.TypeError($"'{mgr.type.Name}' object does not support the asynchronous context manager protocol");
                            var exit = LookupSpecialBound(mgr, Names.AExit) ?? throw PyErrors.TypeError($"'{mgr.type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                            s[sp - 1].V = exit;
                            f.LastI = instr;
                            s[sp++].V = CallObject(enter, ReadOnlySpan<PyObject>.Empty, null);
                            break;
                        }
                        case OpCode.BEFORE_WITH:
                        {
                            var mgr = s[sp - 1].V!;
                            var enter = LookupSpecialBound(mgr, Names.Enter) ?? throw PyErrors.TypeError($"'{mgr.type.Name}' object does not support the context manager protocol");
                            var exit = LookupSpecialBound(mgr, Names.Exit) ?? throw PyErrors.TypeError($"'{mgr.type.Name}' object does not support the context manager protocol (missed __exit__ method)");
                            s[sp - 1].V = exit;
                            f.LastI = instr;
                            s[sp++].V = CallObject(enter, ReadOnlySpan<PyObject>.Empty, null);
                            break;
                        }
                        case OpCode.WITH_EXCEPT_START:
                        {
                            // exit lasti prev exc
                            var e = s[sp - 1].V!;
                            var exit = s[sp - 4].V!;
                            var tb = e is PyBaseException be ? be.Traceback ?? (PyObject)PyNone.Instance : PyNone.Instance;
                            f.LastI = instr;
                            s[sp++].V = CallObject(exit, new PyObject[] { e.type, e, tb }, null);
                            break;
                        }
                        case OpCode.PUSH_EXC_INFO:
                        {
                            var e = s[sp - 1].V!;
                            s[sp - 1].V = ts.ExcInfo ?? PyNone.Instance;
                            ts.ExcInfo = e;
                            s[sp++].V = e;
                            f.HandlerDepth++;
                            break;
                        }
                        case OpCode.POP_EXCEPT:
                            ts.ExcInfo = NoneToNull(s[--sp].V);
                            s[sp].V = null;
                            f.HandlerDepth--;
                            break;
                        case OpCode.RERAISE:
                        {
                            var e = s[--sp].V!;
                            s[sp].V = null;
                            // The handler search starts at this RERAISE; the saved lasti only moves the
                            // frame's reported position (line number, the lasti a handler pushes).
                            if (arg > 0 && s[sp - arg].V is PyInt lasti) reraiseLasti = (int)lasti.Small;
                            exc = e as PyBaseException ?? PyErrors.TypeError("exceptions must derive from BaseException").Value;
                            addTraceback = false;
                            goto Unwind;
                        }
                        case OpCode.RAISE_VARARGS:
                        {
                            PyObject? cause = arg >= 2 ? s[--sp].V : null;
                            PyObject? value = arg >= 1 ? s[--sp].V : null;
                            for (int i = 0; i < arg; i++) s[sp + i].V = null;
                            if (arg == 0)
                            {
                                if (ts.ExcInfo is not PyBaseException current)
                                    throw PyErrors.RuntimeError("No active exception to reraise");
                                exc = current;
                                addTraceback = false;
                                goto Unwind;
                            }
                            exc = Errors.MakeRaised(value!, cause, arg >= 2);
                            goto Unwind;
                        }
                        case OpCode.CHECK_EXC_MATCH:
                        {
                            var t = s[sp - 1].V!;
                            Errors.CheckExceptClass(t, false);
                            s[sp - 1].V = PyBool.FromBool(Errors.GivenExceptionMatches(s[sp - 2].V!, t));
                            break;
                        }
                        case OpCode.CHECK_EG_MATCH:
                        {
                            var t = s[sp - 1].V!;
                            var eg = s[sp - 2].V!;
                            Errors.CheckExceptClass(t, true);
                            var (match, rest) = ExceptionGroups.Split(eg, t);
                            if (match is null)
                            {
                                s[sp - 2].V = eg;
                                s[sp - 1].V = PyNone.Instance;
                            }
                            else
                            {
                                s[sp - 2].V = rest ?? PyNone.Instance;
                                s[sp - 1].V = match;
                                ts.ExcInfo = match;
                            }
                            break;
                        }
                        case OpCode.PREP_RERAISE_STAR:
                        {
                            var list = (PyList)s[--sp].V!;
                            s[sp].V = null;
                            s[sp - 1].V = ExceptionGroups.PrepReraiseStar(s[sp - 1].V!, list);
                            break;
                        }
                        case OpCode.IMPORT_NAME:
                        {
                            var fromlist = s[--sp].V!;
                            var level = s[sp - 1].V!;
                            s[sp].V = null;
                            f.LastI = instr;
                            s[sp - 1].V = Import.ImportName(f, code.Names[arg], fromlist, level);
                            break;
                        }
                        case OpCode.IMPORT_FROM:
                            f.LastI = instr;
                            s[sp].V = Import.ImportFrom(s[sp - 1].V!, code.Names[arg]);
                            sp++;
                            break;
                        case OpCode.IMPORT_STAR:
                        {
                            var module = s[--sp].V!;
                            s[sp].V = null;
                            Import.ImportStar(f, module);
                            break;
                        }
                        case OpCode.LOAD_BUILD_CLASS:
                        {
                            var bc = f.Builtins.GetItemOrNull(StrIntern.Intern("__build_class__"));
                            if (bc is null) { exc = PyErrors.New(PyTypes.NameError, "__build_class__ not found").Value; goto Unwind; }
                            s[sp++].V = bc;
                            break;
                        }
                        case OpCode.SETUP_ANNOTATIONS:
                            SetupAnnotations(f);
                            break;
                        case OpCode.LOAD_ASSERTION_ERROR:
                            s[sp++].V = PyTypes.AssertionError;
                            break;
                        case OpCode.PRINT_EXPR:
                        {
                            var v = s[--sp].V!;
                            s[sp].V = null;
                            PrintExpr(v);
                            break;
                        }
                        case OpCode.GET_LEN:
                            s[sp].V = PyInt.FromLong(PyOps.Length(s[sp - 1].V!));
                            sp++;
                            break;
                        case OpCode.MATCH_MAPPING:
                            s[sp].V = PyBool.FromBool(Matching.IsMapping(s[sp - 1].V!));
                            sp++;
                            break;
                        case OpCode.MATCH_SEQUENCE:
                            s[sp].V = PyBool.FromBool(Matching.IsSequence(s[sp - 1].V!));
                            sp++;
                            break;
                        case OpCode.MATCH_KEYS:
                            s[sp].V = Matching.MatchKeys(s[sp - 2].V!, (PyTuple)s[sp - 1].V!);
                            sp++;
                            break;
                        case OpCode.MATCH_CLASS:
                        {
                            var names = (PyTuple)s[--sp].V!;
                            var cls = s[--sp].V!;
                            var subject = s[sp - 1].V!;
                            s[sp].V = s[sp + 1].V = null;
                            s[sp - 1].V = Matching.MatchClass(subject, cls, arg, names);
                            break;
                        }
                        case OpCode.COPY_DICT_WITHOUT_KEYS:
                            s[sp - 1].V = Matching.CopyDictWithoutKeys(s[sp - 2].V!, (PyTuple)s[sp - 1].V!);
                            break;
                        default:
                            throw PyErrors.SystemError($"unknown opcode {(OpCode)(byte)word} at {instr} in {code.Code.Name}");
                    }
                    continue;

                ResumeGenerator:
                    // FOR_ITER / SEND resume a Python generator or coroutine stackless: its frame runs in
                    // this loop like a call, and YIELD_VALUE, RETURN_VALUE or an exception escaping it
                    // come back to the resumer (which is at f.LastI) without leaving the loop.
                    f.Sp = sp;
                    f.Pc = pc;
                    if (++ts.Depth > ts.Interp.RecursionLimit)
                    {
                        ts.Depth--;
                        resumed = null;
                        sent = null;
                        exc = PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded").Value;
                        goto Unwind;
                    }
                    f = resumed!.EnterInline(ts, f, sent!);
                    resumed = null; // held here, they would keep a dropped generator from being finalised
                    sent = null;
                    ts.Frame = f;
                    code = f.Code;
                    words = code.Words;
                    s = f.Slots;
                    sp = f.Sp;
                    pc = f.Pc;
                    if (ts.TraceActive && (exc = Tracing.Enter(ts, f)) is not null)
                    {
                        instr = f.LastI;
                        thrownBeforeStart |= instr < 0;
                        goto Unwind;
                    }
                }
            }
            catch (PyException e)
            {
                exc = e.Value;
                addTraceback = true;
            }
            catch (InsufficientExecutionStackException)
            {
                exc = PyErrors.New(PyTypes.RecursionError, "maximum recursion depth exceeded").Value;
                addTraceback = true;
            }
            catch (Exception e) when (e is not PyException && !IsFatal(e))
            {
                exc = Errors.FromDotNet(e).Value;
                addTraceback = true;
            }

        Unwind:
            // exc is set; instr is the instruction of frame f that raised.
            while (true)
            {
                f.LastI = reraiseLasti >= 0 ? reraiseLasti : instr;
                reraiseLasti = -1;
                if (addTraceback)
                {
                    // Freshly raised here (by an instruction or native code): chained to the exception
                    // being handled, as _PyErr_SetObject does. Exceptions from callee frames already have a traceback.
                    if (exc!.Traceback is null) Errors.ChainContext(ts, exc);
                    exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, f, instr);
                    if (ts.TraceActive) exc = Tracing.Exception_(ts, f, exc);
                }
                addTraceback = true;
                var handler = thrownBeforeStart ? (Handler: -1, Depth: 0, PushLasti: false) : FindHandler(code, instr);
                thrownBeforeStart = false;
                if (handler.Handler >= 0)
                {
                    int depth = code.NLocalsPlus + handler.Depth;
                    for (int i = depth; i < s.Length; i++) s[i].V = null;
                    sp = depth;
                    if (handler.PushLasti) s[sp++].V = PyInt.FromLong(f.LastI);
                    s[sp++].V = exc;
                    pc = handler.Handler;
                    exc = null;
                    break;
                }
                // No handler: the frame is done.
                if (ts.TraceActive) exc = Tracing.Unwound(ts, f, exc!);
                for (int i = code.NLocalsPlus; i < s.Length; i++) s[i].V = null;
                f.State = FrameState.Raised;
                if (f == entry)
                {
                    f.Sp = code.NLocalsPlus;
                    if (returnRaised) return exc!;
                    throw new PyException(exc!);
                }
                var back = f.Back!;
                // A generator resumed stackless: its resumer sees the exception (PEP 479 applied).
                if (f.Generator is { } raisedGen) exc = raisedGen.LeaveInlineRaised(ts, exc!);
                ts.Frame = back;
                ts.Depth--;
                f = back;
                code = f.Code;
                words = code.Words;
                s = f.Slots;
                instr = f.LastI;
            }
        }
    }

    /// <summary>The value-stack slice holding call arguments, viewed as references (a FrameSlot is one reference).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<PyObject> ArgsSpan(FrameSlot[] s, int start, int count) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<FrameSlot, PyObject>(ref s.AsSpan(start, count).GetPinnableReference()), count);

    private static bool IsFatal(Exception e) => e is OutOfMemoryException || e is ThreadAbortException || e is StackOverflowException;

    private static PyObject? NoneToNull(PyObject? o) => ReferenceEquals(o, PyNone.Instance) ? null : o;

    /// <summary>Binary search of the exception table (entries sorted by start, non-overlapping).</summary>
    private static (int Handler, int Depth, bool PushLasti) FindHandler(PyCode code, int instr)
    {
        var table = code.Code.ExceptionTable;
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var e = table[mid];
            if (instr < e.Start) hi = mid - 1;
            else if (instr >= e.End) lo = mid + 1;
            else return (e.Handler, e.Depth, e.PushLasti);
        }
        return (-1, 0, false);
    }

    /// <summary>The eval breaker: runs pending calls (weakref callbacks, signal handlers) and returns
    /// the exception to raise here (KeyboardInterrupt, or one raised by a signal handler), if any.</summary>
    private static PyBaseException? TakeInterrupt(ThreadState ts)
    {
        if (Gil.SwitchRequested) Gil.YieldIfRequested();
        if (!ts.PendingInterrupt) return null;
        ts.PendingInterrupt = false;
        try
        {
            if (!PendingCalls.IsTarget(ts)) return null;
            PendingCalls.Run(propagate: false);
            return Signals.TakePending(ts);
        }
        catch (PyException e)
        {
            return e.Value;
        }
    }
}
