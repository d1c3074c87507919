using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Itertools;

/// <summary>product(*iterables, repeat=1): odometer over the pools, rightmost fastest.</summary>
internal sealed class ProductIterator : ItertoolsIterator
{
    private readonly PyObject[][] pools;
    private readonly PyTuple poolsTuple; // what __reduce__ hands back: the pools, repeats included, as tuples
    private int[]? indices; // null until the first item (CPython's result == NULL)
    private bool stopped;

    private ProductIterator(PyType t, PyObject[][] pools, PyTuple poolsTuple) : base(t)
    {
        this.pools = pools;
        this.poolsTuple = poolsTuple;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            long repeat = 1;
            for (int k = 0; k < nkw; k++)
            {
                var name = ((PyStr)kwnames![k]).Value;
                if (name != "repeat") throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for product()");
                repeat = ArgParser.ToLong(args[args.Length - nkw + k]);
            }
            if (repeat < 0) throw PyErrors.ValueError("repeat argument cannot be negative");
            int n = args.Length - nkw;
            if (n > 0 && repeat > long.MaxValue / 8 / n) throw PyErrors.OverflowError("repeat argument too large");
            if (n * repeat > int.MaxValue / 8) throw PyErrors.MemoryError();
            var basePools = new PyTuple[n];
            for (int i = 0; i < n; i++) basePools[i] = PyTuple.Wrap(PyOps.ToList(args[i]).ToArray());
            var pools = new PyObject[n * repeat][];
            var tuples = new PyObject[n * repeat];
            for (long r = 0; r < repeat; r++)
                for (int i = 0; i < n; i++)
                {
                    pools[r * n + i] = basePools[i].Items;
                    tuples[r * n + i] = basePools[i];
                }
            return new ProductIterator((PyType)callable, pools, PyTuple.Wrap(tuples));
        };
    }

    public override PyObject? Next()
    {
        if (stopped) return null;
        int n = pools.Length;
        if (indices is null)
        {
            indices = new int[n];
            foreach (var p in pools)
                if (p.Length == 0) { stopped = true; return null; }
        }
        else
        {
            int i = n - 1;
            for (; i >= 0; i--)
            {
                if (++indices[i] < pools[i].Length) break;
                indices[i] = 0;
            }
            if (i < 0) { stopped = true; return null; }
        }
        var r = new PyObject[n];
        for (int i = 0; i < n; i++) r[i] = pools[i][indices[i]];
        return PyTuple.Wrap(r);
    }

    public override PyObject Reduce()
    {
        if (stopped) return ReduceTo(PyTuple.Of(PyTuple.Empty));
        if (indices is null) return PyTuple.Of(type, poolsTuple);
        return ReduceTo(poolsTuple, PickleState.Indices(indices, indices.Length));
    }

    public override void SetState(PyObject state)
    {
        int n = pools.Length;
        if (state is not PyTuple s || s.Count != n) throw PyErrors.ValueError("invalid arguments");
        var idx = indices ?? new int[n];
        for (int i = 0; i < n; i++)
        {
            long index = PickleState.Ssize(s[i]);
            int size = pools[i].Length;
            if (size == 0)
            {
                stopped = true;
                return;
            }
            idx[i] = (int)System.Math.Clamp(index, 0, size - 1);
        }
        indices = idx;
    }
}

/// <summary>Shared argument handling for permutations/combinations.</summary>
internal static class CombinatoricArgs
{
    public static (PyObject[] pool, long r) Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, bool rOptional)
    {
        var s = ArgParser.Unpack(args, kwnames, name, new[] { "iterable", "r" }, 0, rOptional ? 1 : 2);
        var pool = PyOps.ToList(s[0]!).ToArray();
        long r = pool.Length;
        if (s[1] is { } ro && ro != PyNone.Instance)
        {
            r = ArgParser.ToLong(ro);
            if (r < 0) throw PyErrors.ValueError("r must be non-negative");
        }
        else if (!rOptional) r = ArgParser.ToLong(s[1]!);
        return (pool, r);
    }
}

/// <summary>permutations(iterable, r=None), in CPython's (lexicographic-by-position) order.</summary>
internal sealed class PermutationsIterator : ItertoolsIterator
{
    private readonly PyObject[] pool;
    private readonly int r;
    private int[]? indices, cycles;
    private bool stopped;

    private PermutationsIterator(PyType t, PyObject[] pool, long r) : base(t)
    {
        this.pool = pool;
        this.r = (int)System.Math.Min(r, int.MaxValue);
        stopped = r > pool.Length;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            var (pool, r) = CombinatoricArgs.Parse(args, kwnames, "permutations", true);
            return new PermutationsIterator((PyType)callable, pool, r);
        };
    }

    public override PyObject Reduce()
    {
        var pt = PyTuple.Wrap(pool);
        if (indices is null) return ReduceTo(PyTuple.Of(pt, PyInt.FromLong(r)));
        if (stopped) return ReduceTo(PyTuple.Of(PyTuple.Empty, PyInt.FromLong(r)));
        return ReduceTo(PyTuple.Of(pt, PyInt.FromLong(r)),
            PyTuple.Of(PickleState.Indices(indices, pool.Length), PickleState.Indices(cycles!, r)));
    }

    public override void SetState(PyObject state)
    {
        var s = PickleState.Tuple(state, 2, 2);
        var idx = PickleState.Typed<PyTuple>(s[0], 1, "tuple");
        var cyc = PickleState.Typed<PyTuple>(s[1], 2, "tuple");
        int n = pool.Length;
        if (idx.Count != n || cyc.Count != r) throw PyErrors.ValueError("invalid arguments");
        var newIndices = new int[n];
        var newCycles = new int[r];
        for (int i = 0; i < n; i++)
            newIndices[i] = (int)System.Math.Clamp(PickleState.Ssize(idx[i]), 0, n - 1);
        for (int i = 0; i < r; i++)
            newCycles[i] = (int)System.Math.Max(1, System.Math.Min(PickleState.Ssize(cyc[i]), n - i));
        indices = newIndices;
        cycles = newCycles;
    }

    private PyObject Current()
    {
        var res = new PyObject[r];
        for (int i = 0; i < r; i++) res[i] = pool[indices![i]];
        return PyTuple.Wrap(res);
    }

    public override PyObject? Next()
    {
        if (stopped) return null;
        int n = pool.Length;
        if (indices is null)
        {
            indices = new int[n];
            for (int i = 0; i < n; i++) indices[i] = i;
            cycles = new int[r];
            for (int i = 0; i < r; i++) cycles[i] = n - i;
            return Current();
        }
        if (n == 0) { stopped = true; return null; }
        for (int i = r - 1; i >= 0; i--)
        {
            cycles![i]--;
            if (cycles[i] == 0)
            {
                // rotate indices[i:] left by one
                int first = indices[i];
                Array.Copy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                cycles[i] = n - i;
            }
            else
            {
                int j = cycles[i];
                (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                return Current();
            }
        }
        stopped = true;
        return null;
    }
}

