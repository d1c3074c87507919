using System.Numerics;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>A range whose bounds do not fit a long (CPython's longrangeobject path): same Python type as
/// <see cref="PyRange"/>, BigInteger arithmetic, iterated by a longrange_iterator. The range slots dispatch here
/// (<see cref="Install"/>), so the long-only PyRange stays the fast common case.</summary>
internal sealed class LongRange : PyObject
{
    public readonly BigInteger Start, Stop, Step, Length;

    // Created on first use: Install runs while the builtin types bootstrap, before NativeTypes can make types.
    private static PyType? iteratorType;

    private static PyType IteratorType => iteratorType ??= NativeTypes.Create("longrange_iterator", PyTypes.Object, TypeFlags.None, 256, InitIterator);

    public LongRange(BigInteger start, BigInteger stop, BigInteger step) : base(PyTypes.Range)
    {
        if (step.IsZero) throw PyErrors.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0) Length = start < stop ? (stop - start - 1) / step + 1 : 0;
        else Length = start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    private BigInteger ItemAt(BigInteger i) => Start + i * Step;

    /// <summary>Wraps the range type's slots so LongRange instances take the BigInteger path.</summary>
    internal static void Install(PyType t)
    {
        var repr = t.Repr!;
        t.Repr = self => self is LongRange r
            ? PyStr.FromAscii(r.Step.IsOne ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})")
            : repr(self);
        var length = t.Length!;
        t.Length = self => self is LongRange r
            ? (r.Length <= long.MaxValue ? (long)r.Length : throw PyErrors.OverflowError("Python int too large to convert to C ssize_t"))
            : length(self);
        var boolean = t.Bool!;
        t.Bool = self => self is LongRange r ? !r.Length.IsZero : boolean(self);
        var iter = t.Iter!;
        t.Iter = self => self is LongRange r ? new Iterator(r) : iter(self);
        var contains = t.Contains!;
        t.Contains = (self, item) =>
        {
            if (self is not LongRange r) return contains(self, item);
            if (item is PyInt i && (item.type == PyTypes.Int || item.type == PyTypes.Bool))
            {
                var v = i.Big;
                if (r.Length.IsZero) return false;
                if (r.Step > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop)) return false;
                return ((v - r.Start) % r.Step).IsZero;
            }
            var it = new Iterator(r);
            for (var x = it.Next(); x is not null; x = it.Next()) if (PyOps.EqualsBool(x, item)) return true;
            return false;
        };
        var getItem = t.GetItem!;
        t.GetItem = (self, key) =>
        {
            if (self is not LongRange r) return getItem(self, key);
            if (key is PySlice) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
            if (key is not PyInt && key.type.Index is null)
                throw PyErrors.TypeError($"range indices must be integers or slices, not {key.type.Name}");
            var i = PyOps.Index(key).Big;
            if (i < 0) i += r.Length;
            if (i < 0 || i >= r.Length) throw PyErrors.IndexError("range object index out of range");
            return PyInt.FromBig(r.ItemAt(i));
        };
        var compare = t.RichCompare!;
        t.RichCompare = (a, b, op) =>
        {
            if (a is not LongRange && b is not LongRange) return compare(a, b, op);
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a.type != PyTypes.Range && a is not LongRange || b is not LongRange && b is not PyRange)
                return PyNotImplemented.Instance;
            var (la, sa, ta) = Parts(a);
            var (lb, sb, tb) = Parts(b);
            bool eq = la == lb && (la.IsZero || (sa == sb && (la.IsOne || ta == tb)));
            return PyBool.FromBool(eq == (op == CompareOp.Eq));
        };
        var hash = t.Hash!;
        t.Hash = self =>
        {
            if (self is not LongRange r) return hash(self);
            var len = PyInt.FromBig(r.Length);
            if (r.Length.IsZero) return PyTuple.HashOf(PyTuple.Of(len, PyNone.Instance, PyNone.Instance));
            if (r.Length.IsOne) return PyTuple.HashOf(PyTuple.Of(len, PyInt.FromBig(r.Start), PyNone.Instance));
            return PyTuple.HashOf(PyTuple.Of(len, PyInt.FromBig(r.Start), PyInt.FromBig(r.Step)));
        };
    }

    private static (BigInteger Length, BigInteger Start, BigInteger Step) Parts(PyObject o) =>
        o is LongRange l ? (l.Length, l.Start, l.Step) : o is PyRange r ? (r.Length, r.Start, r.Step) : default;

    private static void InitIterator(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((Iterator)self).Next();
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "longrange_iterator.__length_hint__");
            var it = (Iterator)self!;
            return PyInt.FromBig(BigInteger.Max(BigInteger.Zero, it.range.Length - it.index));
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "longrange_iterator.__reduce__");
            var it = (Iterator)self!;
            var r = it.range;
            return PyTuple.Of(IteratorReduce.BuiltinIter, PyTuple.Of(new LongRange(r.Start, r.Start + r.Length * r.Step, r.Step)), PyInt.FromBig(it.index));
        });
        BindingInstaller.AddMethod(t, "__setstate__", static (self, a, k) =>
        {
            ArgParser.OneArg(a, k, "longrange_iterator.__setstate__");
            var it = (Iterator)self!;
            // CPython clips with rich comparisons against 0 and the length
            if (a[0] is not PyInt i) throw PyErrors.TypeError($"'<' not supported between instances of '{a[0].type.Name}' and 'int'");
            var v = i.Big;
            it.index = v < 0 ? BigInteger.Zero : v > it.range.Length ? it.range.Length : v;
            return PyNone.Instance;
        });
    }

    private sealed class Iterator : PyObject
    {
        internal readonly LongRange range;
        internal BigInteger index;

        public Iterator(LongRange range) : base(IteratorType) => this.range = range;

        public PyObject? Next() => index < range.Length ? PyInt.FromBig(range.ItemAt(index++)) : null;
    }
}
