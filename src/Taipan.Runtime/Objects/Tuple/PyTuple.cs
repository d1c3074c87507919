using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

[PyType("tuple")]
internal sealed partial class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    internal readonly PyObject[] Items;

    private PyTuple(PyObject[] items) : base(PyTypes.Tuple) => Items = items;

    /// <summary>An instance of a tuple subclass (namedtuple, struct sequences).</summary>
    internal PyTuple(PyType type, PyObject[] items) : base(type) => Items = items;

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public static PyTuple Wrap(PyObject[] items) => items.Length == 0 && Empty is not null ? Empty : new PyTuple(items);

    public static PyTuple Of(PyObject a) => new(new[] { a });
    public static PyTuple Of(PyObject a, PyObject b) => new(new[] { a, b });
    public static PyTuple Of(PyObject a, PyObject b, PyObject c) => new(new[] { a, b, c });
    public static PyTuple Of(params PyObject[] items) => new(items);
    public static PyTuple FromSpan(ReadOnlySpan<PyObject> items) => Wrap(items.ToArray());

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];

    /// <summary>3.11's tuplehash: an xxHash-style combine of the item hashes.</summary>
    public static long HashOf(PyTuple t)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in t.Items)
        {
            ulong lane = (ulong)PyOps.Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)t.Items.Length ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    [PyMethod]
    internal long count(PyObject value)
    {
        long n = 0;
        foreach (var item in Items) if (PyOps.EqualsBool(item, value)) n++;
        return n;
    }

    [PyMethod]
    internal long index(PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = start is null ? 0 : PyList.ClampIndex(start), hi = stop is null ? long.MaxValue : PyList.ClampIndex(stop);
        if (lo < 0) { lo += Items.Length; if (lo < 0) lo = 0; }
        if (hi < 0) { hi += Items.Length; if (hi < 0) hi = 0; }
        for (long i = lo; i < hi && i < Items.Length; i++) if (PyOps.EqualsBool(Items[i], value)) return i;
        throw PyErrors.ValueError("tuple.index(x): x not in tuple");
    }

    [PyMethod]
    internal PyTuple __getnewargs__() => PyTuple.Of(type == PyTypes.Tuple ? this : new PyTuple(PyTypes.Tuple, Items));

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var tup = (PyTuple)self;
            if (tup.Items.Length == 0) return PyStr.FromAscii("()");
            var state = InterpreterState.Current;
            if (!state.ReprEnter(self)) return PyStr.FromAscii("(...)");
            try
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < tup.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(PyOps.Repr(tup.Items[i]).Value);
                }
                if (tup.Items.Length == 1) sb.Append(',');
                return PyStr.FromString(sb.Append(')').ToString());
            }
            finally { state.ReprLeave(self); }
        };
        t.Hash = static self => HashOf((PyTuple)self);
        t.Length = static self => ((PyTuple)self).Items.Length;
        t.RichCompare = static (a, b, op) => a is PyTuple x && b is PyTuple y
            ? SequenceCompare.Compare(x.Items, x.Items.Length, y.Items, y.Items.Length, op)
            : PyNotImplemented.Instance;
        t.Contains = static (self, item) =>
        {
            foreach (var x in ((PyTuple)self).Items) if (PyOps.EqualsBool(x, item)) return true;
            return false;
        };
        t.GetItem = static (self, key) =>
        {
            var tup = (PyTuple)self;
            if (key is PySlice s)
            {
                s.Indices(tup.Items.Length, out long start, out _, out long step, out long count);
                var r = new PyObject[count];
                for (long k = 0, i = start; k < count; k++, i += step) r[k] = tup.Items[i];
                return Wrap(r);
            }
            long idx = PyOps.AsIndex(key, PyTypes.IndexError, "tuple indices must be integers or slices, not ");
            if (idx < 0) idx += tup.Items.Length;
            if ((ulong)idx >= (ulong)tup.Items.Length) throw PyErrors.IndexError("tuple index out of range");
            return tup.Items[idx];
        };
        t.Iter = static self => new SequenceIterator(PyTypes.TupleIterator, (PyTuple)self);
        t.SequenceConcat = static (a, b) =>
        {
            if (b is not PyTuple y) throw PyErrors.TypeError($"can only concatenate tuple (not \"{b.type.Name}\") to tuple");
            var x = (PyTuple)a;
            var r = new PyObject[x.Items.Length + y.Items.Length];
            x.Items.CopyTo(r, 0);
            y.Items.CopyTo(r, x.Items.Length);
            return Wrap(r);
        };
        t.SequenceRepeat = static (a, n) =>
        {
            var x = (PyTuple)a;
            if (n <= 0 || x.Items.Length == 0) return Empty;
            if (n == 1 && x.type == PyTypes.Tuple) return x; // a subclass instance repeats into an exact tuple
            if (n > Array.MaxLength / x.Items.Length) throw PyErrors.MemoryError();
            var r = new PyObject[x.Items.Length * (int)n];
            for (int k = 0; k < n; k++) x.Items.CopyTo(r, k * x.Items.Length);
            return Wrap(r);
        };
        t.New = static (callable, args, kwnames) =>
        {
            // A subclass with its own __init__ may take keywords; tuple.__new__ ignores them (3.11).
            var iterable = ConstructorArgs.OptionalIterable("tuple", args, kwnames,
                allowKeywords: callable != PyTypes.Tuple && ((PyType)callable).Init != PyTypes.Tuple.Init);
            if (callable != PyTypes.Tuple)
                return new PyTuple((PyType)callable, iterable is null ? Array.Empty<PyObject>() : PyOps.ToList(iterable).ToArray());
            if (iterable is null) return Empty;
            if (iterable.type == PyTypes.Tuple) return iterable;
            return Wrap(PyOps.ToList(iterable).ToArray());
        };
        InstallPyBindings(t);
    }
}
