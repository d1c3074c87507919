namespace Taipan.Runtime.Objects;

/// <summary>Lexicographic comparison shared by tuple and list (first differing item decides).</summary>
internal static class SequenceCompare
{
    public static PyObject Compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb) return PyBool.FromBool(op == CompareOp.Ne);
        int i = 0;
        for (; i < na && i < nb; i++)
            if (!PyOps.EqualsBool(a[i], b[i])) break;
        if (i >= na || i >= nb) return PyBool.FromBool(IntArithmetic.CompareResult(na.CompareTo(nb), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return PyOps.RichCompare(a[i], b[i], op);
    }
}
