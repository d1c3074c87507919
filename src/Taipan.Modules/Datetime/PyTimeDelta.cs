using Taipan.Runtime.Objects;
using System.Numerics;
using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.timedelta: days, seconds (0..86399) and microseconds (0..999999), normalised.
/// Arithmetic results are always exact timedeltas, as in CPython (new_delta uses the base type).</summary>
[PyType("timedelta")]
internal sealed partial class PyTimeDelta : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("datetime.timedelta", 60, InitType);
    private static readonly string[] NewNames = { "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks" };
    private static readonly long[] Factors = { DateMath.UsPerDay, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 7 * DateMath.UsPerDay };

    internal readonly int Days, Seconds, Microseconds;
    private long hashCache = -1;

    internal PyTimeDelta(PyType t, int days, int seconds, int us) : base(t)
    {
        Days = days;
        Seconds = seconds;
        Microseconds = us;
    }

    public static PyTimeDelta Zero { get; } = new(PyTypeObject, 0, 0, 0);

    internal Int128 TotalUs => (Int128)Days * DateMath.UsPerDay + (Int128)Seconds * 1_000_000 + Microseconds;

    internal long TotalSecondsFloor => (long)Days * 86400 + Seconds;

    /// <summary>new_delta with normalisation: days/seconds/us in any range.</summary>
    public static PyTimeDelta FromParts(long days, long seconds, long us, PyType? t = null)
    {
        seconds += DateMath.FloorDiv(us, 1_000_000);
        us = DateMath.FloorMod(us, 1_000_000);
        days += DateMath.FloorDiv(seconds, 86400);
        seconds = DateMath.FloorMod(seconds, 86400);
        CheckDays(days);
        return new PyTimeDelta(t ?? PyTypeObject, (int)days, (int)seconds, (int)us);
    }

    private static void CheckDays(long days)
    {
        if (days < -DateMath.MaxDeltaDays || days > DateMath.MaxDeltaDays)
        {
            if (days < int.MinValue || days > int.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
            throw PyErrors.OverflowError($"days={days}; must have magnitude <= {DateMath.MaxDeltaDays}");
        }
    }

    public static PyTimeDelta FromUs(Int128 us, PyType? t = null)
    {
        Int128 days = Int128.DivRem(us, DateMath.UsPerDay).Quotient;
        Int128 rem = us - days * DateMath.UsPerDay;
        if (rem < 0) { rem += DateMath.UsPerDay; days -= 1; }
        if (days < long.MinValue || days > long.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        CheckDays((long)days);
        long r = (long)rem;
        return new PyTimeDelta(t ?? PyTypeObject, (int)(long)days, (int)(r / 1_000_000), (int)(r % 1_000_000));
    }

    public static PyTimeDelta FromBigUs(BigInteger us, PyType? t = null)
    {
        var days = BigInteger.DivRem(us, DateMath.UsPerDay, out var rem);
        if (rem < 0) { rem += DateMath.UsPerDay; days -= 1; }
        if (days < long.MinValue || days > long.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        CheckDays((long)days);
        long r = (long)rem;
        return new PyTimeDelta(t ?? PyTypeObject, (int)(long)days, (int)(r / 1_000_000), (int)(r % 1_000_000));
    }

    internal static PyObject ToPyInt(Int128 v) =>
        v >= long.MinValue && v <= long.MaxValue ? PyInt.FromLong((long)v) : PyInt.FromBig((BigInteger)v);

    /// <summary>self - other.</summary>
    internal PyTimeDelta FromUsMinus(PyTimeDelta other) => FromUs(TotalUs - other.TotalUs);

    internal PyInt TotalUsInt => (PyInt)ToPyInt(TotalUs);

    private static PyObject New(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = DtArgs.Unpack(args, kwnames, NewNames, 0, "__new__()");
        BigInteger sum = BigInteger.Zero;
        double leftover = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is not { } v) continue;
            Accumulate(v, Factors[i], NewNames[i], ref sum, ref leftover);
        }
        if (leftover != 0)
        {
            double whole = Math.Round(leftover, MidpointRounding.AwayFromZero);
            if (Math.Abs(whole - leftover) == 0.5)
            {
                // exactly halfway: round half to even, on the parity of the accumulated integer part
                int odd = sum.IsEven ? 0 : 1;
                whole = 2.0 * Math.Round((leftover + odd) * 0.5, MidpointRounding.AwayFromZero) - odd;
            }
            sum += new BigInteger(whole);
        }
        var r = FromBigUs(sum);
        var type = (PyType)cls;
        return type == PyTypeObject ? r : new PyTimeDelta(type, r.Days, r.Seconds, r.Microseconds);
    }

    private static void Accumulate(PyObject v, long factor, string tag, ref BigInteger sum, ref double leftover)
    {
        if (v is PyInt i)
        {
            sum += i.Big * factor;
            return;
        }
        if (v is PyFloat f)
        {
            double d = f.Value;
            double intpart = Math.Truncate(d);
            double frac = d - intpart;
            if (double.IsInfinity(d)) throw PyErrors.OverflowError("cannot convert float infinity to integer");
            if (double.IsNaN(d)) throw PyErrors.ValueError("cannot convert float NaN to integer");
            sum += new BigInteger(intpart) * factor;
            if (frac == 0) return;
            double prod = frac * factor;
            double ip = Math.Truncate(prod);
            sum += new BigInteger(ip);
            leftover += prod - ip;
            return;
        }
        throw PyErrors.TypeError($"unsupported type for timedelta {tag} component: {v.type.Name}");
    }

    // --- attributes -------------------------------------------------------------------------------

    [PyGetter] internal int days => Days;
    [PyGetter] internal int seconds => Seconds;
    [PyGetter] internal int microseconds => Microseconds;

    [PyMethod]
    internal PyObject total_seconds() => PyOps.TrueDivide(TotalUsInt, PyInt.FromLong(1_000_000));

    [PyMethod("__reduce__")]
    internal PyObject reduce() => PyTuple.Of(type, PyTuple.Of(PyInt.FromLong(Days), PyInt.FromLong(Seconds), PyInt.FromLong(Microseconds)));

    internal string ReprText()
    {
        var sb = new StringBuilder(type.Name).Append('(');
        bool any = false;
        if (Days != 0) { sb.Append("days=").Append(Days); any = true; }
        if (Seconds != 0) { if (any) sb.Append(", "); sb.Append("seconds=").Append(Seconds); any = true; }
        if (Microseconds != 0) { if (any) sb.Append(", "); sb.Append("microseconds=").Append(Microseconds); any = true; }
        if (!any) sb.Append('0');
        return sb.Append(')').ToString();
    }

    internal string StrText()
    {
        var sb = new StringBuilder();
        if (Days != 0) sb.Append(Days).Append(Math.Abs(Days) != 1 ? " days, " : " day, ");
        int h = Seconds / 3600, m = Seconds / 60 % 60, s = Seconds % 60;
        sb.Append(h).Append(':').Append(m.ToString("D2")).Append(':').Append(s.ToString("D2"));
        if (Microseconds != 0) sb.Append('.').Append(Microseconds.ToString("D6"));
        return sb.ToString();
    }

    // --- arithmetic -------------------------------------------------------------------------------

    private static BigInteger DivideNearest(BigInteger m, BigInteger n)
    {
        // round half to even, as CPython's divide_nearest
        if (n < 0) { m = -m; n = -n; }
        var q = BigInteger.DivRem(m, n, out var r);
        if (r < 0) { r += n; q -= 1; }
        var r2 = r * 2;
        if (r2 > n || (r2 == n && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>float.as_integer_ratio(), through a subclass's override as CPython calls it.</summary>
    private static (BigInteger num, BigInteger den) Ratio(PyFloat f)
    {
        if (f.type == PyTypes.Float) return Ratio(f.Value);
        var r = PyOps.CallMethod(f, "as_integer_ratio", ReadOnlySpan<PyObject>.Empty);
        if (r is not PyTuple t)
            throw PyErrors.TypeError($"unexpected return type from as_integer_ratio(): expected tuple, got '{r.type.Name}'");
        if (t.Count != 2) throw PyErrors.ValueError("as_integer_ratio() must return a 2-tuple");
        return (PyOps.Index(t[0]).Big, PyOps.Index(t[1]).Big);
    }

    private static (BigInteger num, BigInteger den) Ratio(double d)
    {
        if (double.IsNaN(d)) throw PyErrors.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(d)) throw PyErrors.OverflowError("cannot convert Infinity to integer ratio");
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger num = mant, den = BigInteger.One;
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (neg) num = -num;
        return (num, den);
    }

    private static PyObject MulFloat(PyTimeDelta td, PyFloat f)
    {
        var (n, d) = Ratio(f);
        return FromBigUs(DivideNearest((BigInteger)td.TotalUs * n, d));
    }

    private static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyTimeDelta x && b is PyTimeDelta y)
            return FromParts((long)x.Days + y.Days, (long)x.Seconds + y.Seconds, (long)x.Microseconds + y.Microseconds);
        return PyNotImplemented.Instance;
    }

    private static PyObject Sub(PyObject a, PyObject b)
    {
        if (a is PyTimeDelta x && b is PyTimeDelta y)
            return FromParts((long)x.Days - y.Days, (long)x.Seconds - y.Seconds, (long)x.Microseconds - y.Microseconds);
        return PyNotImplemented.Instance;
    }

    private static PyObject Mul(PyObject a, PyObject b)
    {
        if (a is PyTimeDelta x)
        {
            if (b is PyInt i) return FromBigUs((BigInteger)x.TotalUs * i.Big);
            if (b is PyFloat f) return MulFloat(x, f);
        }
        else if (b is PyTimeDelta y)
        {
            if (a is PyInt i) return FromBigUs((BigInteger)y.TotalUs * i.Big);
            if (a is PyFloat f) return MulFloat(y, f);
        }
        return PyNotImplemented.Instance;
    }

    private static PyObject TrueDiv(PyObject a, PyObject b)
    {
        if (a is not PyTimeDelta x) return PyNotImplemented.Instance;
        if (b is PyTimeDelta y)
        {
            if (y.TotalUs == 0) throw PyErrors.ZeroDivisionError("division by zero");
            return PyOps.TrueDivide(x.TotalUsInt, y.TotalUsInt);
        }
        if (b is PyInt i)
        {
            if (i.Big.IsZero) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
            return FromBigUs(DivideNearest((BigInteger)x.TotalUs, i.Big));
        }
        if (b is PyFloat f)
        {
            var (n, d) = Ratio(f);
            if (n.IsZero) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
            return FromBigUs(DivideNearest((BigInteger)x.TotalUs * d, n));
        }
        return PyNotImplemented.Instance;
    }

    private static BigInteger FloorDivBig(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    private static PyObject FloorDivSlot(PyObject a, PyObject b)
    {
        if (a is not PyTimeDelta x) return PyNotImplemented.Instance;
        if (b is PyTimeDelta y)
        {
            if (y.TotalUs == 0) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
            return PyInt.FromBig(FloorDivBig((BigInteger)x.TotalUs, (BigInteger)y.TotalUs));
        }
        if (b is PyInt i)
        {
            if (i.Big.IsZero) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
            return FromBigUs(FloorDivBig((BigInteger)x.TotalUs, i.Big));
        }
        return PyNotImplemented.Instance;
    }

    private static PyObject ModSlot(PyObject a, PyObject b)
    {
        if (a is PyTimeDelta x && b is PyTimeDelta y)
        {
            if (y.TotalUs == 0) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
            BigInteger n = (BigInteger)x.TotalUs, d = (BigInteger)y.TotalUs;
            return FromBigUs(n - FloorDivBig(n, d) * d);
        }
        return PyNotImplemented.Instance;
    }

    [PyMethod("__divmod__")]
    internal PyObject divmod(PyObject other)
    {
        if (other is not PyTimeDelta y) return PyNotImplemented.Instance;
        if (y.TotalUs == 0) throw PyErrors.ZeroDivisionError("integer division or modulo by zero");
        BigInteger n = (BigInteger)TotalUs, d = (BigInteger)y.TotalUs;
        var q = FloorDivBig(n, d);
        return PyTuple.Of(PyInt.FromBig(q), FromBigUs(n - q * d));
    }

    [PyMethod("__rdivmod__")]
    internal PyObject rdivmod(PyObject other) => other is PyTimeDelta o ? o.divmod(this) : PyNotImplemented.Instance;

    private static int Compare(PyTimeDelta a, PyTimeDelta b)
    {
        int c = a.Days.CompareTo(b.Days);
        if (c == 0) c = a.Seconds.CompareTo(b.Seconds);
        if (c == 0) c = a.Microseconds.CompareTo(b.Microseconds);
        return c;
    }

    internal static PyObject CompareResult(int c, CompareOp op) => PyBool.FromBool(op switch
    {
        CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
    });

    internal long HashValue()
    {
        if (hashCache == -1)
        {
            long h = PyOps.Hash(PyTuple.Of(PyInt.FromLong(Days), PyInt.FromLong(Seconds), PyInt.FromLong(Microseconds)));
            hashCache = h == -1 ? -2 : h;
        }
        return hashCache;
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Repr = static self => PyStr.FromString(((PyTimeDelta)self).ReprText());
        t.Str = static self => PyStr.FromString(((PyTimeDelta)self).StrText());
        t.Hash = static self => ((PyTimeDelta)self).HashValue();
        t.Bool = static self => { var d = (PyTimeDelta)self; return d.Days != 0 || d.Seconds != 0 || d.Microseconds != 0; };
        t.RichCompare = static (a, b, op) =>
            b is PyTimeDelta y && a is PyTimeDelta x ? CompareResult(Compare(x, y), op) : PyNotImplemented.Instance;
        t.NumberSlots[(int)BinaryOp.Add] = Add;
        t.NumberSlots[(int)BinaryOp.Subtract] = Sub;
        t.NumberSlots[(int)BinaryOp.Multiply] = Mul;
        t.NumberSlots[(int)BinaryOp.TrueDivide] = TrueDiv;
        t.NumberSlots[(int)BinaryOp.FloorDivide] = FloorDivSlot;
        t.NumberSlots[(int)BinaryOp.Remainder] = ModSlot;
        t.Negative = static self => { var d = (PyTimeDelta)self; return FromUs(-d.TotalUs); };
        t.Positive = static self => { var d = (PyTimeDelta)self; return new PyTimeDelta(PyTypeObject, d.Days, d.Seconds, d.Microseconds); };
        t.Absolute = static self => { var d = (PyTimeDelta)self; return d.Days < 0 ? FromUs(-d.TotalUs) : new PyTimeDelta(PyTypeObject, d.Days, d.Seconds, d.Microseconds); };
        InstallPyBindings(t);
        t.Dict.SetItem(StrIntern.Intern("min"), new PyTimeDelta(t, -DateMath.MaxDeltaDays, 0, 0));
        t.Dict.SetItem(StrIntern.Intern("max"), new PyTimeDelta(t, DateMath.MaxDeltaDays, 86399, 999999));
        t.Dict.SetItem(StrIntern.Intern("resolution"), new PyTimeDelta(t, 0, 0, 1));
    }
}
