using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

[PyType("slice")]
internal sealed partial class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(PyTypes.Slice)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices: clamps to <paramref name="length"/>
    /// and counts the selected items.</summary>
    public void Indices(long length, out long start, out long stop, out long step, out long count)
    {
        step = Step == PyNone.Instance ? 1 : Clamp(Step);
        if (step == 0) throw PyErrors.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue; // so that -step cannot overflow
        long defStart = step < 0 ? long.MaxValue : 0;
        long defStop = step < 0 ? long.MinValue : long.MaxValue;
        start = Start == PyNone.Instance ? defStart : Clamp(Start);
        stop = Stop == PyNone.Instance ? defStop : Clamp(Stop);
        if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>PySlice_Unpack ahead of PySlice_AdjustIndices, for a mutable sequence: the bounds'
    /// __index__ methods run (step, start, stop) before its length is read, since they may resize it
    /// (ElementTree's test: `del e[:]` inside __index__). Plain ints and None need no copy.</summary>
    public PySlice WithIndexBounds()
    {
        if (IsPlain(Start) && IsPlain(Stop) && IsPlain(Step)) return this;
        var step = AsBound(Step);
        var start = AsBound(Start);
        return new PySlice(start, AsBound(Stop), step);
    }

    private static bool IsPlain(PyObject o) => o == PyNone.Instance || o.type == PyTypes.Int;

    private static PyObject AsBound(PyObject o)
    {
        if (IsPlain(o)) return o;
        if (o.type.Index is null)
            throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");
        return PyOps.Index(o);
    }

    /// <summary>_PyEval_SliceIndex: any __index__ value, clamped to the long range.</summary>
    private static long Clamp(PyObject o)
    {
        if (o.type.Index is null)
            throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = PyOps.Index(o);
        if (i.IsSmall) return i.Small;
        return i.IsNegative ? long.MinValue : long.MaxValue;
    }

    [PyGetter("start")] internal PyObject StartValue => Start;
    [PyGetter("stop")] internal PyObject StopValue => Stop;
    [PyGetter("step")] internal PyObject StepValue => Step;

    /// <summary>slice.indices(length): (start, stop, step) for a sequence of that length.</summary>
    [PyMethod]
    internal PyTuple indices(PyObject length)
    {
        long len = PyOps.Index(length).AsLong();
        if (len < 0) throw PyErrors.ValueError("length should not be negative");
        Indices(len, out long start, out long stop, out long step, out _);
        return PyTuple.Of(PyInt.FromLong(start), PyInt.FromLong(stop), PyInt.FromLong(step));
    }

    [PyMethod]
    internal PyTuple __reduce__() => PyTuple.Of(PyTypes.Slice, PyTuple.Of(Start, Stop, Step));

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("slice() takes no keyword arguments");
            return args.Length switch
            {
                0 => throw PyErrors.TypeError("slice expected at least 1 argument, got 0"),
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                3 => new PySlice(args[0], args[1], args[2]),
                _ => throw PyErrors.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PySlice x || b is not PySlice y) return PyNotImplemented.Instance;
            return PyOps.RichCompare(PyTuple.Of(x.Start, x.Stop, x.Step), PyTuple.Of(y.Start, y.Stop, y.Step), op);
        };
        InstallPyBindings(t);
        t.Repr = static self =>
        {
            var s = (PySlice)self;
            return PyStr.FromString($"slice({PyOps.Repr(s.Start).Value}, {PyOps.Repr(s.Stop).Value}, {PyOps.Repr(s.Step).Value})");
        };
        t.Hash = PyOps.HashNotImplemented; // slices are unhashable until 3.12
    }
}
