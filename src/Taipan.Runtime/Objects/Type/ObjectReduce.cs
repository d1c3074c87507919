using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>object.__reduce_ex__ / __reduce__ / __getstate__ / __sizeof__: the default pickling protocol
/// that copy.copy, copy.deepcopy and pickle build on (typeobject.c's reduce_newobj and
/// object_getstate_default, with copyreg doing the protocol 0/1 work as in CPython).</summary>
internal static class ObjectReduce
{
    private static PyObject? objectReduce;

    public static void Install(PyType t)
    {
        BindingInstaller.AddMethod(t, "__reduce_ex__", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "__reduce_ex__");
            return ReduceEx(self!, PyOps.Index(args[0]).AsLong());
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            return CommonReduce(self!, 0);
        });
        BindingInstaller.AddMethod(t, "__getstate__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__getstate__");
            return GetStateDefault(self!, required: false);
        });
        BindingInstaller.AddMethod(t, "__sizeof__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__sizeof__");
            // CPython reports tp_basicsize (+ items); the closest meaningful figure here is a fixed
            // object header, so sys.getsizeof stays a positive int.
            return PyInt.FromLong(16);
        });
        objectReduce = t.Dict.GetItemOrNull(StrIntern.Intern("__reduce__"));
    }

    private static PyObject ReduceEx(PyObject self, long protocol)
    {
        if (PyOps.GetAttrOrNull(self, StrIntern.Intern("__reduce__")) is { } reduce)
        {
            var clsReduce = PyOps.GetAttrOrNull(self.type, StrIntern.Intern("__reduce__"));
            if (!ReferenceEquals(clsReduce, objectReduce)) return PyOps.Call(reduce, ReadOnlySpan<PyObject>.Empty);
        }
        return CommonReduce(self, protocol);
    }

    private static PyObject CommonReduce(PyObject self, long protocol)
    {
        var copyreg = Import.ImportAbsolute("copyreg");
        if (protocol < 2)
            return PyOps.Call(PyOps.GetAttr(copyreg, StrIntern.Intern("_reduce_ex")), [self, PyInt.FromLong(protocol)]);
        return ReduceNewObj(self, copyreg);
    }

    /// <summary>reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).</summary>
    private static PyObject ReduceNewObj(PyObject self, PyObject copyreg)
    {
        var cls = self.type;
        // tp_new == NULL in CPython: no __new__, or object.__new__ on a builtin layout it cannot build
        // (descriptor and other non-instantiable builtin types)
        if (cls.New is null || (ReferenceEquals(cls.New, ObjectType.ObjectNew) && cls.LayoutId != PyTypes.ObjectLayout))
            throw PyErrors.TypeError($"cannot pickle '{cls.Name}' object");
        PyObject? args = null, kwargs = null;
        if (LookupSpecial(self, "__getnewargs_ex__") is { } gnx)
        {
            var r = PyOps.Call(gnx, ReadOnlySpan<PyObject>.Empty);
            if (r is not PyTuple { Count: 2 } pair)
                throw PyErrors.TypeError($"__getnewargs_ex__ should return a tuple of length 2, not {(r is PyTuple rt ? rt.Count.ToString() : "'" + r.type.Name + "'")}");
            args = pair[0] as PyTuple ?? throw PyErrors.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{pair[0].type.Name}'");
            kwargs = pair[1] as PyDict ?? throw PyErrors.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{pair[1].type.Name}'");
        }
        else if (LookupSpecial(self, "__getnewargs__") is { } gn)
        {
            args = PyOps.Call(gn, ReadOnlySpan<PyObject>.Empty);
            if (args is not PyTuple) throw PyErrors.TypeError($"__getnewargs__ should return a tuple, not '{args.type.Name}'");
        }
        // object_getstate_default refuses variable-size objects (tp_itemsize) when no __getnewargs__
        // gives their contents: of the types without their own reduce, that is code.
        if (args is null && cls.IsSubtypeOf(RuntimeTypes.Code))
            throw PyErrors.TypeError($"cannot pickle {cls.Name} objects");
        var argTuple = (PyTuple?)args ?? PyTuple.Empty;
        bool hasKwargs = kwargs is PyDict kd && kd.Used > 0;
        bool required = args is null && !ReferenceEquals(cls.Init, ObjectType.ObjectInit) && cls.LayoutId != PyTypes.ObjectLayout
            && !cls.IsSubtypeOf(PyTypes.List) && !cls.IsSubtypeOf(PyTypes.Dict);
        var state = GetState(self, required);
        PyObject listItems = self is PyList ? PyOps.GetIter(self) : PyNone.Instance;
        PyObject dictItems = self is PyDict ? PyOps.GetIter(PyOps.CallMethod(self, "items", ReadOnlySpan<PyObject>.Empty)) : PyNone.Instance;
        if (!hasKwargs)
        {
            var newobj = PyOps.GetAttr(copyreg, StrIntern.Intern("__newobj__"));
            var newargs = new PyObject[argTuple.Count + 1];
            newargs[0] = cls;
            for (int i = 0; i < argTuple.Count; i++) newargs[i + 1] = argTuple[i];
            return PyTuple.Of(newobj, PyTuple.Wrap(newargs), state, listItems, dictItems);
        }
        var newobjEx = PyOps.GetAttr(copyreg, StrIntern.Intern("__newobj_ex__"));
        return PyTuple.Of(newobjEx, PyTuple.Of(cls, argTuple, kwargs!), state, listItems, dictItems);
    }

    /// <summary>_PyObject_LookupSpecial: the type's attribute bound to the object; never the instance's
    /// __getattr__ (a __getattr__ that recurses must not break pickling).</summary>
    private static PyObject? LookupSpecial(PyObject self, string name)
    {
        var attr = self.type.Lookup(name);
        if (attr is null) return null;
        var get = attr.type.DescrGet;
        return get is null ? attr : get(attr, self, self.type);
    }

    /// <summary>_PyObject_GetState: obj.__getstate__(), through an override if there is one.</summary>
    internal static PyObject GetState(PyObject self, bool required)
    {
        var getstate = PyOps.GetAttr(self, StrIntern.Intern("__getstate__"));
        if (getstate is PyBuiltinFunction bf && bf.Name == "__getstate__" && ReferenceEquals(bf.Self, self)
            && self.type.Lookup("__getstate__") is PyMethodDescriptor { Owner: var owner } && owner == PyTypes.Object)
            return GetStateDefault(self, required);
        return PyOps.Call(getstate, ReadOnlySpan<PyObject>.Empty);
    }

    /// <summary>object_getstate_default: the instance dict (or None), plus a dict of filled __slots__.</summary>
    private static PyObject GetStateDefault(PyObject self, bool required)
    {
        if (required && self.type.LayoutId != PyTypes.ObjectLayout)
            throw PyErrors.TypeError($"cannot pickle '{self.type.Name}' object");
        PyObject state = PyNone.Instance;
        if (PyOps.GetAttrOrNull(self, Names.Dict) is PyDict d && d.Used > 0) state = d.copy();
        var copyreg = Import.ImportAbsolute("copyreg");
        var slotNames = PyOps.Call(PyOps.GetAttr(copyreg, StrIntern.Intern("_slotnames")), [self.type]);
        if (slotNames is PyList names && names.Count > 0)
        {
            var slots = new PyDict();
            for (int i = 0; i < names.Count; i++)
            {
                var name = (PyStr)names[i];
                PyObject? v;
                try
                {
                    v = PyOps.GetAttrOrNull(self, name);
                }
                catch (PyException e) when (e.Matches(PyTypes.AttributeError))
                {
                    v = null; // an empty slot's member descriptor raises: CPython skips it
                }
                if (v is not null) slots.SetItem(name, v);
            }
            if (slots.Used > 0) state = PyTuple.Of(state, slots);
        }
        return state;
    }
}
