using Taipan.Jit.Driver;

namespace ToyLang;

static class Cli
{
    public static int Run(string[] args)
    {
        var p = args.Contains("--off") ? new JitParams { Enabled = false } : args.Contains("--eager") ? JitParams.Eager() : new JitParams();
        var vm = new ToyVm(p);
        Console.Write(vm.RunProgram(File.ReadAllText(args[1])));
        var s = vm.Driver.Stats;
        Console.Error.WriteLine($"loops {s.LoopsCompiled}, bridges {s.BridgesCompiled}, entry bridges {s.EntryBridgesCompiled}, aborts {s.Aborts}, deopts {s.Deopts}");
        return 0;
    }

    public static int Fuzz(string[] args) => 0;
    public static int Bench(string[] args) => 0;
}
