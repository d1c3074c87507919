using Taipan.Jit.Driver;
using ToyLang;

namespace Taipan.Jit.Tests.Driver;

/// <summary>The jit driver on the toy language: counters, inlining, bridges, invalidation, deoptimisation.</summary>
public sealed class DriverTests
{
    static (string output, JitStats stats) Run(string src, JitParams p)
    {
        var expected = new ToyVm(new JitParams { Enabled = false }).RunProgram(src);
        var vm = new ToyVm(p);
        var output = Cli.RunBig(() => vm.RunProgram(src));
        Assert.Equal(expected, output);
        return (output, vm.Driver.Stats);
    }

    static string Loop(int n, string body = "") => $"(set i 0) (set s 0) (while (< i {n}) (set s (+ s i)) {body} (set i (+ i 1))) (print s)";

    [Fact]
    public void A_loop_is_traced_once_its_back_edge_passes_the_threshold()
    {
        Assert.Equal(0, Run(Loop(40), new JitParams { LoopThreshold = 50 }).stats.LoopsCompiled);
        var (output, stats) = Run(Loop(60), new JitParams { LoopThreshold = 50 });
        Assert.Equal(1, stats.LoopsCompiled);
        Assert.Equal("1770\n", output);
    }

    [Fact]
    public void Default_thresholds_are_PyPys_and_settable_at_run_time()
    {
        var p = new JitParams();
        Assert.Equal((1039, 1619, 200, 6000), (p.LoopThreshold, p.FunctionThreshold, p.BridgeThreshold, p.TraceLimit));
        var vm = new ToyVm(p);
        vm.Driver.Params.LoopThreshold = 3;
        Cli.RunBig(() => vm.RunProgram(Loop(10)));
        Assert.Equal(1, vm.Driver.Stats.LoopsCompiled);
    }

    [Fact]
    public void A_guard_that_fails_often_gets_a_bridge()
    {
        var src = "(set i 0) (set s 0) (while (< i 1000) (if (== (% i 2) 0) (set s (+ s 1)) (set s (- s 1))) (set i (+ i 1))) (print s)";
        var stats = Run(src, new JitParams { LoopThreshold = 5, BridgeThreshold = 10 }).stats;
        Assert.True(stats.BridgesCompiled >= 1, "no bridge");
        Assert.True(stats.BridgeRuns > 100, $"bridge ran {stats.BridgeRuns} times");
        Assert.True(stats.Deopts < 50, $"{stats.Deopts} deopts");
    }

    [Fact]
    public void Calls_are_inlined_and_a_guard_failing_inside_rebuilds_the_callers_frame_too()
    {
        // sq's result overflows into a float after some iterations: the guard fails inside the inlined call
        var src = "(def sq (x) (* x x)) (set i 1) (set s 0) (while (< i 200) (set s (sq (+ s i))) (set i (+ i 1))) (print s)";
        var stats = Run(src, new JitParams { LoopThreshold = 3 }).stats;
        Assert.True(stats.LoopsCompiled >= 1);
        Assert.True(stats.Deopts >= 1);
    }

    [Fact]
    public void Redefining_an_inlined_function_invalidates_the_trace()
    {
        var src = "(def f (x) (+ x 1)) (set i 0) (set s 0) (while (< i 300) (set s (f s)) (if (== i 150) (def f (x) (+ x 2))) (set i (+ i 1))) (print s)";
        var (output, stats) = Run(src, new JitParams { LoopThreshold = 10 });
        Assert.Equal("449\n", output);
        Assert.True(stats.Invalidations >= 1, "trace not invalidated");
    }

    [Fact]
    public void A_residual_call_that_raises_leaves_the_trace_with_the_error_pending()
    {
        var src = "(set i 10) (set s 0) (while (> i -5) (set s (+ s (/ 100 i))) (set i (- i 1))) (print s)";
        var (output, stats) = Run(src, new JitParams { LoopThreshold = 2 });
        Assert.EndsWith("error: division by zero\n", output);
        Assert.True(stats.Deopts >= 1);
    }

    [Fact]
    public void A_too_long_trace_aborts_and_its_largest_inlined_callee_is_not_inlined_again()
    {
        var src = "(def big (x) (set j 0) (while (< j 50) (set x (+ x j)) (set j (+ j 1))) x) "
            + "(set i 0) (set s 0) (while (< i 100) (set s (big i)) (set i (+ i 1))) (print s)";
        var eager = Run(src, new JitParams { LoopThreshold = 3, TraceLimit = 300 }).stats;
        Assert.True(eager.Aborts >= 1);
        Assert.True(eager.LoopsCompiled >= 2, $"after the abort the outer loop should trace with a residual call ({eager.LoopsCompiled})");
    }

    [Fact]
    public void Boxed_arithmetic_in_a_hot_loop_compiles_to_an_unboxed_trace()
    {
        var vm = new ToyVm(new JitParams { LoopThreshold = 5 });
        string? trace = null;
        vm.Driver.OnTrace = t => trace = t.ToString();
        Cli.RunBig(() => vm.RunProgram(Bench.Source(1000)));
        Assert.NotNull(trace);
        var loop = trace![trace.LastIndexOf("label(", StringComparison.Ordinal)..];
        Assert.DoesNotContain("new(", loop);
        Assert.DoesNotContain("guard_class", loop);
        Assert.DoesNotContain("getfield", loop);
        Assert.Contains("float_add", loop);
    }

    [Fact]
    public void A_hot_function_is_traced_from_its_entry_and_its_trace_returns()
    {
        var src = "(def f (x) (* (+ x 1) 2)) (set i 0) (set s 0) (while (< i 100) (set s (+ s (f i))) (set i (+ i 1))) (print s)";
        var (output, stats) = Run(src, new JitParams { LoopThreshold = 1000, FunctionThreshold = 10 });
        Assert.Equal("10100\n", output);
        Assert.Equal(1, stats.EntryBridgesCompiled);
        Assert.Equal(0, stats.LoopsCompiled);
    }

    [Fact]
    public void Recursive_functions_give_the_same_results_with_function_traces()
    {
        var src = "(def fib (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (print (fib 22))";
        Assert.Equal("17711\n", Run(src, new JitParams { FunctionThreshold = 50, BridgeThreshold = 20 }).output);
    }
}
