namespace Taipan.Runtime.Objects;

/// <summary>
/// Fills the slots of heap types from their special methods (CPython's slotdefs and
/// fixup_slot_dispatchers): for each slot, the first class on the MRO that defines one of the
/// slot's special methods decides; a builtin class contributes its own slot function, a
/// Python class a wrapper that calls the special method.
/// </summary>
internal static class SlotDefinitions
{
    private static readonly string[] BinaryNames =
        { "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor" };

    private static readonly HashSet<string> SlotNames = BuildSlotNames();

    private static readonly BinaryFunc[] BinaryWrappers = BuildBinaryWrappers(inplace: false);
    private static readonly BinaryFunc[] InplaceWrappers = BuildBinaryWrappers(inplace: true);

    private static HashSet<string> BuildSlotNames()
    {
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
            "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
            "__next__", "__call__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__",
            "__index__", "__get__", "__set__", "__delete__", "__new__", "__init__", "__getattribute__",
            "__getattr__", "__setattr__", "__delattr__", "__del__",
        };
        foreach (var n in BinaryNames)
        {
            set.Add("__" + n + "__");
            set.Add("__r" + n + "__");
            set.Add("__i" + n + "__");
        }
        return set;
    }

    private static BinaryFunc[] BuildBinaryWrappers(bool inplace)
    {
        var result = new BinaryFunc[BinaryNames.Length];
        for (int i = 0; i < result.Length; i++)
        {
            var w = new BinaryWrapper((BinaryOp)i, BinaryNames[i]);
            result[i] = inplace ? w.InvokeInplace : w.Invoke;
        }
        return result;
    }

    public static bool IsSlotName(string name) => SlotNames.Contains(name);

    /// <summary>The type's binary slot <paramref name="op"/> calls its Python dunder (the JIT inlines that call).</summary>
    internal static bool IsPythonBinarySlot(PyType t, int op) => ReferenceEquals(t.NumberSlots[op], BinaryWrappers[op]);

    /// <summary>`add` for BinaryOp.Add: the stem of __add__, __radd__, __iadd__.</summary>
    internal static string BinaryStem(int op) => BinaryNames[op];

    /// <summary>Recomputes the slots of a heap type and of all its subclasses.</summary>
    public static void RefreshHierarchy(PyType t)
    {
        if (t.IsHeapType) Recompute(t);
        foreach (var sub in t.LiveSubclasses()) RefreshHierarchy(sub);
    }

    /// <summary>At class creation: a class that defines __eq__ but not __hash__ is unhashable.</summary>
    public static void PrepareClassDict(PyDict dict)
    {
        if (dict.GetItemOrNull(PyStr.FromString("__eq__")) is not null &&
            dict.GetItemOrNull(PyStr.FromString("__hash__")) is null)
            dict.SetItem(PyStr.FromString("__hash__"), PyNone.Instance);
    }

    public static void Recompute(PyType t)
    {
        t.Repr = Pick(t, static b => b.Repr, SlotRepr, "__repr__");
        t.Str = Pick(t, static b => b.Str, SlotStr, "__str__");
        t.Hash = PickHash(t);
        t.RichCompare = Pick(t, static b => b.RichCompare, SlotRichCompare, "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
        t.Bool = Pick(t, static b => b.Bool, SlotBool, "__bool__", "__len__");
        t.Length = Pick(t, static b => b.Length, SlotLength, "__len__");
        t.GetItem = Pick(t, static b => b.GetItem, SlotGetItem, "__getitem__");
        t.SetItem = Pick(t, static b => b.SetItem, SlotSetItem, "__setitem__", "__delitem__");
        t.Contains = Pick(t, static b => b.Contains, SlotContains, "__contains__");
        t.Iter = Pick(t, static b => b.Iter, SlotIter, "__iter__");
        // a deleted __next__ leaves CPython's _PyObject_NextNotImplemented, so a running for loop raises (bpo-3720)
        t.IterNext = Pick(t, static b => b.IterNext, SlotIterNext, "__next__") ?? (t.IterNext is null ? null : NextNotImplemented);
        t.Call = Pick(t, static b => b.Call, SlotCall, "__call__");
        t.New = Pick(t, static b => b.New, HeapTypeSlots.SlotNew, "__new__");
        t.Init = Pick(t, static b => b.Init, HeapTypeSlots.SlotInit, "__init__");
        t.GetAttr = Pick(t, static b => b.GetAttr, HeapTypeSlots.SlotGetAttr, "__getattribute__", "__getattr__");
        // A __getattr__ anywhere on the MRO needs the hook, even after a builtin base (CPython's slot_tp_getattr_hook):
        // class StreamWriter(Codec, MultibyteStreamWriter, codecs.StreamWriter) delegates to its stream that way.
        if (t.GetAttr != HeapTypeSlots.SlotGetAttr && t.Lookup("__getattr__") is not null) t.GetAttr = HeapTypeSlots.SlotGetAttr;
        t.SetAttr = Pick(t, static b => b.SetAttr, HeapTypeSlots.SlotSetAttr, "__setattr__", "__delattr__");
        t.DescrGet = Pick(t, static b => b.DescrGet, SlotDescrGet, "__get__");
        t.DescrSet = Pick(t, static b => b.DescrSet, HeapTypeSlots.SlotDescrSet, "__set__", "__delete__");
        t.Negative = Pick(t, static b => b.Negative, SlotNeg, "__neg__");
        t.Positive = Pick(t, static b => b.Positive, SlotPos, "__pos__");
        t.Absolute = Pick(t, static b => b.Absolute, SlotAbs, "__abs__");
        t.Invert = Pick(t, static b => b.Invert, SlotInvert, "__invert__");
        t.Int = Pick(t, static b => b.Int, SlotInt, "__int__");
        t.Float = Pick(t, static b => b.Float, SlotFloat, "__float__");
        t.Index = Pick(t, static b => b.Index, SlotIndex, "__index__");
        t.SequenceConcat = PickInherited(t, static b => b.SequenceConcat);
        t.SequenceRepeat = PickInherited(t, static b => b.SequenceRepeat);
        t.TernaryPower = PickInherited(t, static b => b.TernaryPower);
        for (int op = 0; op < BinaryNames.Length; op++)
        {
            var n = BinaryNames[op];
            t.NumberSlots[op] = PickBinary(t, op, false, "__" + n + "__", "__r" + n + "__");
            t.InplaceSlots[op] = PickBinary(t, op, true, "__i" + n + "__", null);
        }
        if (ReferenceEquals(t.NumberSlots[(int)BinaryOp.Power], BinaryWrappers[(int)BinaryOp.Power])) t.TernaryPower = SlotTernaryPower;
        t.HasDel = Finalization.DefinesDel(t);
    }

    private static bool DefinesAny(PyType t, string? a, string? b, string? c = null)
    {
        var d = t.Dict;
        return (a is not null && d.GetItemOrNull(PyStr.FromString(a)) is not null)
            || (b is not null && d.GetItemOrNull(PyStr.FromString(b)) is not null)
            || (c is not null && d.GetItemOrNull(PyStr.FromString(c)) is not null);
    }

    private static TSlot? Pick<TSlot>(PyType t, Func<PyType, TSlot?> builtinSlot, TSlot? wrapper,
        string? name, params string[] more) where TSlot : Delegate
    {
        foreach (var k in t.Mro)
        {
            if (k.IsHeapType)
            {
                if (wrapper is null || name is null) continue;
                if (DefinesAny(k, name, null)) return wrapper;
                foreach (var m in more)
                    if (DefinesAny(k, m, null)) return wrapper;
            }
            else
            {
                return builtinSlot(k);
            }
        }
        return null;
    }

    private static T? PickInherited<T>(PyType t, Func<PyType, T?> builtinSlot) where T : class
    {
        foreach (var k in t.Mro)
            if (!k.IsHeapType) return builtinSlot(k);
        return null;
    }

    private static HashFunc? PickHash(PyType t)
    {
        var key = PyStr.FromString("__hash__");
        foreach (var k in t.Mro)
        {
            if (k.IsHeapType)
            {
                var h = k.Dict.GetItemOrNull(key);
                if (h is null) continue;
                return h == PyNone.Instance ? PyOps.HashNotImplemented : SlotHash;
            }
            return k.Hash;
        }
        return null;
    }

    private static BinaryFunc? PickBinary(PyType t, int op, bool inplace, string name, string? reflected)
    {
        foreach (var k in t.Mro)
        {
            if (k.IsHeapType)
            {
                if (DefinesAny(k, name, reflected)) return inplace ? InplaceWrappers[op] : BinaryWrappers[op];
            }
            else
            {
                return inplace ? k.InplaceSlots[op] : k.NumberSlots[op];
            }
        }
        return null;
    }

    // --- calling special methods -------------------------------------------------------

    /// <summary>Looks a special method up on the type (never the instance) and calls it bound.
    /// Returns null when the type has no such method.</summary>
    internal static PyObject? CallSpecial(PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        var f = self.type.Lookup(name);
        if (f is null) return null;
        var get = f.type.DescrGet;
        if (get is not null)
        {
            var bound = get(f, self, self.type);
            return PyOps.Call(bound, args);
        }
        return PyOps.Call(f, args);
    }

    private static PyObject CallRequired(PyObject self, string name, ReadOnlySpan<PyObject> args) =>
        CallSpecial(self, name, args)
        ?? throw PyErrors.AttributeError($"'{self.type.Name}' object has no attribute '{name}'");

    private static PyObject SlotRepr(PyObject self)
    {
        var r = CallRequired(self, "__repr__", default);
        return r is PyStr ? r : throw PyErrors.TypeError($"__repr__ returned non-string (type {r.type.Name})");
    }

    private static PyObject SlotStr(PyObject self)
    {
        var r = CallRequired(self, "__str__", default);
        return r is PyStr ? r : throw PyErrors.TypeError($"__str__ returned non-string (type {r.type.Name})");
    }

    private static long SlotHash(PyObject self)
    {
        var r = CallRequired(self, "__hash__", default);
        if (r is not PyInt i) throw PyErrors.TypeError("__hash__ method should return an integer");
        // slot_tp_hash: a result that fits in Py_ssize_t is the hash as is (-1 becomes -2), so a __hash__
        // returning hash(some_str) finds that str's entries; only a bigger one is reduced as hash(int) does.
        if (i.TryGetLong(out long h)) return h == -1 ? -2 : h;
        return PyInt.HashOf(i);
    }

    private static readonly string[] CompareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    private static PyObject SlotRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        var f = self.type.Lookup(CompareNames[(int)op]);
        if (f is null) return PyNotImplemented.Instance;
        return CallSpecial(self, CompareNames[(int)op], new[] { other }) ?? PyNotImplemented.Instance;
    }

    private static bool SlotBool(PyObject self)
    {
        var r = CallSpecial(self, "__bool__", default);
        if (r is not null)
        {
            if (r.type == PyTypes.Bool) return ReferenceEquals(r, PyBool.True);
            throw PyErrors.TypeError($"__bool__ should return bool, returned {r.type.Name}");
        }
        return SlotLength(self) != 0;
    }

    private static long SlotLength(PyObject self)
    {
        var r = CallRequired(self, "__len__", default);
        var n = PyOps.Index(r);
        if (n.IsNegative) throw PyErrors.ValueError("__len__() should return >= 0");
        if (!n.IsSmall) throw PyErrors.OverflowError("cannot fit 'int' into an index-sized integer");
        return n.Small;
    }

    private static PyObject SlotGetItem(PyObject self, PyObject key) => CallRequired(self, "__getitem__", new[] { key });

    private static void SlotSetItem(PyObject self, PyObject key, PyObject? value)
    {
        if (value is null) CallRequired(self, "__delitem__", new[] { key });
        else CallRequired(self, "__setitem__", new[] { key, value });
    }

    private static bool SlotContains(PyObject self, PyObject item) =>
        PyOps.IsTrue(CallRequired(self, "__contains__", new[] { item }));

    // `__iter__ = None` (typing's _NotIterable) blocks iteration with CPython's message, not a failed call.
    private static PyObject SlotIter(PyObject self) =>
        self.type.Lookup("__iter__") == PyNone.Instance
            ? throw PyErrors.TypeError($"'{self.type.Name}' object is not iterable")
            : CallRequired(self, "__iter__", default);

    private static PyObject? NextNotImplemented(PyObject self) =>
        throw PyErrors.TypeError($"'{self.type.Name}' object is not iterable");

    private static PyObject? SlotIterNext(PyObject self)
    {
        // A Python __next__ ends the iteration by raising StopIteration: run it without the .NET throw.
        if (self.type.Lookup("__next__") is PyFunction fn && !fn.Code.IsGeneratorLike)
        {
            var frame = Interpreter.EvalLoop.NewFrame(fn, System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref self, 1), null);
            var ts = Interpreter.ThreadState.Current;
            var r = Interpreter.EvalLoop.RunCatching(ts, frame, out bool raised);
            if (!raised)
            {
                Interpreter.EvalLoop.Recycle(frame);
                return r;
            }
            var e = (PyBaseException)r;
            if (!e.type.IsSubtypeOf(PyTypes.StopIteration)) throw new PyException(e);
            ts.SwallowedStop = e;
            return null;
        }
        try
        {
            return CallRequired(self, "__next__", default);
        }
        catch (PyException e) when (e.Value.type.IsSubtypeOf(PyTypes.StopIteration))
        {
            Interpreter.ThreadState.Current.SwallowedStop = e.Value;
            return null;
        }
    }

    private static PyObject SlotCall(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var f = self.type.Lookup("__call__")
            ?? throw PyErrors.TypeError($"'{self.type.Name}' object is not callable");
        var get = f.type.DescrGet;
        var target = get is not null ? get(f, self, self.type) : f;
        // A __call__ that is itself a callable instance recurses here without any Python frame.
        var ts = Interpreter.ThreadState.Current;
        ts.EnterRecursiveCall(" while calling a Python object");
        try
        {
            return PyOps.Call(target, args, kwnames);
        }
        finally
        {
            ts.LeaveRecursiveCall();
        }
    }

    private static PyObject SlotDescrGet(PyObject descr, PyObject? instance, PyType? owner) =>
        CallRequired(descr, "__get__", new[] { instance ?? PyNone.Instance, (PyObject?)owner ?? PyNone.Instance });

    private static PyObject SlotNeg(PyObject self) => CallRequired(self, "__neg__", default);
    private static PyObject SlotPos(PyObject self) => CallRequired(self, "__pos__", default);
    private static PyObject SlotAbs(PyObject self) => CallRequired(self, "__abs__", default);
    private static PyObject SlotInvert(PyObject self) => CallRequired(self, "__invert__", default);
    private static PyObject SlotInt(PyObject self) => CallRequired(self, "__int__", default);
    private static PyObject SlotFloat(PyObject self) => CallRequired(self, "__float__", default);
    private static PyObject SlotIndex(PyObject self) => CallRequired(self, "__index__", default);

    /// <summary>slot_nb_power with a modulus: three-argument pow never uses __rpow__, only the left
    /// operand's own __pow__ (when its type's power slot is this Python-level one).</summary>
    private static PyObject SlotTernaryPower(PyObject self, PyObject other, PyObject modulus)
    {
        if (modulus == PyNone.Instance) return BinaryWrappers[(int)BinaryOp.Power](self, other);
        if (ReferenceEquals(self.type.NumberSlots[(int)BinaryOp.Power], BinaryWrappers[(int)BinaryOp.Power]))
            return CallSpecial(self, "__pow__", new[] { other, modulus }) ?? PyNotImplemented.Instance;
        return PyNotImplemented.Instance;
    }

    /// <summary>CPython's SLOT1BINFULL: tries the reflected method first when the right operand's
    /// type is a proper subclass that overrides it.</summary>
    private sealed class BinaryWrapper
    {
        private readonly BinaryOp op;
        private readonly string name, reflected, inplace;

        public BinaryWrapper(BinaryOp op, string stem)
        {
            this.op = op;
            name = "__" + stem + "__";
            reflected = "__r" + stem + "__";
            inplace = "__i" + stem + "__";
        }

        private bool IsMine(PyType t) => ReferenceEquals(t.NumberSlots[(int)op], BinaryWrappers[(int)op]);

        public PyObject Invoke(PyObject self, PyObject other)
        {
            bool doOther = self.type != other.type && IsMine(other.type);
            if (IsMine(self.type))
            {
                if (doOther && other.type.IsSubtypeOf(self.type) && MethodIsOverloaded(self.type, other.type))
                {
                    var r0 = CallSpecial(other, reflected, new[] { self }) ?? PyNotImplemented.Instance;
                    if (r0 != PyNotImplemented.Instance) return r0;
                    doOther = false;
                }
                var r = CallSpecial(self, name, new[] { other }) ?? PyNotImplemented.Instance;
                if (r != PyNotImplemented.Instance || self.type == other.type) return r;
            }
            if (doOther) return CallSpecial(other, reflected, new[] { self }) ?? PyNotImplemented.Instance;
            return PyNotImplemented.Instance;
        }

        /// <summary>method_is_overloaded: the subclass defines its own reflected method.</summary>
        private bool MethodIsOverloaded(PyType left, PyType right)
        {
            var b = right.Lookup(reflected);
            if (b is null) return false;
            var a = left.Lookup(reflected);
            if (a is null) return true;
            return !ReferenceEquals(a, b) && !PyOps.EqualsBool(a, b);
        }

        public PyObject InvokeInplace(PyObject self, PyObject other) =>
            CallSpecial(self, inplace, new[] { other }) ?? PyNotImplemented.Instance;
    }
}
