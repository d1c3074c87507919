namespace Taipan.Runtime.Objects;

/// <summary>Slot functions of Python classes for the special methods the object model itself calls:
/// __new__, __init__, __getattribute__/__getattr__, __setattr__/__delattr__, __set__/__delete__.</summary>
internal static class HeapTypeSlots
{
    /// <summary>slot_tp_new: type.__new__ found on the MRO (a staticmethod) called with the class first.</summary>
    public static readonly CallFunc SlotNew = static (callable, args, kwnames) =>
    {
        var t = (PyType)callable;
        var f = t.Lookup("__new__") ?? throw PyErrors.TypeError($"cannot create '{t.Name}' instances");
        if (f.type == RuntimeTypes.StaticMethod) f = ((PyStaticMethod)f).Callable;
        // slot_tp_new is getattr(type, '__new__'): any other descriptor (a classmethod) binds first.
        else if (f.type.DescrGet is { } get) f = get(f, null, t);
        var full = new PyObject[args.Length + 1];
        full[0] = t;
        args.CopyTo(full.AsSpan(1));
        return PyOps.Call(f, full, kwnames);
    };

    /// <summary>slot_tp_init: __init__ must return None.</summary>
    public static readonly InitFunc SlotInit = static (self, args, kwnames) =>
    {
        var f = self.type.Lookup("__init__")!;
        var r = Interpreter.EvalLoop.CallWithSelf(f, self, args, kwnames);
        if (r != PyNone.Instance) throw PyErrors.TypeError($"__init__() should return None, not '{r.type.Name}'");
    };

    /// <summary>slot_tp_getattr_hook: __getattribute__, then __getattr__ when that raised AttributeError.</summary>
    public static readonly GetAttrFunc SlotGetAttr = static (self, name) =>
    {
        var t = self.type;
        var getattribute = t.Lookup("__getattribute__");
        var getattr = t.Lookup("__getattr__");
        PyObject? r;
        if (getattribute is null || getattribute == ObjectType.GetAttributeWrapper)
        {
            if (getattr is null) return ObjectAttributes.GenericGetAttr(self, name);
            // An AttributeError raised inside the lookup (a property, a descriptor) also falls back to __getattr__.
            try
            {
                r = ObjectAttributes.GenericGetAttr(self, name);
                if (r is not null) return r;
            }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError))
            {
            }
        }
        else
        {
            try
            {
                return Interpreter.EvalLoop.CallWithSelf(getattribute, self, new PyObject[] { name }, null);
            }
            catch (PyException e) when (getattr is not null && e.Matches(PyTypes.AttributeError))
            {
            }
        }
        // __getattr__'s own AttributeError propagates with its message (callers that probe catch it).
        return Interpreter.EvalLoop.CallWithSelf(getattr!, self, new PyObject[] { name }, null);
    };

    public static readonly SetAttrFunc SlotSetAttr = static (self, name, value) =>
    {
        if (value is null)
        {
            var f = self.type.Lookup("__delattr__")!;
            Interpreter.EvalLoop.CallWithSelf(f, self, new PyObject[] { name }, null);
        }
        else
        {
            var f = self.type.Lookup("__setattr__")!;
            Interpreter.EvalLoop.CallWithSelf(f, self, new PyObject[] { name, value }, null);
        }
    };

    public static readonly DescrSetFunc SlotDescrSet = static (descr, instance, value) =>
    {
        if (value is null)
        {
            var f = descr.type.Lookup("__delete__") ?? throw PyErrors.AttributeError("__delete__");
            Interpreter.EvalLoop.CallWithSelf(f, descr, new PyObject[] { instance }, null);
        }
        else
        {
            var f = descr.type.Lookup("__set__") ?? throw PyErrors.AttributeError("__set__");
            Interpreter.EvalLoop.CallWithSelf(f, descr, new PyObject[] { instance, value }, null);
        }
    };
}
