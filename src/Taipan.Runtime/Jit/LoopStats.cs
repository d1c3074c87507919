using Taipan.Jit.IR;

namespace Taipan.Runtime.Jit;

/// <summary>
/// Per loop header: how often its compiled loop went round and how often its bridges ran. A bridge
/// traversal costs ~700 ns (NOTES.md of Taipan.Jit: materialise, run the bridge, re-enter the loop), so a
/// loop recorded on its rare path (sieve's `if flags[i]:` recorded at a prime) runs slower than the
/// interpreter. Such a loop is invalidated and recorded again, on the path the program takes now.
/// </summary>
internal sealed class LoopStats
{
    public long Iterations, BridgeRuns;
    public int Retraces;
    /// <summary>Every trace of the loop depends on it; invalidating it drops them all.</summary>
    public Assumption Valid = new("loop");

    /// <summary>Bridge traversals past which a loop that mostly leaves through bridges is retraced.</summary>
    const long MinBridgeRuns = 2000;
    const int MaxRetraces = 2;

    /// <summary>A compiled loop's backward jump: 1 to leave the trace (interrupt, or the loop is retraced).</summary>
    internal static long LoopTick(LoopStats s)
    {
        s.Iterations++;
        if (s.BridgeRuns > MinBridgeRuns && s.BridgeRuns > s.Iterations && s.Retraces < MaxRetraces)
        {
            s.Retraces++;
            s.Valid.Invalidate();
            return 1;
        }
        return Interpreter.EvalLoop.JitBreaker();
    }

    /// <summary>A bridge's backward jump.</summary>
    internal static long BridgeTick(LoopStats s)
    {
        s.BridgeRuns++;
        return Interpreter.EvalLoop.JitBreaker();
    }
}
