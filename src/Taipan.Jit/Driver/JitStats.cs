namespace Taipan.Jit.Driver;

/// <summary>Counters of one driver (for tests, benchmarks and logs).</summary>
public sealed class JitStats
{
    public int LoopsCompiled, BridgesCompiled, EntryBridgesCompiled, Aborts, Invalidations, Deopts, BridgeRuns;
    /// <summary>Loops handed back to the interpreter for good because they left to it too often (JitParams.MinIterationsPerDeopt).</summary>
    public int LoopsGivenUp;
    public double EmitMs, JitMs, OptimizeMs;
    public long ILBytes;
    public int LastILSize, LastOps;
}
