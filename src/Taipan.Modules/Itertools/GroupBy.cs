using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>groupby(iterable, key=None): yields (key, _grouper); advancing the groupby invalidates
/// the previous grouper, as in CPython.</summary>
internal sealed class GroupByIterator : ItertoolsIterator
{
    private static readonly string[] ArgNames = { "iterable", "key" };
    private readonly PyObject iterator;
    private readonly PyObject? keyFunc;
    internal PyObject? TargetKey, CurrentKey, CurrentValue;
    internal GrouperIterator? CurrentGrouper;

    private GroupByIterator(PyType t, PyObject it, PyObject? key) : base(t)
    {
        iterator = it;
        keyFunc = key;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "groupby", ArgNames, 0, 1);
            var key = s[1] == PyNone.Instance ? null : s[1];
            return new GroupByIterator((PyType)callable, PyOps.GetIter(s[0]!), key);
        };
    }

    /// <summary>groupby_step: false when the source is exhausted.</summary>
    internal bool Step()
    {
        var v = PyOps.Next(iterator);
        if (v is null) return false;
        var k = keyFunc is null ? v : PyOps.Call(keyFunc, new[] { v });
        CurrentValue = v;
        CurrentKey = k;
        return true;
    }

    public override PyObject? Next()
    {
        CurrentGrouper = null;
        while (true)
        {
            if (CurrentKey is null) { }
            else if (TargetKey is null) break;
            else if (!Eq(TargetKey, CurrentKey)) break;
            if (!Step()) return null;
        }
        TargetKey = CurrentKey;
        var g = new GrouperIterator(ItertoolsModule.Grouper, this, TargetKey!);
        CurrentGrouper = g;
        return PyTuple.Of(CurrentKey!, g);
    }

    public override PyObject Reduce()
    {
        var args = PyTuple.Of(iterator, keyFunc ?? PyNone.Instance);
        if (TargetKey is not null && CurrentKey is not null && CurrentValue is not null)
            return ReduceTo(args, PyTuple.Of(CurrentKey, CurrentValue, TargetKey));
        return ReduceTo(args);
    }

    public override void SetState(PyObject state)
    {
        var s = PickleState.Tuple(state, 3, 3);
        CurrentKey = s[0];
        CurrentValue = s[1];
        TargetKey = s[2];
    }
}

internal sealed class GrouperIterator : ItertoolsIterator
{
    private readonly GroupByIterator parent;
    private readonly PyObject targetKey;

    internal GrouperIterator(PyType t, GroupByIterator parent, PyObject key) : base(t)
    {
        this.parent = parent;
        targetKey = key;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t);
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("_grouper() takes no keyword arguments");
            if (args.Length != 2) throw PyErrors.TypeError($"_grouper expected 2 arguments, got {args.Length}");
            var parent = ArgParser.ToType<GroupByIterator>(args[0], "_grouper", "argument 1", "itertools.groupby");
            var g = new GrouperIterator(ItertoolsModule.Grouper, parent, args[1]);
            parent.CurrentGrouper = g;
            return g;
        };
    }

    public override PyObject Reduce() =>
        parent.CurrentGrouper != this
            ? PyTuple.Of(Taipan.Runtime.Objects.IteratorReduce.BuiltinIter, PyTuple.Of(PyTuple.Empty))
            : ReduceTo(PyTuple.Of(parent, targetKey));

    public override PyObject? Next()
    {
        if (parent.CurrentGrouper != this) return null;
        if (parent.CurrentValue is null && !parent.Step()) return null;
        if (!Eq(targetKey, parent.CurrentKey!)) return null;
        var r = parent.CurrentValue;
        parent.CurrentValue = null;
        parent.CurrentKey = null;
        return r;
    }
}
