using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

public class ContainerTests
{
    [Fact]
    public void Str_is_indexed_by_code_point()
    {
        Assert.Equal(2, PyOps.Length(S("😀a")));                                     // len('😀a')
        Assert.Equal("'😀'", Repr(PyOps.GetItem(S("a😀b"), I(1))));                 // 'a😀b'[1]
        Assert.Equal("'b'", Repr(PyOps.GetItem(S("a😀b"), I(-1))));
        Assert.Equal("'😀b'", Repr(PyOps.GetItem(S("a😀bc"), new PySlice(I(1), I(3), PyNone.Instance)))); // 'a😀bc'[1:3]
        Assert.Equal("string index out of range", Message(Raises(PyTypes.IndexError, () => PyOps.GetItem(S("ab"), I(2)))));
    }

    [Fact]
    public void Str_repr_escapes_like_cpython()
    {
        Assert.Equal("\"a'b\"", Repr(S("a'b")));
        Assert.Equal("'a\\'b\"c'", Repr(S("a'b\"c")));
        Assert.Equal("'\\x00\\t\\n\\x7f\\x80\\xa0é€\\u200b😀\\U000e0001'", Repr(S("\0\t\n\x7f\x80\xa0é€\u200b😀\U000e0001")));
    }

    [Fact]
    public void List_strategies_switch_on_first_foreign_item()
    {
        var l = L(I(1), I(2));
        Assert.Equal(ListStrategy.Int, l.Strategy);
        l.Append(F(2.5));
        Assert.Equal(ListStrategy.Object, l.Strategy);
        Assert.Equal("[1, 2, 2.5]", Repr(l));
        var f = L(F(1.5), F(-0.0));
        Assert.Equal(ListStrategy.Float, f.Strategy);
        Assert.Equal("[1.5, -0.0]", Repr(f));
        var strs = L(S("a"), S("b"));
        Assert.Equal(ListStrategy.Str, strs.Strategy);
        Assert.Equal("'a-b'", Repr(Call(S("-"), "join", strs)));
        PyOps.SetItem(strs, I(0), I(1));
        Assert.Equal(ListStrategy.Object, strs.Strategy);
        Assert.Equal("sequence item 0: expected str instance, int found", Message(Raises(PyTypes.TypeError, () => Call(S("-"), "join", strs))));
        var big = L(PyOps.Power(I(2), I(70)));
        Assert.Equal(ListStrategy.Object, big.Strategy);
    }

    [Fact]
    public void List_methods_and_recursive_repr()
    {
        var l = L(I(1), I(2), I(3));
        Call(l, "insert", I(0), I(9));
        Call(l, "append", l);
        Assert.Equal("[9, 1, 2, 3, [...]]", Repr(l));
        Assert.Equal("[...]", Repr(Call(l, "pop")).Substring(0, 5) == "[9, 1" ? "[...]" : "x");
        Assert.Equal("[9, 1, 2, 3]", Repr(l));
        Assert.Equal("list index out of range", Message(Raises(PyTypes.IndexError, () => PyOps.GetItem(l, I(10)))));
        Assert.Equal("[2, 3]", Repr(PyOps.GetItem(l, new PySlice(I(-2), PyNone.Instance, PyNone.Instance))));
    }

    [Fact]
    public void Dict_keeps_insertion_order_and_detects_mutation()
    {
        var d = new PyDict();
        d.SetItem(I(1), I(2));
        d.SetItem(S("a"), L(I(1), F(2.5), PyNone.Instance));
        Assert.Equal("{1: 2, 'a': [1, 2.5, None]}", Repr(d)); // repr({1:2,'a':[1,2.5,None]})
        d.SetItem(I(1), I(3));
        d.DelItem(S("a"));
        d.SetItem(S("a"), I(0));
        Assert.Equal("{1: 3, 'a': 0}", Repr(d));
        Assert.True(d.ContainsKey(F(1.0)));

        var it = PyOps.GetIter(d);
        PyOps.Next(it);
        d.SetItem(I(5), I(5));
        Assert.Equal("dictionary changed size during iteration", Message(Raises(PyTypes.RuntimeError, () => PyOps.Next(it))));

        var e = new PyDict();
        e.SetItem(I(1), I(1));
        var it2 = PyOps.GetIter(e);
        PyOps.Next(it2);
        e.DelItem(I(1));
        e.SetItem(I(2), I(2)); // for k in d: del d[k]; d[2] = 2
        Assert.Equal("dictionary keys changed during iteration", Message(Raises(PyTypes.RuntimeError, () => PyOps.Next(it2))));
        Assert.Equal("dict_keys([2])", Repr(Call(e, "keys")));
        Assert.Equal("dict_items([(2, 2)])", Repr(Call(e, "items")));
    }

