using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The abstract object protocols (CPython's abstract.c / object.c): everything goes through
/// type slots; exact int/float operands take a fast path on the type field first.
/// </summary>
internal static class PyOps
{
    public static PyStr Repr(PyObject o)
    {
        var f = o.type.Repr ?? throw PyErrors.SystemError($"type '{o.type.Name}' has no repr slot");
        // Py_EnterRecursiveCall: deeply nested containers raise RecursionError (and never exhaust the C# stack).
        var ts = Interpreter.ThreadState.Current;
        ts.EnterRecursiveCall(" while getting the repr of an object");
        PyObject r;
        try { r = f(o); }
        finally { ts.LeaveRecursiveCall(); }
        return r as PyStr ?? throw PyErrors.TypeError($"__repr__ returned non-string (type {r.type.Name})");
    }

    public static PyStr Str(PyObject o)
    {
        if (o.type == PyTypes.Str) return (PyStr)o;
        var f = o.type.Str ?? o.type.Repr!;
        var ts = Interpreter.ThreadState.Current;
        ts.EnterRecursiveCall(" while getting the str of an object");
        PyObject r;
        try { r = f(o); }
        finally { ts.LeaveRecursiveCall(); }
        return r as PyStr ?? throw PyErrors.TypeError($"__str__ returned non-string (type {r.type.Name})");
    }

    public static long Hash(PyObject o)
    {
        if (o.type == PyTypes.Str) return ((PyStr)o).Hash();
        if (o.type == PyTypes.Int) return PyInt.HashOf((PyInt)o);
        var f = o.type.Hash ?? HashNotImplemented;
        return f(o);
    }

    public static readonly HashFunc HashNotImplemented = static o => throw PyErrors.TypeError($"unhashable type: '{o.type.Name}'");

    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        var t = o.type;
        if (t.Bool is not null) return t.Bool(o);
        if (t.Length is not null) return t.Length(o) != 0;
        return true;
    }

    public static long Length(PyObject o)
    {
        var f = o.type.Length ?? throw PyErrors.TypeError($"object of type '{o.type.Name}' has no len()");
        return f(o);
    }

    // --- comparison ----------------------------------------------------------------------

    private static readonly CompareOp[] Swapped = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };
    private static readonly string[] OpSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    /// <summary>do_richcompare: reflected first for a proper subclass on the right, identity fallback for ==/!=.</summary>
    public static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        bool checkedReverse = false;
        var vt = v.type;
        var wt = w.type;
        if (vt != wt && wt.IsSubtypeOf(vt) && wt.RichCompare is not null)
        {
            checkedReverse = true;
            var r = wt.RichCompare(w, v, Swapped[(int)op]);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (vt.RichCompare is not null)
        {
            var r = vt.RichCompare(v, w, op);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (!checkedReverse && wt.RichCompare is not null)
        {
            var r = wt.RichCompare(w, v, Swapped[(int)op]);
            if (r != PyNotImplemented.Instance) return r;
        }
        return op switch
        {
            CompareOp.Eq => PyBool.FromBool(ReferenceEquals(v, w)),
            CompareOp.Ne => PyBool.FromBool(!ReferenceEquals(v, w)),
            _ => throw PyErrors.TypeError($"'{OpSymbols[(int)op]}' not supported between instances of '{vt.Name}' and '{wt.Name}'"),
        };
    }

    /// <summary>
    /// `is`. Lists with int and float strategies store unboxed values and box them again on every
    /// read, so as in PyPy, exact ints and floats are the same object when their values (float bit
    /// patterns) are equal: `l[0] is l[0]` and `nan in [nan]` hold as they do in CPython.
    /// </summary>
    public static bool IsSame(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.type != b.type) return false;
        // NaNs never enter a float strategy (PyList keeps them boxed), so two NaN objects stay distinct.
        if (a.type == PyTypes.Float)
            return !double.IsNaN(((PyFloat)a).Value) && BitConverter.DoubleToInt64Bits(((PyFloat)a).Value) == BitConverter.DoubleToInt64Bits(((PyFloat)b).Value);
        if (a.type == PyTypes.Int) return IntArithmetic.Compare((PyInt)a, (PyInt)b) == 0;
        return false;
    }

    /// <summary>PyObject_RichCompareBool(..., Py_EQ): identity (<see cref="IsSame"/>) implies equality.</summary>
    public static bool EqualsBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.type == PyTypes.Int && b.type == PyTypes.Int) return IntArithmetic.Compare((PyInt)a, (PyInt)b) == 0;
        if (a.type == PyTypes.Str && b.type == PyTypes.Str) return ((PyStr)a).Value == ((PyStr)b).Value;
        return IsTrue(RichCompare(a, b, CompareOp.Eq));
    }

    // --- numbers -------------------------------------------------------------------------

    /// <summary>binary_op1: the left slot, or the right one first when the right operand's type
    /// is a subtype with its own slot; NotImplemented falls through.</summary>
    private static PyObject BinaryOp1(PyObject v, PyObject w, int op)
    {
        var slotv = v.type.NumberSlots[op];
        BinaryFunc? slotw = null;
        if (w.type != v.type)
        {
            slotw = w.type.NumberSlots[op];
            if (ReferenceEquals(slotw, slotv)) slotw = null;
        }
        if (slotv is not null)
        {
            if (slotw is not null && w.type.IsSubtypeOf(v.type))
            {
                var r0 = slotw(v, w);
                if (r0 != PyNotImplemented.Instance) return r0;
                slotw = null;
            }
            var r = slotv(v, w);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (slotw is not null) return slotw(v, w);
        return PyNotImplemented.Instance;
    }

    public static PyObject BinaryOp(PyObject v, PyObject w, BinaryOp op)
    {
        if (v.type == PyTypes.Int && w.type == PyTypes.Int)
        {
            var a = Unsafe.As<PyInt>(v);
            var b = Unsafe.As<PyInt>(w);
            switch (op)
            {
                case Objects.BinaryOp.Add: return IntArithmetic.Add(a, b);
                case Objects.BinaryOp.Subtract: return IntArithmetic.Subtract(a, b);
                case Objects.BinaryOp.Multiply: return IntArithmetic.Multiply(a, b);
            }
        }
        var r = BinaryOp1(v, w, (int)op);
        if (r != PyNotImplemented.Instance) return r;
        if (op == Objects.BinaryOp.Add && v.type.SequenceConcat is not null)
            return v.type.SequenceConcat(v, w);
        if (op == Objects.BinaryOp.Multiply)
        {
            if (v.type.SequenceRepeat is not null) return v.type.SequenceRepeat(v, RepeatCount(w));
            if (w.type.SequenceRepeat is not null) return w.type.SequenceRepeat(w, RepeatCount(v));
        }
        throw BinaryTypeError(v, w, BinaryOpNames.Symbol(op));
    }

    private static long RepeatCount(PyObject n)
    {
        if (n.type.Index is null) throw PyErrors.TypeError($"can't multiply sequence by non-int of type '{n.type.Name}'");
        var i = Index(n);
        if (!i.IsSmall) throw PyErrors.OverflowError($"cannot fit '{n.type.Name}' into an index-sized integer");
        return i.Small;
    }

    public static PyObject InplaceOp(PyObject v, PyObject w, BinaryOp op)
    {
        var slot = v.type.InplaceSlots[(int)op];
        if (slot is not null)
        {
            var r = slot(v, w);
            if (r != PyNotImplemented.Instance) return r;
        }
        var r2 = BinaryOp1(v, w, (int)op);
        if (r2 != PyNotImplemented.Instance) return r2;
        if (op == Objects.BinaryOp.Add && v.type.SequenceConcat is not null) return v.type.SequenceConcat(v, w);
        if (op == Objects.BinaryOp.Multiply && v.type.SequenceRepeat is not null) return v.type.SequenceRepeat(v, RepeatCount(w));
        throw BinaryTypeError(v, w, BinaryOpNames.InplaceSymbol(op));
    }

    private static PyException BinaryTypeError(PyObject v, PyObject w, string symbol) =>
        PyErrors.TypeError($"unsupported operand type(s) for {symbol}: '{v.type.Name}' and '{w.type.Name}'");

    public static PyObject Add(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.Add);
    public static PyObject Subtract(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.Subtract);
    public static PyObject Multiply(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.Multiply);
    public static PyObject TrueDivide(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.TrueDivide);
    public static PyObject FloorDivide(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.FloorDivide);
    public static PyObject Remainder(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.Remainder);
    public static PyObject Power(PyObject a, PyObject b) => BinaryOp(a, b, Objects.BinaryOp.Power);

    /// <summary>pow(a, b, m): CPython's ternary_op over the TernaryPower slots of all three operands.</summary>
    public static PyObject Power(PyObject a, PyObject b, PyObject m)
    {
        if (m == PyNone.Instance) return Power(a, b);
        var slotv = a.type.TernaryPower;
        var slotw = b.type != a.type ? b.type.TernaryPower : null;
        if (ReferenceEquals(slotw, slotv)) slotw = null;
        if (slotv is not null)
        {
            if (slotw is not null && b.type.IsSubtypeOf(a.type))
            {
                var r0 = slotw(a, b, m);
                if (r0 != PyNotImplemented.Instance) return r0;
                slotw = null;
            }
            var r = slotv(a, b, m);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (slotw is not null)
        {
            var r = slotw(a, b, m);
            if (r != PyNotImplemented.Instance) return r;
        }
        var slotz = m.type.TernaryPower;
        if (slotz is not null && !ReferenceEquals(slotz, slotv) && !ReferenceEquals(slotz, slotw))
        {
            var r = slotz(a, b, m);
            if (r != PyNotImplemented.Instance) return r;
        }
        throw PyErrors.TypeError($"unsupported operand type(s) for ** or pow(): '{a.type.Name}', '{b.type.Name}', '{m.type.Name}'");
    }

    /// <summary>divmod(a, b): binary_op1 over __divmod__/__rdivmod__ (there is no divmod slot; exact
    /// ints and floats take a direct path).</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a.type == PyTypes.Int && b.type == PyTypes.Int) return IntArithmetic.DivMod((PyInt)a, (PyInt)b);
        if (a.type == PyTypes.Float && (b.type == PyTypes.Float || b.type == PyTypes.Int)) return FloatArithmetic.DivModSlot(a, b);
        var r = BinaryBySpecialName(a, b, "__divmod__", "__rdivmod__");
        if (r != PyNotImplemented.Instance) return r;
        throw BinaryTypeError(a, b, "divmod()");
    }

    private static PyObject BinaryBySpecialName(PyObject v, PyObject w, string name, string reflected)
    {
        var slotv = v.type.Lookup(name);
        PyObject? slotw = null;
        if (w.type != v.type)
        {
            slotw = w.type.Lookup(reflected);
            if (slotw is not null && ReferenceEquals(slotw, v.type.Lookup(reflected))) slotw = null;
        }
        if (slotv is not null)
        {
            if (slotw is not null && w.type.IsSubtypeOf(v.type))
            {
                var r0 = SlotDefinitions.CallSpecial(w, reflected, new[] { v })!;
                if (r0 != PyNotImplemented.Instance) return r0;
                slotw = null;
            }
            var r = SlotDefinitions.CallSpecial(v, name, new[] { w })!;
            if (r != PyNotImplemented.Instance) return r;
        }
        if (slotw is not null) return SlotDefinitions.CallSpecial(w, reflected, new[] { v })!;
        return PyNotImplemented.Instance;
    }

    private static PyObject Unary(PyObject o, UnaryFunc? f, string symbol) =>
        f is not null ? f(o) : throw PyErrors.TypeError($"bad operand type for unary {symbol}: '{o.type.Name}'");

    public static PyObject Negative(PyObject o) => Unary(o, o.type.Negative, "-");
    public static PyObject Positive(PyObject o) => Unary(o, o.type.Positive, "+");
    public static PyObject Invert(PyObject o) => Unary(o, o.type.Invert, "~");
    public static PyObject Absolute(PyObject o) =>
        o.type.Absolute is { } f ? f(o) : throw PyErrors.TypeError($"bad operand type for abs(): '{o.type.Name}'");

    /// <summary>PyNumber_Index: an exact int.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o.type == PyTypes.Int) return (PyInt)o;
        var f = o.type.Index ?? throw PyErrors.NotAnInteger(o);
        var r = f(o);
        if (r is not PyInt i) throw PyErrors.TypeError($"__index__ returned non-int (type {r.type.Name})");
        return PyInt.Exact(i);
    }

    /// <summary>PyNumber_AsSsize_t with <paramref name="overflow"/> raised for values out of range.</summary>
    public static long AsIndex(PyObject o, PyType overflow, string? notIntegerPrefix = null)
    {
        if (o.type == PyTypes.Int && ((PyInt)o).IsSmall) return ((PyInt)o).Small;
        if (notIntegerPrefix is not null && o.type.Index is null)
            throw PyErrors.TypeError(notIntegerPrefix + o.type.Name);
        var i = Index(o);
        if (i.IsSmall) return i.Small;
        throw PyErrors.New(overflow, $"cannot fit 'int' into an index-sized integer");
    }

    /// <summary>PyFloat_AsDouble for "d" arguments: floats, ints, __float__ or __index__.</summary>
    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat pf0) return pf0.Value;
        if (o.type == PyTypes.Int || o.type == PyTypes.Bool) return ((PyInt)o).ToDouble();
        if (o.type.Float is { } f)
        {
            var r = f(o);
            if (r is PyFloat pf) return pf.Value;
            throw PyErrors.TypeError($"{o.type.Name}.__float__ returned non-float (type {r.type.Name})");
        }
        if (o.type.Index is not null) return Index(o).ToDouble();
        throw PyErrors.TypeError($"must be real number, not {o.type.Name}");
    }

    /// <summary>int(x) for one argument.</summary>
    public static PyInt NumberToInt(PyObject x, int maxDigits) => IntText.NumberToInt(x, maxDigits);

    // --- containers and iteration ----------------------------------------------------------

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        var f = o.type.GetItem;
        return f is null ? Interpreter.EvalLoop.SubscriptSlow(o, key) : f(o, key);
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var f = o.type.SetItem ?? throw PyErrors.TypeError($"'{o.type.Name}' object does not support item assignment");
        f(o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var f = o.type.SetItem ?? throw PyErrors.TypeError($"'{o.type.Name}' object doesn't support item deletion");
        f(o, key, null);
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.type.Contains is { } f) return f(container, item);
        var it = TryGetIter(container)
            ?? throw PyErrors.TypeError($"argument of type '{container.type.Name}' is not iterable");
        PyObject? x;
        while ((x = Next(it)) is not null) if (EqualsBool(x, item)) return true;
        return false;
    }

    public static PyObject? TryGetIter(PyObject o)
    {
        if (o.type.Iter is { } f)
        {
            var it = f(o);
            if (it.type.IterNext is null) throw PyErrors.TypeError($"iter() returned non-iterator of type '{it.type.Name}'");
            return it;
        }
        if (o.type.GetItem is not null) return new SequenceGetItemIterator(o);
        return null;
    }

    public static PyObject GetIter(PyObject o) =>
        TryGetIter(o) ?? throw PyErrors.TypeError($"'{o.type.Name}' object is not iterable");

    /// <summary>The next item, or null when exhausted (no StopIteration thrown on this path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Next(PyObject iterator) => iterator.type.IterNext!(iterator);

    public static PyList ToList(PyObject iterable)
    {
        var l = new PyList();
        l.extend(iterable);
        return l;
    }

    // --- calls and attributes -----------------------------------------------------------------

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var f = callable.type.Call ?? throw PyErrors.TypeError($"'{callable.type.Name}' object is not callable");
        return f(callable, args, kwnames);
    }

    public static PyObject? GetAttrOrNull(PyObject o, PyStr name)
    {
        var f = o.type.GetAttr ?? GenericGetAttr;
        return f(o, name);
    }

    public static PyObject GetAttr(PyObject o, PyStr name) =>
        GetAttrOrNull(o, name) ?? throw AttributeMissing(o, name);

    internal static PyException AttributeMissing(PyObject o, PyStr name) => Interpreter.Errors.AttributeMissing(o, name);

    /// <summary>PyObject_GenericGetAttr for objects without instance storage: the type's
    /// attribute bound through its descriptor protocol.</summary>
    public static readonly GetAttrFunc GenericGetAttr = static (o, name) =>
    {
        var attr = o.type.Lookup(name.Value);
        if (attr is null) return null;
        var get = attr.type.DescrGet;
        return get is null ? attr : get(attr, o, o.type);
    };

    /// <summary>type.__getattribute__: the MRO of the type itself, then the metatype.</summary>
    public static readonly GetAttrFunc TypeGetAttr = static (o, name) =>
    {
        var t = (PyType)o;
        var metaAttr = t.type.Lookup(name.Value);
        if (metaAttr is not null && metaAttr.type.DescrSet is not null && metaAttr.type.DescrGet is not null)
            return metaAttr.type.DescrGet(metaAttr, t, t.type);
        var attr = t.Lookup(name.Value);
        if (attr is not null)
        {
            var get = attr.type.DescrGet;
            return get is null ? attr : get(attr, null, t);
        }
        if (metaAttr is not null)
        {
            var get = metaAttr.type.DescrGet;
            return get is null ? metaAttr : get(metaAttr, t, t.type);
        }
        return null;
    };

    public static PyObject CallMethod(PyObject o, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null) =>
        Call(GetAttr(o, PyStr.FromString(name)), args, kwnames);
}
