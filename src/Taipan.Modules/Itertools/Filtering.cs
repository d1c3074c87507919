using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>accumulate(iterable, func=None, *, initial=None).</summary>
internal sealed class AccumulateIterator : ItertoolsIterator
{
    private static readonly string[] ArgNames = { "iterable", "func", "initial" };
    private readonly PyObject iterator;
    private readonly PyObject? func;
    private PyObject? total; // null until the first item (None is a real running total)
    private PyObject? initial;

    private AccumulateIterator(PyType t, PyObject it, PyObject? func, PyObject? initial) : base(t)
    {
        iterator = it;
        this.func = func;
        this.initial = initial;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            if (ArgParser.Positional(args, kwnames) > 2)
                throw PyErrors.TypeError($"accumulate() takes at most 2 positional arguments ({ArgParser.Positional(args, kwnames)} given)");
            var s = ArgParser.Unpack(args, kwnames, "accumulate", ArgNames, 0, 1);
            var f = s[1] == PyNone.Instance ? null : s[1];
            var init = s[2] == PyNone.Instance ? null : s[2];
            return new AccumulateIterator((PyType)callable, PyOps.GetIter(s[0]!), f, init);
        };
    }

    public override PyObject? Next()
    {
        if (initial is not null)
        {
            total = initial;
            initial = null;
            return total;
        }
        var v = PyOps.Next(iterator);
        if (v is null) return null;
        if (total is null) total = v;
        else total = func is null ? PyOps.Add(total, v) : PyOps.Call(func, new[] { total, v });
        return total;
    }

    public override PyObject Reduce()
    {
        var f = func ?? PyNone.Instance;
        if (initial is not null)
        {
            var chained = PyOps.Call(ItertoolsModule.Chain, new PyObject[] { PyTuple.Of(initial), iterator });
            return ReduceTo(PyTuple.Of(chained, f), PyNone.Instance);
        }
        if (total == PyNone.Instance)
        {
            // A None total cannot go through __setstate__ (None there means "not started"), so CPython
            // rebuilds the iterator as islice(accumulate(chain((None,), it), func), 1, None).
            var chained = PyOps.Call(ItertoolsModule.Chain, new PyObject[] { PyTuple.Of(total), iterator });
            var acc = PyOps.Call(type, new PyObject[] { chained, f });
            return PyTuple.Of(ItertoolsModule.ISlice, PyTuple.Of(acc, PyInt.One, PyNone.Instance));
        }
        return ReduceTo(PyTuple.Of(iterator, f), total ?? PyNone.Instance);
    }

    public override void SetState(PyObject state) => total = state;
}

/// <summary>chain(*iterables) and chain.from_iterable(iterable).</summary>
internal sealed class ChainIterator : ItertoolsIterator
{
    private PyObject? source;
    private PyObject? active;

    private ChainIterator(PyType t, PyObject source) : base(t) => this.source = source;

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            NoKeywords(callable, ItertoolsModule.Chain, kwnames, "chain");
            return new ChainIterator((PyType)callable, PyOps.GetIter(PyTuple.FromSpan(Positional(args, kwnames))));
        };
        ModuleTypes.AddClassMethod(t, "from_iterable", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "chain.from_iterable");
            return new ChainIterator((PyType)self!, PyOps.GetIter(args[0]));
        });
        ModuleTypes.AddClassMethod(t, "__class_getitem__", static (cls, a, k) => new Taipan.Runtime.Builtins.GenericAlias(cls!, a[0]));
    }

    public override PyObject? Next()
    {
        while (source is not null)
        {
            if (active is null)
            {
                var iterable = PyOps.Next(source);
                if (iterable is null)
                {
                    source = null;
                    return null;
                }
                active = PyOps.GetIter(iterable);
            }
            var item = PyOps.Next(active);
            if (item is not null) return item;
            active = null;
        }
        return null;
    }

    public override PyObject Reduce()
    {
        if (source is null) return ReduceTo(PyTuple.Empty);
        return ReduceTo(PyTuple.Empty, active is null ? PyTuple.Of(source) : PyTuple.Of(source, active));
    }

    public override void SetState(PyObject state)
    {
        var s = PickleState.Tuple(state, 1, 2);
        var src = s[0];
        var act = s.Count > 1 ? s[1] : null;
        if (src.type.IterNext is null || (act is not null && act.type.IterNext is null))
            throw PyErrors.TypeError("Arguments must be iterators.");
        source = src;
        active = act;
    }
}

/// <summary>compress(data, selectors).</summary>
internal sealed class CompressIterator : ItertoolsIterator
{
    private static readonly string[] ArgNames = { "data", "selectors" };
    private readonly PyObject data, selectors;

    private CompressIterator(PyType t, PyObject data, PyObject selectors) : base(t)
    {
        this.data = data;
        this.selectors = selectors;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "compress", ArgNames, 0, 2);
            var d = PyOps.GetIter(s[0]!);
            var sel = PyOps.GetIter(s[1]!);
            return new CompressIterator((PyType)callable, d, sel);
        };
    }

    public override PyObject? Next()
    {
        while (true)
        {
            var d = PyOps.Next(data);
            if (d is null) return null;
            var s = PyOps.Next(selectors);
            if (s is null) return null;
            if (PyOps.IsTrue(s)) return d;
        }
    }

    public override PyObject Reduce() => ReduceTo(PyTuple.Of(data, selectors));
}

