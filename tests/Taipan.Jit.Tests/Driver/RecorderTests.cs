using Taipan.Jit.Driver;
using Taipan.Jit.IR;

namespace Taipan.Jit.Tests.Driver;

/// <summary>The recorder driven by hand, as an interpreter would at its decision points.</summary>
public sealed class RecorderTests
{
    sealed class MiniFrame { public object?[] Slots = new object?[2]; public int Pc; }

    sealed class Mini : IJitInterpreter<int, MiniFrame>
    {
        public int SlotCount(MiniFrame f) => f.Slots.Length;
        public object? GetSlot(MiniFrame f, int i) => f.Slots[i];
        public void SetSlot(MiniFrame f, int i, object? v) => f.Slots[i] = v;
        public void SetPosition(MiniFrame f, int at) => f.Pc = at;
        public MiniFrame NewFrame(int at, ReadOnlySpan<object?> slots) => new() { Pc = at };
    }

    static readonly FieldDescr Value = ClassDescr.Of(typeof(IntBox)).Field(nameof(IntBox.Value));

    [Fact]
    public void Promote_makes_a_value_a_constant_guarded_once()
    {
        var d = new JitDriver<int, MiniFrame>(new Mini(), new JitParams { LoopThreshold = 1 });
        string? trace = null;
        d.OnTrace = t => trace = t.ToString();
        var f = new MiniFrame { Slots = { [0] = new IntBox(5), [1] = new IntBox(0) } };
        Assert.Equal(JitAction.StartRecording, d.CanEnterJit(0, f));
        var rec = d.Recorder;
        Assert.True(rec.MergePoint(0, f));
        var box = rec.Slot(0);
        rec.GuardClass(box, typeof(IntBox));
        var promoted = rec.Promote(rec.GetField(box, Value), 5L);
        Assert.Equal(5L, Assert.IsType<Const>(promoted).I);
        var sum = rec.Op(OpCode.IntAdd, promoted, TraceRecorder<int, MiniFrame>.Int(1));
        var result = rec.New(ClassDescr.Of(typeof(IntBox)));
        rec.SetField(result, Value, sum);
        rec.SetSlot(1, result);
        Assert.False(rec.MergePoint(0, f)); // back at the loop header: the loop closes and compiles
        Assert.NotNull(trace);
        Assert.Contains("guard_value(i", trace);
        Assert.DoesNotContain("int_add", trace); // 5 + 1 folded thanks to the promotion
        Assert.Equal(1, d.Stats.LoopsCompiled);

        // another value fails the promotion guard: the frame is rebuilt where the guard was recorded
        f.Slots[0] = new IntBox(6);
        Assert.Equal(JitAction.Resumed, d.CanEnterJit(0, f));
        Assert.Equal(1, d.Stats.Deopts);
        Assert.Equal(6L, ((IntBox)f.Slots[0]!).Value);
    }

    [Fact]
    public void Recording_off_costs_nothing_but_a_static_mode_check()
    {
        // the hook pattern interpreters use: the branch is a constant per instantiation
        static int Work<M>(int n) where M : struct, ITraceMode
        {
            int s = 0;
            for (int i = 0; i < n; i++) { if (M.Tracing) s--; s++; }
            return s;
        }
        Assert.Equal(10, Work<Interpreting>(10));
        Assert.Equal(0, Work<Recording>(10));
        Assert.False(Interpreting.Tracing);
    }

    [Theory]
    [InlineData(0, JitAction.Continue)]
    [InlineData(100, JitAction.StartRecording)]
    public void Counters_decay_when_other_traces_compile(int decayPercent, JitAction tenthBackEdge)
    {
        var d = new JitDriver<int, MiniFrame>(new Mini(), new JitParams { LoopThreshold = 10, DecayPercent = decayPercent });
        var f = new MiniFrame();
        var cell = d.Cell(7);
        for (int i = 0; i < 9; i++) Assert.Equal(JitAction.Continue, d.CanEnterJit(cell, 7, f));
        // a trace compiles at position 0 meanwhile
        JitAction a;
        while ((a = d.CanEnterJit(0, f)) == JitAction.Continue) { }
        Assert.Equal(JitAction.StartRecording, a);
        var rec = d.Recorder;
        rec.MergePoint(0, f);
        rec.GuardNull(rec.Slot(0), true);
        Assert.False(rec.MergePoint(0, f));
        Assert.Equal(1, d.Stats.LoopsCompiled);
        Assert.Equal(tenthBackEdge, d.CanEnterJit(cell, 7, f));
    }
}
