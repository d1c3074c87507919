using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>enumerate, zip, map, filter, reversed and iter(callable, sentinel).</summary>
internal static class BuiltinIterators
{
    internal static void InitTypes()
    {
        PyEnumerate.InitType(RuntimeTypes.Enumerate);
        PyZip.InitType(RuntimeTypes.Zip);
        PyMap.InitType(RuntimeTypes.Map);
        PyFilter.InitType(RuntimeTypes.Filter);
        PyReversed.InitType(RuntimeTypes.Reversed);
        CallableIterator.InitType(RuntimeTypes.CallableIterator);
    }
}

internal sealed class PyEnumerate : PyObject
{
    private PyObject iterator = PyNone.Instance;
    private long index;
    private PyInt? bigIndex;

    public PyEnumerate(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "enumerate", new[] { "iterable", "start" }, 0, 1);
            var e = new PyEnumerate((PyType)callable) { iterator = PyOps.GetIter(s[0]!) };
            if (s[1] is not null)
            {
                var start = PyOps.Index(s[1]!);
                if (start.IsSmall) e.index = start.Small; else e.bigIndex = start;
            }
            return e;
        };
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var e = (PyEnumerate)self;
            var item = PyOps.Next(e.iterator);
            if (item is null) return null;
            PyInt i;
            if (e.bigIndex is not null)
            {
                i = e.bigIndex;
                e.bigIndex = IntArithmetic.Add(i, PyInt.One);
            }
            else
            {
                i = PyInt.FromLong(e.index);
                if (e.index == long.MaxValue) e.bigIndex = IntArithmetic.Add(i, PyInt.One);
                else e.index++;
            }
            return PyTuple.Of(i, item);
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "enumerate.__reduce__");
            var e = (PyEnumerate)self!;
            return PyTuple.Of(e.type, PyTuple.Of(e.iterator, e.bigIndex ?? PyInt.FromLong(e.index)));
        });
        t.Dict.SetItem(Names.ClassGetItem, new PyClassMethod(new PyBuiltinFunction("__class_getitem__", "enumerate", null, static (s, a, k) => new GenericAlias(a[0], a[1]))));
    }
}

internal sealed class PyZip : PyObject
{
    private readonly PyObject[] iterators;
    private bool strict;

    public PyZip(PyType type, PyObject[] iterators, bool strict) : base(type)
    {
        this.iterators = iterators;
        this.strict = strict;
    }

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.BaseType;
        t.New = static (callable, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)kwnames![i]).Value;
                if (name != "strict") throw PyErrors.TypeError($"zip() got an unexpected keyword argument '{name}'");
                strict = PyOps.IsTrue(args[args.Length - nkw + i]);
            }
            int n = args.Length - nkw;
            var its = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                its[i] = PyOps.GetIter(args[i]);
            }
            return new PyZip((PyType)callable, its, strict);
        };
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var z = (PyZip)self;
            int n = z.iterators.Length;
            if (n == 0) return null;
            var items = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var v = PyOps.Next(z.iterators[i]);
                if (v is null)
                {
                    if (z.strict)
                    {
                        if (i > 0)
                            throw PyErrors.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                        for (int j = 1; j < n; j++)
                        {
                            if (PyOps.Next(z.iterators[j]) is not null)
                                throw PyErrors.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.Wrap(items);
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "zip.__reduce__");
            var z = (PyZip)self!;
            var its = PyTuple.Wrap((PyObject[])z.iterators.Clone());
            return z.strict ? PyTuple.Of(z.type, its, PyBool.True) : PyTuple.Of(z.type, its);
        });
        BindingInstaller.AddMethod(t, "__setstate__", static (self, a, k) =>
        {
            ArgParser.OneArg(a, k, "zip.__setstate__");
            ((PyZip)self!).strict = PyOps.IsTrue(a[0]);
            return PyNone.Instance;
        });
    }
}

internal sealed class PyMap : PyObject
{
    private PyObject function = PyNone.Instance;
    private PyObject[] iterators = Array.Empty<PyObject>();

    public PyMap(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            // CPython rejects keywords only for map itself or a subclass that kept map's __init__;
            // a subclass's own __init__ gets them, and map.__new__ ignores them.
            if (kwnames is not null && kwnames.Count > 0)
            {
                if (callable == RuntimeTypes.Map || ReferenceEquals(((PyType)callable).Init, RuntimeTypes.Map.Init))
                    throw PyErrors.TypeError("map() takes no keyword arguments");
                args = args[..(args.Length - kwnames.Count)];
            }
            if (args.Length < 2) throw PyErrors.TypeError("map() must have at least two arguments.");
            var its = new PyObject[args.Length - 1];
            for (int i = 1; i < args.Length; i++) its[i - 1] = PyOps.GetIter(args[i]);
            return new PyMap((PyType)callable) { function = args[0], iterators = its };
        };
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var m = (PyMap)self;
            if (m.iterators.Length == 1)
            {
                var v = PyOps.Next(m.iterators[0]);
                return v is null ? null : PyOps.Call(m.function, new[] { v });
            }
            var args = new PyObject[m.iterators.Length];
            for (int i = 0; i < args.Length; i++)
            {
                var v = PyOps.Next(m.iterators[i]);
                if (v is null) return null;
                args[i] = v;
            }
            return PyOps.Call(m.function, args);
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "map.__reduce__");
            var m = (PyMap)self!;
            var args = new PyObject[m.iterators.Length + 1];
            args[0] = m.function;
            m.iterators.CopyTo(args, 1);
            return PyTuple.Of(m.type, PyTuple.Wrap(args));
        });
    }
}

