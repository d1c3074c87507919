using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>range over longs. (Ranges with bounds beyond the long range are not supported yet.)</summary>
internal sealed class PyRange : PyObject
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

    /// <summary>Position of an exact int in the range, or -1.</summary>
    private long IndexOfInt(PyInt i)
    {
        if (!i.IsSmall || Length == 0) return -1;
        long v = i.Small;
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return -1;
        if ((v - Start) % Step != 0) return -1;
        return (v - Start) / Step;
    }

    /// <summary>start/stop/step, count, index and __reversed__ for both forms (PyRange and the
    /// BigInteger LongRange share the range type).</summary>
    private static void InstallMethods(PyType t)
    {
        BindingInstaller.AddGetter(t, "start", static self => self is LongRange lr ? PyInt.FromBig(lr.Start) : PyInt.FromLong(((PyRange)self).Start));
        BindingInstaller.AddGetter(t, "stop", static self => self is LongRange lr ? PyInt.FromBig(lr.Stop) : PyInt.FromLong(((PyRange)self).Stop));
        BindingInstaller.AddGetter(t, "step", static self => self is LongRange lr ? PyInt.FromBig(lr.Step) : PyInt.FromLong(((PyRange)self).Step));
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "range.__reduce__");
            return self is LongRange lr
                ? PyTuple.Of(PyTypes.Range, PyTuple.Of(PyInt.FromBig(lr.Start), PyInt.FromBig(lr.Stop), PyInt.FromBig(lr.Step)))
                : PyTuple.Of(PyTypes.Range, PyTuple.Of(PyInt.FromLong(((PyRange)self!).Start), PyInt.FromLong(((PyRange)self!).Stop), PyInt.FromLong(((PyRange)self!).Step)));
        });
        BindingInstaller.AddMethod(t, "count", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "range.count");
            var value = args[0];
            if (value.type == PyTypes.Int || value.type == PyTypes.Bool) return PyInt.FromLong(self!.type.Contains!(self, value) ? 1 : 0);
            long n = 0;
            var it = PyOps.GetIter(self!);
            PyObject? x;
            while ((x = PyOps.Next(it)) is not null) if (PyOps.EqualsBool(x, value)) n++;
            return PyInt.FromLong(n);
        });
        BindingInstaller.AddMethod(t, "index", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "range.index");
            var value = args[0];
            if (value.type == PyTypes.Int || value.type == PyTypes.Bool)
            {
                if (self is PyRange r)
                {
                    long i = r.IndexOfInt((PyInt)value);
                    if (i >= 0) return PyInt.FromLong(i);
                }
                else if (self is LongRange lr && self.type.Contains!(self, value))
                {
                    return PyInt.FromBig((((PyInt)value).Big - lr.Start) / lr.Step);
                }
            }
            else
            {
                long k = 0;
                var it = PyOps.GetIter(self!);
                PyObject? x;
                for (; (x = PyOps.Next(it)) is not null; k++) if (PyOps.EqualsBool(x, value)) return PyInt.FromLong(k);
            }
            throw PyErrors.ValueError($"{PyOps.Repr(value).Value} is not in range");
        });
        BindingInstaller.AddMethod(t, "__reversed__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "range.__reversed__");
            if (self is LongRange lr)
            {
                var rev = lr.Length.IsZero ? lr : new LongRange(lr.Start + (lr.Length - 1) * lr.Step, lr.Start - lr.Step, -lr.Step);
                return PyOps.GetIter(rev);
            }
            var r = (PyRange)self!;
            if (r.Length == 0) return new RangeIterator(r);
            long last = r.ItemAt(r.Length - 1);
            // start - step can leave the long range; the BigInteger form takes over then.
            if ((r.Step > 0 && r.Start < long.MinValue + r.Step) || (r.Step < 0 && r.Start > long.MaxValue + r.Step) || r.Step == long.MinValue)
                return PyOps.GetIter(new LongRange(last, (System.Numerics.BigInteger)r.Start - r.Step, -(System.Numerics.BigInteger)r.Step));
            return new RangeIterator(new PyRange(last, r.Start - r.Step, -r.Step));
        });
    }

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
            if (args.Length is >= 1 and <= 3 && !FitsLong(args)) return NewLong(args);
            return args.Length switch
            {
                0 => throw PyErrors.TypeError("range expected at least 1 argument, got 0"),
                1 => new PyRange(0, Arg(args[0]), 1),
                2 => new PyRange(Arg(args[0]), Arg(args[1]), 1),
                3 => new PyRange(Arg(args[0]), Arg(args[1]), Arg(args[2])),
                _ => throw PyErrors.TypeError($"range expected at most 3 arguments, got {args.Length}"),
            };
        };
        InstallMethods(t);
        LongRange.Install(t);
    }

    private static long Arg(PyObject o) => PyOps.Index(o).AsLong();

    private static bool FitsLong(ReadOnlySpan<PyObject> args)
    {
        foreach (var a in args) if (!PyOps.Index(a).IsSmall) return false;
        return true;
    }

    private static PyObject NewLong(ReadOnlySpan<PyObject> args) => args.Length switch
    {
        1 => new LongRange(0, PyOps.Index(args[0]).Big, 1),
        2 => new LongRange(PyOps.Index(args[0]).Big, PyOps.Index(args[1]).Big, 1),
        _ => new LongRange(PyOps.Index(args[0]).Big, PyOps.Index(args[1]).Big, PyOps.Index(args[2]).Big),
    };
}
