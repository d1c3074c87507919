namespace Taipan.Jit.Driver;

/// <summary>
/// Interpreters are written once as a generic method over a mode struct: in <see cref="Interpreting"/>
/// every `if (M.Tracing)` block is removed by RyuJIT, so recording hooks cost nothing when off.
/// </summary>
public interface ITraceMode
{
    static abstract bool Tracing { get; }
}

public readonly struct Interpreting : ITraceMode { public static bool Tracing => false; }

public readonly struct Recording : ITraceMode { public static bool Tracing => true; }
