using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Collections;

/// <summary>_collections: deque, defaultdict, _count_elements, _tuplegetter and the deque iterators.
/// OrderedDict stays pure Python (collections/__init__.py falls back to it).</summary>
[PyModule("_collections")]
internal static partial class CollectionsModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_collections", InstallPyBindings);
        var d = m.Dict;
        d.SetItem(StrIntern.Intern("deque"), PyDeque.PyTypeObject);
        d.SetItem(StrIntern.Intern("defaultdict"), DefaultDict.PyTypeObject);
        d.SetItem(StrIntern.Intern("_deque_iterator"), DequeIterator.ForwardType);
        d.SetItem(StrIntern.Intern("_deque_reverse_iterator"), DequeIterator.ReverseType);
        d.SetItem(StrIntern.Intern("_tuplegetter"), TupleGetter.PyTypeObject);
        return m;
    }

    /// <summary>Counter's inner loop: mapping[elem] = mapping.get(elem, 0) + 1.</summary>
    [PyFunction]
    public static void _count_elements(PyObject mapping, PyObject iterable)
    {
        var it = PyOps.GetIter(iterable);
        var one = PyInt.One;
        // CPython's fast path: a dict (Counter is a subclass) whose get and __setitem__ are dict's own
        if (mapping is PyDict d && ReferenceEquals(mapping.type.Lookup("get"), PyTypes.Dict.Lookup("get"))
            && ReferenceEquals(mapping.type.Lookup("__setitem__"), PyTypes.Dict.Lookup("__setitem__")))
        {
            while (PyOps.Next(it) is { } x) d.CountOne(x);
            return;
        }
        var get = PyOps.GetAttr(mapping, StrIntern.Intern("get"));
        var zero = PyInt.Zero;
        while (PyOps.Next(it) is { } x)
        {
            var old = PyOps.Call(get, new[] { x, zero });
            PyOps.SetItem(mapping, x, PyOps.Add(old, one));
        }
    }
}

/// <summary>_collections._tuplegetter(index, doc): namedtuple's field descriptors.</summary>
internal sealed class TupleGetter : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_collections._tuplegetter", 29, InitType, subclassable: false);
    private readonly long index;
    private PyObject doc;

    private TupleGetter(long index, PyObject doc) : base(PyTypeObject)
    {
        this.index = index;
        this.doc = doc;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            ModuleTypes.NoKeywords(kwnames, "_tuplegetter");
            ArgParser.CheckPositional(args, null, "_tuplegetter", 2, 2);
            return new TupleGetter(ArgParser.ToLong(args[0]), args[1]);
        };
        t.DescrGet = static (self, obj, owner) =>
        {
            var g = (TupleGetter)self;
            if (obj is null || obj == PyNone.Instance) return self;
            if (obj is not PyTuple tup)
                throw PyErrors.TypeError($"descriptor for index '{g.index}' for tuple subclasses doesn't apply to '{obj.type.Name}' object");
            if (g.index < 0 || g.index >= tup.Count) throw PyErrors.IndexError("tuple index out of range");
            return tup[(int)g.index];
        };
        t.DescrSet = static (self, obj, value) =>
            throw PyErrors.AttributeError(value is null ? "can't delete attribute" : "can't set attribute");
        BindingInstaller.AddGetSet(t, "__doc__", static self => ((TupleGetter)self).doc, static (self, v) => ((TupleGetter)self).doc = v ?? PyNone.Instance);
    }
}
