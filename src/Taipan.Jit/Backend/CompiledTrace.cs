using Taipan.Jit.IR;

namespace Taipan.Jit.Backend;

/// <summary>A trace turned into a DynamicMethod: run it with its inputs in an <see cref="ExitBuffer"/>.</summary>
public sealed class CompiledTrace
{
    public readonly Func<ExitBuffer, int> Run;
    public readonly GuardExit[] Exits;
    public readonly Kind[] InputKinds;
    public readonly InvalidationFlag Flag;
    public readonly int ILSize;
    public readonly int BufferSize;
    /// <summary>Milliseconds to emit IL, and for RyuJIT to compile it (measured by a dry run).</summary>
    public double EmitMs, JitMs;
    /// <summary>Loop iterations run so far, counted in a register and added up at each exit (the driver).</summary>
    public long Iterations;
    /// <summary>Times the trace was entered (by the driver, from the interpreter or from another trace).</summary>
    public long Entries;
    /// <summary>Exits that went back to the interpreter, and exits that went on in a bridge.</summary>
    public long Deopts, BridgeExits;
    /// <summary>Deopts because a residual call raised (the interpreter unwinds from there).</summary>
    public long ExceptionDeopts;
    /// <summary>The trace ends with a jump back to its own label (a loop, not a bridge or entry bridge).</summary>
    public bool IsLoop { get; internal set; }

    internal CompiledTrace(Func<ExitBuffer, int> run, GuardExit[] exits, Kind[] inputKinds, InvalidationFlag flag, int ilSize, int bufferSize)
    {
        Run = run;
        Exits = exits;
        InputKinds = inputKinds;
        Flag = flag;
        ILSize = ilSize;
        BufferSize = bufferSize;
    }
}

/// <summary>The trace is beyond what RyuJIT compiles well (DESIGN.md §10: the MinOpts cliff).</summary>
public sealed class TraceTooLargeException : Exception
{
    public TraceTooLargeException(string message) : base(message) { }
}
