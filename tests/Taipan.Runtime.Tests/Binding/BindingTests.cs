using Taipan.Runtime.Binding;
using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Binding;

/// <summary>A module bound by the generator, as Taipan.Modules will declare theirs.</summary>
[PyModule("math")]
internal static partial class TestMathModule
{
    [PyFunction]
    public static double sqrt(double x) =>
        x >= 0 || double.IsNaN(x) ? Math.Sqrt(x) : throw PyErrors.ValueError("math domain error");

    [PyFunction(PosOnly = 0)]
    public static PyObject f(long a, string b = "dflt", PyObject? c = null) =>
        T(I(a), S(b), c ?? PyNone.Instance);
}

// Messages from python3.11, e.g. `'a'.upper(1)`.
public class BindingTests
{
    private static PyObject Fn(string name)
    {
        var d = new PyDict();
        TestMathModule.InstallPyBindings(d);
        return d.GetItem(S(name));
    }

    [Fact]
    public void Generated_methods_work()
    {
        Assert.Equal("'ABC'", Repr(Call(S("abc"), "upper")));
        var l = L();
        Assert.Same(PyNone.Instance, Call(l, "append", I(1)));
        Assert.Equal("[1]", Repr(l));
        Assert.Equal("7", Repr(Call(I(100), "bit_length")));
        Assert.Equal("71", Repr(Call(PyOps.Power(I(2), I(70)), "bit_length")));
        Assert.Equal("['a', 'b']", Repr(Call(S(" a  b "), "split")));
        Assert.Equal("['a', 'b c']", Repr(CallKw(S("a b c"), "split", new PyObject[] { I(1) }, "maxsplit")));
        Assert.Equal("'a-b'", Repr(Call(S("-"), "join", L(S("a"), S("b")))));
        Assert.Equal("'xaxbx'", Repr(Call(S("ab"), "replace", S(""), S("x"))));
        Assert.Equal("'  a  '", Repr(Call(S("a"), "center", I(5))));
        Assert.Equal("(1, 1)", Repr(Call(I(1), "as_integer_ratio")));
        Assert.Equal("(3, 2)", Repr(Call(F(1.5), "as_integer_ratio")));
    }

    [Fact]
    public void Getters_are_descriptors()
    {
        Assert.Equal("5", Repr(PyOps.GetAttr(I(5), S("real"))));
        Assert.Equal("0", Repr(PyOps.GetAttr(I(5), S("imag"))));
        Assert.Equal("<attribute 'real' of 'int' objects>", Repr(PyOps.GetAttr(PyTypes.Int, S("real"))));
        Assert.Equal("<method 'upper' of 'str' objects>", Repr(PyOps.GetAttr(PyTypes.Str, S("upper"))));
        Assert.Equal("'int' object has no attribute 'nope'", Message(Raises(PyTypes.AttributeError, () => PyOps.GetAttr(I(1), S("nope")))));
    }

    [Theory]
    [InlineData("str.upper() takes no arguments (1 given)")]
    public void No_argument_methods(string message) =>
        Assert.Equal(message, Message(Raises(PyTypes.TypeError, () => Call(S("a"), "upper", I(1)))));

