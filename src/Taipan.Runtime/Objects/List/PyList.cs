using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

[PyType("list")]
internal sealed partial class PyList : PyObject
{
    internal ListStrategy Strategy;
    internal long[]? Ints;
    internal double[]? Floats;
    internal PyObject[]? Objects;
    internal int Count;

    public PyList() : base(PyTypes.List) { }

    public PyList(PyType type) : base(type) { }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items)
    {
        var l = new PyList();
        foreach (var item in items) l.Append(item);
        return l;
    }

    public PyObject this[int i]
    {
        get => Strategy switch
        {
            ListStrategy.Int => PyInt.FromLong(Ints![i]),
            ListStrategy.Float => new PyFloat(Floats![i]),
            _ => Objects![i],
        };
        set => SetAt(i, value);
    }

    public void Append(PyObject item)
    {
        switch (Strategy)
        {
            case ListStrategy.Int when item.type == PyTypes.Int && ((PyInt)item).IsSmall:
                if (Count == Ints!.Length) Array.Resize(ref Ints, Grow(Count));
                Ints[Count++] = ((PyInt)item).Small;
                return;
            case ListStrategy.Float when item.type == PyTypes.Float && !double.IsNaN(((PyFloat)item).Value):
                if (Count == Floats!.Length) Array.Resize(ref Floats, Grow(Count));
                Floats[Count++] = ((PyFloat)item).Value;
                return;
            case ListStrategy.Str when item.type == PyTypes.Str:
                break;
            case ListStrategy.Str:
                Strategy = ListStrategy.Object; // same array; only the promise is dropped
                break;
            case ListStrategy.Empty:
                if (item.type == PyTypes.Int && ((PyInt)item).IsSmall)
                {
                    Strategy = ListStrategy.Int;
                    Ints = new long[4];
                    Ints[Count++] = ((PyInt)item).Small;
                    return;
                }
                // NaNs stay boxed: `nan in [nan]` is true by identity only, which unboxing would lose.
                if (item.type == PyTypes.Float && !double.IsNaN(((PyFloat)item).Value))
                {
                    Strategy = ListStrategy.Float;
                    Floats = new double[4];
                    Floats[Count++] = ((PyFloat)item).Value;
                    return;
                }
                Strategy = item.type == PyTypes.Str ? ListStrategy.Str : ListStrategy.Object;
                Objects = new PyObject[4];
                break;
            case ListStrategy.Object:
                break;
            default:
                SwitchToObjects();
                break;
        }
        if (Count == Objects!.Length) Array.Resize(ref Objects, Grow(Count));
        ObjectArrays.Store(Objects, Count++, item);
    }

    private static int Grow(int n) => n < 4 ? 4 : n + (n >> 1) + 4;

    private void SwitchToObjects()
    {
        if (Strategy == ListStrategy.Str || Strategy == ListStrategy.Empty)
        {
            Objects ??= new PyObject[4];
            Strategy = ListStrategy.Object;
            return;
        }
        var objs = new PyObject[Math.Max(4, Count + (Count >> 1) + 1)];
        for (int i = 0; i < Count; i++) objs[i] = this[i];
        Objects = objs;
        Ints = null;
        Floats = null;
        Strategy = ListStrategy.Object;
    }

    private void SetAt(int i, PyObject value)
    {
        if (Strategy == ListStrategy.Int && value.type == PyTypes.Int && ((PyInt)value).IsSmall) { Ints![i] = ((PyInt)value).Small; return; }
        if (Strategy == ListStrategy.Float && value.type == PyTypes.Float && !double.IsNaN(((PyFloat)value).Value)) { Floats![i] = ((PyFloat)value).Value; return; }
        if (Strategy == ListStrategy.Str && value.type == PyTypes.Str) { ObjectArrays.Store(Objects!, i, value); return; }
        if (Strategy != ListStrategy.Object) SwitchToObjects();
        ObjectArrays.Store(Objects!, i, value);
    }

    public PyObject[] ToArray()
    {
        var r = new PyObject[Count];
        if (Objects is not null && Strategy is ListStrategy.Object or ListStrategy.Str)
        {
            Array.Copy(Objects, r, Count); // a block copy: no covariant store check per item
            return r;
        }
        for (int i = 0; i < Count; i++) r[i] = this[i];
        return r;
    }

    private void RemoveAt(int i)
    {
        switch (Strategy)
        {
            case ListStrategy.Int: Array.Copy(Ints!, i + 1, Ints!, i, Count - i - 1); break;
            case ListStrategy.Float: Array.Copy(Floats!, i + 1, Floats!, i, Count - i - 1); break;
            default: Array.Copy(Objects!, i + 1, Objects!, i, Count - i - 1); Objects![Count - 1] = null!; break;
        }
        Count--;
    }

    // --- Python methods --------------------------------------------------------------

    [PyMethod]
    internal void append(PyObject @object) => Append(@object);

    [PyMethod]
    internal void insert(long index, PyObject @object)
    {
        if (index < 0) { index += Count; if (index < 0) index = 0; }
        if (index > Count) index = Count;
        Append(@object); // grows storage and settles the strategy
        var last = this[Count - 1];
        for (int i = Count - 1; i > index; i--) SetAt(i, this[i - 1]);
        SetAt((int)index, last);
    }

    [PyMethod]
    internal PyObject pop(long index = -1)
    {
        if (Count == 0) throw PyErrors.IndexError("pop from empty list");
        if (index < 0) index += Count;
        if (index < 0 || index >= Count) throw PyErrors.IndexError("pop index out of range");
        var item = this[(int)index];
        RemoveAt((int)index);
        return item;
    }

    [PyMethod]
    internal void extend(PyObject iterable)
    {
        // list_extend copies directly only when iterating can't run Python code: a subclass that
        // overrides __iter__ is iterated
        if (iterable is PyList other && (ReferenceEquals(other.type.Iter, PyTypes.List.Iter) || ReferenceEquals(other, this)))
        {
            int n = other.Count; // l.extend(l) must not loop forever
            for (int i = 0; i < n; i++) Append(other[i]);
            return;
        }
        var it = PyOps.GetIter(iterable);
        LengthHint.ObserveForExtend(iterable);
        PyObject? item;
        while ((item = PyOps.Next(it)) is not null) Append(item);
    }

    [PyMethod]
    internal void clear()
    {
        Strategy = ListStrategy.Empty;
        Ints = null; Floats = null; Objects = null;
        Count = 0;
    }

    [PyMethod]
    internal PyList copy()
    {
        var l = new PyList { Strategy = Strategy, Count = Count };
        l.Ints = Ints is null ? null : (long[])Ints.Clone();
        l.Floats = Floats is null ? null : (double[])Floats.Clone();
        l.Objects = Objects is null ? null : (PyObject[])Objects.Clone();
        return l;
    }

    [PyMethod]
    internal void reverse()
    {
        switch (Strategy)
        {
            case ListStrategy.Int: Array.Reverse(Ints!, 0, Count); break;
            case ListStrategy.Float: Array.Reverse(Floats!, 0, Count); break;
            case ListStrategy.Str:
            case ListStrategy.Object: Array.Reverse(Objects!, 0, Count); break;
        }
    }

    [PyMethod]
    internal long count(PyObject value)
    {
        long n = 0;
        for (int i = 0; i < Count; i++) if (PyOps.EqualsBool(this[i], value)) n++;
        return n;
    }

    [PyMethod]
    internal void remove(PyObject value)
    {
        for (int i = 0; i < Count; i++)
            if (PyOps.EqualsBool(this[i], value)) { RemoveAt(i); return; }
        throw PyErrors.ValueError("list.remove(x): x not in list");
    }

    // --- slots -----------------------------------------------------------------------

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var l = (PyList)self;
            if (l.Count == 0) return PyStr.FromAscii("[]");
            var state = InterpreterState.Current;
            if (!state.ReprEnter(self)) return PyStr.FromAscii("[...]");
            try
            {
                var sb = new StringBuilder("[");
                for (int i = 0; i < l.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(PyOps.Repr(l[i]).Value);
                }
                return PyStr.FromString(sb.Append(']').ToString());
            }
            finally { state.ReprLeave(self); }
        };
        t.Hash = PyOps.HashNotImplemented;
        t.Length = static self => ((PyList)self).Count;
        t.RichCompare = static (a, b, op) => a is PyList x && b is PyList y ? CompareGuarded(x, y, op) : PyNotImplemented.Instance;
        t.Contains = static (self, item) =>
        {
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++) if (PyOps.EqualsBool(l[i], item)) return true;
            return false;
        };
        t.GetItem = static (self, key) =>
        {
            var l = (PyList)self;
            if (key is PySlice s)
            {
                s.WithIndexBounds().Indices(l.Count, out long start, out _, out long step, out long count);
                var r = new PyList();
                for (long k = 0, i = start; k < count; k++, i += step) r.Append(l[(int)i]);
                return r;
            }
            long idx = PyOps.AsIndex(key, PyTypes.IndexError, "list indices must be integers or slices, not ");
            if (idx < 0) idx += l.Count;
            if ((ulong)idx >= (ulong)l.Count) throw PyErrors.IndexError("list index out of range");
            return l[(int)idx];
        };
        t.SetItem = static (self, key, value) =>
        {
            var l = (PyList)self;
            if (key is PySlice slice) { l.AssignSlice(slice, value); return; }
            long idx = PyOps.AsIndex(key, PyTypes.IndexError, "list indices must be integers or slices, not ");
            if (idx < 0) idx += l.Count;
            if ((ulong)idx >= (ulong)l.Count)
                throw PyErrors.IndexError(value is null ? "list assignment index out of range" : "list assignment index out of range");
            if (value is null) l.RemoveAt((int)idx); else l.SetAt((int)idx, value);
        };
        t.Iter = static self => new ListIterator((PyList)self);
        t.SequenceConcat = static (a, b) =>
        {
            if (b is not PyList y) throw PyErrors.TypeError($"can only concatenate list (not \"{b.type.Name}\") to list");
            var r = ((PyList)a).copy();
            r.extend(y);
            return r;
        };
        t.SequenceRepeat = static (a, n) => ((PyList)a).Repeated(n);
        t.InplaceSlots[(int)BinaryOp.Add] = static (a, b) =>
        {
            if (a is not PyList l) return PyNotImplemented.Instance;
            l.extend(b);
            return l;
        };
        t.InplaceSlots[(int)BinaryOp.Multiply] = InplaceRepeat;
        t.New = static (callable, args, kwnames) =>
        {
            // list_new makes an empty list; list.__init__ fills it (subclasses may override either).
            return callable == PyTypes.List ? new PyList() : new PyList((PyType)callable);
        };
        t.Init = static (self, args, kwnames) =>
        {
            // list___init__ refuses keywords only when __new__ is list's own (a subclass's __new__ may take them)
            var iterable = ConstructorArgs.OptionalIterable("list", args, kwnames, allowKeywords: !ReferenceEquals(self.type.New, PyTypes.List.New));
            var l = (PyList)self;
            if (l.Count > 0) l.TruncateTo(0);
            if (iterable is not null) l.extend(iterable);
        };
        InstallPyBindings(t);
    }

    /// <summary>PyObject_RichCompare's Py_EnterRecursiveCall: a list that contains itself raises RecursionError.</summary>
    private static PyObject CompareGuarded(PyList x, PyList y, CompareOp op)
    {
        var ts = Interpreter.ThreadState.Current;
        ts.EnterRecursiveCall(" in comparison");
        try
        {
            return CompareLive(x, y, op);
        }
        finally { ts.LeaveRecursiveCall(); }
    }

    /// <summary>list_richcompare on the live lists: an item's __eq__ may shrink either list, and the
    /// sizes are looked at again after each item (a list emptied meanwhile compares equal).</summary>
    private static PyObject CompareLive(PyList v, PyList w, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && v.Count != w.Count) return PyBool.FromBool(op == CompareOp.Ne);
        int i = 0;
        for (; i < v.Count && i < w.Count; i++)
        {
            var vi = v[i];
            var wi = w[i];
            if (ReferenceEquals(vi, wi)) continue;
            if (!PyOps.EqualsBool(vi, wi)) break;
        }
        if (i >= v.Count || i >= w.Count) return PyBool.FromBool(IntArithmetic.CompareResult(v.Count.CompareTo(w.Count), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return PyOps.RichCompare(v[i], w[i], op);
    }
}
