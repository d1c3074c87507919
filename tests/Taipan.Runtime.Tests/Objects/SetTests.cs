using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

// Iteration orders from python3.11: list(<expression in the comment>).
public class SetTests
{
    private static string Order(PyObject set) => Repr(PyOps.ToList(set));

    [Fact]
    public void Literal_order_matches_cpython() =>
        Assert.Equal("[1099511627776, 1, 3, 1000, -7]", Order(SetDisplay(I(3), I(1), I(1000), PyOps.Power(I(2), I(40)), I(-7)))); // {3, 1, 1000, 2**40, -7}

    [Fact]
    public void Negative_and_colliding_ints()
    {
        Assert.Equal("[16, -2, 8, 24, -3, -1]", Order(SetDisplay(I(-1), I(-2), I(-3), I(8), I(16), I(24))));
        Assert.Equal("[8, 16, -2, 24, -3, -1]", Order(Set(I(-1), I(-2), I(-3), I(8), I(16), I(24)))); // s.add(x) for each x
        Assert.Equal("[2305843009213693952, 2305843009213693953, 5]", Order(SetDisplay(PyOps.Power(I(2), I(61)), PyOps.Add(PyOps.Power(I(2), I(61)), I(1)), I(5))));
        Assert.Equal("[32, 1, 8, 40, 9, 16, 24]", Order(Set(I(8), I(16), I(24), I(32), I(40), I(1), I(9))));
    }

    [Fact]
    public void Growth_policy_matches_cpython()
    {
        Assert.Equal("[4000, 8000, 1000, 5000, 9000, 2000, 6000, 7000, 3000]",
            Order(Set(I(1000), I(2000), I(3000), I(4000), I(5000), I(6000), I(7000), I(8000), I(9000))));
        var items = new PyObject[40];
        for (int x = 0; x < 40; x++) items[x] = I(x * 7919);
        Assert.Equal("[0, 118785, 237570, 55433, 174218, 293003, 110866, 229651, 47514, 166299, 285084, 102947, 221732, 39595, 158380, 277165, 95028, 213813, 31676, 150461, 269246, 87109, 205894, 23757, 142542, 261327, 79190, 197975, 15838, 134623, 253408, 71271, 190056, 308841, 7919, 126704, 245489, 63352, 182137, 300922]",
            Order(Set(items)));
        var r = new PyObject[20];
        for (int x = 0; x < 20; x++) r[x] = I(x - 10);
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1]", Order(PySet.FromIterable(PyTypes.FrozenSet, L(r))));
    }

    [Fact]
    public void Deletions_leave_dummies_that_are_reused_as_cpython_does()
    {
        var s = new PySet();
        for (int i = 0; i < 30; i++) s.Add(I(i));
        for (int i = 0; i < 30; i += 3) s.Discard(I(i));
        s.Add(I(100)); s.Add(I(33));
        Assert.Equal("[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 33, 100]", Order(s));
        var t = Set(I(5), I(13), I(21), I(29), I(37));
        t.Discard(I(13)); t.Discard(I(5)); t.Add(I(45)); t.Add(I(13));
        Assert.Equal("[37, 45, 13, 21, 29]", Order(t));
    }

    [Fact]
    public void Pop_uses_the_finger()
    {
        var s = SetDisplay(I(1), I(2), I(3), I(4), I(5));
        Assert.Equal("1", Repr(Call(s, "pop")));
        Assert.Equal("2", Repr(Call(s, "pop")));
        Assert.Equal("[3, 4, 5]", Order(s));
    }

    [Fact]
    public void Operators_produce_cpython_order()
    {
        Assert.Equal("[1, 2, 3, 100, 4]", Order(PyOps.BinaryOp(SetDisplay(I(1), I(2), I(3)), SetDisplay(I(100), I(4)), BinaryOp.Or)));
        Assert.Equal("[1, 50, 60]", Order(PyOps.BinaryOp(SetDisplay(I(1), I(2), I(3), I(50), I(60)), SetDisplay(I(60), I(50), I(1), I(7)), BinaryOp.And)));
        Assert.Equal("[1, 50, 3, 60]", Order(PyOps.BinaryOp(SetDisplay(I(1), I(2), I(3), I(50), I(60)), SetDisplay(I(2)), BinaryOp.Subtract)));
        Assert.Equal("[1, 2, 900, 5, 4]", Order(PyOps.BinaryOp(SetDisplay(I(1), I(2), I(3)), SetDisplay(I(3), I(4), I(5), I(900)), BinaryOp.Xor)));
        Assert.Equal("[1, 2, 900, 4, 5]", Order(PyOps.BinaryOp(SetDisplay(I(1), I(2), I(3)), Set(I(3), I(4), I(5), I(900)), BinaryOp.Xor))); // y built by y.add
    }

    [Fact]
    public void Mixed_keys_and_reprs()
    {
        Assert.Equal("[0.5, 2.5, (1, 2), (3, 4)]", Order(Set(T(I(1), I(2)), T(I(3), I(4)), F(0.5), F(2.5))));
        Assert.Equal("frozenset({1, 3})", Repr(PySet.FromIterable(PyTypes.FrozenSet, L(I(3), I(1)))));
        Assert.Equal("set()", Repr(new PySet()));
        Assert.True(Set(I(1), F(1.0)).Count == 1); // 1 == 1.0, equal hashes
    }

    [Fact]
    public void Mutation_during_iteration_is_detected()
    {
        var s = Set(I(1), I(2));
        var it = PyOps.GetIter(s);
        PyOps.Next(it);
        s.Add(I(3));
        Assert.Equal("Set changed size during iteration", Message(Raises(PyTypes.RuntimeError, () => PyOps.Next(it))));
    }

    [Fact]
    public void Int_strategy_switches_to_objects_without_moving_keys()
    {
        var s = Set(I(5), I(13), I(21), I(1000), I(-3));
        Assert.Equal(SetStrategy.Int, s.Strategy);
        s.Discard(I(13));
        s.Add(F(2.5)); // python3.11: s.add each of 5,13,21,1000,-3; s.discard(13); s.add(2.5)
        Assert.Equal(SetStrategy.Object, s.Strategy);
        Assert.Equal("[2.5, 5, 1000, 21, -3]", Order(s));

        var t = Set(I(5), I(13), I(21), I(1000), I(-3));
        t.Add(PyBool.True); // bool keys are not plain ints: True stays True
        t.Add(I(1));
        Assert.Equal("[True, 5, 1000, 13, 21, -3]", Order(t));
        Assert.True(Set(I(1), I(2)).Contains(F(1.0)));
        Assert.False(Set(I(1), I(2)).Contains(PyOps.Power(I(2), I(64))));
    }
}
