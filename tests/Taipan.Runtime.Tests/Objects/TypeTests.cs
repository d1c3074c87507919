using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

public class TypeTests
{
    private static PyType Class(string name, params PyType[] bases) => PyType.CreateHeapType(PyTypes.Type, name, bases, new PyDict());

    private static string MroNames(PyType t)
    {
        var names = new List<string>();
        foreach (var k in t.Mro) names.Add(k.Name);
        return string.Join(",", names);
    }

    [Fact]
    public void C3_linearisation()
    {
        // class O; A(O); B(O); C(O); D(O); E(O); K1(A,B,C); K2(D,B,E); K3(D,A); Z(K1,K2,K3)
        var a = Class("A"); var b = Class("B"); var c = Class("C"); var d = Class("D"); var e = Class("E");
        var k1 = Class("K1", a, b, c); var k2 = Class("K2", d, b, e); var k3 = Class("K3", d, a);
        var z = Class("Z", k1, k2, k3);
        Assert.Equal("Z,K1,K2,K3,D,A,B,C,E,object", MroNames(z)); // [c.__name__ for c in Z.__mro__]
    }

    [Fact]
    public void Inconsistent_mro_reports_like_cpython()
    {
        var a = Class("A");
        var b = Class("B", a);
        var e = Raises(PyTypes.TypeError, () => Class("C", a, b)); // class C(A, B)
        Assert.Equal("Cannot create a consistent method resolution\norder (MRO) for bases A, B", Message(e));
        Assert.Equal("duplicate base class A", Message(Raises(PyTypes.TypeError, () => Class("C", a, a))));
    }

    [Fact]
    public void Builtin_mros_and_errors()
    {
        Assert.Equal("bool,int,object", MroNames(PyTypes.Bool));
        Assert.Equal("ZeroDivisionError,ArithmeticError,Exception,BaseException,object", MroNames(PyTypes.ZeroDivisionError));
        Assert.Equal("type 'bool' is not an acceptable base type", Message(Raises(PyTypes.TypeError, () => Class("X", PyTypes.Bool))));
        Assert.Equal("multiple bases have instance lay-out conflict", Message(Raises(PyTypes.TypeError, () => Class("X", PyTypes.Int, PyTypes.Str))));
        Assert.Same(PyTypes.Type, PyTypes.Type.Type);
        Assert.Equal("<class 'int'>", Repr(PyTypes.Int));
    }

    [Fact]
    public void Version_tag_changes_with_the_hierarchy()
    {
        var a = Class("A");
        var b = Class("B", a);
        uint before = b.VersionTag;
        a.SetTypeAttribute(S("x"), I(1));
        Assert.NotEqual(before, b.VersionTag);
        Assert.Equal("1", Repr(b.Lookup("x")!));
        Assert.Equal("cannot set 'x' attribute of immutable type 'int'",
            Message(Raises(PyTypes.TypeError, () => PyTypes.Int.SetTypeAttribute(S("x"), I(1)))));
    }

    [Fact]
    public void Slots_come_from_special_methods_of_heap_types()
    {
        var a = Class("A", PyTypes.Int);
        Assert.Same(PyTypes.Int.NumberSlots[(int)BinaryOp.Add], a.NumberSlots[(int)BinaryOp.Add]); // inherited builtin slot
        a.SetTypeAttribute(S("__add__"), PyOps.GetAttr(PyTypes.Int, S("bit_length")));
        Assert.NotSame(PyTypes.Int.NumberSlots[(int)BinaryOp.Add], a.NumberSlots[(int)BinaryOp.Add]); // wrapper now
        var d = new PyDict();
        d.SetItem(S("__eq__"), PyNone.Instance);
        var h = PyType.CreateHeapType(PyTypes.Type, "H", Array.Empty<PyType>(), d);
        Assert.Same(PyOps.HashNotImplemented, h.Hash); // __eq__ without __hash__ makes instances unhashable
    }

    [Fact]
    public void Interpreter_state_is_per_interpreter()
    {
        var mine = new InterpreterState();
        Assert.Equal("maxdigits must be 0 or larger than 640", Message(Raises(PyTypes.ValueError, () => mine.SetIntMaxStrDigits(5))));
        mine.SetIntMaxStrDigits(640);
        var previous = mine.Enter();
        try
        {
            Assert.Equal("Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                Message(Raises(PyTypes.ValueError, () => Repr(PyOps.Power(I(10), I(700))))));
        }
        finally { InterpreterState.Exit(previous); }
        Assert.Equal(701, Repr(PyOps.Power(I(10), I(700))).Length);
    }
}
