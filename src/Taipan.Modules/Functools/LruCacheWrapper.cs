using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Functools;

/// <summary>functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): CPython's
/// three strategies (maxsize 0: count misses only; None: unbounded dict; n: dict + recency list,
/// reusing the oldest link on eviction), with its key rules (a lone exact int/str argument is its
/// own key), so hits, misses and evictions happen exactly when CPython's do.</summary>
internal sealed class LruCacheWrapper : PyObject, IDictOwner
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("functools._lru_cache_wrapper", 33, InitType, subclassable: false);
    private static readonly PyObject KeywordMark = new LruLink();

    private readonly PyObject func;
    private readonly PyObject maxsizeObject;
    private readonly long maxsize; // -1: unbounded
    private readonly bool typed;
    private readonly PyObject cacheInfoType;
    private readonly PyDict cache = new();
    private readonly LruLink root = new();
    private long hits, misses;
    private PyDict? dict;

    private LruCacheWrapper(PyObject func, PyObject maxsizeObject, long maxsize, bool typed, PyObject cacheInfoType) : base(PyTypeObject)
    {
        this.func = func;
        this.maxsizeObject = maxsizeObject;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        root.Prev = root.Next = root;
    }

    public PyDict? GetDict(bool create) => dict ??= create ? new PyDict() : null;

    /// <summary>A recency-list link; also the dict value of the bounded cache.</summary>
    private sealed class LruLink : PyObject
    {
        public LruLink? Prev, Next;
        public PyObject? Key, Result;

        public LruLink() : base(PyTypes.Object) { }
    }

    private static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.MethodDescriptor;
        t.Flags |= TypeFlags.HasInstanceDict;
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "lru_cache", new[] { "user_function", "maxsize", "typed", "cache_info_type" }, 0, 4);
            var func = s[0]!;
            if (func.type.Call is null) throw PyErrors.TypeError("the first argument must be callable");
            var maxO = s[1]!;
            long maxsize;
            if (maxO == PyNone.Instance) maxsize = -1;
            else if (maxO is PyInt || maxO.type.Index is not null)
            {
                var i = PyOps.Index(maxO);
                maxsize = i.IsSmall ? i.Small : i.IsNegative ? 0 : throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
                if (maxsize < 0) maxsize = 0;
                maxO = PyInt.FromLong(maxsize); // cache_info() reports the clamped size
            }
            else throw PyErrors.TypeError("maxsize should be integer or None");
            return new LruCacheWrapper(func, maxO, maxsize, PyOps.IsTrue(s[2]!), s[3]!);
        };
        t.Call = static (self, args, kwnames) => ((LruCacheWrapper)self).Invoke(args, kwnames);
        t.DescrGet = static (self, obj, owner) => obj is null || obj == PyNone.Instance ? self : new PyBoundMethod(self, obj);
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        BindingInstaller.AddMethod(t, "cache_info", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "cache_info");
            var w = (LruCacheWrapper)self!;
            return PyOps.Call(w.cacheInfoType, new PyObject[]
            {
                PyInt.FromLong(w.hits), PyInt.FromLong(w.misses), w.maxsizeObject, PyInt.FromLong(w.cache.Count),
            });
        });
        BindingInstaller.AddMethod(t, "cache_clear", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "cache_clear");
            var w = (LruCacheWrapper)self!;
            w.hits = w.misses = 0;
            w.cache.clear();
            w.root.Prev = w.root.Next = w.root;
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__copy__", static (self, args, kwnames) => self!);
        BindingInstaller.AddMethod(t, "__deepcopy__", static (self, args, kwnames) => self!);
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
            PyOps.GetAttr(self!, StrIntern.Intern("__qualname__")));
        BindingInstaller.AddGetSet(t, "__dict__", static self => ((LruCacheWrapper)self).GetDict(true)!, static (self, v) =>
        {
            if (v is not PyDict d) throw PyErrors.TypeError("__dict__ must be set to a dictionary");
            ((LruCacheWrapper)self).dict = d;
        });
    }

    private PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (!typed && nkw == 0)
        {
            if (npos == 1 && (args[0].type == PyTypes.Str || args[0].type == PyTypes.Int)) return args[0];
            return PyTuple.FromSpan(args);
        }
        var key = new List<PyObject>(npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0));
        for (int i = 0; i < npos; i++) key.Add(args[i]);
        if (nkw > 0)
        {
            key.Add(KeywordMark);
            for (int i = 0; i < nkw; i++)
            {
                key.Add(kwnames![i]);
                key.Add(args[npos + i]);
            }
        }
        if (typed)
        {
            for (int i = 0; i < npos; i++) key.Add(args[i].type);
            for (int i = 0; i < nkw; i++) key.Add(args[npos + i].type);
        }
        return PyTuple.Wrap(key.ToArray());
    }

    private PyObject Invoke(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (maxsize == 0)
        {
            misses++;
            return PyOps.Call(func, args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        long hash = PyOps.Hash(key);
        var found = cache.GetItemOrNull(key);
        if (maxsize < 0)
        {
            if (found is not null)
            {
                hits++;
                return found;
            }
            misses++;
            var r = PyOps.Call(func, args, kwnames);
            cache.SetItem(key, hash, r);
            return r;
        }
        if (found is LruLink hit)
        {
            Unlink(hit);
            Append(hit);
            hits++;
            return hit.Result!;
        }
        misses++;
        var result = PyOps.Call(func, args, kwnames);
        if (cache.GetItemOrNull(key) is not null) return result; // added by a recursive call meanwhile
        if (cache.Count < maxsize || root.Next == root)
        {
            var link = new LruLink { Key = key, Result = result };
            cache.SetItem(key, hash, link);
            Append(link);
            return result;
        }
        // full: reuse the oldest link for the new entry
        var oldest = root.Next!;
        Unlink(oldest);
        cache.DelItemIfPresent(oldest.Key!);
        oldest.Key = key;
        oldest.Result = result;
        cache.SetItem(key, hash, oldest);
        Append(oldest);
        return result;
    }

    private static void Unlink(LruLink link)
    {
        link.Prev!.Next = link.Next;
        link.Next!.Prev = link.Prev;
    }

    private void Append(LruLink link)
    {
        var last = root.Prev!;
        last.Next = link;
        link.Prev = last;
        link.Next = root;
        root.Prev = link;
    }
}
