namespace Taipan.Jit.Backend;

/// <summary>
/// Typed buffers through which a compiled trace receives its inputs and hands back the live values
/// of the exit it took. Value number j of an entry or exit sits at index j of the array of its kind.
/// </summary>
public sealed class ExitBuffer
{
    public long[] I = new long[16];
    public double[] F = new double[16];
    public object?[] R = new object?[16];
    /// <summary>Same length as <see cref="R"/>: a trace passing its exit values to the next one (a bridge, a loop)
    /// materialises them here, then the two are swapped (no array per traversal).</summary>
    public object?[] R2 = new object?[16];
    /// <summary>Exception thrown by a residual call; the trace left through that call's deopt exit.</summary>
    public Exception? Pending;
    /// <summary>Loop iterations the trace ran before the exit it took (0 for a trace without a loop).</summary>
    public long Iterations;
    /// <summary>When set, a trace returns -1 at once: used to force RyuJIT to compile it (and time it).</summary>
    public bool DryRun;

    public void Ensure(int n)
    {
        if (I.Length >= n) return;
        int size = Math.Max(n, I.Length * 2);
        Array.Resize(ref I, size);
        Array.Resize(ref F, size);
        Array.Resize(ref R, size);
        Array.Resize(ref R2, size);
    }

    /// <summary>After exit values were written to <see cref="R2"/>: they become the next trace's inputs.</summary>
    public void SwapR() => (R, R2) = (R2, R);
}
