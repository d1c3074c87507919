using Taipan.Jit.Driver;
using ToyLang;

namespace Taipan.Jit.Tests.ToyLang;

/// <summary>The JIT may never change what a program prints: JIT off vs threshold 1 (guards fail, bridges form).</summary>
public sealed class DifferentialTests
{
    static string Dir => Path.Combine(AppContext.BaseDirectory, "../../../../../samples/ToyLang/examples");

    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(Dir, "*.toy").Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_prints_the_same_with_and_without_the_JIT(string name)
    {
        var src = File.ReadAllText(Path.Combine(Dir, name));
        var expected = new ToyVm(new JitParams { Enabled = false }).RunProgram(src);
        Assert.Equal(expected, Cli.RunBig(() => new ToyVm(JitParams.Eager()).RunProgram(src)));
        Assert.Equal(expected, Cli.RunBig(() => new ToyVm().RunProgram(src)));
    }

    [Fact]
    public void Five_hundred_random_programs_print_the_same_with_the_JIT_at_threshold_1()
    {
        var r = Cli.RunBig(() => Fuzz.Run(500, 20261122));
        Assert.True(r.Failures == 0, r.FirstFailure);
        Assert.True(r.Loops > 300 && r.Bridges > 100 && r.Deopts > 500, $"too little JIT activity: {r}");
    }
}
