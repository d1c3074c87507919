using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>The shared buffer of tee iterators: links of 57 items (CPython's LINKCELLS), so a slow
/// reader keeps only the links it has not passed alive.</summary>
internal sealed class TeeBuffer
{
    internal const int LinkCells = 57;
    private readonly PyObject iterator;
    private readonly PyObject[] values = new PyObject[LinkCells];
    private int read;
    private TeeBuffer? next;
    private bool running;

    public TeeBuffer(PyObject iterator) => this.iterator = iterator;

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
        InitIterator(t);
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
