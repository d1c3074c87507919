using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>The itertools module. Each iterator type is its own builtin type (subclassable, as in
/// CPython); the classes share <see cref="ItertoolsIterator"/> for the iterator slots.</summary>
internal static class ItertoolsModule
{
    public static readonly PyType Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile,
        FilterFalse, StarMap, ISlice, Pairwise, ZipLongest, GroupBy, Grouper, Tee, Product, Permutations,
        Combinations, CombinationsWithReplacement, TeeDataObject;

    static ItertoolsModule()
    {
        TeeDataObject = ModuleTypes.Create("itertools._tee_dataobject", 20, TeeBuffer.InitType, subclassable: false);
        Count = ModuleTypes.Create("itertools.count", 0, CountIterator.InitType);
        Cycle = ModuleTypes.Create("itertools.cycle", 1, CycleIterator.InitType);
        Repeat = ModuleTypes.Create("itertools.repeat", 2, RepeatIterator.InitType);
        Accumulate = ModuleTypes.Create("itertools.accumulate", 3, AccumulateIterator.InitType);
        Chain = ModuleTypes.Create("itertools.chain", 4, ChainIterator.InitType);
        Compress = ModuleTypes.Create("itertools.compress", 5, CompressIterator.InitType);
        DropWhile = ModuleTypes.Create("itertools.dropwhile", 6, t => PredicateIterator.InitType(t, PredicateKind.DropWhile));
        TakeWhile = ModuleTypes.Create("itertools.takewhile", 7, t => PredicateIterator.InitType(t, PredicateKind.TakeWhile));
        FilterFalse = ModuleTypes.Create("itertools.filterfalse", 8, t => PredicateIterator.InitType(t, PredicateKind.FilterFalse));
        StarMap = ModuleTypes.Create("itertools.starmap", 9, StarMapIterator.InitType);
        ISlice = ModuleTypes.Create("itertools.islice", 10, ISliceIterator.InitType);
        Pairwise = ModuleTypes.Create("itertools.pairwise", 11, PairwiseIterator.InitType);
        ZipLongest = ModuleTypes.Create("itertools.zip_longest", 12, ZipLongestIterator.InitType);
        GroupBy = ModuleTypes.Create("itertools.groupby", 13, GroupByIterator.InitType);
        Grouper = ModuleTypes.Create("itertools._grouper", 14, GrouperIterator.InitType, subclassable: false);
        Tee = ModuleTypes.Create("itertools._tee", 15, TeeIterator.InitType, subclassable: false);
        Product = ModuleTypes.Create("itertools.product", 16, ProductIterator.InitType);
        Permutations = ModuleTypes.Create("itertools.permutations", 17, PermutationsIterator.InitType);
        Combinations = ModuleTypes.Create("itertools.combinations", 18, CombinationsIterator.InitType);
        CombinationsWithReplacement = ModuleTypes.Create("itertools.combinations_with_replacement", 19, CombinationsWithReplacementIterator.InitType);

    }

    public static PyModule Create()
    {
        var m = new PyModule("itertools");
        var d = m.Dict;
        foreach (var t in new[] { Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse,
                     StarMap, ISlice, Pairwise, ZipLongest, GroupBy, Grouper, Tee, Product, Permutations, Combinations,
                     CombinationsWithReplacement, TeeDataObject })
        {
            var name = t.Name[(t.Name.IndexOf('.') + 1)..];
            d.SetItem(StrIntern.Intern(name), t);
        }
        BindingInstaller.AddFunction(d, "itertools", "tee", TeeIterator.TeeFunction);
        return m;
    }
}

/// <summary>Common base: every itertools iterator is its own iterator and advances through <see cref="Next"/>.</summary>
internal abstract class ItertoolsIterator : PyObject
{
    protected ItertoolsIterator(PyType type) : base(type) { }

    /// <summary>The next item, or null when exhausted.</summary>
    public abstract PyObject? Next();

    /// <summary>__reduce__ as CPython's itertoolsmodule.c builds it; only called on types installed with reduce.</summary>
    public virtual PyObject Reduce() => throw PyErrors.TypeError($"cannot pickle '{type.Name}' object");

    /// <summary>__setstate__; only called on types installed with setState.</summary>
    public virtual void SetState(PyObject state) { }

    protected static void InitIterator(PyType t, bool reduce = true, bool setState = false)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((ItertoolsIterator)self).Next();
        if (reduce)
            BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
            {
                ArgParser.NoArgs(args, kwnames, "__reduce__");
                return ((ItertoolsIterator)self!).Reduce();
            });
        if (setState)
            BindingInstaller.AddMethod(t, "__setstate__", static (self, args, kwnames) =>
            {
                ArgParser.OneArg(args, kwnames, "__setstate__");
                ((ItertoolsIterator)self!).SetState(args[0]);
                return PyNone.Instance;
            });
    }

    /// <summary>The (type, args) and (type, args, state) tuples __reduce__ returns.</summary>
    protected PyTuple ReduceTo(PyTuple args) => PyTuple.Of(type, args);

    protected PyTuple ReduceTo(PyTuple args, PyObject state) => PyTuple.Of(type, args, state);

    /// <summary>_PyArg_NoKeywords as CPython's constructors apply it: only when the class is the itertools type
    /// itself or a subclass that kept its __init__, so a subclass whose __init__ takes keywords constructs.</summary>
    protected static void NoKeywords(PyObject cls, PyType exact, PyTuple? kwnames, string name)
    {
        if (kwnames is null || kwnames.Count == 0) return;
        var t = (PyType)cls;
        if (t == exact || ReferenceEquals(t.Init, exact.Init)) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>The positional part of a constructor's arguments once keywords were allowed through.</summary>
    protected static ReadOnlySpan<PyObject> Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        args[..(args.Length - (kwnames?.Count ?? 0))];

    /// <summary>PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.</summary>
    protected static bool Eq(PyObject a, PyObject b) => ReferenceEquals(a, b) || PyOps.EqualsBool(a, b);
}
