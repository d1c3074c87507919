using Taipan.Jit.Driver;

namespace ToyLang;

/// <summary>Differential testing: every generated program must print the same with the JIT off and at threshold 1.</summary>
public static class Fuzz
{
    public readonly record struct Result(int Programs, int Failures, string? FirstFailure, int Loops, int Bridges, int Deopts, int Aborts);

    public static Result Run(int count, int seed)
    {
        var gen = new ProgramGenerator(seed);
        int failures = 0, loops = 0, bridges = 0, deopts = 0, aborts = 0;
        string? first = null;
        for (int i = 0; i < count; i++)
        {
            var src = gen.Next();
            var expected = new ToyVm(new JitParams { Enabled = false }).RunProgram(src);
            var jit = new ToyVm(JitParams.Eager());
            string actual;
            try { actual = jit.RunProgram(src); }
            catch (Exception e) { actual = "CRASH " + e; }
            var s = jit.Driver.Stats;
            loops += s.LoopsCompiled + s.EntryBridgesCompiled;
            bridges += s.BridgesCompiled;
            deopts += s.Deopts;
            aborts += s.Aborts;
            if (actual != expected)
            {
                failures++;
                first ??= $"program {i} (seed {seed}):\n{src}\n--- expected:\n{expected}\n--- with JIT:\n{actual}";
            }
        }
        return new Result(count, failures, first, loops, bridges, deopts, aborts);
    }
}
