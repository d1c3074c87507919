using System.Numerics;
using System.Runtime.CompilerServices;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

internal sealed class RangeIterator : PyObject
{
    private readonly PyRange range;
    private long index;

    public RangeIterator(PyRange range) : base(PyTypes.RangeIterator) => this.range = range;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "range_iterator.__length_hint__");
            var it = (RangeIterator)self!;
            return PyInt.FromLong(Math.Max(0, it.range.Length - it.index));
        });
        // rangeiter_reduce: iter(range(start, start + len*step, step)) and the index (kept after exhaustion)
        BindingInstaller.AddMethod(t, "__reduce__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "range_iterator.__reduce__");
            var it = (RangeIterator)self!;
            var r = it.range;
            BigInteger stop = r.Start + (BigInteger)r.Length * r.Step;
            PyObject range = stop >= long.MinValue && stop <= long.MaxValue
                ? new PyRange(r.Start, (long)stop, r.Step)
                : new LongRange(r.Start, stop, r.Step);
            return IteratorReduce.At(range, it.index);
        });
        BindingInstaller.AddMethod(t, "__setstate__", static (self, a, k) =>
        {
            ArgParser.OneArg(a, k, "range_iterator.__setstate__");
            var it = (RangeIterator)self!;
            var i = PyOps.Index(a[0]);
            if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C long");
            it.index = Math.Clamp(i.Small, 0, it.range.Length);
            return PyNone.Instance;
        });
        t.IterNext = static self => ((RangeIterator)self).NextOrNull();
    }

    /// <summary>The next item, or null when exhausted. FOR_ITER calls this directly (no delegate) when
    /// the iterator's type is range_iterator, which no Python class can subclass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyInt? NextOrNull()
    {
        long i = index;
        var r = range;
        if (i >= r.Length) return null;
        index = i + 1;
        return PyInt.FromLong(r.Start + i * r.Step);
    }
}
