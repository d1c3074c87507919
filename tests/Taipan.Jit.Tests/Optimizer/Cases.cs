namespace Taipan.Jit.Tests.Optimizer;

internal static class Cases
{
    public const string Fold = """
        [i0, p1]
        i2 = int_add(3, 4)
        i3 = int_mul(i0, 1)
        i4 = int_lt(i2, 10)
        guard_true(i4) [i0]
        guard_class(p1, descr=IntBox) [i0]
        guard_class(p1, descr=IntBox) [i0]
        guard_nonnull(p1) [i0]
        i5 = int_add(i3, i2)
        i6 = int_add(i0, 7)
        f7 = cast_int_to_float(i2)
        guard_value(i6, 12) [i0]
        i8 = int_mul(i6, 2)
        i9 = call_pure(3, descr=Helpers.Twice)
        finish(i5, i8, f7, i9)
        """;

    public const string Bounds = """
        [i0, i1]
        label(i0, i1)
        i4 = int_ge(i0, 0)
        guard_true(i4) [i0]
        i2 = int_lt(i0, i1)
        guard_true(i2) [i0]
        i3 = int_add_ovf(i0, 1)
        guard_no_overflow() [i0]
        i5 = int_lt(i3, 1)
        guard_false(i5) [i0]
        i6 = int_mul_ovf(i0, i0)
        guard_no_overflow() [i0]
        jump(i3, i1)
        """;

    public const string Heap = """
        [p0, p1, i2]
        setfield(p0, i2, descr=Cell.Count)
        i3 = getfield(p0, descr=Cell.Count)
        setfield(p0, i3, descr=Cell.Count)
        i4 = getfield(p1, descr=IntBox.Value)
        setfield(p1, 5, descr=Cell.Count)
        i5 = getfield(p0, descr=Cell.Count)
        i6 = getfield(p1, descr=IntBox.Value)
        i7 = call(i5, descr=Helpers.Count)
        i8 = getfield(p1, descr=IntBox.Value)
        i9 = getfield(p1, descr=Cell.Count)
        finish(i3, i4, i5, i6, i8, i9)
        """;

    public const string Virtual = """
        [i0, p1]
        p2 = new(descr=IntBox)
        setfield(p2, i0, descr=IntBox.Value)
        guard_class(p2, descr=IntBox) [p2]
        i3 = getfield(p2, descr=IntBox.Value)
        i4 = int_add(i3, 1)
        p5 = new(descr=Pair)
        setfield(p5, p2, descr=Pair.First)
        setfield(p5, p5, descr=Pair.Second)
        i6 = int_gt(i4, 100)
        guard_false(i6) [p5, i4]
        i7 = ptr_eq(p2, p1)
        setfield(p1, p5, descr=Pair.First)
        finish(i7)
        """;

    public const string Loop = """
        [p0, p1]
        label(p0, p1)
        guard_class(p0, descr=IntBox) [p0, p1]
        i2 = getfield(p0, descr=IntBox.Value)
        guard_class(p1, descr=IntBox) [p0, p1]
        i3 = getfield(p1, descr=IntBox.Value)
        i4 = int_lt(i2, i3)
        guard_true(i4) [p0, p1]
        i5 = int_add_ovf(i2, 1)
        guard_no_overflow() [p0, p1]
        p6 = new(descr=IntBox)
        setfield(p6, i5, descr=IntBox.Value)
        jump(p6, p1)
        """;

    public const string Invariant = """
        [i0, p1]
        label(i0, p1)
        guard_class(p1, descr=IntBox) [i0]
        i2 = getfield(p1, descr=IntBox.Value)
        i3 = int_add(i0, i2)
        guard_true(i3) [i3]
        jump(i3, p1)
        label(i4, p5)
        guard_class(p5, descr=IntBox) [i4]
        i6 = getfield(p5, descr=IntBox.Value)
        i7 = int_add(i4, i6)
        guard_true(i7) [i7]
        jump(i7, p5)
        """;

    public const string Dead = """
        [i0, i1]
        label(i0, i1)
        i2 = int_add(i0, 1)
        i3 = int_mul(i2, 2)
        i4 = int_add(i1, 1)
        i5 = int_lt(i2, 100)
        guard_true(i5) [i2]
        jump(i2, i4)
        label(i6, i7)
        i8 = int_add(i6, 1)
        i9 = int_add(i7, 1)
        i10 = int_lt(i8, 100)
        guard_true(i10) [i8]
        jump(i8, i9)
        """;
}
