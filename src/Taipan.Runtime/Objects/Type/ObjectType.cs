using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>`object`'s own behaviour that needs the interpreter's types: __new__/__init__ with
/// CPython's excess-argument rules, __class__ assignment, __init_subclass__, __dir__.</summary>
internal static class ObjectType
{
    public static readonly CallFunc ObjectNew = static (callable, args, kwnames) =>
    {
        var t = (PyType)callable;
        if (args.Length > 0)
        {
            if (!ReferenceEquals(t.New, ObjectNew))
                throw PyErrors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (ReferenceEquals(t.Init, ObjectInit) || t.Init is null)
                throw PyErrors.TypeError($"{t.Name}() takes no arguments");
        }
        if ((t.Flags & TypeFlags.IsAbstract) != 0) ThrowAbstract(t);
        if (t.LayoutId != PyTypes.ObjectLayout)
            throw PyErrors.TypeError($"object.__new__({t.Name}) is not safe, use {t.Base?.Name}.__new__()");
        return new PyInstance(t);
    };

    public static readonly InitFunc ObjectInit = static (self, args, kwnames) =>
    {
        if (args.Length == 0) return;
        var t = self.type;
        if (!ReferenceEquals(t.Init, ObjectInit))
            throw PyErrors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (ReferenceEquals(t.New, ObjectNew))
            throw PyErrors.TypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
    };

    private static void ThrowAbstract(PyType t)
    {
        var abs = t.Lookup("__abstractmethods__");
        var names = new List<string>();
        if (abs is not null)
        {
            var it = PyOps.GetIter(abs);
            PyObject? x;
            while ((x = PyOps.Next(it)) is not null) names.Add(PyOps.Str(x).Value);
        }
        names.Sort(StringComparer.Ordinal);
        throw PyErrors.TypeError($"Can't instantiate abstract class {t.Name} with abstract method{(names.Count == 1 ? "" : "s")} {string.Join(", ", names)}");
    }

    /// <summary>object.__getattribute__ as found in object's dict (heap types compare against it to skip a call).</summary>
    public static PyObject? GetAttributeWrapper;

    // compatible_for_assignment, with a layout measured in pointer-sized fields: the bases' members,
    // then an instance dict and a weakref list where a class adds them.
    private static bool HasDict(PyType t) => (t.Flags & TypeFlags.HasInstanceDict) != 0;
    private static bool HasWeak(PyType t) => t.Lookup("__weakref__") is not null;
    private static int Size(PyType t) => t.MemberCount + (HasDict(t) ? 1 : 0) + (HasWeak(t) ? 1 : 0);

    private static bool CompatibleWithBase(PyType t) =>
        t.Base is { } b && t.LayoutId == b.LayoutId && Size(t) == Size(b) && HasDict(t) == HasDict(b) && HasWeak(t) == HasWeak(b);

    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        var bs = a.Base!;
        int size = Size(bs);
        if (HasDict(a) && HasDict(b) && !HasDict(bs)) size++;
        if (HasWeak(a) && HasWeak(b) && !HasWeak(bs)) size++;
        if (!a.IsHeapType || !b.IsHeapType) return false;
        if (a.OwnSlotNames is { } sa && b.OwnSlotNames is { } sb)
        {
            if (sa.Length != sb.Length) return false;
            for (int i = 0; i < sa.Length; i++)
                if (sa[i].Value != sb[i].Value) return false;
            size += sa.Length;
        }
        return size == Size(a) && size == Size(b);
    }

    private static bool CompatibleForAssignment(PyType newto, PyType oldto)
    {
        var newbase = newto;
        var oldbase = oldto;
        while (CompatibleWithBase(newbase)) newbase = newbase.Base!;
        while (CompatibleWithBase(oldbase)) oldbase = oldbase.Base!;
        return newbase == oldbase || (newbase.Base == oldbase.Base && SameSlotsAdded(newbase, oldbase));
    }

    public static void Install(PyType t)
    {
        t.New = ObjectNew;
        t.Init = ObjectInit;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        BindingInstaller.AddGetSet(t, "__class__", static self => self.type, static (self, value) =>
        {
            if (value is not PyType nt) throw PyErrors.TypeError($"__class__ must be set to a class, not '{value?.type.Name ?? "NoneType"}' object");
            var ot = self.type;
            if (!(nt.IsSubtypeOf(RuntimeTypes.Module) && ot.IsSubtypeOf(RuntimeTypes.Module)) && (!nt.IsHeapType || !ot.IsHeapType))
                throw PyErrors.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (nt.LayoutId != ot.LayoutId || nt.MemberCount != ot.MemberCount || !CompatibleForAssignment(nt, ot))
                throw PyErrors.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{ot.Name}'");
            if (self is PyInstance inst && inst.Map is not null)
            {
                // Maps belong to a type: carry the attributes over through the new type's maps.
                var d = inst.GetDict(true)!;
                self.type = nt;
                var pos = 0;
                var fresh = new PyInstance(nt);
                while (d.Next(ref pos, out var k, out var v)) fresh.SetAttribute((PyStr)k, v);
                inst.Map = fresh.Map; inst.Values = fresh.Values; inst.Dict = fresh.Dict;
                return;
            }
            self.type = nt;
        });
        t.Dict.SetItem(StrIntern.Intern("__init_subclass__"), new PyClassMethod(new PyBuiltinFunction("__init_subclass__", "object", null,
            static (self, a, k) =>
            {
                if (k is not null && k.Count > 0)
                    throw PyErrors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
                return PyNone.Instance;
            })));
        t.Dict.SetItem(StrIntern.Intern("__subclasshook__"), new PyClassMethod(new PyBuiltinFunction("__subclasshook__", "object", null,
            static (self, a, k) => PyNotImplemented.Instance)));
        t.Dict.SetItem(StrIntern.Intern("__format__"), new PyMethodDescriptor(t, "__format__", static (self, a, k) =>
        {
            Binding.ArgParser.OneArg(a, k, "object.__format__");
            return PyFormat.ObjectFormat(self!, a[0]);
        }));
        t.Dict.SetItem(StrIntern.Intern("__dir__"), new PyMethodDescriptor(t, "__dir__", static (self, a, k) => Dir(self!)));
        t.Dict.SetItem(StrIntern.Intern("__doc__"), PyStr.FromString("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }

    /// <summary>object.__dir__: instance dict keys + attributes of the class and its bases, sorted by dir().</summary>
    public static PyObject Dir(PyObject self)
    {
        var names = new PyDict();
        // object___dir___impl asks for self.__dict__ (a bound method's is its function's)
        var d = InstanceDicts.Get(self, false);
        if (d is null)
        {
            try
            {
                d = PyOps.GetAttrOrNull(self, Names.Dict) as PyDict;
            }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError))
            {
                d = null;
            }
        }
        if (d is not null)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) names.SetItem(k, PyNone.Instance);
        }
        // CPython asks for self.__class__: a __class__ slot left empty hides the class's attributes,
        // and a proxy's __class__ property lists the class it imitates
        PyObject? classAttr;
        try
        {
            classAttr = PyOps.GetAttrOrNull(self, Names.Class);
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            classAttr = null;
        }
        if (classAttr is PyType cls)
        {
            foreach (var t in cls.Mro)
            {
                int pos = 0;
                while (t.Dict.Next(ref pos, out var k, out _)) names.SetItem(k, PyNone.Instance);
            }
        }
        var result = new PyList();
        int p = 0;
        while (names.Next(ref p, out var key, out _)) result.Append(key);
        return result;
    }
}