    [Fact]
    public void Dict_grows_and_deletes()
    {
        var d = new PyDict();
        for (int i = 0; i < 1000; i++) d.SetItem(I(i), I(i * 2));
        for (int i = 0; i < 1000; i += 2) d.DelItem(I(i));
        Assert.Equal(500, d.Count);
        Assert.Equal("1998", Repr(d.GetItem(I(999))));
        Assert.Equal("KeyError", Raises(PyTypes.KeyError, () => d.GetItem(I(0))).PythonType.Name);
        Assert.True(d.AllStrKeys == false);
        var s = new PyDict();
        s.SetItem(S("x"), I(1));
        Assert.True(s.AllStrKeys);
    }

    [Fact]
    public void Tuples_ranges_and_slices()
    {
        Assert.Equal("(1,)", Repr(T(I(1))));
        Assert.Equal("()", Repr(PyTuple.Empty));
        Assert.Equal("range(0, 10, 2)", Repr(PyOps.Call(PyTypes.Range, new PyObject[] { I(0), I(10), I(2) })));
        var r = PyOps.Call(PyTypes.Range, new PyObject[] { I(10), I(0), I(-3) });
        Assert.Equal("[10, 7, 4, 1]", Repr(PyOps.ToList(r)));
        Assert.True(PyOps.Contains(r, I(4)));
        Assert.Equal("slice(1, None, None)", Repr(new PySlice(I(1), PyNone.Instance, PyNone.Instance)));
        Assert.Equal("[3, 1]", Repr(PyOps.GetItem(L(I(1), I(2), I(3)), new PySlice(PyNone.Instance, PyNone.Instance, I(-2)))));
    }

    private static PyObject New(PyType t, PyObject[] args, params string[] kw)
    {
        var names = new PyObject[kw.Length];
        for (int i = 0; i < kw.Length; i++) names[i] = S(kw[i]);
        return PyOps.Call(t, args, kw.Length == 0 ? null : T(names));
    }

    [Fact]
    public void Constructors_like_cpython()
    {
        Assert.Equal("[1, 2]", Repr(New(PyTypes.List, new PyObject[] { T(I(1), I(2)) })));
        Assert.Equal("('a', 'b')", Repr(New(PyTypes.Tuple, new PyObject[] { S("ab") })));
        Assert.Equal("{1: 2, 'a': 3}", Repr(New(PyTypes.Dict, new PyObject[] { L(T(I(1), I(2))), I(3) }, "a"))); // dict([(1,2)], a=3)
        Assert.Equal("{1, 2}", Repr(New(PyTypes.Set, new PyObject[] { L(I(2), I(1), I(2)) })));
        Assert.Equal("list expected at most 1 argument, got 2", Message(Raises(PyTypes.TypeError, () => New(PyTypes.List, new PyObject[] { I(1), I(2) }))));
        Assert.Equal("list() takes no keyword arguments", Message(Raises(PyTypes.TypeError, () => New(PyTypes.List, new PyObject[] { I(1) }, "x"))));
        Assert.Equal("tuple expected at most 1 argument, got 2", Message(Raises(PyTypes.TypeError, () => New(PyTypes.Tuple, new PyObject[] { I(1), I(2) }))));
        Assert.Equal("set() takes no keyword arguments", Message(Raises(PyTypes.TypeError, () => New(PyTypes.Set, new PyObject[] { I(1) }, "x"))));
        Assert.Equal("frozenset() takes no keyword arguments", Message(Raises(PyTypes.TypeError, () => New(PyTypes.FrozenSet, new PyObject[] { I(1) }, "x"))));
        Assert.Equal("dict expected at most 1 argument, got 2", Message(Raises(PyTypes.TypeError, () => New(PyTypes.Dict, new PyObject[] { I(1), I(2) }))));
        Assert.Equal("'int' object is not iterable", Message(Raises(PyTypes.TypeError, () => New(PyTypes.List, new PyObject[] { I(1) }))));
        Assert.Equal("cannot convert dictionary update sequence element #0 to a sequence", Message(Raises(PyTypes.TypeError, () => New(PyTypes.Dict, new PyObject[] { L(I(1)) }))));
        Assert.Equal("dictionary update sequence element #0 has length 3; 2 is required", Message(Raises(PyTypes.ValueError, () => New(PyTypes.Dict, new PyObject[] { L(T(I(1), I(2), I(3))) }))));
        Assert.Equal("'float' object cannot be interpreted as an integer", Message(Raises(PyTypes.TypeError, () => New(PyTypes.Range, new PyObject[] { F(1.5) }))));
    }

    [Fact]
    public void Case_mapping_is_cpythons_full_mapping()
    {
        // repr('straße ǰ ﬃ 𐐨 İ ᾳ'.upper()), repr('İSTANBUL 𐐀 ᾼ'.lower()) in python3.11
        Assert.Equal("'STRASSE J̌ FFI 𐐀 İ ΑΙ'", Repr(Call(S("straße ǰ ﬃ 𐐨 İ ᾳ"), "upper")));
        Assert.Equal("'i̇stanbul 𐐨 ᾳ'", Repr(Call(S("İSTANBUL 𐐀 ᾼ"), "lower")));
        Assert.Equal(9, PyOps.Length(Call(S("İSTANBUL"), "lower")));
    }
}
