using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// CPython's add_operators: every slot a builtin type defines itself is also reachable by its special
/// method name in the type's dict (`int.__add__`, `object.__setattr__`, `list.__init__`), so Python code
/// can call a base class's implementation explicitly and heap types find builtin bases' methods on
/// the MRO. Installed once per builtin type at start-up; names a type already defines are kept.
/// </summary>
internal static class SlotWrappers
{
    private static readonly string[] BinaryStems =
        { "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor" };
    private static readonly string[] CompareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    public static void Install(PyType t)
    {
        var b = t.Base;
        if (Own(t.Repr, b?.Repr)) { var f = t.Repr!; Add(t, "__repr__", (self, a, k) => { NoArgs(a, k, t, "__repr__"); return f(self!); }); }
        if (Own(t.Str, b?.Str)) { var f = t.Str!; Add(t, "__str__", (self, a, k) => { NoArgs(a, k, t, "__str__"); return f(self!); }); }
        if (Own(t.Hash, b?.Hash))
        {
            var f = t.Hash!;
            if (ReferenceEquals(f, PyOps.HashNotImplemented)) SetIfMissing(t, "__hash__", PyNone.Instance);
            else Add(t, "__hash__", (self, a, k) => { NoArgs(a, k, t, "__hash__"); return PyInt.FromLong(f(self!)); });
        }
        if (Own(t.RichCompare, b?.RichCompare))
        {
            var f = t.RichCompare!;
            for (int op = 0; op < 6; op++)
            {
                var cop = (CompareOp)op;
                Add(t, CompareNames[op], (self, a, k) => { OneArg(a, k, t, CompareNames[(int)cop]); return f(self!, a[0], cop); });
            }
        }
        if (Own(t.Bool, b?.Bool)) { var f = t.Bool!; Add(t, "__bool__", (self, a, k) => { NoArgs(a, k, t, "__bool__"); return PyBool.FromBool(f(self!)); }); }
        if (Own(t.Length, b?.Length)) { var f = t.Length!; Add(t, "__len__", (self, a, k) => { NoArgs(a, k, t, "__len__"); return PyInt.FromLong(f(self!)); }); }
        if (Own(t.GetItem, b?.GetItem)) { var f = t.GetItem!; Add(t, "__getitem__", (self, a, k) => { OneArg(a, k, t, "__getitem__"); return f(self!, a[0]); }); }
        if (Own(t.SetItem, b?.SetItem))
        {
            var f = t.SetItem!;
            Add(t, "__setitem__", (self, a, k) => { Args(a, k, t, "__setitem__", 2); f(self!, a[0], a[1]); return PyNone.Instance; });
            Add(t, "__delitem__", (self, a, k) => { OneArg(a, k, t, "__delitem__"); f(self!, a[0], null); return PyNone.Instance; });
        }
        if (Own(t.Contains, b?.Contains)) { var f = t.Contains!; Add(t, "__contains__", (self, a, k) => { OneArg(a, k, t, "__contains__"); return PyBool.FromBool(f(self!, a[0])); }); }
        if (Own(t.Iter, b?.Iter)) { var f = t.Iter!; Add(t, "__iter__", (self, a, k) => { NoArgs(a, k, t, "__iter__"); return f(self!); }); }
        if (Own(t.IterNext, b?.IterNext))
        {
            var f = t.IterNext!;
            Add(t, "__next__", (self, a, k) => { NoArgs(a, k, t, "__next__"); return f(self!) ?? throw PyErrors.StopIteration(); });
        }
        if (Own(t.Call, b?.Call)) { var f = t.Call!; Add(t, "__call__", (self, a, k) => f(self!, a, k)); }
        if (Own(t.DescrGet, b?.DescrGet))
        {
            var f = t.DescrGet!;
            Add(t, "__get__", (self, a, k) =>
            {
                if (a.Length < 1 || a.Length > 2) throw PyErrors.TypeError($"expected 1 or 2 arguments, got {a.Length}");
                var inst = a[0] == PyNone.Instance ? null : a[0];
                var owner = a.Length > 1 && a[1] != PyNone.Instance ? a[1] as PyType : null;
                if (inst is null && owner is null) throw PyErrors.TypeError("__get__(None, None) is invalid");
                return f(self!, inst, owner);
            });
        }
        if (Own(t.DescrSet, b?.DescrSet))
        {
            var f = t.DescrSet!;
            Add(t, "__set__", (self, a, k) => { Args(a, k, t, "__set__", 2); f(self!, a[0], a[1]); return PyNone.Instance; });
            Add(t, "__delete__", (self, a, k) => { OneArg(a, k, t, "__delete__"); f(self!, a[0], null); return PyNone.Instance; });
        }
        Unary(t, "__neg__", t.Negative, b?.Negative);
        Unary(t, "__pos__", t.Positive, b?.Positive);
        Unary(t, "__abs__", t.Absolute, b?.Absolute);
        Unary(t, "__invert__", t.Invert, b?.Invert);
        Unary(t, "__int__", t.Int, b?.Int);
        Unary(t, "__float__", t.Float, b?.Float);
        Unary(t, "__index__", t.Index, b?.Index);
        for (int op = 0; op < BinaryStems.Length; op++)
        {
            var f = t.NumberSlots[op];
            if (Own(f, b?.NumberSlots[op]))
            {
                var stem = BinaryStems[op];
                var fn = f!;
                if (op == (int)BinaryOp.Power && t.TernaryPower is { } tp)
                {
                    Add(t, "__pow__", (self, a, k) => { Args(a, k, t, "__pow__", 1, 2); return a.Length == 2 && a[1] != PyNone.Instance ? tp(self!, a[0], a[1]) : fn(self!, a[0]); });
                    Add(t, "__rpow__", (self, a, k) => { Args(a, k, t, "__rpow__", 1, 2); return a.Length == 2 && a[1] != PyNone.Instance ? tp(a[0], self!, a[1]) : fn(a[0], self!); });
                }
                else
                {
                    Add(t, "__" + stem + "__", (self, a, k) => { OneArg(a, k, t, "__" + stem + "__"); return fn(self!, a[0]); });
                    Add(t, "__r" + stem + "__", (self, a, k) => { OneArg(a, k, t, "__r" + stem + "__"); return fn(a[0], self!); });
                }
            }
            var fi = t.InplaceSlots[op];
            if (Own(fi, b?.InplaceSlots[op]))
            {
                var stem = BinaryStems[op];
                var fn = fi!;
                Add(t, "__i" + stem + "__", (self, a, k) => { OneArg(a, k, t, "__i" + stem + "__"); return fn(self!, a[0]); });
            }
        }
        // sq_concat / sq_repeat (list, tuple, str, bytes): __add__, __mul__ and __rmul__ without __radd__.
        if (Own(t.SequenceConcat, b?.SequenceConcat) && t.NumberSlots[(int)BinaryOp.Add] is null)
        {
            var f = t.SequenceConcat!;
            Add(t, "__add__", (self, a, k) => { OneArg(a, k, t, "__add__"); return f(self!, a[0]); });
        }
        if (Own(t.SequenceRepeat, b?.SequenceRepeat) && t.NumberSlots[(int)BinaryOp.Multiply] is null)
        {
            var f = t.SequenceRepeat!;
            Add(t, "__mul__", (self, a, k) => { OneArg(a, k, t, "__mul__"); return f(self!, RepeatCount(a[0])); });
            Add(t, "__rmul__", (self, a, k) => { OneArg(a, k, t, "__rmul__"); return f(self!, RepeatCount(a[0])); });
        }
        if (Own(t.GetAttr, b?.GetAttr))
        {
            var f = t.GetAttr!;
            Add(t, "__getattribute__", (self, a, k) =>
            {
                OneArg(a, k, t, "__getattribute__");
                var name = a[0] as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{a[0].type.Name}'");
                return f(self!, name) ?? throw PyOps.AttributeMissing(self!, name);
            });
        }
        if (Own(t.SetAttr, b?.SetAttr))
        {
            var f = t.SetAttr!;
            Add(t, "__setattr__", (self, a, k) =>
            {
                Args(a, k, t, "__setattr__", 2);
                HackCheck(self!, f, "__setattr__");
                f(self!, a[0] as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{a[0].type.Name}'"), a[1]);
                return PyNone.Instance;
            });
            Add(t, "__delattr__", (self, a, k) =>
            {
                OneArg(a, k, t, "__delattr__");
                HackCheck(self!, f, "__delattr__");
                f(self!, a[0] as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{a[0].type.Name}'"), null);
                return PyNone.Instance;
            });
        }
        if (Own(t.Init, b?.Init))
        {
            var f = t.Init!;
            Add(t, "__init__", (self, a, k) => { f(self!, a, k); return PyNone.Instance; });
        }
        if (Own(t.New, b?.New))
        {
            var f = t.New!;
            SetIfMissing(t, "__new__", new PyBuiltinFunction("__new__", t.Name, t, (self, a, k) =>
            {
                if (a.Length - (k?.Count ?? 0) < 1) throw PyErrors.TypeError($"{t.Name}.__new__(): not enough arguments");
                if (a[0] is not PyType sub) throw PyErrors.TypeError($"{t.Name}.__new__(X): X is not a type object ({a[0].type.Name})");
                if (!sub.IsSubtypeOf(t)) throw PyErrors.TypeError($"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
                // tp_new_wrapper: the nearest base without a Python __new__ must use this very __new__.
                var staticBase = sub;
                while (staticBase is not null && ReferenceEquals(staticBase.New, HeapTypeSlots.SlotNew)) staticBase = staticBase.Base;
                if (staticBase is not null && !ReferenceEquals(staticBase.New, f))
                    throw PyErrors.TypeError($"{t.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()");
                return f(sub, a[1..], k);
            }));
        }
    }

    private static long RepeatCount(PyObject n)
    {
        if (n.type.Index is null) throw PyErrors.TypeError($"'{n.type.Name}' object cannot be interpreted as an integer");
        var i = PyOps.Index(n);
        if (!i.IsSmall) throw PyErrors.OverflowError($"cannot fit '{n.type.Name}' into an index-sized integer");
        return i.Small;
    }

    private static bool Own<T>(T? mine, T? inherited) where T : class => mine is not null && !ReferenceEquals(mine, inherited);

    private static void Unary(PyType t, string name, UnaryFunc? f, UnaryFunc? inherited)
    {
        if (!Own(f, inherited)) return;
        var fn = f!;
        Add(t, name, (self, a, k) => { NoArgs(a, k, t, name); return fn(self!); });
    }

    private static void Add(PyType t, string name, NativeMethod m)
    {
        var key = StrIntern.Intern(name);
        if (t.Dict.GetItemOrNull(key) is null) t.Dict.SetItem(key, new PyMethodDescriptor(PyTypes.WrapperDescriptor, t, name, m));
    }

    private static void SetIfMissing(PyType t, string name, PyObject value)
    {
        var key = StrIntern.Intern(name);
        if (t.Dict.GetItemOrNull(key) is null) t.Dict.SetItem(key, value);
    }

    private static void NoArgs(ReadOnlySpan<PyObject> a, PyTuple? k, PyType t, string name) => Args(a, k, t, name, 0);

    private static void OneArg(ReadOnlySpan<PyObject> a, PyTuple? k, PyType t, string name) => Args(a, k, t, name, 1);

    private static void Args(ReadOnlySpan<PyObject> a, PyTuple? k, PyType t, string name, int min, int max = -1)
    {
        if (max < 0) max = min;
        if (k is not null && k.Count > 0) throw PyErrors.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
            throw PyErrors.TypeError(min == max
                ? $"expected {min} argument{(min == 1 ? "" : "s")}, got {a.Length}"
                : $"expected {min} or {max} arguments, got {a.Length}");
    }

    /// <summary>hackcheck: object.__setattr__(str, ...) must not skip over a builtin type's own
    /// setattr (Carlo Verre's hack); Python classes in between don't count.</summary>
    private static void HackCheck(PyObject self, SetAttrFunc func, string what)
    {
        var type = self.type;
        var defining = type;
        var mro = type.Mro;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            var b = mro[i];
            if (ReferenceEquals(b.SetAttr, HeapTypeSlots.SlotSetAttr)) continue;
            if (ReferenceEquals(b.SetAttr, type.SetAttr)) { defining = b; break; }
        }
        for (var b = defining; b is not null; b = b.Base)
        {
            if (ReferenceEquals(b.SetAttr, func)) return;
            if (!ReferenceEquals(b.SetAttr, HeapTypeSlots.SlotSetAttr))
                throw PyErrors.TypeError($"can't apply this {what} to {type.Name} object");
        }
    }
}
