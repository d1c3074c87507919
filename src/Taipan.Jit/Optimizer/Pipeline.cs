using Taipan.Jit.IR;

namespace Taipan.Jit.Optimizer;

/// <summary>The optimizer: small passes run in order over the trace.</summary>
public static class Pipeline
{
    public static Trace Optimize(Trace t) => t;
}