/// <summary>combinations(iterable, r).</summary>
internal sealed class CombinationsIterator : ItertoolsIterator
{
    private readonly PyObject[] pool;
    private readonly int r;
    private int[]? indices;
    private bool stopped;

    private CombinationsIterator(PyType t, PyObject[] pool, long r) : base(t)
    {
        this.pool = pool;
        this.r = (int)System.Math.Min(r, int.MaxValue);
        stopped = r > pool.Length;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            var (pool, r) = CombinatoricArgs.Parse(args, kwnames, "combinations", false);
            if (r < 0) throw PyErrors.ValueError("r must be non-negative");
            return new CombinationsIterator((PyType)callable, pool, r);
        };
    }

    public override PyObject? Next()
    {
        if (stopped) return null;
        int n = pool.Length;
        if (indices is null)
        {
            indices = new int[r];
            for (int k = 0; k < r; k++) indices[k] = k;
        }
        else
        {
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) { stopped = true; return null; }
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        }
        var res = new PyObject[r];
        for (int k = 0; k < r; k++) res[k] = pool[indices[k]];
        return PyTuple.Wrap(res);
    }

    public override PyObject Reduce()
    {
        if (indices is null) return ReduceTo(PyTuple.Of(PyTuple.Wrap(pool), PyInt.FromLong(r)));
        if (stopped) return ReduceTo(PyTuple.Of(PyTuple.Empty, PyInt.FromLong(r)));
        return ReduceTo(PyTuple.Of(PyTuple.Wrap(pool), PyInt.FromLong(r)), PickleState.Indices(indices, r));
    }

    public override void SetState(PyObject state)
    {
        int n = pool.Length;
        if (state is not PyTuple s || s.Count != r) throw PyErrors.ValueError("invalid arguments");
        var idx = new int[r];
        for (int i = 0; i < r; i++)
        {
            long index = PickleState.Ssize(s[i]);
            long max = i + n - r;
            if (index > max) index = max;
            if (index < 0) index = 0;
            idx[i] = (int)index;
        }
        indices = idx;
    }
}

/// <summary>combinations_with_replacement(iterable, r).</summary>
internal sealed class CombinationsWithReplacementIterator : ItertoolsIterator
{
    private readonly PyObject[] pool;
    private readonly int r;
    private int[]? indices;
    private bool stopped;

    private CombinationsWithReplacementIterator(PyType t, PyObject[] pool, long r) : base(t)
    {
        this.pool = pool;
        this.r = (int)System.Math.Min(r, int.MaxValue);
        stopped = pool.Length == 0 && r > 0;
    }

    internal static void InitType(PyType t)
    {
        InitIterator(t, setState: true);
        t.New = static (callable, args, kwnames) =>
        {
            var (pool, r) = CombinatoricArgs.Parse(args, kwnames, "combinations_with_replacement", false);
            if (r < 0) throw PyErrors.ValueError("r must be non-negative");
            return new CombinationsWithReplacementIterator((PyType)callable, pool, r);
        };
    }

    public override PyObject? Next()
    {
        if (stopped) return null;
        int n = pool.Length;
        if (indices is null) indices = new int[r];
        else
        {
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) { stopped = true; return null; }
            int v = indices[i] + 1;
            for (int j = i; j < r; j++) indices[j] = v;
        }
        var res = new PyObject[r];
        for (int k = 0; k < r; k++) res[k] = pool[indices[k]];
        return PyTuple.Wrap(res);
    }

    public override PyObject Reduce()
    {
        if (indices is null) return ReduceTo(PyTuple.Of(PyTuple.Wrap(pool), PyInt.FromLong(r)));
        if (stopped) return ReduceTo(PyTuple.Of(PyTuple.Empty, PyInt.FromLong(r)));
        return ReduceTo(PyTuple.Of(PyTuple.Wrap(pool), PyInt.FromLong(r)), PickleState.Indices(indices, r));
    }

    public override void SetState(PyObject state)
    {
        int n = pool.Length;
        if (state is not PyTuple s || s.Count != r) throw PyErrors.ValueError("invalid arguments");
        var idx = new int[r];
        for (int i = 0; i < r; i++)
        {
            long index = PickleState.Ssize(s[i]);
            if (index < 0) index = 0;
            else if (index > n - 1) index = n - 1;
            idx[i] = (int)System.Math.Max(index, 0);
        }
        indices = idx;
    }
}
