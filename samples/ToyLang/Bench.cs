using System.Diagnostics;
using Taipan.Jit.Driver;

namespace ToyLang;

/// <summary>The toy loop over boxed ints and floats: JIT vs the toy interpreter vs the same loop in C#.</summary>
public static class Bench
{
    public static string Source(long n) => $"""
        (set i 0)
        (set acc 0.0)
        (set k 0)
        (while (< i {n})
          (set acc (+ acc (* i 0.5)))
          (set k (+ k (% i 3)))
          (set i (+ i 1)))
        (print acc)
        (print k)
        """;

    /// <summary>The same computation written in C# (longs and doubles, checked like the toy's int adds).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static string CSharp(long n)
    {
        long i = 0, k = 0;
        double acc = 0.0;
        while (i < n)
        {
            acc += i * 0.5;
            k = checked(k + ToyOps.FloorMod(i, 3));
            i = checked(i + 1);
        }
        return $"{Show.Of(new FloatBox(acc))}\n{k}\n";
    }

    public static void Run(long n, int repeats)
    {
        string src = Source(n);
        double Time(Func<string> f, out string output)
        {
            output = f(); // warm-up (and, for the JIT, tracing and compilation)
            var best = double.MaxValue;
            for (int r = 0; r < repeats; r++)
            {
                var sw = Stopwatch.StartNew();
                output = f();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            return best;
        }

        JitStats? stats = null;
        double interp = Time(() => new ToyVm(new JitParams { Enabled = false }).RunProgram(src), out var o1);
        double jit = Time(() => { var vm = new ToyVm(); var s = vm.RunProgram(src); stats = vm.Driver.Stats; return s; }, out var o2);
        double cs = Time(() => CSharp(n), out var o3);
        Console.WriteLine($"toy loop, {n:N0} iterations (best of {repeats}):");
        Console.WriteLine($"  interpreter  {interp,9:F1} ms");
        Console.WriteLine($"  JIT          {jit,9:F1} ms   {interp / jit,6:F1}x faster than the interpreter");
        Console.WriteLine($"  C#           {cs,9:F1} ms   JIT / C# = {jit / cs:F2}");
        Console.WriteLine($"  same output: {o1 == o2 && o2 == o3}");
        if (stats != null)
        {
            int traces = stats.LoopsCompiled + stats.BridgesCompiled + stats.EntryBridgesCompiled;
            Console.WriteLine($"  traces {traces} (loops {stats.LoopsCompiled}, bridges {stats.BridgesCompiled}); optimise {stats.OptimizeMs / traces:F2} ms, "
                + $"emit {stats.EmitMs / traces:F2} ms, RyuJIT {stats.JitMs / traces:F2} ms per trace; IL {stats.ILBytes / traces} bytes per trace");
        }
    }
}

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
            Console.WriteLine($"  {name}: {best * 1e6 / n:F1} ns/iteration; bridges {stats!.BridgesCompiled}, bridge runs {stats.BridgeRuns}, "
                + $"compile (optimise+emit+RyuJIT) {(stats.OptimizeMs + stats.EmitMs + stats.JitMs) / Math.Max(1, stats.LoopsCompiled + stats.BridgesCompiled):F2} ms per trace");
        }
    }
}
