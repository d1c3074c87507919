using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>count(start=0, step=1). As in CPython, an int start that fits a machine word with the int step 1
/// counts in a long ("fast mode"); anything else keeps the current value as an object ("slow mode",
/// cnt == long.MaxValue), which is also what repr and __reduce__ report.</summary>
internal sealed class CountIterator : ItertoolsIterator
{
    private const long SlowMode = long.MaxValue;
    private static readonly string[] ArgNames = { "start", "step" };
    private long cnt;
    private PyObject? longCnt;
    private readonly PyObject longStep;

    private CountIterator(PyType t, long cnt, PyObject? longCnt, PyObject longStep) : base(t)
    {
        this.cnt = cnt;
        this.longCnt = longCnt;
        this.longStep = longStep;
    }

    /// <summary>PyNumber_Check.</summary>
    private static bool IsNumber(PyObject o) =>
        o is PyInt || o is PyFloat || o.type.Index is not null || o.type.Int is not null || o.type.Float is not null || o.type.Name == "complex";

    private static bool IsIntOne(PyObject o) => o is PyInt i && i.IsSmall && i.Small == 1;

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "count", ArgNames, 0, 0);
            var start = s[0];
            var step = s[1];
            if ((start is not null && !IsNumber(start)) || (step is not null && !IsNumber(step)))
                throw PyErrors.TypeError("a number is required");
            bool slow = false;
            long cnt = 0;
            if (start is not null)
            {
                if (start is PyInt si && si.IsSmall) cnt = si.Small;
                else slow = true;
            }
            else start = PyInt.Zero;
            step ??= PyInt.One;
            if (!IsIntOne(step)) slow = true;
            return slow
                ? new CountIterator((PyType)callable, SlowMode, start, step)
                : new CountIterator((PyType)callable, cnt, null, step);
        };
        t.Repr = static self =>
        {
            var c = (CountIterator)self;
            var name = c.type.Name[(c.type.Name.LastIndexOf('.') + 1)..];
            if (c.cnt != SlowMode) return PyStr.FromString($"{name}({c.cnt})");
            var current = PyOps.Repr(c.CurrentObject).Value;
            if (IsIntOne(c.longStep)) return PyStr.FromString($"{name}({current})");
            return PyStr.FromString($"{name}({current}, {PyOps.Repr(c.longStep).Value})");
        };
    }

    // CPython leaves long_cnt NULL when fast mode runs into PY_SSIZE_T_MAX; the value it stands for is that maximum.
    private PyObject CurrentObject => longCnt ?? PyInt.FromLong(SlowMode);

    public override PyObject? Next()
    {
        if (cnt != SlowMode) return PyInt.FromLong(cnt++);
        var r = CurrentObject;
        if (r.type == PyTypes.Int && longStep.type == PyTypes.Int)
            longCnt = IntArithmetic.Add((PyInt)r, (PyInt)longStep);
        else
            longCnt = PyOps.Add(r, longStep);
        return r;
    }

    public override PyObject Reduce() =>
        cnt == SlowMode ? ReduceTo(PyTuple.Of(CurrentObject, longStep)) : ReduceTo(PyTuple.Of(PyInt.FromLong(cnt)));
}

/// <summary>cycle(iterable): the first pass saves the items in a list, later passes replay it.</summary>
internal sealed class CycleIterator : ItertoolsIterator
{
    private PyObject? iterator;
    private PyList saved = new();
    private int index;
    private bool firstPass; // set by __setstate__: the saved list already holds what the iterator yields

    private CycleIterator(PyType t, PyObject it) : base(t) => iterator = it;

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            NoKeywords(callable, ItertoolsModule.Cycle, kwnames, "cycle");
            args = Positional(args, kwnames);
            ArgParser.CheckPositional(args, null, "cycle", 1, 1);
            return new CycleIterator((PyType)callable, PyOps.GetIter(args[0]));
        };
    }

    public override PyObject? Next()
    {
        if (iterator is not null)
        {
            var item = PyOps.Next(iterator);
            if (item is not null)
            {
                if (!firstPass) saved.Append(item);
                return item;
            }
            iterator = null;
        }
        if (saved.Count == 0) return null;
        var r = saved[index];
        index++;
        if (index >= saved.Count) index = 0;
        return r;
    }

    public override PyObject Reduce()
    {
        if (iterator is null)
        {
            var it = PyOps.GetIter(saved);
            if (index != 0) PyOps.CallMethod(it, "__setstate__", new PyObject[] { PyInt.FromLong(index) });
            return ReduceTo(PyTuple.Of(it), PyTuple.Of(saved, PyBool.True));
        }
        return ReduceTo(PyTuple.Of(iterator), PyTuple.Of(saved, PyBool.FromBool(firstPass)));
    }

    public override void SetState(PyObject state)
    {
        var s = PickleState.Tuple(state, 2, 2);
        var list = PickleState.Typed<PyList>(s[0], 1, "list");
        int first = PickleState.Int(s[1]);
        saved = list;
        firstPass = first != 0;
        index = 0;
    }
}

/// <summary>repeat(object[, times]).</summary>
internal sealed class RepeatIterator : ItertoolsIterator
{
    private static readonly string[] ArgNames = { "object", "times" };
    private readonly PyObject element;
    private long remaining; // -1: forever

    private RepeatIterator(PyType t, PyObject element, long times) : base(t)
    {
        this.element = element;
        remaining = times;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "repeat", ArgNames, 0, 1);
            long times = -1;
            if (s[1] is { } n)
            {
                times = ArgParser.ToLong(n);
                if (times < 0) times = 0;
            }
            return new RepeatIterator((PyType)callable, s[0]!, times);
        };
        t.Repr = static self =>
        {
            var r = (RepeatIterator)self;
            var name = r.type.Name[(r.type.Name.LastIndexOf('.') + 1)..];
            return PyStr.FromString(r.remaining < 0 ? $"{name}({PyOps.Repr(r.element).Value})" : $"{name}({PyOps.Repr(r.element).Value}, {r.remaining})");
        };
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, args, kwnames) =>
        {
            var r = (RepeatIterator)self!;
            if (r.remaining < 0) throw PyErrors.TypeError("len() of unsized object");
            return PyInt.FromLong(r.remaining);
        });
    }

    public override PyObject? Next()
    {
        if (remaining == 0) return null;
        if (remaining > 0) remaining--;
        return element;
    }

    public override PyObject Reduce() =>
        remaining >= 0 ? ReduceTo(PyTuple.Of(element, PyInt.FromLong(remaining))) : ReduceTo(PyTuple.Of(element));
}
