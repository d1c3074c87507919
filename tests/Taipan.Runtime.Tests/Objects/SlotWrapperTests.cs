using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

/// <summary>A stand-in for Python functions (which arrive with the interpreter): callable,
/// and binds its first argument when found on a class, as functions do.</summary>
internal sealed class TestFunction : PyObject
{
    private static readonly PyType FunctionType = CreateType();
    private readonly Func<PyObject[], PyObject> body;
    private readonly PyObject? self;

    public TestFunction(Func<PyObject[], PyObject> body, PyObject? self = null) : base(FunctionType)
    {
        this.body = body;
        this.self = self;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "test_function", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
        t.Call = static (callable, args, kwnames) =>
        {
            var f = (TestFunction)callable;
            var all = new List<PyObject>();
            if (f.self is not null) all.Add(f.self);
            foreach (var a in args) all.Add(a);
            return f.body(all.ToArray());
        };
        t.DescrGet = static (descr, instance, owner) =>
            instance is null ? descr : new TestFunction(((TestFunction)descr).body, instance);
        return t;
    }
}

public class SlotWrapperTests
{
    private static PyType IntSubclass(params (string Name, Func<PyObject[], PyObject> Body)[] methods)
    {
        var d = new PyDict();
        foreach (var (name, body) in methods) d.SetItem(S(name), new TestFunction(body));
        return PyType.CreateHeapType(PyTypes.Type, "MyInt", new[] { PyTypes.Int }, d);
    }

    [Fact]
    public void Binary_operators_call_the_special_methods()
    {
        var t = IntSubclass(
            ("__add__", a => S("add " + Repr(a[1]))),
            ("__radd__", a => S("radd " + Repr(a[1]))));
        var x = new PyInt(t, 5);
        Assert.Equal("'add 1'", Repr(PyOps.Add(x, I(1))));
        // int + subclass: the subclass's reflected method goes first (binary_op1 + SLOT1BINFULL).
        Assert.Equal("'radd 1'", Repr(PyOps.Add(I(1), x)));
        // Not overridden: int's own slot, inherited.
        Assert.Equal("10", Repr(PyOps.Multiply(x, I(2))));
    }

    [Fact]
    public void Repr_hash_and_equality_come_from_the_class()
    {
        var t = IntSubclass(
            ("__repr__", a => S("<mine>")),
            ("__eq__", a => PyBool.True),
            ("__hash__", a => PyOps.Power(I(2), I(61))));
        var x = new PyInt(t, 5);
        Assert.Equal("<mine>", Repr(x));
        Assert.Equal(1L << 61, PyOps.Hash(x)); // a result that fits in a word is the hash as is (slot_tp_hash)
        var big = IntSubclass(("__hash__", a => PyOps.Add(PyOps.Power(I(2), I(64)), I(5))));
        Assert.Equal(13, PyOps.Hash(new PyInt(big, 5))); // a bigger one is reduced like hash(int)
        Assert.True(PyOps.EqualsBool(x, S("anything")));
        var bad = IntSubclass(("__repr__", a => I(1)));
        Assert.Equal("__repr__ returned non-string (type int)", Message(Raises(PyTypes.TypeError, () => Repr(new PyInt(bad, 1)))));
    }

    [Fact]
    public void Assigning_a_special_method_later_updates_the_slot()
    {
        var t = IntSubclass();
        var x = new PyInt(t, 5);
        Assert.Equal("6", Repr(PyOps.Add(x, I(1))));
        t.SetTypeAttribute(S("__add__"), new TestFunction(a => S("patched")));
        Assert.Equal("'patched'", Repr(PyOps.Add(x, I(1))));
        t.SetTypeAttribute(S("__add__"), null);
        Assert.Equal("6", Repr(PyOps.Add(x, I(1))));
    }
}
