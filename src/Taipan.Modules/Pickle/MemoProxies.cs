using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>Pickler.memo: a view of the pickler's memo; copy() gives {id(obj): (index, obj)}.</summary>
internal sealed class PicklerMemoProxy : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_pickle.PicklerMemoProxy", 32, InitType, subclassable: false);
    internal readonly Pickler Owner;

    public PicklerMemoProxy(Pickler owner) : base(PyTypeObject) => Owner = owner;

    private PyDict Copy()
    {
        var d = new PyDict();
        foreach (var kv in Owner.Memo)
            d.SetItem(PyInt.FromLong(ObjectIds.Of(kv.Key)), PyTuple.Of(PyInt.FromLong(kv.Value), kv.Key));
        return d;
    }

    private static void InitType(PyType t)
    {
        t.Hash = PyOps.HashNotImplemented;
        BindingInstaller.AddMethod(t, "copy", static (self, args, kwnames) => ((PicklerMemoProxy)self!).Copy());
        BindingInstaller.AddMethod(t, "clear", static (self, args, kwnames) =>
        {
            ((PicklerMemoProxy)self!).Owner.Memo.Clear();
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
            PyTuple.Of(PyTypes.Dict, PyTuple.Of(((PicklerMemoProxy)self!).Copy())));
    }
}

/// <summary>Unpickler.memo: a view of the unpickler's memo; copy() gives {index: obj}.</summary>
internal sealed class UnpicklerMemoProxy : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_pickle.UnpicklerMemoProxy", 33, InitType, subclassable: false);
    internal readonly Unpickler Owner;

    public UnpicklerMemoProxy(Unpickler owner) : base(PyTypeObject) => Owner = owner;

    private PyDict Copy()
    {
        var d = new PyDict();
        foreach (var kv in Owner.Memo) d.SetItem(PyInt.FromLong(kv.Key), kv.Value);
        return d;
    }

    private static void InitType(PyType t)
    {
        t.Hash = PyOps.HashNotImplemented;
        BindingInstaller.AddMethod(t, "copy", static (self, args, kwnames) => ((UnpicklerMemoProxy)self!).Copy());
        BindingInstaller.AddMethod(t, "clear", static (self, args, kwnames) =>
        {
            ((UnpicklerMemoProxy)self!).Owner.Memo.Clear();
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
            PyTuple.Of(PyTypes.Dict, PyTuple.Of(((UnpicklerMemoProxy)self!).Copy())));
    }
}
