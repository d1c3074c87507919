using System.Diagnostics;

namespace Taipan.Runtime.Interpreter;

/// <summary>-X importtime (or PYTHONPROFILEIMPORTTIME): CPython's per-import timing lines on stderr,
/// self and cumulative microseconds, nested imports indented, the tool to see where start-up goes.</summary>
internal static class ImportTime
{
    private static int enabled = -1;
    private static int depth;
    private static long childTicks;

    public static bool Enabled
    {
        get
        {
            if (enabled < 0)
            {
                var flags = InterpreterState.Current.Flags;
                bool on = flags.XOptions.Contains("importtime") ||
                    (!flags.IgnoreEnvironment && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONPROFILEIMPORTTIME")));
                enabled = on ? 1 : 0;
                if (on) Console.Error.WriteLine("import time: self [us] | cumulative | imported package");
            }
            return enabled == 1;
        }
    }

    /// <summary>Starts timing one module's find and exec; pass the result to <see cref="End"/>.</summary>
    public static (long Start, long OuterChildren) Begin()
    {
        var mark = (Stopwatch.GetTimestamp(), childTicks);
        childTicks = 0;
        depth++;
        return mark;
    }

    public static void End(string name, (long Start, long OuterChildren) mark)
    {
        long total = Stopwatch.GetTimestamp() - mark.Start;
        depth--;
        long self = total - childTicks;
        Console.Error.WriteLine($"import time: {Micro(self),9} | {Micro(total),10} | {new string(' ', depth * 2)}{name}");
        childTicks = mark.OuterChildren + total;
    }

    private static long Micro(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
