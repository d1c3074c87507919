using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

internal static partial class EvalLoop
{
    private const int TraceRaised = -1, TraceCallDone = -2;

    /// <summary>The TRACE instruction at <paramref name="instr"/> (f.Sp/f.Pc hold the loop's state): delivers
    /// the events, and returns the original word to dispatch, with f.Pc one past it (moved when the trace
    /// function set f_lineno); or <see cref="TraceRaised"/> (the exception is in f.TraceError); or
    /// <see cref="TraceCallDone"/> when a profiled builtin call ran here (f.Sp/f.Pc are after it).</summary>
    private static int TraceStep(ThreadState ts, Frame f, int instr)
    {
        var code = f.Code;
        int word = code.OriginalWords![instr];
        if (!ts.TraceActive)
        {
            f.TracePrev = instr;
            return word;
        }
        if (Tracing.Instruction(ts, f, instr, word) is { } error)
        {
            f.TraceError = error;
            return TraceRaised;
        }
        if (f.TraceJumpFromYield)
        {
            // set at the yield's 'return' event: it still yields (FrameJump left the value on top) and
            // resumes at the target
            f.Pc = f.TraceJump;
            f.TraceJump = -1;
            f.TraceJumpFromYield = false;
            return word;
        }
        if (f.TraceJump >= 0)
        {
            // f_lineno was set: continue at the target, without another line event
            instr = f.TraceJump;
            f.TraceJump = -1;
            f.TracePrev = instr;
            f.Pc = instr + 1;
            word = code.OriginalWords[instr];
        }
        if (ts.ProfileFunc is not null)
        {
            try
            {
                int sp = ProfiledCall(ts, f, f.Slots, f.Sp, word);
                if (sp >= 0)
                {
                    f.Sp = sp;
                    f.Pc = instr + Math.Max(1, OpInfo.Width((OpCode)(byte)word));
                    return TraceCallDone;
                }
            }
            catch (PyException e)
            {
                f.LastI = instr;
                f.TraceError = e.Value;
                return TraceRaised;
            }
        }
        return word;
    }

    private static PyBaseException TakeTraceError(Frame f)
    {
        var e = f.TraceError!;
        f.TraceError = null;
        return e;
    }

    /// <summary>A call instruction reached through TRACE while a profile function is set: a call of a
    /// builtin function (or of a method descriptor with its self, reported bound, as CPython's
    /// trace_call_function does) runs here between 'c_call' and 'c_return'/'c_exception'. False when the
    /// callee is anything else (the instruction then runs as usual). Returns the new stack pointer, or -1
    /// when the call was not made here (sp is passed by value: a `ref` to it would keep the loop's hottest
    /// local out of a register in the whole of Execute).</summary>
    private static int ProfiledCall(ThreadState ts, Frame f, FrameSlot[] s, int sp, int word)
    {
        var op = (OpCode)(byte)word;
        int arg = (int)((uint)word >> 8);
        PyObject result;
        if (op == OpCode.CALL_FUNCTION_EX)
        {
            int t = sp;
            PyObject? kwargs = (arg & 1) != 0 ? s[--t].V : null;
            var cargs = s[--t].V!;
            var fn = s[--t].V!;
            if (fn.type != PyTypes.BuiltinFunction) return -1;
            Tracing.CCallStart(ts, f, fn);
            try { result = CallFunctionEx(fn, cargs, kwargs); }
            catch (PyException) { Tracing.CCallEnd(ts, f, fn, true); throw; }
            Tracing.CCallEnd(ts, f, fn, false);
            for (int i = t; i < sp; i++) s[i].V = null;
            sp = t;
            s[sp++].V = result;
            return sp;
        }
        if (op is not (OpCode.CALL or OpCode.CALL_KW or OpCode.CALL_METHOD or OpCode.CALL_METHOD_KW)) return -1;
        PyTuple? kwnames = null;
        int top = sp;
        if (op is OpCode.CALL_KW or OpCode.CALL_METHOD_KW) kwnames = (PyTuple)s[--top].V!;
        int argc = arg;
        int argStart = top - argc;
        int bottom;
        PyObject callable;
        if (op is OpCode.CALL_METHOD or OpCode.CALL_METHOD_KW)
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
        var args = ArgsSpan(s, argStart, argc);
        PyObject reported;
        if (callable.type == PyTypes.BuiltinFunction) reported = callable;
        else if (callable.type == PyTypes.MethodDescriptor && argc > 0 && callable.type.DescrGet is { } get)
        {
            reported = get(callable, args[0], args[0].type);
            args = args[1..];
        }
        else return -1;
        Tracing.CCallStart(ts, f, reported);
        try { result = CallObject(reported, args, kwnames); }
        catch (PyException) { Tracing.CCallEnd(ts, f, reported, true); throw; }
        Tracing.CCallEnd(ts, f, reported, false);
        for (int i = bottom; i < sp; i++) s[i].V = null;
        sp = bottom;
        s[sp++].V = result;
        return sp;
    }
}
