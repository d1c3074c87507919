using Taipan.Jit.Backend;
using Taipan.Jit.IR;

namespace Taipan.Jit.Tests.Backend;

public sealed class CilBackendTests
{
    static (int exit, object?[] values, ExitBuffer buf) Run(CompiledTrace t, params object?[] inputs)
    {
        var buf = new ExitBuffer();
        buf.Ensure(t.BufferSize);
        for (int j = 0; j < inputs.Length; j++)
        {
            switch (inputs[j])
            {
                case long l: buf.I[j] = l; break;
                case double d: buf.F[j] = d; break;
                default: buf.R[j] = inputs[j]; break;
            }
        }
        int exit = t.Run(buf);
        return (exit, t.Exits[exit].Materialize(buf), buf);
    }

    [Fact]
    public void Loop_runs_until_its_guard_fails_and_exit_carries_live_values()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [i0, i1]
            label(i0, i1)
            i2 = int_lt(i0, 1000000)
            guard_true(i2) [i0, i1]
            i3 = int_add(i1, i0)
            i4 = int_add(i0, 1)
            jump(i4, i3)
            """));
        var (exit, values, _) = Run(t, 0L, 0L);
        Assert.Equal(0, exit);
        Assert.Equal(new object?[] { 1000000L, 499999500000L }, values);
        Assert.True(t.ILSize > 0);
    }

    [Fact]
    public void Add_overflow_leaves_through_guard_no_overflow()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [i0]
            label(i0)
            i1 = int_add_ovf(i0, 1000000000000000000)
            guard_no_overflow() [i0]
            jump(i1)
            """));
        var (exit, values, _) = Run(t, 0L);
        Assert.Equal(0, exit);
        Assert.Equal(9000000000000000000L, values[0]);
    }

    [Theory]
    [InlineData(3037000499L, 3037000499L, false)]
    [InlineData(3037000500L, 3037000500L, true)]
    [InlineData(-4611686018427387904L, 2L, false)]
    [InlineData(4611686018427387904L, 2L, true)]
    [InlineData(long.MinValue, -1L, true)]
    public void Mul_overflow_is_exact(long a, long b, bool overflows)
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [i0, i1]
            i2 = int_mul_ovf(i0, i1)
            guard_no_overflow() [i0]
            finish(i2)
            """));
        var (exit, values, _) = Run(t, a, b);
        Assert.Equal(overflows ? 0 : 1, exit);
        if (!overflows) Assert.Equal(a * b, values[0]);
    }

    [Fact]
    public void Boxes_are_guarded_unboxed_and_allocated()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [p0, p1]
            guard_class(p0, descr=IntBox) [p0, p1]
            i2 = getfield(p0, descr=IntBox.Value)
            guard_class(p1, descr=FloatBox) [p0, p1]
            f3 = getfield(p1, descr=FloatBox.Value)
            f4 = cast_int_to_float(i2)
            f5 = float_mul(f4, f3)
            p6 = new(descr=FloatBox)
            setfield(p6, f5, descr=FloatBox.Value)
            finish(p6)
            """));
        var (exit, values, _) = Run(t, new IntBox(6), new FloatBox(0.5));
        Assert.Equal(2, exit);
        Assert.Equal(3.0, Assert.IsType<FloatBox>(values[0]).Value);
        Assert.Equal(1, Run(t, new IntBox(6), new IntBox(1)).exit);
        Assert.Equal(0, Run(t, null, new FloatBox(1)).exit);
    }

    [Fact]
    public void Residual_call_that_throws_leaves_with_the_exception_pending()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [i0, i1]
            i2 = call(i0, i1, descr=Helpers.Div)
            guard_no_exception() [i0, i1]
            finish(i2)
            """));
        var ok = Run(t, 7L, 2L);
        Assert.Equal(1, ok.exit);
        Assert.Equal(3L, ok.values[0]);
        var bad = Run(t, 7L, 0L);
        Assert.Equal(0, bad.exit);
        Assert.IsType<DivideByZeroException>(bad.buf.Pending);
        Assert.Equal(new object?[] { 7L, 0L }, bad.values);
    }

    [Fact]
    public void Virtuals_in_resume_data_are_materialised_with_sharing()
    {
        var t = Reg.Parse("""
            [i0]
            i1 = int_gt(i0, 10)
            guard_false(i1) []
            finish(i0)
            """);
        var box = new VirtualValue(ClassDescr.Of(typeof(IntBox)));
        box.Fields[0] = t.Inputs[0];
        var pair = new VirtualValue(ClassDescr.Of(typeof(Pair)));
        pair.Fields[0] = box;
        pair.Fields[1] = box;
        t.Ops[1].Resume = new Value[] { pair, Const.Float(1.5) };
        var c = CilBackend.Compile(t);
        var (exit, values, _) = Run(c, 42L);
        Assert.Equal(0, exit);
        var p = Assert.IsType<Pair>(values[0]);
        Assert.Equal(42L, Assert.IsType<IntBox>(p.First).Value);
        Assert.Same(p.First, p.Second);
        Assert.Equal(1.5, values[1]);
    }

    [Fact]
    public void Invalidated_assumption_makes_guard_not_invalidated_fail()
    {
        var t = Reg.Parse("""
            [i0]
            label(i0)
            guard_not_invalidated() [i0]
            i1 = int_add(i0, 1)
            i2 = int_lt(i1, 1000)
            guard_true(i2) [i1]
            jump(i1)
            """);
        var a = new Assumption("global f");
        t.Assumptions.Add(a);
        var c = CilBackend.Compile(t);
        Assert.Equal(1, Run(c, 0L).exit);
        a.Invalidate();
        Assert.True(c.Flag.Invalid);
        Assert.Equal(0, Run(c, 0L).exit);
    }

    [Fact]
    public void Float_comparisons_follow_IEEE_for_NaN()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [f0, f1]
            i2 = float_le(f0, f1)
            i3 = float_ge(f0, f1)
            i4 = float_ne(f0, f1)
            i5 = float_lt(f0, f1)
            finish(i2, i3, i4, i5)
            """));
        Assert.Equal(new object?[] { 0L, 0L, 1L, 0L }, Run(t, double.NaN, 1.0).values);
        Assert.Equal(new object?[] { 1L, 1L, 0L, 0L }, Run(t, 2.0, 2.0).values);
    }

    [Fact]
    public void Arrays_load_store_and_length()
    {
        var t = CilBackend.Compile(Reg.Parse("""
            [p0, i1]
            i2 = getarrayitem(p0, i1, descr=long[])
            i3 = int_mul(i2, 10)
            setarrayitem(p0, 0, i3, descr=long[])
            i4 = arraylen(p0)
            finish(i4)
            """));
        var arr = new long[] { 1, 2, 3 };
        Assert.Equal(3L, Run(t, arr, 2L).values[0]);
        Assert.Equal(30L, arr[0]);
    }

    [Fact]
    public void Trace_beyond_the_MinOpts_cliff_is_refused()
    {
        var sb = new System.Text.StringBuilder("[i0]\n");
        for (int i = 0; i < 1000; i++) sb.Append($"i{i + 1} = int_add(i{i}, 1)\nguard_true(i{i + 1}) [i0]\n");
        sb.Append("finish(i0)\n");
        Assert.Throws<TraceTooLargeException>(() => CilBackend.Compile(Reg.Parse(sb.ToString())));
    }
}
