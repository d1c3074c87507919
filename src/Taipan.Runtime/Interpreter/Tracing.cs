using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// sys.settrace / sys.setprofile with CPython 3.11's events. An untraced thread must not pay for them, so
/// the eval loop only tests <see cref="ThreadState.TraceActive"/> where a frame starts running (call,
/// generator resume, C# entry) and when it unwinds an exception. Everything per instruction comes from
/// instrumentation: while some thread traces, the opcode byte of each instruction of every code object
/// that runs on it is replaced by <see cref="OpCode.TRACE"/>, whose handler delivers line/opcode/return
/// events and then dispatches the original word. Settrace instruments the codes of the frames already
/// on the stack, so a debugger's set_trace() sees the next line of its caller; when no thread traces any
/// more the words are put back and the loop runs at full speed again.
/// </summary>
internal static class Tracing
{
    // CPython's PyTrace_* numbering
    public const int Call = 0, Exception = 1, Line = 2, Return = 3, CCall = 4, CException = 5, CReturn = 6, Opcode = 7;

    private static readonly PyStr[] eventNames =
    {
        StrIntern.Intern("call"), StrIntern.Intern("exception"), StrIntern.Intern("line"), StrIntern.Intern("return"),
        StrIntern.Intern("c_call"), StrIntern.Intern("c_exception"), StrIntern.Intern("c_return"), StrIntern.Intern("opcode"),
    };

    private static readonly List<PyCode> instrumented = new();

    public static void SetTrace(ThreadState ts, PyObject? func)
    {
        ts.TraceFunc = func;
        Changed(ts);
    }

    public static void SetProfile(ThreadState ts, PyObject? func)
    {
        ts.ProfileFunc = func;
        Changed(ts);
    }

    private static void Changed(ThreadState ts)
    {
        ts.UpdateTraceActive();
        if (ts.TraceFunc is not null || ts.ProfileFunc is not null)
        {
            // frames already running trace from their next instruction (their last one was the call
            // that got here, so the rest of its line gives no line event)
            for (var f = ts.Frame; f is not null; f = f.Back)
                if (!f.Code.Instrumented)
                {
                    Instrument(f.Code);
                    f.TracePrev = f.LastI;
                }
            // compiled loops leave at their next guard_no_break; the loop driver does not enter them
            // again for instrumented code (PyJit.BackEdge)
            Taipan.Jit.Backend.JitBreak.Request();
            return;
        }
        foreach (var other in ThreadState.Snapshot())
            if (other.TraceFunc is not null || other.ProfileFunc is not null) return;
        RestoreAll();
    }

    /// <summary>Puts TRACE on every instruction of <paramref name="code"/> but the prologue CPython does
    /// not trace either (MAKE_CELL, COPY_FREE_VARS: its _co_firsttraceable).</summary>
    public static void Instrument(PyCode code)
    {
        if (code.Instrumented) return;
        var words = code.Words;
        var orig = code.OriginalWords ??= (int[])words.Clone();
        int pc = 0;
        while (pc < orig.Length && (OpCode)(byte)orig[pc] is OpCode.MAKE_CELL or OpCode.COPY_FREE_VARS) pc++;
        while (pc < orig.Length)
        {
            var op = (OpCode)(byte)orig[pc];
            words[pc] = (orig[pc] & ~0xFF) | (int)OpCode.TRACE;
            pc += Math.Max(1, OpInfo.Width(op));
        }
        code.Instrumented = true;
        instrumented.Add(code);
    }

    private static void RestoreAll()
    {
        foreach (var code in instrumented)
        {
            Array.Copy(code.OriginalWords!, code.Words, code.Words.Length);
            code.Instrumented = false;
        }
        instrumented.Clear();
    }

    /// <summary>Calls a trace or profile function with events off (CPython's call_trace), with f_lineno
    /// at the frame's current instruction and f_locals written back afterwards (call_trampoline).</summary>
    private static PyObject Invoke(ThreadState ts, Frame f, PyObject func, int what, PyObject arg)
    {
        ts.TracingDepth++;
        ts.TraceActive = false;
        int oldWhat = ts.TracingWhat;
        var oldFrame = ts.TracingFrame;
        ts.TracingWhat = what;
        ts.TracingFrame = f;
        f.MarkEscaped();
        bool snapshot = f.HasLocalsSnapshot;
        if (snapshot) f.GetLocals();
        try
        {
            var r = PyOps.Call(func, new PyObject[] { f, eventNames[what], arg });
            if (snapshot || f.HasLocalsSnapshot) f.LocalsToFast();
            return r;
        }
        finally
        {
            ts.TracingDepth--;
            ts.TracingWhat = oldWhat;
            ts.TracingFrame = oldFrame;
            ts.UpdateTraceActive();
        }
    }

    /// <summary>CPython's trace_trampoline: 'call' goes to the global function, other events to the
    /// frame's f_trace; a result other than None becomes f_trace; an error unsets tracing.</summary>
    private static void TraceEvent(ThreadState ts, Frame f, int what, PyObject arg)
    {
        var cb = what == Call ? ts.TraceFunc : f.Trace;
        if (cb is null || ts.TracingDepth > 0) return;
        PyObject r;
        try
        {
            r = Invoke(ts, f, cb, what, arg);
        }
        catch (PyException)
        {
            SetTrace(ts, null);
            f.Trace = null;
            throw;
        }
        if (!ReferenceEquals(r, PyNone.Instance)) f.Trace = r;
    }

