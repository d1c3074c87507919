using Taipan.Compiler.Bytecode;

namespace Taipan.Runtime.Objects;

/// <summary>
/// code.__eq__ and __hash__ as CPython's code_richcompare/code_hash: two code objects are equal when their
/// names, signature counts, flags, first line, instructions, line and exception tables, names and
/// constants are; constants compare by type and value (0, 0.0, False and -0.0 all differ, as
/// _PyCode_ConstantKey makes them).
/// </summary>
internal static class CodeEquality
{
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyCode x || b is not PyCode y) return PyNotImplemented.Instance;
        bool eq = Equal(x, y);
        return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
    }

    public static long Hash(PyObject o)
    {
        var c = (PyCode)o;
        long h = PyOps.Hash(c.Name);
        h = h * 1000003 ^ c.ArgCount;
        h = h * 1000003 ^ c.PosOnlyArgCount;
        h = h * 1000003 ^ c.KwOnlyArgCount;
        h = h * 1000003 ^ (long)c.Flags;
        h = h * 1000003 ^ c.Code.Code.Length;
        h = h * 1000003 ^ c.Consts.Length;
        return h == -1 ? -2 : h;
    }

    private static bool Equal(PyCode x, PyCode y)
    {
        if (ReferenceEquals(x, y)) return true;
        var a = x.Code;
        var b = y.Code;
        if (a.Name != b.Name || x.ArgCount != y.ArgCount || x.PosOnlyArgCount != y.PosOnlyArgCount
            || x.KwOnlyArgCount != y.KwOnlyArgCount || x.Flags != y.Flags || a.FirstLineNo != b.FirstLineNo)
            return false;
        if (!a.Code.AsSpan().SequenceEqual(b.Code) || !a.LineTable.AsSpan().SequenceEqual(b.LineTable)) return false;
        if (!a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable)) return false;
        if (!a.Names.AsSpan().SequenceEqual(b.Names) || !a.VarNames.AsSpan().SequenceEqual(b.VarNames)
            || !a.CellVars.AsSpan().SequenceEqual(b.CellVars) || !a.FreeVars.AsSpan().SequenceEqual(b.FreeVars))
            return false;
        if (x.Consts.Length != y.Consts.Length) return false;
        for (int i = 0; i < x.Consts.Length; i++)
            if (!SameConstant(x.Consts[i], y.Consts[i])) return false;
        return true;
    }

    private static bool SameConstant(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.type != b.type) return false;
        switch (a)
        {
            case PyFloat fa:
                return BitConverter.DoubleToInt64Bits(fa.Value) == BitConverter.DoubleToInt64Bits(((PyFloat)b).Value);
            case PyComplex ca:
            {
                var cb = (PyComplex)b;
                return BitConverter.DoubleToInt64Bits(ca.Real) == BitConverter.DoubleToInt64Bits(cb.Real)
                    && BitConverter.DoubleToInt64Bits(ca.Imag) == BitConverter.DoubleToInt64Bits(cb.Imag);
            }
            case PyTuple ta:
            {
                var tb = (PyTuple)b;
                if (ta.Count != tb.Count) return false;
                for (int i = 0; i < ta.Count; i++)
                    if (!SameConstant(ta[i], tb[i])) return false;
                return true;
            }
            case PyCode code:
                return Equal(code, (PyCode)b);
            default:
                return PyOps.EqualsBool(a, b);
        }
    }
}
