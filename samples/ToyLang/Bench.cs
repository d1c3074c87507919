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