    [Fact]
    public void Cpython_argument_errors()
    {
        Assert.Equal("str.upper() takes no keyword arguments", Message(Raises(PyTypes.TypeError, () => CallKw(S("a"), "upper", new PyObject[] { I(1) }, "x"))));
        Assert.Equal("list.append() takes exactly one argument (0 given)", Message(Raises(PyTypes.TypeError, () => Call(L(), "append"))));
        Assert.Equal("list.append() takes exactly one argument (2 given)", Message(Raises(PyTypes.TypeError, () => Call(L(), "append", I(1), I(2)))));
        Assert.Equal("list.append() takes no keyword arguments", Message(Raises(PyTypes.TypeError, () => CallKw(L(), "append", new PyObject[] { I(1) }, "x"))));
        Assert.Equal("insert expected 2 arguments, got 1", Message(Raises(PyTypes.TypeError, () => Call(L(), "insert", I(1)))));
        Assert.Equal("insert expected 2 arguments, got 3", Message(Raises(PyTypes.TypeError, () => Call(L(), "insert", I(1), I(2), I(3)))));
        Assert.Equal("int.bit_length() takes no arguments (1 given)", Message(Raises(PyTypes.TypeError, () => Call(I(1), "bit_length", I(3)))));
        Assert.Equal("split() takes at most 2 arguments (3 given)", Message(Raises(PyTypes.TypeError, () => Call(S("a b"), "split", I(1), I(2), I(3)))));
        Assert.Equal("'foo' is an invalid keyword argument for split()", Message(Raises(PyTypes.TypeError, () => CallKw(S("a b"), "split", new PyObject[] { I(1) }, "foo"))));
        Assert.Equal("argument for split() given by name ('sep') and position (1)", Message(Raises(PyTypes.TypeError, () => CallKw(S("a b"), "split", new PyObject[] { S(" "), S(" ") }, "sep"))));
        Assert.Equal("'str' object cannot be interpreted as an integer", Message(Raises(PyTypes.TypeError, () => Call(L(), "insert", S("a"), I(1)))));
        Assert.Equal("center expected at least 1 argument, got 0", Message(Raises(PyTypes.TypeError, () => Call(S("a"), "center"))));
        Assert.Equal("'float' object cannot be interpreted as an integer", Message(Raises(PyTypes.TypeError, () => Call(S("a"), "center", F(1.5)))));
        Assert.Equal("replace() argument 1 must be str, not int", Message(Raises(PyTypes.TypeError, () => Call(S("a"), "replace", I(1), S("b")))));
        Assert.Equal("can only join an iterable", Message(Raises(PyTypes.TypeError, () => Call(S("a"), "join", I(1)))));
        Assert.Equal("startswith first arg must be str or a tuple of str, not int", Message(Raises(PyTypes.TypeError, () => Call(S("a"), "startswith", I(1)))));
        Assert.Equal("descriptor 'upper' for 'str' objects doesn't apply to a 'int' object",
            Message(Raises(PyTypes.TypeError, () => PyOps.Call(PyOps.GetAttr(PyTypes.Str, S("upper")), new PyObject[] { I(1) }))));
    }

    [Fact]
    public void Module_functions()
    {
        var sqrt = Fn("sqrt");
        Assert.Equal("1.5", Repr(PyOps.Call(sqrt, new PyObject[] { F(2.25) })));
        Assert.Equal("2.0", Repr(PyOps.Call(sqrt, new PyObject[] { I(4) })));
        Assert.Equal("math.sqrt() takes exactly one argument (2 given)", Message(Raises(PyTypes.TypeError, () => PyOps.Call(sqrt, new PyObject[] { I(1), I(2) }))));
        Assert.Equal("must be real number, not str", Message(Raises(PyTypes.TypeError, () => PyOps.Call(sqrt, new PyObject[] { S("a") }))));
        Assert.Equal("math domain error", Message(Raises(PyTypes.ValueError, () => PyOps.Call(sqrt, new PyObject[] { I(-1) }))));
        Assert.Equal("<built-in function sqrt>", Repr(sqrt));

        var f = Fn("f");
        Assert.Equal("(1, 'dflt', None)", Repr(PyOps.Call(f, new PyObject[] { I(1) })));
        Assert.Equal("(1, 'x', 2)", Repr(PyOps.Call(f, new PyObject[] { I(2), S("x"), I(1) }, T(S("c"), S("b"), S("a")))));
        Assert.Equal("f() missing required argument 'a' (pos 1)", Message(Raises(PyTypes.TypeError, () => PyOps.Call(f, ReadOnlySpan<PyObject>.Empty))));
        Assert.Equal("f() argument 'b' must be str, not int", Message(Raises(PyTypes.TypeError, () => PyOps.Call(f, new PyObject[] { I(1), I(2) }))));
    }
}
