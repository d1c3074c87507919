using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Operator;

/// <summary>_operator: the operators as functions (operator.py re-exports them and adds the dunder
/// aliases), plus the native itemgetter/attrgetter/methodcaller types.</summary>
[PyModule("_operator")]
internal static partial class OperatorModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_operator", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("__doc__"), PyStr.FromString(
            "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        m.Dict.SetItem(StrIntern.Intern("itemgetter"), ItemGetter.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("attrgetter"), AttrGetter.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("methodcaller"), MethodCaller.PyTypeObject);
        return m;
    }

    [PyFunction] public static PyObject lt(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Lt);
    [PyFunction] public static PyObject le(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Le);
    [PyFunction] public static PyObject eq(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Eq);
    [PyFunction] public static PyObject ne(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Ne);
    [PyFunction] public static PyObject ge(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Ge);
    [PyFunction] public static PyObject gt(PyObject a, PyObject b) => PyOps.RichCompare(a, b, CompareOp.Gt);

    [PyFunction] public static bool not_(PyObject a) => !PyOps.IsTrue(a);
    [PyFunction] public static bool truth(PyObject a) => PyOps.IsTrue(a);
    [PyFunction] public static bool is_(PyObject a, PyObject b) => ReferenceEquals(a, b);
    [PyFunction] public static bool is_not(PyObject a, PyObject b) => !ReferenceEquals(a, b);

    [PyFunction] public static PyObject abs(PyObject a) => PyOps.Absolute(a);
    [PyFunction] public static PyObject add(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Add);
    [PyFunction] public static PyObject and_(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.And);
    [PyFunction] public static PyObject floordiv(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.FloorDivide);
    [PyFunction] public static PyObject index(PyObject a) => PyOps.Index(a);
    [PyFunction] public static PyObject inv(PyObject a) => PyOps.Invert(a);
    [PyFunction] public static PyObject invert(PyObject a) => PyOps.Invert(a);
    [PyFunction] public static PyObject lshift(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.LShift);
    [PyFunction] public static PyObject mod(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Remainder);
    [PyFunction] public static PyObject mul(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Multiply);
    [PyFunction] public static PyObject matmul(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.MatrixMultiply);
    [PyFunction] public static PyObject neg(PyObject a) => PyOps.Negative(a);
    [PyFunction] public static PyObject or_(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Or);
    [PyFunction] public static PyObject pos(PyObject a) => PyOps.Positive(a);
    [PyFunction] public static PyObject pow(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Power);
    [PyFunction] public static PyObject rshift(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.RShift);
    [PyFunction] public static PyObject sub(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Subtract);
    [PyFunction] public static PyObject truediv(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.TrueDivide);
    [PyFunction] public static PyObject xor(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, BinaryOp.Xor);

    [PyFunction] public static PyObject iadd(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Add);
    [PyFunction] public static PyObject iand(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.And);
    [PyFunction] public static PyObject ifloordiv(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.FloorDivide);
    [PyFunction] public static PyObject ilshift(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.LShift);
    [PyFunction] public static PyObject imod(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Remainder);
    [PyFunction] public static PyObject imul(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Multiply);
    [PyFunction] public static PyObject imatmul(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.MatrixMultiply);
    [PyFunction] public static PyObject ior(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Or);
    [PyFunction] public static PyObject ipow(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Power);
    [PyFunction] public static PyObject irshift(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.RShift);
    [PyFunction] public static PyObject isub(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Subtract);
    [PyFunction] public static PyObject itruediv(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.TrueDivide);
    [PyFunction] public static PyObject ixor(PyObject a, PyObject b) => PyOps.InplaceOp(a, b, BinaryOp.Xor);

    /// <summary>PySequence_Check: __getitem__ and not a dict.</summary>
    private static bool IsSequence(PyObject o) => o.type.GetItem is not null && !o.type.IsSubtypeOf(PyTypes.Dict);

    [PyFunction]
    public static PyObject concat(PyObject a, PyObject b)
    {
        if (!IsSequence(a) || !IsSequence(b)) throw PyErrors.TypeError($"'{a.type.Name}' object can't be concatenated");
        return PyOps.BinaryOp(a, b, BinaryOp.Add);
    }

    [PyFunction]
    public static PyObject iconcat(PyObject a, PyObject b)
    {
        if (!IsSequence(a) || !IsSequence(b)) throw PyErrors.TypeError($"'{a.type.Name}' object can't be concatenated");
        return PyOps.InplaceOp(a, b, BinaryOp.Add);
    }

    [PyFunction] public static bool contains(PyObject a, PyObject b) => PyOps.Contains(a, b);

    [PyFunction]
    public static long countOf(PyObject a, PyObject b)
    {
        var it = IterSearch(a);
        long n = 0;
        while (PyOps.Next(it) is { } x) if (PyOps.EqualsBool(x, b)) n++;
        return n;
    }

    [PyFunction]
    public static long indexOf(PyObject a, PyObject b)
    {
        var it = IterSearch(a);
        long n = 0;
        while (PyOps.Next(it) is { } x)
        {
            if (PyOps.EqualsBool(x, b)) return n;
            n++;
        }
        throw PyErrors.ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary>_PySequence_IterSearch's iterator, with its own message.</summary>
    private static PyObject IterSearch(PyObject a) =>
        PyOps.TryGetIter(a) ?? throw PyErrors.TypeError($"argument of type '{a.type.Name}' is not iterable");

    [PyFunction] public static PyObject getitem(PyObject a, PyObject b) => PyOps.GetItem(a, b);
    [PyFunction] public static void setitem(PyObject a, PyObject b, PyObject c) => PyOps.SetItem(a, b, c);
    [PyFunction] public static void delitem(PyObject a, PyObject b) => PyOps.DelItem(a, b);

    [PyFunction]
    public static PyObject call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ArgParser.Positional(args, kwnames) < 1)
            throw PyErrors.TypeError("call() missing 1 required positional argument: 'obj'");
        return PyOps.Call(args[0], args[1..], kwnames);
    }

    [PyFunction]
    public static long length_hint(PyObject obj, PyObject? @default = null)
    {
        long def = 0;
        if (@default is not null)
        {
            if (@default is not PyInt) throw PyErrors.TypeError($"'{@default.type.Name}' object cannot be interpreted as an integer");
            def = ArgParser.ToLong(@default);
        }
        return LengthHint.Of(obj, def);
    }

    [PyFunction]
    public static bool _compare_digest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            foreach (char ch in sa.Value) if (ch > 127) throw PyErrors.TypeError("comparing strings with non-ASCII characters is not supported");
            foreach (char ch in sb.Value) if (ch > 127) throw PyErrors.TypeError("comparing strings with non-ASCII characters is not supported");
            // constant time in the length of b, as CPython's tscmp
            int result = sa.Value.Length == sb.Value.Length ? 0 : 1;
            var left = result == 0 ? sa.Value : sb.Value;
            for (int i = 0; i < sb.Value.Length; i++) result |= left[i] ^ sb.Value[i];
            return result == 0;
        }
        throw PyErrors.TypeError($"unsupported operand types(s) or combination of types: '{a.type.Name}' and '{b.type.Name}'");
    }
}
