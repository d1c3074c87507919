using Taipan.Jit.Driver;

namespace ToyLang;

/// <summary>What a bridge costs when it is a separate trace the driver switches to (a swappable target per exit).</summary>
public static class BridgeBench
{
    public static void Run(long n)
    {
        string alternating = $"(set i 0) (set s 0) (while (< i {n}) (if (== (% i 2) 0) (set s (+ s 1)) (set s (- s 1))) (set i (+ i 1))) (print s)";
        string straight = $"(set i 0) (set s 0) (while (< i {n}) (if (== (% i 2) 7) (set s (+ s 1)) (set s (- s 1))) (set i (+ i 1))) (print s)";
        foreach (var (name, src) in new[] { ("loop + bridge taken every other iteration", alternating), ("same loop, one path only", straight) })
        {
            var vm = new ToyVm();
            vm.RunProgram(src);
            var best = double.MaxValue;
            JitStats? stats = null;
            for (int r = 0; r < 3; r++)
            {
                var v = new ToyVm();
                var sw = System.Diagnostics.Stopwatch.StartNew();
                v.RunProgram(src);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                stats = v.Driver.Stats;
            }
            Console.WriteLine($"  {name}: {best * 1e6 / n:F1} ns/iteration; bridges {stats!.BridgesCompiled}, bridge runs {stats.BridgeRuns}, deopts {stats.Deopts}, "
                + $"compile (optimise+emit+RyuJIT) {(stats.OptimizeMs + stats.EmitMs + stats.JitMs) / Math.Max(1, stats.LoopsCompiled + stats.BridgesCompiled):F2} ms per trace");
        }
    }
}
