using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Functools;

/// <summary>_functools: reduce, cmp_to_key, partial and _lru_cache_wrapper.</summary>
[PyModule("_functools")]
internal static partial class FunctoolsModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_functools", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("partial"), PyPartial.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("KeyWrapper"), KeyWrapper.PyTypeObject);
        m.Dict.SetItem(StrIntern.Intern("_lru_cache_wrapper"), LruCacheWrapper.PyTypeObject);
        return m;
    }

    [PyFunction]
    public static PyObject reduce(PyObject function, PyObject iterable, PyObject? initial = null)
    {
        var it = PyOps.TryGetIter(iterable) ?? throw PyErrors.TypeError("reduce() arg 2 must support iteration");
        var result = initial;
        var pair = new PyObject[2];
        while (PyOps.Next(it) is { } item)
        {
            if (result is null) result = item;
            else
            {
                pair[0] = result;
                pair[1] = item;
                result = PyOps.Call(function, pair);
            }
        }
        return result ?? throw PyErrors.TypeError("reduce() of empty iterable with no initial value");
    }

    [PyFunction(PosOnly = 0)]
    public static PyObject cmp_to_key(PyObject mycmp) => new KeyWrapper(mycmp, null);
}

/// <summary>functools.KeyWrapper: cmp_to_key(f) is one, and so is each key it makes (with obj set).</summary>
internal sealed class KeyWrapper : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("functools.KeyWrapper", 24, InitType, subclassable: false);
    private static readonly string[] CallNames = { "obj" };
    private readonly PyObject cmp;
    private readonly PyObject? obj;

    public KeyWrapper(PyObject cmp, PyObject? obj) : base(PyTypeObject)
    {
        this.cmp = cmp;
        this.obj = obj;
    }

    private static void InitType(PyType t)
    {
        t.Call = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "K", CallNames, 0, 1);
            return new KeyWrapper(((KeyWrapper)self).cmp, s[0]);
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (b is not KeyWrapper other) throw PyErrors.TypeError("other argument must be K instance");
            var x = (KeyWrapper)a;
            if (x.obj is null || other.obj is null) throw PyErrors.AttributeError("obj");
            ReadOnlySpan<PyObject> pair = [x.obj, other.obj];
            var r = PyOps.Call(x.cmp, pair);
            // The usual cmp result is a small int: compare it with 0 without dispatch.
            if (r.type == PyTypes.Int && ((PyInt)r).IsSmall)
                return PyBool.FromBool(IntArithmetic.CompareResult(((PyInt)r).Small.CompareTo(0L), op));
            return PyOps.RichCompare(r, PyInt.Zero, op);
        };
        t.Hash = PyOps.HashNotImplemented;
        BindingInstaller.AddGetter(t, "obj", static self => ((KeyWrapper)self).obj ?? throw PyErrors.AttributeError("obj"));
    }
}
