using System.Diagnostics;

namespace Taipan.Runtime;

/// <summary>TAIPAN_STARTUP_TRACE=1: process CPU time (and wall time since the first mark) at each
/// start-up phase, printed on stderr by <see cref="Flush"/> (printing as it goes would charge the
/// console's own set-up to a phase). CPU time is the figure to trust on a loaded machine.</summary>
public static class StartupTrace
{
    private static readonly bool enabled = Environment.GetEnvironmentVariable("TAIPAN_STARTUP_TRACE") == "1";
    private static long first;
    // A class, not a tuple: a List of a struct instantiation would itself be jitted at the first mark.
    private sealed record Point(double Cpu, double Wall, long Allocated, long Jitted, string Phase);
    private static readonly List<Point> marks = new();

    public static void Mark(string phase)
    {
        if (!enabled) return;
        if (first == 0) first = Stopwatch.GetTimestamp();
        marks.Add(new Point(Environment.CpuUsage.TotalTime.TotalMilliseconds, Stopwatch.GetElapsedTime(first).TotalMilliseconds,
            GC.GetTotalAllocatedBytes(), System.Runtime.JitInfo.GetCompiledMethodCount(), phase));
    }

    public static void Flush()
    {
        if (!enabled) return;
        foreach (var m in marks)
            Console.Error.WriteLine($"startup: {m.Cpu,7:F1} ms CPU {m.Wall,7:F1} ms wall {m.Allocated >> 10,7} KB {m.Jitted,4} jitted  {m.Phase}");
        Console.Error.WriteLine($"startup: GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, "
            + $"jit time {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms");
        marks.Clear();
    }
}
