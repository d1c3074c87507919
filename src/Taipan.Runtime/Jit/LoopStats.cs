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
    /// <summary>The loop header this counts for; given up (interpreted for good) when even its retraces
    /// leave through bridges more often than they go round: a branchy loop (str_methods' character scan,
    /// `if ch.isalnum(): ... else: ...`) ran 3x slower compiled than interpreted.</summary>
    public Taipan.Jit.Driver.JitCell? Cell;
    public bool GivenUp;
    /// <summary>Every trace of the loop depends on it; invalidating it drops them all.</summary>
    public Assumption Valid = new("loop");

    /// <summary>Bridge traversals past which a loop that mostly leaves through bridges is retraced.</summary>
    const long MinBridgeRuns = 2000;
    const int MaxRetraces = 2;

    /// <summary>A compiled loop's backward jump: 1 to leave the trace (interrupt, or the loop is retraced).</summary>
    internal static long LoopTick(LoopStats s)
    {
        s.Iterations++;
        if (s.BridgeRuns > MinBridgeRuns && s.BridgeRuns > s.Iterations)
        {
            if (s.Retraces++ >= MaxRetraces)
            {
                s.GivenUp = true;
                s.Cell?.GiveUp();
            }
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
