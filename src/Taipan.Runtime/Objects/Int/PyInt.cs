using System.Numerics;
using System.Runtime.CompilerServices;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Python int: one Python type, two forms. Values in <c>long</c> range live in
/// <see cref="Small"/>; others in a boxed <see cref="BigInteger"/>. The form is normalised
/// (a big form never holds a value that fits in a long), so "small" is one null check.
/// bool's True and False are PyInt instances whose type field is bool.
/// </summary>
[PyType("int")]
internal sealed partial class PyInt : PyObject
{
    // CPython's range. Widening it is a measured decision for later (bench/).
    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] SmallCache = CreateSmallCache();

    public static readonly PyInt Zero = SmallCache[-SmallMin];
    public static readonly PyInt One = SmallCache[1 - SmallMin];
    public static readonly PyInt MinusOne = SmallCache[-1 - SmallMin];

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public readonly long Small;
    private readonly object? big; // boxed BigInteger; not on the small path

    // inlined: BINARY_OP's results beyond the small-int cache are allocated inside the eval loop, whose size
    // had used up RyuJIT's inlining budget (this constructor was a call there)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyInt(long value) : base(PyTypes.Int) => Small = value;

    /// <summary>For JIT traces, which allocate with newobj and set the fields themselves (GetUninitializedObject,
    /// the fallback, costs ~100 ns per box when a trace materialises its unboxed ints).</summary>
    private PyInt() : base(PyTypes.Int) { }

    private PyInt(BigInteger value) : base(PyTypes.Int) => big = value;

    /// <summary>True/False, and instances of int subclasses (attribute storage is the instance-dict side table).</summary>
    internal PyInt(PyType type, long value) : base(type) => Small = value;

    private PyInt(PyType type, BigInteger value) : base(type) => big = value;

    /// <summary>An instance of an int subclass holding <paramref name="value"/>'s value (long_subtype_new).</summary>
    public static PyInt ForSubtype(PyType type, PyInt value) =>
        value.IsSmall ? new PyInt(type, value.Small) : new PyInt(type, (BigInteger)value.big!);

    private static PyInt[] CreateSmallCache()
    {
        var cache = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + SmallMin);
        return cache;
    }

    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => big is null;
    }

    public BigInteger Big => big is null ? new BigInteger(Small) : (BigInteger)big;

    public int Sign => big is null ? Math.Sign(Small) : ((BigInteger)big).Sign;
    public bool IsNegative => Sign < 0;
    public bool IsZero => big is null && Small == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt FromLong(long value)
    {
        if ((ulong)(value - SmallMin) <= (ulong)(SmallMax - SmallMin)) return SmallCache[value - SmallMin];
        return new PyInt(value);
    }

    public static PyInt FromBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromLong((long)value) : new PyInt(value);

    public static PyInt FromULong(ulong value) => value <= long.MaxValue ? FromLong((long)value) : new PyInt(new BigInteger(value));

    /// <summary>The int value of an int or bool (bool is an int subclass; its value is 0 or 1).</summary>
    public bool TryGetLong(out long value)
    {
        value = Small;
        return big is null;
    }

    /// <summary>PyLong_AsSsize_t-style: the value, or OverflowError.</summary>
    public long AsLong() => big is null ? Small : throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");

    /// <summary>For int arguments that must fit a C int (e.g. a count).</summary>
    public int AsInt32()
    {
        if (big is null && Small >= int.MinValue && Small <= int.MaxValue) return (int)Small;
        throw PyErrors.OverflowError("Python int too large to convert to C int");
    }

    /// <summary>int → float, correctly rounded (half to even) as CPython's PyLong_AsDouble.</summary>
    public double ToDouble()
    {
        if (big is null)
        {
            // |v| <= 2**53 converts exactly; larger longs need round-half-even, which the cast does.
            return Small;
        }
        return IntArithmetic.BigToDouble((BigInteger)big, sticky: false, exp2: 0)
            ?? throw PyErrors.OverflowError("int too large to convert to float");
    }

    /// <summary>hash(int): the value modulo 2**61 - 1 keeping the sign; -1 becomes -2.</summary>
    public static long HashOf(PyInt i)
    {
        if (i.big is null) return PyHash.HashLong(i.Small);
        var v = (BigInteger)i.big;
        var r = (long)(BigInteger.Remainder(BigInteger.Abs(v), PyHash.Modulus));
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public override bool Equals(object? obj) => obj is PyInt o && IntArithmetic.Compare(this, o) == 0;
    public override int GetHashCode() => (int)HashOf(this);

    // --- Python methods --------------------------------------------------------------

    [PyMethod]
    internal long bit_length()
    {
        if (big is null)
        {
            ulong u = Small < 0 ? (ulong)(-(Small + 1)) + 1 : (ulong)Small;
            return 64 - BitOperations.LeadingZeroCount(u);
        }
        return (long)BigInteger.Abs((BigInteger)big).GetBitLength();
    }

    [PyMethod]
    internal long bit_count()
    {
        if (big is null)
        {
            ulong u = Small < 0 ? (ulong)(-(Small + 1)) + 1 : (ulong)Small;
            return BitOperations.PopCount(u);
        }
        var bytes = BigInteger.Abs((BigInteger)big).ToByteArray();
        long n = 0;
        foreach (var b in bytes) n += BitOperations.PopCount(b);
        return n;
    }

    [PyMethod]
    internal PyInt conjugate() => Exact(this);

    [PyMethod]
    internal PyTuple as_integer_ratio() => PyTuple.Of(Exact(this), One);

    [PyGetter]
    internal PyInt real => Exact(this);

    [PyGetter]
    internal PyInt imag => Zero;

    [PyGetter]
    internal PyInt numerator => Exact(this);

    [PyGetter]
    internal PyInt denominator => One;

    [PyMethod]
    internal PyObject __round__(PyObject? ndigits = null) => IntMethods.Round(this, ndigits);

    [PyMethod]
    internal PyInt __trunc__() => Exact(this);

    [PyMethod]
    internal PyInt __floor__() => Exact(this);

    [PyMethod]
    internal PyInt __ceil__() => Exact(this);

    [PyMethod]
    internal PyTuple __getnewargs__() => PyTuple.Of(Exact(this));

    /// <summary>CPython's size: a 24-byte header plus 4 bytes per 30-bit digit (at least one digit).</summary>
    [PyMethod]
    internal long __sizeof__()
    {
        long bits = big is null ? bit_length() : (long)BigInteger.Abs((BigInteger)big).GetBitLength();
        long digits = Math.Max(1, (bits + 29) / 30);
        return 24 + 4 * digits;
    }

    [PyMethod]
    internal PyObject __divmod__(PyObject other) =>
        other is PyInt o ? IntArithmetic.DivMod(this, o) : PyNotImplemented.Instance;

    [PyMethod]
    internal PyObject __rdivmod__(PyObject other) =>
        other is PyInt o ? IntArithmetic.DivMod(o, this) : PyNotImplemented.Instance;

    [PyClassMethod]
    internal static PyObject from_bytes(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => IntMethods.FromBytes(cls, args, kwnames);

    [PyMethod]
    internal PyObject to_bytes(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => IntMethods.ToBytes(this, args, kwnames);

    /// <summary>The same value as an exact int (strips bool and subclasses).</summary>
    public static PyInt Exact(PyInt i) => i.type == PyTypes.Int ? i : i.IsSmall ? FromLong(i.Small) : new PyInt(i.Big);

    // --- slots -----------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromAscii(IntText.ToDecimalString((PyInt)self, InterpreterState.Current.IntMaxStrDigits));
        // No tp_str: str() is object.__str__, which calls repr (so a subclass __repr__ shows in str()).
        t.Hash = static self => HashOf((PyInt)self);
        t.Bool = static self => !((PyInt)self).IsZero;
        t.RichCompare = IntArithmetic.RichCompare;
        t.Negative = static self => IntArithmetic.Negate((PyInt)self);
        t.Positive = static self => Exact((PyInt)self);
        t.Absolute = static self => ((PyInt)self).IsNegative ? IntArithmetic.Negate((PyInt)self) : Exact((PyInt)self);
        t.Invert = static self => IntArithmetic.Invert((PyInt)self);
        t.Int = static self => Exact((PyInt)self);
        t.Index = t.Int;
        t.Float = static self => new PyFloat(((PyInt)self).ToDouble());
        t.NumberSlots[(int)BinaryOp.Add] = IntArithmetic.AddSlot;
        t.NumberSlots[(int)BinaryOp.Subtract] = IntArithmetic.SubtractSlot;
        t.NumberSlots[(int)BinaryOp.Multiply] = IntArithmetic.MultiplySlot;
        t.NumberSlots[(int)BinaryOp.FloorDivide] = IntArithmetic.FloorDivideSlot;
        t.NumberSlots[(int)BinaryOp.Remainder] = IntArithmetic.RemainderSlot;
        t.NumberSlots[(int)BinaryOp.TrueDivide] = IntArithmetic.TrueDivideSlot;
        t.NumberSlots[(int)BinaryOp.Power] = IntArithmetic.PowerSlot;
        t.NumberSlots[(int)BinaryOp.LShift] = IntArithmetic.LShiftSlot;
        t.NumberSlots[(int)BinaryOp.RShift] = IntArithmetic.RShiftSlot;
        t.NumberSlots[(int)BinaryOp.And] = IntArithmetic.AndSlot;
        t.NumberSlots[(int)BinaryOp.Or] = IntArithmetic.OrSlot;
        t.NumberSlots[(int)BinaryOp.Xor] = IntArithmetic.XorSlot;
        t.TernaryPower = IntArithmetic.TernaryPowerSlot;
        t.New = static (callable, args, kwnames) => IntText.IntNew((PyType)callable, args, kwnames);
        InstallPyBindings(t);
    }
}
