using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>count(start=0, step=1): small ints count in a long until they would overflow.</summary>
internal sealed class CountIterator : ItertoolsIterator
{
    private static readonly string[] ArgNames = { "start", "step" };
    private PyObject current;
    private readonly PyObject step;

    private CountIterator(PyType t, PyObject start, PyObject step) : base(t)
    {
        current = start;
        this.step = step;
    }

    private static bool IsNumber(PyObject o) =>
        o is PyInt || o is PyFloat || o.type.Index is not null || o.type.Int is not null || o.type.Float is not null || o.type.Name == "complex";

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "count", ArgNames, 0, 0);
            var start = s[0] ?? PyInt.Zero;
            var step = s[1] ?? PyInt.One;
            if (!IsNumber(start) || !IsNumber(step)) throw PyErrors.TypeError("a number is required");
            return new CountIterator((PyType)callable, start, step);
        };
        t.Repr = static self =>
        {
            var c = (CountIterator)self;
            var name = c.type.Name[(c.type.Name.LastIndexOf('.') + 1)..];
            if (c.step is PyInt si && si.IsSmall && si.Small == 1 && si.type == PyTypes.Int)
                return PyStr.FromString($"{name}({PyOps.Repr(c.current).Value})");
            return PyStr.FromString($"{name}({PyOps.Repr(c.current).Value}, {PyOps.Repr(c.step).Value})");
        };
    }

    public override PyObject? Next()
    {
        var r = current;
        if (r.type == PyTypes.Int && step.type == PyTypes.Int)
            current = IntArithmetic.Add((PyInt)r, (PyInt)step);
        else
            current = PyOps.Add(r, step);
        return r;
    }
}

/// <summary>cycle(iterable): the first pass saves the items, later passes replay them.</summary>
internal sealed class CycleIterator : ItertoolsIterator
{
    private PyObject? iterator;
    private readonly List<PyObject> saved = new();
    private int index;

    private CycleIterator(PyType t, PyObject it) : base(t) => iterator = it;

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "cycle");
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
                saved.Add(item);
                return item;
            }
            iterator = null;
        }
        if (saved.Count == 0) return null;
        var r = saved[index];
        index = index + 1 == saved.Count ? 0 : index + 1;
        return r;
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
}
