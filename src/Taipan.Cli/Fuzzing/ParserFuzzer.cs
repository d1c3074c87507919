using System.Diagnostics;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Cli.Fuzzing;

/// <summary>
/// `taipan -X fuzz-parser COUNT [SEED] [ROOT]`: feeds mutated stdlib files to the front end
/// (decode, tokenize, parse, dump) and checks that each ends in a dump or a SyntaxError-
/// family error, within 5 s, without any other exception. Inputs run on one worker thread
/// with a large stack, so a runaway recursion shows as a failure here, not as a dead
/// process later; failing inputs are saved under fuzz-failures/ for replay.
/// </summary>
internal static class ParserFuzzer
{
    private const int TimeoutMs = 5000;

    public static int Run(string[] args, Action<byte[], string> frontEnd)
    {
        int count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        int seed = args.Length > 1 ? int.Parse(args[1]) : 1;
        string root = args.Length > 2 ? args[2] : "/usr/lib/python3.11";
        string[] corpus = Directory.GetFiles(root, "*.py", SearchOption.AllDirectories);
        Array.Sort(corpus, StringComparer.Ordinal);
        var mutator = new InputMutator(seed);
        var pick = new Random(seed * 7919 + 1);

        byte[]? current = null;
        Exception? failure = null;
        int outcome = 0; // 1 dump, 2 syntax error
        using var ready = new SemaphoreSlim(0);
        using var done = new SemaphoreSlim(0);
        var worker = new Thread(() =>
        {
            while (true)
            {
                ready.Wait();
                byte[]? input = current;
                if (input == null) return;
                failure = null;
                try { frontEnd(input, "<fuzz>"); outcome = 1; }
                catch (PythonSyntaxError) { outcome = 2; }
                catch (Exception e) { failure = e; outcome = 0; }
                done.Release();
            }
        }, 512 * 1024 * 1024) { IsBackground = true, Name = "fuzz-worker" };
        worker.Start();

        int dumps = 0, syntaxErrors = 0, failures = 0;
        long slowestTicks = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            byte[] source = File.ReadAllBytes(corpus[pick.Next(corpus.Length)]);
            byte[] input = mutator.Mutate(source);
            current = input;
            long start = Stopwatch.GetTimestamp();
            ready.Release();
            if (!done.Wait(TimeoutMs))
            {
                string path = Save(input, i, "hang");
                Console.Out.WriteLine($"HANG (> {TimeoutMs / 1000} s) on input {i}, saved to {path}");
                Console.Out.WriteLine($"{dumps + syntaxErrors} passed, {failures + 1} failed");
                return 1;
            }
            slowestTicks = Math.Max(slowestTicks, Stopwatch.GetTimestamp() - start);
            if (outcome == 1) dumps++;
            else if (outcome == 2) syntaxErrors++;
            else
            {
                failures++;
                string path = Save(input, i, "crash");
                Console.Out.WriteLine($"FAIL on input {i} ({path}): {failure!.GetType().Name}: {failure.Message}");
                Console.Out.WriteLine(failure.StackTrace);
            }
            if ((i + 1) % 10_000 == 0)
                Console.Error.WriteLine($"  {i + 1} inputs, {clock.Elapsed.TotalSeconds:F0} s");
        }
        current = null;
        ready.Release();
        Console.Out.WriteLine($"inputs: {count} (seed {seed}), dumps: {dumps}, syntax errors: {syntaxErrors}, " +
            $"other outcomes: {failures}, slowest: {slowestTicks * 1000.0 / Stopwatch.Frequency:F1} ms, " +
            $"total: {clock.Elapsed.TotalSeconds:F0} s");
        Console.Out.WriteLine($"{dumps + syntaxErrors} passed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static string Save(byte[] input, int index, string kind)
    {
        Directory.CreateDirectory("fuzz-failures");
        string path = Path.Combine("fuzz-failures", $"{kind}-{index}.py");
        File.WriteAllBytes(path, input);
        return path;
    }
}