    /// <summary>CPython's profile_trampoline: an error unsets the profile function.</summary>
    private static void ProfileEvent(ThreadState ts, Frame f, int what, PyObject arg)
    {
        var cb = ts.ProfileFunc;
        if (cb is null || ts.TracingDepth > 0) return;
        try
        {
            Invoke(ts, f, cb, what, arg);
        }
        catch (PyException)
        {
            SetProfile(ts, null);
            throw;
        }
    }

    /// <summary>A frame starts or resumes running (CPython's RESUME): 'call' to the trace function, then
    /// to the profile function. Returns the exception a trace function raised.</summary>
    public static PyBaseException? Enter(ThreadState ts, Frame f)
    {
        Instrument(f.Code);
        f.TracePrev = f.LastI;
        try
        {
            if (ts.TraceFunc is not null) TraceEvent(ts, f, Call, PyNone.Instance);
            if (ts.ProfileFunc is not null) ProfileEvent(ts, f, Call, PyNone.Instance);
            return null;
        }
        catch (PyException e)
        {
            return e.Value;
        }
    }

    /// <summary>The TRACE instruction with tracing on (CPython's DO_TRACING and maybe_call_line_trace): a
    /// 'line' event when the instruction starts another line than the one traced before it, or jumps
    /// backwards (not a `yield from`'s SEND); an 'opcode' event if f_trace_opcodes; then 'return' before
    /// RETURN_VALUE and YIELD_VALUE, with the value on top of the stack.</summary>
    public static PyBaseException? Instruction(ThreadState ts, Frame f, int instr, int word)
    {
        int prev = f.TracePrev;
        f.TracePrev = instr;
        var op = (OpCode)(byte)word;
        try
        {
            if (ts.TraceFunc is not null && f.Trace is not null)
            {
                f.LastI = instr;
                var code = f.Code;
                if (!f.TraceLinesOff)
                {
                    int line = code.LineAt(instr);
                    int lastLine = prev < 0 ? -1 : code.LineAt(prev);
                    if (line >= 0 && (line != lastLine || (instr < prev && op != OpCode.SEND)))
                        TraceEvent(ts, f, Line, PyNone.Instance);
                }
                // CPython delivers the opcode event after a jump too, at the target
                if (f.TraceOpcodes) TraceEvent(ts, f, Opcode, PyNone.Instance);
                if (f.TraceJump >= 0) return null;
            }
            if (op is OpCode.RETURN_VALUE or OpCode.YIELD_VALUE)
            {
                f.LastI = instr;
                var v = f.Slots[f.Sp - 1].V ?? PyNone.Instance;
                if (ts.TraceFunc is not null) TraceEvent(ts, f, Return, v);
                if (ts.ProfileFunc is not null) ProfileEvent(ts, f, Return, v);
            }
            return null;
        }
        catch (PyException e)
        {
            // a jump and then an error: the error is raised where the event was (CPython too)
            f.TraceJump = -1;
            f.TraceJumpFromYield = false;
            f.LastI = instr;
            return e.Value;
        }
    }

    /// <summary>An exception raised in (or propagating into) frame <paramref name="f"/> (CPython's
    /// call_exc_trace): the 'exception' event with (type, value, traceback). Returns the exception to
    /// continue with: the trace function's own, if it raised.</summary>
    public static PyBaseException Exception_(ThreadState ts, Frame f, PyBaseException exc)
    {
        if (ts.TraceFunc is null || f.Trace is null) return exc;
        try
        {
            var arg = PyTuple.Wrap(new PyObject[] { exc.type, exc, exc.Traceback ?? (PyObject)PyNone.Instance });
            TraceEvent(ts, f, Exception, arg);
            return exc;
        }
        catch (PyException e)
        {
            return e.Value;
        }
    }

    /// <summary>A frame left by an exception (CPython's TRACE_FUNCTION_UNWIND): 'return' with None.</summary>
    public static PyBaseException Unwound(ThreadState ts, Frame f, PyBaseException exc)
    {
        try
        {
            if (ts.TraceFunc is not null) TraceEvent(ts, f, Return, PyNone.Instance);
            if (ts.ProfileFunc is not null) ProfileEvent(ts, f, Return, PyNone.Instance);
            return exc;
        }
        catch (PyException e)
        {
            return e.Value;
        }
    }

    /// <summary>A call of a builtin function while profiling (CPython's C_TRACE): 'c_call' before it,
    /// then <see cref="CCallEnd"/>; each event has the function as argument.</summary>
    public static void CCallStart(ThreadState ts, Frame f, PyObject func) => ProfileEvent(ts, f, CCall, func);

    public static void CCallEnd(ThreadState ts, Frame f, PyObject func, bool raised)
    {
        if (ts.ProfileFunc is not null) ProfileEvent(ts, f, raised ? CException : CReturn, func);
    }
}
