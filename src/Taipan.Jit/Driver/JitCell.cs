using Taipan.Jit.Backend;

namespace Taipan.Jit.Driver;

/// <summary>Per green position: its hot counter and the compiled trace that starts there, if any.</summary>
public sealed class JitCell
{
    internal int Counter;
    internal int Epoch;
    internal int Aborts;
    internal bool DontTrace;
    /// <summary>Compiled trace entered here (loop or entry bridge), or null.</summary>
    public CompiledTrace? Entry { get; internal set; }
    internal readonly object Greens;
    /// <summary>The position, for statistics.</summary>
    public string GreensText => Greens.ToString() ?? "";
    internal JitCell(object greens) { Greens = greens; }

    /// <summary>The interpreter runs this position from now on: its compiled code (if any) is invalidated by
    /// the caller's assumptions, and it is never traced again (a loop that runs slower compiled).</summary>
    public void GiveUp()
    {
        DontTrace = true;
        Entry = null;
    }
}
