using System.Diagnostics;

namespace Taipan.Runtime;

/// <summary>TAIPAN_STARTUP_TRACE=1: process CPU time (and wall time since the first mark) at each
/// start-up phase, printed on stderr by <see cref="Flush"/> (printing as it goes would charge the
/// console's own set-up to a phase). CPU time is the figure to trust on a loaded machine.</summary>
public static class StartupTrace
{
    private static readonly bool enabled = Environment.GetEnvironmentVariable("TAIPAN_STARTUP_TRACE") == "1";
    private static long first;
    private static readonly List<(double Cpu, double Wall, string Phase)> marks = new();

    public static void Mark(string phase)
    {
        if (!enabled) return;
        if (first == 0) first = Stopwatch.GetTimestamp();
        marks.Add((Environment.CpuUsage.TotalTime.TotalMilliseconds, Stopwatch.GetElapsedTime(first).TotalMilliseconds, phase));
    }

    public static void Flush()
    {
        if (!enabled) return;
        foreach (var (cpu, wall, phase) in marks) Console.Error.WriteLine($"startup: {cpu,7:F1} ms CPU {wall,7:F1} ms wall  {phase}");
        marks.Clear();
    }
}
