using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Helpers of the inlined object protocols (Jit/PyJit.InlineSpecial.cs): a class's version tag as a trace
/// value, the instance `Class(...)` allocates, and what a Python `__init__` / binary dunder's return value
/// becomes in its caller when such a frame finishes outside the trace (deoptimised or aborted).
/// </summary>
internal static partial class EvalLoop
{
    /// <summary>Not elidable: the trace guards on its value each time (a class changes its tag when modified).</summary>
    internal static long JitTypeVersion(PyType t) => t.VersionTag;

    /// <summary>object.__new__ of a class CallClass's fast path accepts (checked when the trace was recorded).</summary>
    internal static PyObject JitNewInstance(PyType t) => new PyInstance(t);

    /// <summary>type_call's check of what __init__ returned.</summary>
    internal static PyObject JitInitResult(PyObject self, PyObject r) =>
        ReferenceEquals(r, PyNone.Instance) ? self : throw PyErrors.TypeError($"__init__() should return None, not '{r.type.Name}'");

    /// <summary>
    /// The rest of BINARY_OP after the left operand's Python dunder returned <paramref name="r"/>, for the operand
    /// types the JIT inlines it for (left: an instance of a Python class without `__iXX__` for an inplace op;
    /// right: the same class, or an exact int or float): the right operand's own slot, then the TypeError
    /// (PyOps.BinaryOp1 / InplaceOp from that point on).
    /// </summary>
    internal static PyObject JitBinaryFinish(PyObject a, PyObject b, PyObject r, long op)
    {
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        bool inplace = op >= (int)Compiler.Bytecode.BinaryOperator.InplaceOffset;
        int o = inplace ? (int)op - (int)Compiler.Bytecode.BinaryOperator.InplaceOffset : (int)op;
        if (b.type != a.type)
        {
            var slotw = b.type.NumberSlots[o];
            if (slotw is not null && !ReferenceEquals(slotw, a.type.NumberSlots[o]))
            {
                r = slotw(a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
        }
        var symbol = inplace ? BinaryOpNames.InplaceSymbol((Objects.BinaryOp)o) : BinaryOpNames.Symbol((Objects.BinaryOp)o);
        throw PyErrors.TypeError($"unsupported operand type(s) for {symbol}: '{a.type.Name}' and '{b.type.Name}'");
    }
}
