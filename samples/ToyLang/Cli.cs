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
