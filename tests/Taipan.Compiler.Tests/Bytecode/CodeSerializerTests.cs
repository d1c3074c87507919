using System.Numerics;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Bytecode;
using Assert = Xunit.Assert;

namespace Taipan.Compiler.Tests.Bytecode;

public class CodeSerializerTests
{
    private static CodeObject RoundTrip(CodeObject code, string? filename = null) =>
        CodeSerializer.Deserialize(CodeSerializer.Serialize(code), filename) ?? throw new InvalidOperationException("stamp rejected");

    private static void AssertSameCode(CodeObject expected, CodeObject actual, string? filename = null)
    {
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.ArgCount, actual.ArgCount);
        Assert.Equal(expected.PosOnlyArgCount, actual.PosOnlyArgCount);
        Assert.Equal(expected.KwOnlyArgCount, actual.KwOnlyArgCount);
        Assert.Equal(expected.StackSize, actual.StackSize);
        Assert.Equal(expected.Flags, actual.Flags);
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.VarNames, actual.VarNames);
        Assert.Equal(expected.CellVars, actual.CellVars);
        Assert.Equal(expected.FreeVars, actual.FreeVars);
        Assert.Equal(filename ?? expected.Filename, actual.Filename);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.QualName, actual.QualName);
        Assert.Equal(expected.FirstLineNo, actual.FirstLineNo);
        Assert.Equal(expected.LineTable, actual.LineTable);
        Assert.Equal(expected.ExceptionTable, actual.ExceptionTable);
        Assert.Equal(expected.CacheCount, actual.CacheCount);
        Assert.Equal(expected.Positions, actual.Positions);
        Assert.Equal(expected.Consts.Length, actual.Consts.Length);
        for (int i = 0; i < expected.Consts.Length; i++) AssertSameConst(expected.Consts[i], actual.Consts[i], filename);
    }

    private static void AssertSameConst(object expected, object actual, string? filename)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        switch (expected)
        {
            case CodeObject co: AssertSameCode(co, (CodeObject)actual, filename); break;
            case ConstantTuple t:
            {
                var u = (ConstantTuple)actual;
                Assert.Equal(t.IsFrozenSet, u.IsFrozenSet);
                Assert.Equal(t.Items.Length, u.Items.Length);
                for (int i = 0; i < t.Items.Length; i++) AssertSameConst(t.Items[i], u.Items[i], filename);
                break;
            }
            case double d: Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)actual)); break;
            case Complex z:
                Assert.Equal(BitConverter.DoubleToInt64Bits(z.Real), BitConverter.DoubleToInt64Bits(((Complex)actual).Real));
                Assert.Equal(BitConverter.DoubleToInt64Bits(z.Imaginary), BitConverter.DoubleToInt64Bits(((Complex)actual).Imaginary));
                break;
            case byte[] b: Assert.Equal(b, (byte[])actual); break;
            case NoneConstant or EllipsisConstant: Assert.Same(expected, actual); break;
            default: Assert.Equal(expected, actual); break;
        }
    }

    private static IEnumerable<object> Flatten(IEnumerable<object> items)
    {
        foreach (var item in items)
        {
            yield return item;
            if (item is ConstantTuple t)
                foreach (var inner in Flatten(t.Items)) yield return inner;
        }
    }

    [Fact]
    public void Every_constant_kind_survives_the_round_trip()
    {
        var code = CompilerTests.Compile(
            "a = None, ..., True, False, 0, -1, 7, 2**62, -2**63, 123456789012345678901234567890123, -99999999999999999999999999999\n" +
            "b = 0.0, -0.0, 1.5, 1e308, float('inf'), 3j, -2.5j\n" +
            "c = 'ascii', 'caf\\u00e9', '\\u20ac uro', '\\U0001F600 astral', '\\ud800\\udc00', '\\udfff', ''\n" +
            "d = b'', b'\\x00\\xff bytes'\n" +
            "e = x in {1, 'two', 3.0}\n" +
            "f = ((1, (2, ('deep',))), frozenset())\n");
        AssertSameCode(code, RoundTrip(code));
        var all = Flatten(code.Consts).ToList();
        Assert.Contains(all, c => c is BigInteger);
        Assert.Contains(all, c => c is SurrogateStr);
        Assert.Contains(all, c => c is Complex);
        Assert.Contains(all, c => c is byte[]);
        Assert.Contains(all, c => c is ConstantTuple { IsFrozenSet: true });
    }

    [Fact]
    public void Hand_made_constants_the_compiler_rarely_emits_survive()
    {
        var template = CompilerTests.Compile("x = 1\n");
        var code = new CodeObject
        {
            Code = template.Code, ArgCount = 0, PosOnlyArgCount = 0, KwOnlyArgCount = 0, StackSize = template.StackSize,
            Flags = template.Flags, Names = template.Names, VarNames = [], CellVars = [], FreeVars = [],
            Filename = "f\u00e9\u4e2d.py", Name = "<module>", QualName = "<module>", FirstLineNo = -3,
            LineTable = template.LineTable, ExceptionTable = [], CacheCount = template.CacheCount,
            Consts = [42, int.MinValue, long.MaxValue, long.MinValue, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234),
                new Complex(double.NaN, -0.0), new SurrogateStr([0xD800, 0x41, 0x1F600]), new BigInteger(-1),
                new ConstantTuple([], isFrozenSet: true), new ConstantTuple([NoneConstant.Instance, EllipsisConstant.Instance])],
        };
        AssertSameCode(code, RoundTrip(code));
    }

    [Fact]
    public void Nested_code_with_cells_exception_tables_and_line_tables_survives()
    {
        var code = CompilerTests.Compile(
            "def outer(a, /, b=2, *args, c, **kw):\n" +
            "    n = 0\n" +
            "    def inner():\n" +
            "        nonlocal n\n" +
            "        try:\n" +
            "            n += 1\n" +
            "        except (KeyError, ValueError) as e:\n" +
            "            raise RuntimeError('x') from e\n" +
            "        finally:\n" +
            "            pass\n" +
            "        return n\n" +
            "    with open('f') as fh:\n" +
            "        yield [i for i in fh if i]\n" +
            "class K:\n" +
            "    def m(self): return __class__\n" +
            "async def co():\n" +
            "    async for x in y:\n" +
            "        await x\n");
        var back = RoundTrip(code);
        AssertSameCode(code, back);
        var inner = CompilerTests.Nested(CompilerTests.Nested(back, "outer"), "inner");
        Assert.NotEmpty(inner.ExceptionTable);
        Assert.NotEmpty(inner.FreeVars);
        Assert.NotEmpty(CompilerTests.Nested(back, "outer").CellVars);
    }

    [Fact]
    public void A_filename_override_reaches_every_nested_code_object()
    {
        var code = CompilerTests.Compile("def f():\n    def g(): pass\n");
        var back = RoundTrip(code, "/moved/here.py");
        AssertSameCode(code, back, "/moved/here.py");
        Assert.Equal("/moved/here.py", CompilerTests.Nested(CompilerTests.Nested(back, "f"), "g").Filename);
    }

    [Fact]
    public void Data_from_another_build_is_rejected_and_damaged_data_throws()
    {
        var data = CodeSerializer.Serialize(CompilerTests.Compile("def f(): return 1\n"));
        Assert.True(CodeSerializer.IsCurrent(data));
        var other = (byte[])data.Clone();
        other[10] ^= 0xFF; // inside the compiler MVID
        Assert.Null(CodeSerializer.Deserialize(other));
        var version = (byte[])data.Clone();
        version[4]++; // the format version
        Assert.Null(CodeSerializer.Deserialize(version));
        for (int cut = 24; cut < data.Length; cut += 7)
            Assert.Throws<InvalidDataException>(() => CodeSerializer.Deserialize(data.AsSpan(0, cut)));
        var trailing = new byte[data.Length + 1];
        data.CopyTo(trailing, 0);
        Assert.Throws<InvalidDataException>(() => CodeSerializer.Deserialize(trailing));
    }

    [Fact]
    public void Repeated_strings_are_stored_once()
    {
        var code = CompilerTests.Compile(string.Concat(Enumerable.Range(0, 50).Select(i => $"def f{i}(some_long_parameter_name): return some_long_parameter_name\n")));
        var data = CodeSerializer.Serialize(code);
        int occurrences = 0;
        var needle = System.Text.Encoding.ASCII.GetBytes("some_long_parameter_name");
        for (int i = 0; i + needle.Length <= data.Length; i++)
            if (data.AsSpan(i, needle.Length).SequenceEqual(needle)) occurrences++;
        Assert.Equal(1, occurrences);
    }
}
