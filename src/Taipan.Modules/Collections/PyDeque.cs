using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Collections;

/// <summary>collections.deque: a ring buffer. <see cref="State"/> counts structural changes so
/// iterators can raise "deque mutated during iteration" like CPython's.</summary>
[PyType("deque")]
internal sealed partial class PyDeque : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("collections.deque", 26, InitType);
    private static readonly string[] InitNames = { "iterable", "maxlen" };

    private PyObject[] buffer = new PyObject[8];
    private int head;
    internal int Count;
    internal long MaxLen = -1;
    internal long State;

    public PyDeque(PyType t) : base(t) { }

    internal PyObject this[int i]
    {
        get => buffer[(head + i) & (buffer.Length - 1)];
        set => buffer[(head + i) & (buffer.Length - 1)] = value;
    }

    private void Grow()
    {
        var n = new PyObject[buffer.Length * 2];
        for (int i = 0; i < Count; i++) n[i] = this[i];
        buffer = n;
        head = 0;
    }

    internal void PushRight(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == buffer.Length) Grow();
        this[Count] = x;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) PopLeftRaw();
    }

    internal void PushLeft(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == buffer.Length) Grow();
        head = (head - 1) & (buffer.Length - 1);
        buffer[head] = x;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) PopRightRaw();
    }

    private PyObject PopLeftRaw()
    {
        var x = buffer[head];
        buffer[head] = null!;
        head = (head + 1) & (buffer.Length - 1);
        Count--;
        State++;
        return x;
    }

    private PyObject PopRightRaw()
    {
        int i = (head + Count - 1) & (buffer.Length - 1);
        var x = buffer[i];
        buffer[i] = null!;
        Count--;
        State++;
        return x;
    }

    private void ClearAll()
    {
        buffer = new PyObject[8];
        head = 0;
        Count = 0;
        State++;
    }

    private PyObject[] Snapshot()
    {
        var a = new PyObject[Count];
        for (int i = 0; i < Count; i++) a[i] = this[i];
        return a;
    }

    private string TypeName => type.Name[(type.Name.LastIndexOf('.') + 1)..];

    // --- methods -----------------------------------------------------------------------------

    [PyMethod] internal void append(PyObject x) => PushRight(x);
    [PyMethod] internal void appendleft(PyObject x) => PushLeft(x);

    [PyMethod]
    internal PyObject pop()
    {
        if (Count == 0) throw PyErrors.IndexError("pop from an empty deque");
        return PopRightRaw();
    }

    [PyMethod]
    internal PyObject popleft()
    {
        if (Count == 0) throw PyErrors.IndexError("pop from an empty deque");
        return PopLeftRaw();
    }

    [PyMethod]
    internal void extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = PyList.FromSpan(Snapshot());
        var it = PyOps.GetIter(iterable);
        while (PyOps.Next(it) is { } x) PushRight(x);
    }

    [PyMethod]
    internal void extendleft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = PyList.FromSpan(Snapshot());
        var it = PyOps.GetIter(iterable);
        while (PyOps.Next(it) is { } x) PushLeft(x);
    }

    [PyMethod] internal void clear() => ClearAll();

    [PyMethod]
    internal PyObject copy()
    {
        PyDeque d;
        if (type == PyTypeObject) d = new PyDeque(PyTypeObject) { MaxLen = MaxLen };
        else
        {
            // a subclass is copied through its constructor, as CPython's deque_copy does
            var r = MaxLen < 0
                ? PyOps.Call(type, new PyObject[] { this })
                : PyOps.Call(type, new PyObject[] { this, PyInt.FromLong(MaxLen) });
            return r;
        }
        for (int i = 0; i < Count; i++) d.PushRight(this[i]);
        return d;
    }

    [PyMethod("__copy__")] internal PyObject copy_() => copy();

    [PyMethod]
    internal long count(PyObject value)
    {
        long n = 0;
        long start = State;
        for (int i = 0; i < Count; i++)
        {
            if (PyOps.EqualsBool(this[i], value)) n++;
            if (start != State) throw PyErrors.RuntimeError("deque mutated during iteration");
        }
        return n;
    }

    [PyMethod]
    internal long index(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "index");
        if (args.Length < 1) throw PyErrors.TypeError($"index() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 3) throw PyErrors.TypeError($"index() takes at most 3 arguments ({args.Length} given)");
        var value = args[0];
        long lo = args.Length > 1 ? ClampIndex(args[1]) : 0;
        long hi = args.Length > 2 ? ClampIndex(args[2]) : Count;
        long st = State;
        for (long i = lo; i < hi && i < Count; i++)
        {
            if (PyOps.EqualsBool(this[(int)i], value)) return i;
            if (st != State) throw PyErrors.RuntimeError("deque mutated during iteration");
        }
        throw PyErrors.ValueError($"{PyOps.Repr(value).Value} is not in deque");
    }

    private long ClampIndex(PyObject o)
    {
        if (o is not PyInt && o.type.Index is null) throw PyErrors.TypeError("slice indices must be integers or have an __index__ method");
        var i = PyOps.Index(o);
        long v = i.IsSmall ? i.Small : i.IsNegative ? long.MinValue / 2 : long.MaxValue / 2;
        if (v < 0) v = System.Math.Max(0, v + Count);
        return System.Math.Min(v, Count);
    }

    [PyMethod]
    internal void insert(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "insert");
        if (args.Length != 2) throw PyErrors.TypeError($"insert() takes exactly 2 arguments ({args.Length} given)");
        Insert(ArgParser.ToLong(args[0]), args[1]);
    }

    private void Insert(long index, PyObject value)
    {
        if (MaxLen >= 0 && Count >= MaxLen) throw PyErrors.IndexError("deque already at its maximum size");
        long n = Count;
        if (index >= n) { PushRight(value); return; }
        if (index <= -n || index == 0) { PushLeft(value); return; }
        if (index < 0) index += n;
        var items = Snapshot();
        ClearAll();
        for (int i = 0; i < items.Length; i++)
        {
            if (i == index) PushRight(value);
            PushRight(items[i]);
        }
    }

    [PyMethod]
    internal void remove(PyObject value)
    {
        for (int i = 0; i < Count; i++)
        {
            long st = State;
            bool eq = PyOps.EqualsBool(this[i], value);
            if (st != State) throw PyErrors.IndexError("deque mutated during remove().");
            if (eq)
            {
                DeleteAt(i);
                return;
            }
        }
        throw PyErrors.ValueError($"{PyOps.Repr(value).Value} is not in deque");
    }

    private void DeleteAt(int index)
    {
        var items = Snapshot();
        ClearAll();
        for (int j = 0; j < items.Length; j++) if (j != index) PushRight(items[j]);
    }

    [PyMethod]
    internal void reverse()
    {
        for (int i = 0, j = Count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
        State++;
    }

    [PyMethod]
    internal void rotate(long n = 1)
    {
        if (Count <= 1) return;
        long m = n % Count;
        if (m < 0) m += Count;
        if (m == 0) return;
        // rotating right by m moves the last m items to the front
        var items = Snapshot();
        for (int i = 0; i < Count; i++) this[(int)((i + m) % Count)] = items[i];
        State++;
    }

    [PyGetter] internal PyObject maxlen => MaxLen < 0 ? PyNone.Instance : PyInt.FromLong(MaxLen);

    /// <summary>deque_reduce: (type, () or ((), maxlen), __getstate__(), iter(self)) — the items go through the
    /// listitems slot so a deque that contains itself pickles.</summary>
    [PyMethod("__reduce__")]
    internal PyObject reduce()
    {
        var args = MaxLen < 0 ? PyTuple.Empty : PyTuple.Of(PyTuple.Empty, PyInt.FromLong(MaxLen));
        return PyTuple.Of(type, args, ObjectReduce.GetState(this, required: false), PyOps.GetIter(this));
    }

    [PyMethod("__reversed__")]
    internal PyObject reversed() => new DequeIterator(DequeIterator.ReverseType, this, true);

    [PyMethod("__sizeof__")]
    internal long sizeof_() => 64 + 8L * buffer.Length;

    // --- slots -------------------------------------------------------------------------------

    private int CheckIndex(PyObject key)
    {
        if (key is not PyInt && key.type.Index is null)
            throw PyErrors.TypeError($"sequence index must be integer, not '{key.type.Name}'");
        var i = PyOps.Index(key);
        long v = i.IsSmall ? i.Small : long.MaxValue;
        if (v < 0) v += Count;
        if (v < 0 || v >= Count) throw PyErrors.IndexError("deque index out of range");
        return (int)v;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PyDeque((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var d = (PyDeque)self;
            var s = ArgParser.Unpack(args, kwnames, "deque", InitNames, 0, 0);
            long maxlen = -1;
            if (s[1] is { } m && m != PyNone.Instance)
            {
                maxlen = ArgParser.ToLong(m);
                if (maxlen < 0) throw PyErrors.ValueError("maxlen must be non-negative");
            }
            d.MaxLen = maxlen;
            if (d.Count > 0) d.ClearAll();
            if (s[0] is { } iterable) d.extend(iterable);
        };
        t.Length = static self => ((PyDeque)self).Count;
        t.Bool = static self => ((PyDeque)self).Count > 0;
        t.GetItem = static (self, key) =>
        {
            var d = (PyDeque)self;
            return d[d.CheckIndex(key)];
        };
        t.SetItem = static (self, key, value) =>
        {
            var d = (PyDeque)self;
            int i = d.CheckIndex(key);
            if (value is null) d.DeleteAt(i);
            else d[i] = value;
        };
        t.Contains = static (self, value) =>
        {
            var d = (PyDeque)self;
            long st = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                if (PyOps.EqualsBool(d[i], value)) return true;
                if (st != d.State) throw PyErrors.RuntimeError("deque mutated during iteration");
            }
            return false;
        };
        t.Iter = static self => new DequeIterator(DequeIterator.ForwardType, (PyDeque)self, false);
        t.Hash = PyOps.HashNotImplemented;
        t.Repr = static self =>
        {
            var d = (PyDeque)self;
            var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
            if (!ts.ReprEnter(self)) return PyStr.FromAscii("[...]");
            try
            {
                var sb = new StringBuilder(d.TypeName).Append("([");
                var items = d.Snapshot();
                for (int i = 0; i < items.Length; i++) sb.Append(i > 0 ? ", " : "").Append(PyOps.Repr(items[i]).Value);
                sb.Append(']');
                if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
                return PyStr.FromString(sb.Append(')').ToString());
            }
            finally { ts.ReprLeave(self); }
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (a is not PyDeque v || b is not PyDeque w) return PyNotImplemented.Instance;
            int vs = v.Count, ws = w.Count;
            if (op == CompareOp.Eq) { if (ReferenceEquals(v, w)) return PyBool.True; if (vs != ws) return PyBool.False; }
            if (op == CompareOp.Ne) { if (ReferenceEquals(v, w)) return PyBool.False; if (vs != ws) return PyBool.True; }
            var it1 = PyOps.GetIter(v);
            var it2 = PyOps.GetIter(w);
            while (true)
            {
                var x = PyOps.Next(it1);
                if (x is null) break;
                var y = PyOps.Next(it2);
                if (y is null) break;
                if (!PyOps.EqualsBool(x, y)) return PyOps.RichCompare(x, y, op);
            }
            bool r = op switch
            {
                CompareOp.Lt => vs < ws, CompareOp.Le => vs <= ws, CompareOp.Eq => vs == ws,
                CompareOp.Ne => vs != ws, CompareOp.Gt => vs > ws, _ => vs >= ws,
            };
            return PyBool.FromBool(r);
        };
        t.SequenceConcat = static (a, b) =>
        {
            var d = (PyDeque)a;
            if (b is not PyDeque other)
                throw PyErrors.TypeError($"can only concatenate deque (not \"{b.type.Name}\") to deque");
            var r = (PyDeque)d.copy();
            r.extend(other);
            return r;
        };
        t.SequenceRepeat = static (a, n) =>
        {
            var d = (PyDeque)a;
            var r = (PyDeque)d.copy();
            r.InplaceRepeat(n);
            return r;
        };
        t.InplaceSlots[(int)BinaryOp.Add] = static (a, b) =>
        {
            if (a is not PyDeque d) return PyNotImplemented.Instance;
            d.extend(b);
            return d;
        };
        t.InplaceSlots[(int)BinaryOp.Multiply] = static (a, b) =>
        {
            if (a is not PyDeque d || (b is not PyInt && b.type.Index is null)) return PyNotImplemented.Instance;
            d.InplaceRepeat(ArgParser.ToLong(b));
            return d;
        };
        InstallPyBindings(t);
        ModuleTypes.AddClassMethod(t, "__class_getitem__", static (cls, a, k) => new Taipan.Runtime.Builtins.GenericAlias(cls!, a[0]));
    }

    private void InplaceRepeat(long n)
    {
        if (n <= 0 || Count == 0) { if (n <= 0) ClearAll(); return; }
        var items = Snapshot();
        // a bounded deque keeps the same tail after enough copies
        if (MaxLen >= 0) n = System.Math.Min(n, (MaxLen + items.Length - 1) / items.Length + 1);
        else if (n > int.MaxValue / items.Length) throw PyErrors.MemoryError();
        for (long k = 1; k < n; k++)
            foreach (var x in items) PushRight(x);
    }
}
