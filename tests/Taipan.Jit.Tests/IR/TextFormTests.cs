using Taipan.Jit.IR;

namespace Taipan.Jit.Tests.IR;

public sealed class TextFormTests
{
    [Fact]
    public void Printer_and_parser_round_trip_every_kind_of_op()
    {
        const string text = """
            [i0, f1, p2]
            label(i0, f1, p2)
            guard_class(p2, descr=IntBox) [i0, f1, p2]
            i3 = getfield(p2, descr=IntBox.Value)
            i4 = int_add_ovf(i0, i3)
            guard_no_overflow() [i0, f1, p2]
            f5 = float_mul(f1, 2.5)
            i6 = int_lt(i4, 100)
            guard_true(i6) [i4, f5, p2]
            p7 = new(descr=IntBox)
            setfield(p7, i4, descr=IntBox.Value)
            i8 = call_pure(i4, descr=Helpers.Twice)
            i9 = call(i8, 3, descr=Helpers.Div)
            guard_no_exception() [i4, f5, p7]
            guard_value(i9, -7) [i4]
            p10 = new_array(3, descr=long[])
            setarrayitem(p10, 0, i9, descr=long[])
            i11 = arraylen(p10)
            jump(i4, f5, p7)
            """;
        var t = Reg.Parse(text);
        Assert.Equal(18, t.Ops.Count);
        Assert.Equal(Kind.Float, t.Ops[5].Kind);
        Assert.Equal(Reg.Norm(text), TracePrinter.Print(t));
    }

    [Fact]
    public void Unnamed_values_get_fresh_names_that_do_not_clash()
    {
        var t = Reg.Parse("[i0, i1]\ni2 = int_add(i0, i1)\njump(i2, i1)");
        var extra = new Op(OpCode.IntMul, new Value[] { t.Ops[0], Const.Int(3) });
        t.Ops.Insert(1, extra);
        Assert.Equal("[i0, i1]\ni2 = int_add(i0, i1)\ni3 = int_mul(i2, 3)\njump(i2, i1)\n", TracePrinter.Print(t));
    }

    [Fact]
    public void Parser_reports_undefined_values_with_line()
    {
        var e = Assert.Throws<FormatException>(() => Reg.Parse("[i0]\ni1 = int_add(i0, i9)"));
        Assert.Contains("line 2", e.Message);
        Assert.Contains("i9", e.Message);
    }
}