internal enum PredicateKind { DropWhile, TakeWhile, FilterFalse }

/// <summary>dropwhile, takewhile and filterfalse: one predicate over one iterator.</summary>
internal sealed class PredicateIterator : ItertoolsIterator
{
    private readonly PyObject predicate;
    private readonly PyObject iterator;
    private readonly PredicateKind kind;
    private bool done; // dropwhile: dropping finished; takewhile: stopped

    private PredicateIterator(PyType t, PyObject predicate, PyObject it, PredicateKind kind) : base(t)
    {
        this.predicate = predicate;
        iterator = it;
        this.kind = kind;
    }

    internal static void InitType(PyType t, PredicateKind kind)
    {
        InitIterator(t, setState: kind != PredicateKind.FilterFalse);
        t.New = kind switch
        {
            PredicateKind.DropWhile => static (callable, args, kwnames) => Make(callable, args, kwnames, "dropwhile", PredicateKind.DropWhile),
            PredicateKind.TakeWhile => static (callable, args, kwnames) => Make(callable, args, kwnames, "takewhile", PredicateKind.TakeWhile),
            _ => static (callable, args, kwnames) => Make(callable, args, kwnames, "filterfalse", PredicateKind.FilterFalse),
        };
    }

    private static PyObject Make(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, PredicateKind kind)
    {
        NoKeywords(callable, kind switch
        {
            PredicateKind.DropWhile => ItertoolsModule.DropWhile,
            PredicateKind.TakeWhile => ItertoolsModule.TakeWhile,
            _ => ItertoolsModule.FilterFalse,
        }, kwnames, name);
        args = Positional(args, kwnames);
        ArgParser.CheckPositional(args, null, name, 2, 2);
        return new PredicateIterator((PyType)callable, args[0], PyOps.GetIter(args[1]), kind);
    }

    private bool Test(PyObject item) =>
        kind == PredicateKind.FilterFalse && predicate == PyNone.Instance
            ? PyOps.IsTrue(item)
            : PyOps.IsTrue(PyOps.Call(predicate, new[] { item }));

    public override PyObject? Next()
    {
        switch (kind)
        {
            case PredicateKind.DropWhile:
                while (true)
                {
                    var item = PyOps.Next(iterator);
                    if (item is null) return null;
                    if (done) return item;
                    if (!Test(item))
                    {
                        done = true;
                        return item;
                    }
                }
            case PredicateKind.TakeWhile:
            {
                if (done) return null;
                var item = PyOps.Next(iterator);
                if (item is null) return null;
                if (Test(item)) return item;
                done = true;
                return null;
            }
            default:
                while (true)
                {
                    var item = PyOps.Next(iterator);
                    if (item is null) return null;
                    if (!Test(item)) return item;
                }
        }
    }

    public override PyObject Reduce() =>
        kind == PredicateKind.FilterFalse
            ? ReduceTo(PyTuple.Of(predicate, iterator))
            : ReduceTo(PyTuple.Of(predicate, iterator), PyInt.FromLong(done ? 1 : 0));

    public override void SetState(PyObject state) => done = PyOps.IsTrue(state);
}

/// <summary>starmap(function, iterable).</summary>
internal sealed class StarMapIterator : ItertoolsIterator
{
    private readonly PyObject function, iterator;

    private StarMapIterator(PyType t, PyObject function, PyObject it) : base(t)
    {
        this.function = function;
        iterator = it;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            NoKeywords(callable, ItertoolsModule.StarMap, kwnames, "starmap");
            args = Positional(args, kwnames);
            ArgParser.CheckPositional(args, null, "starmap", 2, 2);
            return new StarMapIterator((PyType)callable, args[0], PyOps.GetIter(args[1]));
        };
    }

    public override PyObject? Next()
    {
        var item = PyOps.Next(iterator);
        if (item is null) return null;
        var a = item.type == PyTypes.Tuple ? ((PyTuple)item).Items : PyOps.ToList(item).ToArray();
        return PyOps.Call(function, a);
    }

    public override PyObject Reduce() => ReduceTo(PyTuple.Of(function, iterator));
}

/// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
internal sealed class ISliceIterator : ItertoolsIterator
{
    private PyObject? iterator;
    private long next, stop, step, count;

    private ISliceIterator(PyType t) : base(t) { }

