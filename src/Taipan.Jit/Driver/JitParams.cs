namespace Taipan.Jit.Driver;

/// <summary>Run-time settable JIT parameters; defaults are PyPy's (DESIGN.md §10).</summary>
public sealed class JitParams
{
    public bool Enabled = true;
    /// <summary>Back-edges at one position before tracing starts there.</summary>
    public int LoopThreshold = 1039;
    /// <summary>Function entries before a trace starts there (counted; see JitDriver.EnterFunction).</summary>
    public int FunctionThreshold = 1619;
    /// <summary>Failures of one guard before a bridge is traced from it.</summary>
    public int BridgeThreshold = 200;
    /// <summary>Recorded operations before a trace is aborted as too long.</summary>
    public int TraceLimit = 6000;
    /// <summary>Depth of inlined calls followed by the recorder.</summary>
    public int InlineDepth = 7;
    /// <summary>Per cent of a hot counter kept each time a trace is compiled elsewhere (old heat fades).</summary>
    public int DecayPercent = 90;
    /// <summary>Aborted recordings at one position before it is never traced again.</summary>
    public int MaxAborts = 3;
    /// <summary>
    /// A compiled loop left DeoptCheck times by an exception raised in a residual call, while running fewer
    /// than MinIterationsPerDeopt iterations per such exit, is given up: each costs a deopt (~1 µs: materialise,
    /// rebuild the frame, re-enter) on top of the unwinding. Measured: the exceptions benchmark's main loop
    /// left on 97% of its entries and ran 45% slower than interpreted. Plain guard failures do not count:
    /// mandelbrot's escape loop leaves after a few iterations per point (its exit cannot get a bridge, it
    /// returns) and is still 2.5x faster compiled.
    /// </summary>
    public int DeoptCheck = 500;
    public int MinIterationsPerDeopt = 8;
    /// <summary>
    /// A compiled loop left DeoptCheck times through guards without a bridge while running fewer iterations
    /// than it deopted is given up too: it mostly fails in its first iteration, so every entry pays a deopt
    /// and gains nothing. Measured (iterations per deopt): interp's Block.run loop 0.5 (411,412 deopts in a
    /// run, the JIT made the benchmark 2.5x slower than -X jit=off), deltablue's add_propagate 0.16,
    /// raytrace's render/trace 0.04; loops that pay stay above it (mandelbrot 24, fannkuch 4, richards 3).
    /// </summary>
    public int MinIterationsPerPlainDeopt = 1;
    /// <summary>Guards inside inlined calls get bridges: the driver then returns StartRecording with
    /// <see cref="JitDriver{TGreens,TFrame}.ResumedFrames"/> set, and the interpreter records from the innermost
    /// of them (off: such guards always resume in the interpreter).</summary>
    public bool BridgesInInlinedFrames;
    /// <summary>Run the trace optimizer (off: the recorded trace is compiled as is).</summary>
    public bool Optimize = true;

    /// <summary>Threshold 1 everywhere: every loop is traced at once, guards fail, bridges form (differential testing).</summary>
    public static JitParams Eager() => new() { LoopThreshold = 1, FunctionThreshold = 1, BridgeThreshold = 1 };
}
