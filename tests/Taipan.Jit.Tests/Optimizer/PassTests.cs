namespace Taipan.Jit.Tests.Optimizer;

/// <summary>Each optimizer pass alone: a textual trace in, a textual trace out.</summary>
public sealed class PassTests
{
    static void Same(string expected, string actual) => Assert.Equal(Reg.Norm(expected), actual);

    [Fact]
    public void ConstFold_folds_constants_identities_CSE_known_classes_and_promoted_values()
    {
        Same("""
            [i0, p1]
            guard_class(p1, descr=IntBox) [i0]
            i5 = int_add(i0, 7)
            guard_value(i5, 12) [i0]
            finish(12, 24, 7.0, 6)
            """, Opt.ConstFold(Cases.Fold));
    }

    [Fact]
    public void ConstFold_uses_integer_bounds_to_drop_overflow_checks_and_decided_guards()
    {
        Same("""
            [i0, i1]
            label(i0, i1)
            i4 = int_ge(i0, 0)
            guard_true(i4) [i0]
            i2 = int_lt(i0, i1)
            guard_true(i2) [i0]
            i3 = int_add(i0, 1)
            i6 = int_mul_ovf(i0, i0)
            guard_no_overflow() [i0]
            jump(i3, i1)
            """, Opt.ConstFold(Cases.Bounds));
    }

    [Fact]
    public void HeapCache_reuses_loads_drops_redundant_stores_and_forgets_on_aliasing_writes_and_calls()
    {
        Same("""
            [p0, p1, i2]
            setfield(p0, i2, descr=Cell.Count)
            i4 = getfield(p1, descr=IntBox.Value)
            setfield(p1, 5, descr=Cell.Count)
            i5 = getfield(p0, descr=Cell.Count)
            i7 = call(i5, descr=Helpers.Count)
            i9 = getfield(p1, descr=Cell.Count)
            finish(i2, i4, i5, i4, i4, i9)
            """, Opt.HeapCache(Cases.Heap));
    }

    [Fact]
    public void Virtuals_remove_allocations_keep_them_in_resume_data_and_materialise_where_they_escape()
    {
        Same("""
            [i0, p1]
            i1 = int_add(i0, 1)
            i2 = int_gt(i1, 100)
            guard_false(i2) [<Pair#1 First=<IntBox#2 Value=i0> Second=#1>, i1]
            p3 = new(descr=Pair)
            p4 = new(descr=IntBox)
            setfield(p4, i0, descr=IntBox.Value)
            setfield(p3, p4, descr=Pair.First)
            setfield(p3, p3, descr=Pair.Second)
            setfield(p1, p3, descr=Pair.First)
            finish(0)
            """, Opt.Virtuals(Cases.Virtual));
    }

    [Fact]
    public void Unroll_peels_one_iteration_in_front_of_a_copy_on_fresh_label_arguments()
    {
        var text = Opt.Unroll(Cases.Loop);
        Assert.Contains("jump(p6, p1)\nlabel(p2, p3)\nguard_class(p2, descr=IntBox) [p2, p3]\n", text);
        Assert.EndsWith("setfield(p10, i9, descr=IntBox.Value)\njump(p10, p3)\n", text);
    }

    [Fact]
    public void Invariants_replace_label_arguments_the_loop_passes_back_unchanged()
    {
        Same("""
            [i0, p1]
            label(i0, p1)
            guard_class(p1, descr=IntBox) [i0]
            i2 = getfield(p1, descr=IntBox.Value)
            i3 = int_add(i0, i2)
            guard_true(i3) [i3]
            jump(i3)
            label(i4)
            guard_class(p1, descr=IntBox) [i4]
            i6 = getfield(p1, descr=IntBox.Value)
            i7 = int_add(i4, i6)
            guard_true(i7) [i7]
            jump(i7)
            """, Opt.Invariants(Cases.Invariant));
    }