    /// <summary>PyNumber_AsSsize_t(o, NULL) with the error cleared: -1 for non-integers, clipped when huge.</summary>
    private static long AsSsizeOrMinusOne(PyObject o)
    {
        if (o is PyInt i) return i.IsSmall ? i.Small : i.IsNegative ? long.MinValue : long.MaxValue;
        if (o.type.Index is null) return -1;
        try
        {
            var v = PyOps.Index(o);
            return v.IsSmall ? v.Small : v.IsNegative ? long.MinValue : long.MaxValue;
        }
        catch (PyException) { return -1; }
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            NoKeywords(callable, ItertoolsModule.ISlice, kwnames, "islice");
            args = Positional(args, kwnames);
            ArgParser.CheckPositional(args, null, "islice", 2, 4);
            long start = 0, stop = -1, step = 1;
            const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (args.Length == 2)
            {
                if (args[1] != PyNone.Instance)
                {
                    stop = AsSsizeOrMinusOne(args[1]);
                    if (stop == -1) throw PyErrors.ValueError(stopMsg);
                }
            }
            else
            {
                if (args[1] != PyNone.Instance) start = AsSsizeOrMinusOne(args[1]);
                if (args[2] != PyNone.Instance)
                {
                    stop = AsSsizeOrMinusOne(args[2]);
                    if (stop == -1) throw PyErrors.ValueError(stopMsg);
                }
            }
            if (start < 0 || stop < -1) throw PyErrors.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (args.Length == 4 && args[3] != PyNone.Instance) step = AsSsizeOrMinusOne(args[3]);
            if (step < 1) throw PyErrors.ValueError("Step for islice() must be a positive integer or None.");
            return new ISliceIterator((PyType)callable) { iterator = PyOps.GetIter(args[0]), next = start, stop = stop, step = step };
        };
    }

    public override PyObject? Next()
    {
        if (iterator is null) return null;
        while (count < next)
        {
            if (PyOps.Next(iterator) is null) { iterator = null; return null; }
            count++;
        }
        if (stop != -1 && count >= stop) { iterator = null; return null; }
        var item = PyOps.Next(iterator);
        if (item is null) { iterator = null; return null; }
        count++;
        long old = next;
        next = unchecked(next + step);
        if (next < old || (stop != -1 && next > stop)) next = stop;
        return item;
    }

    public override PyObject Reduce()
    {
        if (iterator is null)
            return ReduceTo(PyTuple.Of(PyOps.GetIter(new PyList()), PyInt.Zero), PyInt.Zero);
        PyObject stopObj = stop == -1 ? PyNone.Instance : PyInt.FromLong(stop);
        return ReduceTo(PyTuple.Of(iterator, PyInt.FromLong(next), stopObj, PyInt.FromLong(step)), PyInt.FromLong(count));
    }

    public override void SetState(PyObject state) => count = PickleState.Ssize(state);
}

/// <summary>pairwise(iterable).</summary>
internal sealed class PairwiseIterator : ItertoolsIterator
{
    private PyObject? iterator;
    private PyObject? old;

    private PairwiseIterator(PyType t, PyObject it) : base(t) => iterator = it;

    internal static void InitType(PyType t)
    {
        InitIterator(t, reduce: false);
        t.New = static (callable, args, kwnames) =>
        {
            NoKeywords(callable, ItertoolsModule.Pairwise, kwnames, "pairwise");
            args = Positional(args, kwnames);
            ArgParser.CheckPositional(args, null, "pairwise", 1, 1);
            return new PairwiseIterator((PyType)callable, PyOps.GetIter(args[0]));
        };
    }

    public override PyObject? Next()
    {
        if (iterator is null) return null;
        if (old is null)
        {
            old = PyOps.Next(iterator);
            if (old is null) { iterator = null; return null; }
        }
        var n = PyOps.Next(iterator);
        if (n is null) { iterator = null; old = null; return null; }
        var r = PyTuple.Of(old, n);
        old = n;
        return r;
    }
}

/// <summary>zip_longest(*iterables, fillvalue=None).</summary>
internal sealed class ZipLongestIterator : ItertoolsIterator
{
    private readonly PyObject?[] iterators;
    private PyObject fill;
    private int active;

    private ZipLongestIterator(PyType t, PyObject?[] its, PyObject fill) : base(t)
    {
        iterators = its;
        this.fill = fill;
        active = its.Length;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            PyObject fill = PyNone.Instance;
            for (int k = 0; k < nkw; k++)
            {
                var name = ((PyStr)kwnames![k]).Value;
                if (name != "fillvalue") throw PyErrors.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[args.Length - nkw + k];
            }
            int n = args.Length - nkw;
            var its = new PyObject?[n];
            for (int i = 0; i < n; i++) its[i] = PyOps.GetIter(args[i]);
            return new ZipLongestIterator((PyType)callable, its, fill);
        };
    }

    public override PyObject? Next()
    {
        int n = iterators.Length;
        if (n == 0 || active == 0) return null;
        var result = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var it = iterators[i];
            PyObject? item;
            if (it is null) item = fill;
            else
            {
                item = PyOps.Next(it);
                if (item is null)
                {
                    active--;
                    if (active == 0) return null;
                    item = fill;
                    iterators[i] = null;
                }
            }
            result[i] = item;
        }
        return PyTuple.Wrap(result);
    }

    public override PyObject Reduce()
    {
        var its = new PyObject[iterators.Length];
        for (int i = 0; i < its.Length; i++) its[i] = iterators[i] ?? PyTuple.Empty;
        return ReduceTo(PyTuple.Wrap(its), fill);
    }

    public override void SetState(PyObject state) => fill = state;
}
