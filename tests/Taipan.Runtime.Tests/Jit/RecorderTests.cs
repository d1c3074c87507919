using Taipan.Jit.Driver;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Jit;

namespace Taipan.Runtime.Tests.Jit;

/// <summary>
/// Small Python loops run with the JIT off and with it at threshold 1 (every loop traced at once, every
/// guard that fails gets a bridge): the globals they leave must be equal, and the JIT must have compiled.
/// Not run in parallel with other tests: the JIT leaves a loop (and recording aborts) when another thread
/// asks for the GIL or an interrupt is pending, and those flags are process-wide.
/// </summary>
[Collection(nameof(RecorderTests))]
public sealed class RecorderTests
{
    static (string Result, PyJit? Jit) Run(string source, int threshold)
    {
        // the interpreter the eval loop consults (ThreadState's): a test that made another interpreter current on
        // this thread leaves InterpreterState.Current pointing elsewhere, and then the JIT set here was never seen
        var interp = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
        if (interp.BuiltinsModule is null)
        {
            var b = BuiltinsModule.Create(debug: true);
            interp.BuiltinsModule = b;
            interp.BuiltinsDict = b.Dict;
        }
        var jit = threshold > 0 ? PyJit.FromXOptions(new List<string> { $"jit-threshold={threshold}" }) : null;
        interp.Jit = jit;
        try
        {
            var m = new PyModule("__main__");
            m.Dict.SetItem(Names.Builtins, interp.BuiltinsModule);
            string result;
            try
            {
                Import.ExecModule(m, Execution.CompileSource(source, "<test>", "exec"));
                result = PyOps.Repr(m.Dict.GetItemOrNull(PyStr.FromString("result"))!).Value;
            }
            catch (PyException e)
            {
                result = "raised " + e.Value.type.Name + ": " + e.Value.Message;
            }
            return (result, jit);
        }
        finally
        {
            interp.Jit = null;
        }
    }

    static EagerRun Same(string source, string expected)
    {
        var (plain, _) = Run(source, 0);
        Assert.Equal(expected, plain);
        var (eager, jit) = Run(source, 1);
        Assert.Equal(expected, eager);
        var (warm, _) = Run(source, 7);
        Assert.Equal(expected, warm);
        return new EagerRun(jit!);
    }

    /// <summary>The threshold-1 run's JIT: its counters, and its stats text for a failing assertion.</summary>
    sealed record EagerRun(PyJit Jit)
    {
        public JitStats Stats => Jit.Driver.Stats;
        public void AssertCompiledLoop() => Assert.True(Stats.LoopsCompiled >= 1, Jit.StatsText());
    }

    [Fact]
    public void Int_loop_over_range_compiles_and_matches()
    {
        var st = Same("""
            def f(n):
                t = 0
                for i in range(n):
                    t += i * 3 - 1
                    if i % 4 == 0:
                        t ^= 5
                return t
            result = [f(0), f(1), f(10), f(5000)]
            """, "[0, -6, 120, 37487492]");
        st.AssertCompiledLoop();
    }

    [Fact]
    public void A_loop_that_mostly_leaves_through_bridges_is_given_back_to_the_interpreter()
    {
        // the branch flips on every other character: whichever path is recorded, the other runs as a bridge
        const string scan = """
            def scan(text):
                words = 0
                in_word = False
                for ch in text:
                    if ch.isalnum():
                        if not in_word:
                            words += 1
                            in_word = True
                    else:
                        in_word = False
                return words
            result = scan("a b cd e " * 20000)
            """;
        var (plain, _) = Run(scan, 0);
        Assert.Equal("80000", plain);
        var (jitted, jit) = Run(scan, 7);
        Assert.Equal("80000", jitted);
        Assert.True(jit!.LoopsGivenUp >= 1, jit.StatsText());
    }

    [Fact]
    public void While_loop_with_float_arithmetic()
    {
        var st = Same("""
            def g(n):
                x = 0.0
                i = 0
                while i < n:
                    x = x + i * 0.5 - x / 3.0
                    i += 1
                return x
            result = g(1000)
            """, "1495.5");
        st.AssertCompiledLoop();
    }

    [Fact]
    public void Int_overflow_leaves_the_trace_and_goes_big()
    {
        Same("""
            def f(n):
                x = 1
                for i in range(n):
                    x = x * 3 + i
                return x
            result = f(60)
            """, "52988947844020254392868041471");
    }

    [Fact]
    public void Type_change_in_the_loop_deoptimises()
    {
        Same("""
            def f(items):
                s = 0
                for v in items:
                    s = s + v
                return s
            result = (f([1, 2, 3] * 50 + [0.5, 2]), f(['a', 'b']) if False else 0)
            """, "(302.5, 0)");
    }

    [Fact]
    public void Exception_inside_a_trace_has_the_interpreters_traceback_line()
    {
        Same("""
            def f(n):
                t = 0
                for i in range(n):
                    t += 10 // (5 - i)
                return t
            try:
                f(20)
                result = None
            except ZeroDivisionError as e:
                result = (str(e), e.__traceback__.tb_next.tb_lineno)
            """, "('integer division or modulo by zero', 4)");
    }

    [Fact]
    public void Lists_calls_and_methods_as_residual_calls()
    {
        Same("""
            def f(n):
                out = []
                for i in range(n):
                    if len(out) < 5 or i % 7 == 0:
                        out.append(abs(i - 10))
                    out[0] = out[0] + 1
                return out
            result = f(100)
            """, "[110, 9, 8, 7, 6, 3, 4, 11, 18, 25, 32, 39, 46, 53, 60, 67, 74, 81, 88]");
    }

    [Fact]
    public void Bool_conditions_and_generic_truth()
    {
        Same("""
            class C:
                n = 0
                def __bool__(self):
                    C.n += 1
                    return C.n % 3 != 0
            def f(n):
                c = C()
                k = 0
                i = 0
                while i < n:
                    if c and i > 2 or not i:
                        k += 1
                    i += 1
                return k
            result = (f(30), C.n)
            """, "(19, 30)");
    }

    [Fact]
    public void Int_and_float_lists_are_read_and_written_unboxed_with_deopt_on_strategy_change()
    {
        Same("""
            def f(n):
                a = list(range(10))
                fl = [0.5] * 10
                t = 0
                u = 0.0
                for i in range(n):
                    j = i % 10
                    a[j] = a[j] + i
                    t += a[-1 - j]
                    u += fl[j] * a[j]
                    if i == 50:
                        a[3] = 2 ** 70
                    if i == 60:
                        fl[2] = 0.25
                return t, u, a[:3]
            result = f(200)
            """, "(17708874310761169682740, 8.854437155380585e+21, [1900, 1921, 1942])");
    }

    [Fact]
    public void Locals_builtin_sees_the_current_values()
    {
        Same("""
            def f(n):
                seen = []
                for i in range(n):
                    x = i * i
                    seen.append(sorted(locals().items())[1:])
                return seen
            result = f(4)
            """, "[[('n', 4), ('seen', [...]), ('x', 0)], [('n', 4), ('seen', [...]), ('x', 1)], [('n', 4), ('seen', [...]), ('x', 4)], [('n', 4), ('seen', [...]), ('x', 9)]]");
    }
}

[CollectionDefinition(nameof(RecorderTests), DisableParallelization = true)]
public sealed class RecorderTestsCollection;