internal sealed class PyFilter : PyObject
{
    private PyObject function = PyNone.Instance;
    private PyObject iterator = PyNone.Instance;

    public PyFilter(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0)
            {
                if (callable == RuntimeTypes.Filter || ReferenceEquals(((PyType)callable).Init, RuntimeTypes.Filter.Init))
                    throw PyErrors.TypeError("filter() takes no keyword arguments");
                args = args[..(args.Length - kwnames.Count)];
            }
            if (args.Length != 2) throw PyErrors.TypeError($"filter expected 2 arguments, got {args.Length}");
            return new PyFilter((PyType)callable) { function = args[0], iterator = PyOps.GetIter(args[1]) };
        };
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var f = (PyFilter)self;
            while (true)
            {
                var v = PyOps.Next(f.iterator);
                if (v is null) return null;
                bool ok = f.function == PyNone.Instance || f.function == PyTypes.Bool
                    ? PyOps.IsTrue(v)
                    : PyOps.IsTrue(PyOps.Call(f.function, new[] { v }));
                if (ok) return v;
            }
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "filter.__reduce__");
            var f = (PyFilter)self!;
            return PyTuple.Of(f.type, PyTuple.Of(f.function, f.iterator));
        });
    }
}

internal sealed class PyReversed : PyObject
{
    private PyObject? sequence;
    private long index;

    public PyReversed(PyType type) : base(type) { }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0 && callable == RuntimeTypes.Reversed) throw PyErrors.TypeError("reversed() takes no keyword arguments");
            if (args.Length != 1) throw PyErrors.TypeError($"reversed expected 1 argument, got {args.Length}");
            var seq = args[0];
            var rev = seq.type.Lookup("__reversed__");
            if (rev is not null)
            {
                if (rev == PyNone.Instance) throw PyErrors.TypeError($"'{seq.type.Name}' object is not reversible");
                return EvalLoop.CallWithSelf(rev, seq, ReadOnlySpan<PyObject>.Empty, null);
            }
            if (seq.type.GetItem is null || seq.type.Length is null || seq is PyDict)
                throw PyErrors.TypeError($"'{seq.type.Name}' object is not reversible");
            return new PyReversed((PyType)callable) { sequence = seq, index = PyOps.Length(seq) - 1 };
        };
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var r = (PyReversed)self;
            if (r.sequence is not { } seq) return null;
            if (r.index >= 0)
            {
                try
                {
                    var item = PyOps.GetItem(seq, PyInt.FromLong(r.index));
                    r.index--;
                    return item;
                }
                catch (PyException e) when (e.Matches(PyTypes.IndexError) || e.Matches(PyTypes.StopIteration))
                {
                }
            }
            // reversed_next drops the sequence once it is exhausted
            r.index = -1;
            r.sequence = null;
            return null;
        };
        IteratorReduce.Install(t,
            static self =>
            {
                var r = (PyReversed)self;
                if (r.sequence is not { } seq) return PyInt.FromLong(0);
                long position = r.index + 1;
                return PyInt.FromLong(PyOps.Length(seq) < position ? 0 : position);
            },
            static self => ((PyReversed)self) is { sequence: { } seq } r
                ? PyTuple.Of(r.type, PyTuple.Of(seq), PyInt.FromLong(r.index))
                : PyTuple.Of(self.type, PyTuple.Of(PyTuple.Empty)),
            static (self, index) =>
            {
                var r = (PyReversed)self;
                if (r.sequence is not { } seq) return;
                long n = PyOps.Length(seq);
                r.index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
            });
    }
}

/// <summary>iter(callable, sentinel).</summary>
internal sealed class CallableIterator : PyObject
{
    private PyObject? callable;
    private readonly PyObject sentinel;

    public CallableIterator(PyObject callable, PyObject sentinel) : base(RuntimeTypes.CallableIterator)
    {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var c = (CallableIterator)self;
            if (c.callable is null) return null;
            PyObject v;
            try
            {
                v = PyOps.Call(c.callable, ReadOnlySpan<PyObject>.Empty);
            }
            catch (PyException e) when (e.Matches(PyTypes.StopIteration))
            {
                c.callable = null;
                return null;
            }
            if (PyOps.EqualsBool(v, c.sentinel))
            {
                c.callable = null;
                return null;
            }
            return v;
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "callable_iterator.__reduce__");
            var c = (CallableIterator)self!;
            return c.callable is { } f
                ? PyTuple.Of(IteratorReduce.BuiltinIter, PyTuple.Of(f, c.sentinel))
                : IteratorReduce.Exhausted(PyTuple.Empty);
        });
    }
}
