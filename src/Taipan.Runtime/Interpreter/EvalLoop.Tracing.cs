using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

internal static partial class EvalLoop
{
    /// <summary>A call instruction reached through TRACE while a profile function is set: a call of a
    /// builtin function (or of a method descriptor with its self, reported bound, as CPython's
    /// trace_call_function does) runs here between 'c_call' and 'c_return'/'c_exception'. False when the
    /// callee is anything else (the instruction then runs as usual).</summary>
    private static bool TryProfiledCall(ThreadState ts, Frame f, FrameSlot[] s, ref int sp, int word)
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
            if (fn.type != PyTypes.BuiltinFunction) return false;
            Tracing.CCallStart(ts, f, fn);
            try { result = CallFunctionEx(fn, cargs, kwargs); }
            catch (PyException) { Tracing.CCallEnd(ts, f, fn, true); throw; }
            Tracing.CCallEnd(ts, f, fn, false);
            for (int i = t; i < sp; i++) s[i].V = null;
            sp = t;
            s[sp++].V = result;
            return true;
        }
        if (op is not (OpCode.CALL or OpCode.CALL_KW or OpCode.CALL_METHOD or OpCode.CALL_METHOD_KW)) return false;
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
        else return false;
        Tracing.CCallStart(ts, f, reported);
        try { result = CallObject(reported, args, kwnames); }
        catch (PyException) { Tracing.CCallEnd(ts, f, reported, true); throw; }
        Tracing.CCallEnd(ts, f, reported, false);
        for (int i = bottom; i < sp; i++) s[i].V = null;
        sp = bottom;
        s[sp++].V = result;
        return true;
    }
}
