using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>range over longs. (Ranges with bounds beyond the long range are not supported yet.)</summary>
[PyType("range")]
internal sealed partial class PyRange : PyObject
{
    public readonly long Start, Stop, Step, Length;

    public PyRange(long start, long stop, long step) : base(PyTypes.Range)
    {
        if (step == 0) throw PyErrors.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0) Length = start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step + 1) : 0;
        else Length = start > stop ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step) + 1) : 0;
    }

    public long ItemAt(long i) => Start + i * Step;

    [PyGetter("start")] internal long StartValue => Start;
    [PyGetter("stop")] internal long StopValue => Stop;
    [PyGetter("step")] internal long StepValue => Step;

    /// <summary>Position of an exact int in the range, or -1.</summary>
    private long IndexOfInt(PyInt i)
    {
        if (!i.IsSmall || Length == 0) return -1;
        long v = i.Small;
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return -1;
        if ((v - Start) % Step != 0) return -1;
        return (v - Start) / Step;
    }

    [PyMethod]
    internal long count(PyObject value)
    {
        if (value.type == PyTypes.Int || value.type == PyTypes.Bool) return IndexOfInt((PyInt)value) >= 0 ? 1 : 0;
        long n = 0;
        for (long k = 0; k < Length; k++) if (PyOps.EqualsBool(PyInt.FromLong(ItemAt(k)), value)) n++;
        return n;
    }

    [PyMethod]
    internal long index(PyObject value)
    {
        if (value.type == PyTypes.Int || value.type == PyTypes.Bool)
        {
            long i = IndexOfInt((PyInt)value);
            if (i >= 0) return i;
        }
        else
        {
            for (long k = 0; k < Length; k++) if (PyOps.EqualsBool(PyInt.FromLong(ItemAt(k)), value)) return k;
        }
        throw PyErrors.ValueError($"{PyOps.Repr(value).Value} is not in range");
    }

    [PyMethod]
    internal PyObject __reversed__() =>
        new RangeIterator(Length == 0 ? this : new PyRange(ItemAt(Length - 1), Start - Step, -Step));

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var r = (PyRange)self;
            return PyStr.FromAscii(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.Length = static self => ((PyRange)self).Length;
        t.Bool = static self => ((PyRange)self).Length != 0;
        t.Iter = static self => new RangeIterator((PyRange)self);
        t.Contains = static (self, item) =>
        {
            var r = (PyRange)self;
            if (item.type == PyTypes.Int || item.type == PyTypes.Bool) return r.IndexOfInt((PyInt)item) >= 0;
            for (long k = 0; k < r.Length; k++) if (PyOps.EqualsBool(PyInt.FromLong(r.ItemAt(k)), item)) return true;
            return false;
        };
        t.GetItem = static (self, key) =>
        {
            var r = (PyRange)self;
            if (key is PySlice s)
            {
                s.Indices(r.Length, out long start, out long stop, out long step, out long count);
                long first = r.ItemAt(start);
                return new PyRange(first, first + count * step * r.Step, step * r.Step);
            }
            long i = PyOps.AsIndex(key, PyTypes.IndexError, "range indices must be integers or slices, not ");
            if (i < 0) i += r.Length;
            if (i < 0 || i >= r.Length) throw PyErrors.IndexError("range object index out of range");
            return PyInt.FromLong(r.ItemAt(i));
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PyRange x || b is not PyRange y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            bool eq = x.Length == y.Length && (x.Length == 0 || (x.Start == y.Start && (x.Length == 1 || x.Step == y.Step)));
            return PyBool.FromBool(eq == (op == CompareOp.Eq));
        };
        t.Hash = static self =>
        {
            var r = (PyRange)self;
            var len = PyInt.FromLong(r.Length);
            if (r.Length == 0) return PyTuple.HashOf(PyTuple.Of(len, PyNone.Instance, PyNone.Instance));
            if (r.Length == 1) return PyTuple.HashOf(PyTuple.Of(len, PyInt.FromLong(r.Start), PyNone.Instance));
            return PyTuple.HashOf(PyTuple.Of(len, PyInt.FromLong(r.Start), PyInt.FromLong(r.Step)));
        };
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("range() takes no keyword arguments");
            return args.Length switch
            {
                0 => throw PyErrors.TypeError("range expected at least 1 argument, got 0"),
                1 => new PyRange(0, Arg(args[0]), 1),
                2 => new PyRange(Arg(args[0]), Arg(args[1]), 1),
                3 => new PyRange(Arg(args[0]), Arg(args[1]), Arg(args[2])),
                _ => throw PyErrors.TypeError($"range expected at most 3 arguments, got {args.Length}"),
            };
        };
        InstallPyBindings(t);
    }

    private static long Arg(PyObject o) => PyOps.Index(o).AsLong();
}
