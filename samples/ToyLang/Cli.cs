using Taipan.Jit.Driver;

namespace ToyLang;

static class Cli
{
    public static int Run(string[] args)
    {
        var p = args.Contains("--off") ? new JitParams { Enabled = false } : args.Contains("--eager") ? JitParams.Eager() : new JitParams();
        if (args.Contains("--noopt")) p.Optimize = false;
        int at = Array.IndexOf(args, "--threshold");
        if (at > 0) p.LoopThreshold = int.Parse(args[at + 1]);
        at = Array.IndexOf(args, "--limit");
        if (at > 0) p.TraceLimit = int.Parse(args[at + 1]);
        var vm = new ToyVm(p);
        if (args.Contains("--trace")) vm.Driver.OnTrace = t => Console.Error.WriteLine("---- trace\n" + t);
        Console.Write(vm.RunProgram(File.ReadAllText(args[1])));
        var s = vm.Driver.Stats;
        Console.Error.WriteLine($"loops {s.LoopsCompiled}, bridges {s.BridgesCompiled}, entry bridges {s.EntryBridgesCompiled}, aborts {s.Aborts} (last: {vm.Driver.Recorder.AbortReason}), deopts {s.Deopts}");
        return 0;
    }

    public static int Fuzz(string[] args)
    {
        int n = args.Length > 1 ? int.Parse(args[1]) : 10000;
        int seed = args.Length > 2 ? int.Parse(args[2]) : 12345;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        if (args.Contains("--profile"))
        {
            var g = new ProgramGenerator(seed);
            var progs = new List<string>();
            for (int i = 0; i < n; i++) progs.Add(g.Next());
            Console.WriteLine($"generate {sw.ElapsedMilliseconds} ms"); sw.Restart();
            RunBig(() => { foreach (var s in progs) new ToyVm(new JitParams { Enabled = false }).RunProgram(s); return 0; });
            Console.WriteLine($"interpret {sw.ElapsedMilliseconds} ms"); sw.Restart();
            double opt = 0, emit = 0, jit = 0; long il = 0; int traces = 0;
            RunBig(() => { foreach (var s in progs) { var vm = new ToyVm(JitParams.Eager()); vm.RunProgram(s); opt += vm.Driver.Stats.OptimizeMs; il += vm.Driver.Stats.ILBytes; traces += vm.Driver.Stats.LoopsCompiled + vm.Driver.Stats.BridgesCompiled + vm.Driver.Stats.EntryBridgesCompiled; emit += vm.Driver.Stats.EmitMs; jit += vm.Driver.Stats.JitMs; } return 0; });
            Console.WriteLine($"eager {sw.ElapsedMilliseconds} ms: optimise {opt:F0}, emit {emit:F0}, RyuJIT {jit:F0}; {traces} traces, {il / Math.Max(1, traces)} bytes IL each");
            return 0;
        }
        var r = RunBig(() => ToyLang.Fuzz.Run(n, seed));
        Console.WriteLine($"fuzz: {r.Programs} programs, {r.Failures} differ; {r.Loops} traces, {r.Bridges} bridges, {r.Deopts} deopts, {r.Aborts} aborted recordings; {sw.Elapsed.TotalSeconds:F1} s");
        if (r.FirstFailure != null) Console.WriteLine(r.FirstFailure);
        return r.Failures == 0 ? 0 : 1;
    }

    /// <summary>Toy recursion runs on the C# stack: give it a big one.</summary>
    public static T RunBig<T>(Func<T> f)
    {
        T result = default!;
        var t = new Thread(() => result = f(), 256 * 1024 * 1024);
        t.Start();
        t.Join();
        return result;
    }
    public static int Bench(string[] args)
    {
        long n = args.Length > 1 ? long.Parse(args[1]) : 10_000_000;
        ToyLang.Bench.Run(n, args.Length > 2 ? int.Parse(args[2]) : 3);
        Console.WriteLine("bridges:");
        BridgeBench.Run(n / 5);
        return 0;
    }

    /// <summary>Prints generated program number N of a seed (to reproduce a fuzz failure).</summary>
    public static int Gen(string[] args)
    {
        var g = new ProgramGenerator(args.Length > 2 ? int.Parse(args[2]) : 12345);
        int n = int.Parse(args[1]);
        string s = "";
        for (int i = 0; i <= n; i++) s = g.Next();
        Console.Write(s);
        return 0;
    }
}
