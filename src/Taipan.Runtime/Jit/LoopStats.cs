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
    public long BridgeRuns;
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

    /// <summary>Iterations of the current compiled loop: counted in a register by the trace itself and added
    /// up at its exits (CompiledTrace.Iterations), so a compiled loop's backward jump calls nothing.</summary>
    public long LoopIterations => Cell?.Entry?.Iterations ?? 0;

    /// <summary>A bridge's backward jump: counts the traversal, and retraces (1: leave the bridge) a loop
    /// whose bridges run more often than the loop goes round. Bridges are the slow path (~700 ns a
    /// traversal), so the call costs nothing that matters here.</summary>
    internal static long BridgeTick(LoopStats s)
    {
        s.BridgeRuns++;
        // bridges of a loop already invalidated (or given up) may still run until they exit: not counted again
        if (s.Valid.IsValid && !s.GivenUp && s.BridgeRuns > MinBridgeRuns && s.BridgeRuns > s.LoopIterations)
        {
            if (s.Retraces++ >= MaxRetraces)
            {
                s.GivenUp = true;
                s.Cell?.GiveUp();
            }
            s.Valid.Invalidate();
            return 1;
        }
        return Taipan.Jit.Backend.JitBreak.Pending != 0 && Interpreter.EvalLoop.JitBreaker() != 0 ? 1 : 0;
    }
}
