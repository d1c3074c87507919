using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>itertools._tee_dataobject: the shared buffer of tee iterators, in links of 57 items (CPython's
/// LINKCELLS), so a slow reader keeps only the links it has not passed alive.</summary>
internal sealed class TeeBuffer : PyObject
{
    internal const int LinkCells = 57;
    private readonly PyObject iterator;
    private readonly PyObject[] values = new PyObject[LinkCells];
    private int read;
    private TeeBuffer? next;
    private bool running;

    public TeeBuffer(PyObject iterator) : base(ItertoolsModule.TeeDataObject) => this.iterator = iterator;

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("teedataobject() takes no keyword arguments");
            if (args.Length != 3) throw PyErrors.TypeError($"teedataobject expected 3 arguments, got {args.Length}");
            var values = ArgParser.ToType<PyList>(args[1], "teedataobject", "argument 2", "list");
            var b = new TeeBuffer(args[0]);
            int len = values.Count;
            if (len > LinkCells) throw InvalidArguments();
            for (int i = 0; i < len; i++) b.values[i] = values[i];
            b.read = len;
            var next = args[2];
            if (next != PyNone.Instance)
            {
                // only a full link may have a successor, and it must be a link itself
                if (len != LinkCells || next is not TeeBuffer nb) throw InvalidArguments();
                b.next = nb;
            }
            return b;
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            var b = (TeeBuffer)self!;
            var list = new PyList();
            for (int i = 0; i < b.read; i++) list.Append(b.values[i]);
            return PyTuple.Of(b.type, PyTuple.Of(b.iterator, list, (PyObject?)b.next ?? PyNone.Instance));
        });
    }

    private static PyException InvalidArguments() => PyErrors.ValueError("Invalid arguments");

    public TeeBuffer NextLink() => next ??= new TeeBuffer(iterator);

    public PyObject? Get(int i)
    {
        if (i < read) return values[i];
        if (running) throw PyErrors.RuntimeError("cannot re-enter the tee iterator");
        running = true;
        PyObject? v;
        try { v = PyOps.Next(iterator); }
        finally { running = false; }
        if (v is null) return null;
        values[read++] = v;
        return v;
    }
}

internal sealed class TeeIterator : ItertoolsIterator
{
    private TeeBuffer buffer;
    private int index;

    private TeeIterator(TeeBuffer buffer, int index) : base(ItertoolsModule.Tee)
    {
        this.buffer = buffer;
        this.index = index;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "_tee");
            ArgParser.CheckPositional(args, null, "_tee", 1, 1);
            return FromIterable(args[0]);
        };
        BindingInstaller.AddMethod(t, "__copy__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "_tee.__copy__");
            var s = (TeeIterator)self!;
            return new TeeIterator(s.buffer, s.index);
        });
    }

    private static TeeIterator FromIterable(PyObject iterable)
    {
        var it = PyOps.GetIter(iterable);
        if (it is TeeIterator t) return new TeeIterator(t.buffer, t.index);
        return new TeeIterator(new TeeBuffer(it), 0);
    }

    public override PyObject? Next()
    {
        if (index >= TeeBuffer.LinkCells)
        {
            buffer = buffer.NextLink();
            index = 0;
        }
        var v = buffer.Get(index);
        if (v is null) return null;
        index++;
        return v;
    }

    public override PyObject Reduce() => ReduceTo(PyTuple.Of(PyTuple.Empty), PyTuple.Of(buffer, PyInt.FromLong(index)));

    public override void SetState(PyObject state)
    {
        var s = PickleState.Tuple(state, 2, 2);
        var b = PickleState.Typed<TeeBuffer>(s[0], 1, "itertools._tee_dataobject");
        int i = PickleState.Int(s[1]);
        if (i < 0 || i > TeeBuffer.LinkCells) throw PyErrors.ValueError("Index out of range");
        buffer = b;
        index = i;
    }

    /// <summary>tee(iterable, n=2): copies through the iterator's __copy__ when it has one.</summary>
    internal static PyObject TeeFunction(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "tee");
        ArgParser.CheckPositional(args, null, "tee", 1, 2);
        long n = args.Length > 1 ? ArgParser.ToLong(args[1]) : 2;
        if (n < 0) throw PyErrors.ValueError("n must be >= 0");
        if (n == 0) return PyTuple.Empty;
        var it = PyOps.GetIter(args[0]);
        var copy = PyOps.GetAttrOrNull(it, StrIntern.Intern("__copy__"));
        PyObject first;
        if (copy is not null) first = it;
        else
        {
            first = new TeeIterator(new TeeBuffer(it), 0);
            copy = PyOps.GetAttr(first, StrIntern.Intern("__copy__"));
        }
        var result = new PyObject[n];
        result[0] = first;
        for (int i = 1; i < n; i++) result[i] = PyOps.Call(copy, ReadOnlySpan<PyObject>.Empty);
        return PyTuple.Wrap(result);
    }
}