    [Fact]
    public void LoopFields_carries_a_field_the_loop_reads_then_writes_in_a_label_argument()
    {
        Same("""
            [p0]
            label(p0)
            i1 = getfield(p0, descr=Cell.Count)
            i2 = int_add(i1, 1)
            setfield(p0, i2, descr=Cell.Count)
            guard_true(i2) [i2]
            jump(i2)
            label(i0)
            i4 = int_add(i0, 1)
            setfield(p0, i4, descr=Cell.Count)
            guard_true(i4) [i4]
            jump(i4)
            """, Opt.LoopFields("""
            [p0]
            label(p0)
            i1 = getfield(p0, descr=Cell.Count)
            i2 = int_add(i1, 1)
            setfield(p0, i2, descr=Cell.Count)
            guard_true(i2) [i2]
            jump()
            label()
            i3 = getfield(p0, descr=Cell.Count)
            i4 = int_add(i3, 1)
            setfield(p0, i4, descr=Cell.Count)
            guard_true(i4) [i4]
            jump()
            """));
    }

    [Fact]
    public void LoopFields_leaves_a_field_read_after_a_call_in_memory()
    {
        const string trace = """
            [p0]
            label(p0)
            i1 = getfield(p0, descr=Cell.Count)
            setfield(p0, i1, descr=Cell.Count)
            jump()
            label()
            i2 = call(i1, descr=Helpers.Count)
            i3 = getfield(p0, descr=Cell.Count)
            setfield(p0, i3, descr=Cell.Count)
            jump()
            """;
        Same(trace, Opt.LoopFields(trace));
    }

    [Fact]
    public void DeadCode_removes_unused_ops_and_loop_carried_values_nobody_reads()
    {
        Same("""
            [i0, i1]
            label(i0, i1)
            i2 = int_add(i0, 1)
            i5 = int_lt(i2, 100)
            guard_true(i5) [i2]
            jump(i2)
            label(i6)
            i8 = int_add(i6, 1)
            i10 = int_lt(i8, 100)
            guard_true(i10) [i8]
            jump(i8)
            """, Opt.DeadCode(Cases.Dead));
    }

    [Fact]
    public void Pipeline_turns_a_boxed_counting_loop_into_an_unboxed_one_with_invariants_hoisted()
    {
        Same("""
            [p0, p1]
            label(p0, p1)
            guard_class(p0, descr=IntBox) [p0, p1]
            i0 = getfield(p0, descr=IntBox.Value)
            guard_class(p1, descr=IntBox) [p0, p1]
            i1 = getfield(p1, descr=IntBox.Value)
            i2 = int_lt(i0, i1)
            guard_true(i2) [p0, p1]
            i3 = int_add(i0, 1)
            jump(i3)
            label(i4)
            i5 = int_lt(i4, i1)
            guard_true(i5) [<IntBox#1 Value=i4>, p1]
            i6 = int_add(i4, 1)
            jump(i6)
            """, Opt.All(Cases.Loop));
    }

    [Fact]
    public void Pipeline_after_invariants_removes_the_loops_copies_of_preamble_work()
    {
        var t = Opt.All(Cases.Invariant);
        var loop = t[t.LastIndexOf("label(", StringComparison.Ordinal)..];
        Assert.DoesNotContain("getfield", loop);
        Assert.DoesNotContain("guard_class", loop);
        Assert.Contains("int_add", loop);
    }

    [Fact]
    public void Virtuals_do_not_explode_a_label_argument_whose_shape_the_loop_changes()
    {
        var t = Opt.All("""
            [p0]
            label(p0)
            guard_class(p0, descr=IntBox) [p0]
            i1 = getfield(p0, descr=IntBox.Value)
            i2 = int_lt(i1, 10)
            guard_true(i2) [p0]
            p3 = new(descr=FloatBox)
            f4 = cast_int_to_float(i1)
            setfield(p3, f4, descr=FloatBox.Value)
            i5 = call(p3, descr=Helpers.Count)
            p6 = new(descr=IntBox)
            setfield(p6, i5, descr=IntBox.Value)
            jump(p6)
            """);
        Assert.Contains("label(i", t);
    }
}
