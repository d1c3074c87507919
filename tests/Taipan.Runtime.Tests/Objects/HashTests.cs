using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

// Values from `PYTHONHASHSEED=0 python3.11 -c 'print(hash(...))'`.
public class HashTests
{
    [Fact]
    public void Int_hashes()
    {
        Assert.Equal(-2, PyOps.Hash(I(-1)));
        Assert.Equal(0, PyOps.Hash(PyOps.Subtract(PyOps.Power(I(2), I(61)), I(1))));  // 2**61-1
        Assert.Equal(1, PyOps.Hash(PyOps.Power(I(2), I(61))));
        Assert.Equal(-2, PyOps.Hash(PyOps.Negative(PyOps.Power(I(2), I(61)))));
        Assert.Equal(8, PyOps.Hash(PyOps.Power(I(2), I(64))));
        Assert.Equal(-4, PyOps.Hash(I(long.MinValue)));                                // -2**63
        Assert.Equal(465258685558744706, PyOps.Hash(PyOps.Power(I(10), I(30))));
        Assert.Equal(1, PyOps.Hash(PyBool.True));
    }

    [Theory]
    [InlineData(1.5, 1152921504606846977)]
    [InlineData(-0.5, -1152921504606846976)]
    [InlineData(1e300, 1224995262755759164)]
    [InlineData(1e-300, 482449582752280463)]
    [InlineData(5e-324, 16777216)]
    [InlineData(double.PositiveInfinity, 314159)]
    [InlineData(0.1, 230584300921369408)]
    [InlineData(2.0, 2)]
    [InlineData(-1.0, -2)]
    public void Float_hashes(double v, long expected) => Assert.Equal(expected, PyOps.Hash(F(v)));

    [Fact]
    public void Tuple_and_frozenset_hashes()
    {
        Assert.Equal(-3550055125485641917, PyOps.Hash(T(I(1), I(2))));
        Assert.Equal(5740354900026072187, PyOps.Hash(PyTuple.Empty));
        Assert.Equal(133146708735736, PyOps.Hash(PySet.FromIterable(PyTypes.FrozenSet, null)));
        Assert.Equal(-272375401224217160, PyOps.Hash(PySet.FromIterable(PyTypes.FrozenSet, L(I(1), I(2), I(3)))));
        Assert.Equal(-6143170332311272345, PyOps.Hash(PyOps.Call(PyTypes.Range, new PyObject[] { I(0), I(10), I(2) })));
    }

    [Fact]
    public void Unhashable_types()
    {
        Assert.Equal("unhashable type: 'list'", Message(Raises(PyTypes.TypeError, () => PyOps.Hash(L()))));
        Assert.Equal("unhashable type: 'dict'", Message(Raises(PyTypes.TypeError, () => PyOps.Hash(new PyDict()))));
    }

    private static long StrHash(string s, uint seed)
    {
        var (k0, k1) = StringHash.KeyForSeed(seed);
        var p = S(s);
        return StringHash.HashString(p.Value, p.MaxCodePoint, p.HasAstral, k0, k1);
    }

    [Theory] // PYTHONHASHSEED=0 python3.11 -c "print(hash(s))": 1-, 2- and 4-byte PEP 393 kinds
    [InlineData("a", 4644417185603328019)]
    [InlineData("hello", -2096571579003691106)]
    [InlineData("é", 6047309291227476195)]
    [InlineData("€", -5529981157763016009)]
    [InlineData("😀", -3536540696076613844)]
    public void String_hashes_equal_cpython_with_seed_0(string s, long expected) => Assert.Equal(expected, StrHash(s, 0));

    [Theory] // PYTHONHASHSEED=42 / 1 python3.11 -c "print(hash(s))"
    [InlineData("hello", 42u, 841626496250501200)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 1u, 6372667031721028470)]
    public void String_hashes_equal_cpython_with_a_seed(string s, uint seed, long expected) => Assert.Equal(expected, StrHash(s, seed));

    [Fact]
    public void Empty_string_hashes_to_zero() => Assert.Equal(0, PyOps.Hash(S("")));
}
