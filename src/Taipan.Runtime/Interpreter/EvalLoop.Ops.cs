using System.Runtime.CompilerServices;
using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>The operations behind the loop's instructions that are too big to inline in the switch:
/// name lookup with inline caches, attributes, arithmetic fast paths, unpacking, formatting.</summary>
internal static partial class EvalLoop
{
    // --- names ---------------------------------------------------------------------------------

    private static PyObject? LookupLocalsMapping(PyObject? locals, PyStr name)
    {
        if (locals is null) return null;
        if (locals.type == PyTypes.Dict) return ((PyDict)locals).GetItemOrNull(name);
        try
        {
            return PyOps.GetItem(locals, name);
        }
        catch (PyException e) when (e.Matches(PyTypes.KeyError))
        {
            return null;
        }
    }

    private static void StoreLocalsMapping(Frame f, PyStr name, PyObject v)
    {
        var locals = f.Locals ?? throw PyErrors.SystemError($"no locals found when storing '{name.Value}'");
        if (locals.type == PyTypes.Dict) ((PyDict)locals).SetItem(name, v);
        else PyOps.SetItem(locals, name, v);
    }

    private static bool DeleteLocalsMapping(Frame f, PyStr name)
    {
        var locals = f.Locals ?? throw PyErrors.SystemError($"no locals when deleting '{name.Value}'");
        if (locals.type == PyTypes.Dict) return ((PyDict)locals).DelItemIfPresent(name);
        try
        {
            PyOps.DelItem(locals, name);
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.KeyError))
        {
            return false;
        }
    }

    /// <summary>LOAD_GLOBAL with an inline cache on the globals' and builtins' key layouts: a hit is
    /// two version compares and an entry load (CPython 3.11's LOAD_GLOBAL_MODULE/BUILTIN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobal(Frame f, PyCode code, int arg, int cacheSlot) => LoadGlobal(f.Globals, f.Builtins, code, arg, cacheSlot);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobal(PyDict globals, PyDict builtins, PyCode code, int arg, int cacheSlot)
    {
        ref var c = ref code.Caches[cacheSlot];
        if (c.Kind == CacheKind.Global && ReferenceEquals(c.Key, globals) && c.Version == globals.KeysVersion)
        {
            var v = globals.ValueAt(c.Index);
            if (v is not null) return v;
        }
        else if (c.Kind == CacheKind.Builtin && ReferenceEquals(c.Key, globals) && c.Version == globals.KeysVersion
            && ReferenceEquals(c.Value, builtins) && (uint)c.Index == builtins.KeysVersion)
        {
            var v = builtins.ValueAt((int)c.Version2);
            if (v is not null) return v;
        }
        return LoadGlobalSlow(globals, builtins, code.Names[arg], ref c);
    }

    private static PyObject? LoadGlobalSlow(PyDict globals, PyDict builtins, PyStr name, ref InlineCache c)
    {
        int i = globals.IndexOf(name);
        if (i >= 0)
        {
            c.Kind = CacheKind.Global;
            c.Key = globals;
            c.Version = globals.KeysVersion;
            c.Index = i;
            return globals.ValueAt(i);
        }
        int j = builtins.IndexOf(name);
        if (j < 0) return null;
        c.Kind = CacheKind.Builtin;
        c.Key = globals;
        c.Version = globals.KeysVersion;
        c.Value = builtins;
        c.Index = (int)builtins.KeysVersion;
        c.Version2 = (uint)j;
        return builtins.ValueAt(j);
    }

    // --- attributes ------------------------------------------------------------------------------

    /// <summary>LOAD_ATTR. Instances of Python classes hit an inline cache keyed on the map (which
    /// implies the type) and the type's version: one compare and an array load. Null: the attribute is
    /// missing (the caller raises <see cref="Errors.AttributeMissingValue"/>; EAFP code probes often).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadAttr(PyCode code, PyObject o, PyStr name, int cacheSlot)
    {
        ref var c = ref code.Caches[cacheSlot];
        if (o is PyInstance inst && c.Kind == CacheKind.InstanceSlot && ReferenceEquals(inst.Map, c.Key) && inst.type.VersionTag == c.Version)
        {
            var v = inst.Values[c.Index];
            if (v is not null) return v;
        }
        else if (c.Kind == CacheKind.MemberSlot && ReferenceEquals(o.type, c.Key) && o.type.VersionTag == c.Version && o is PyInstance mi)
        {
            if (mi.Members![c.Index] is { } v) return v;
        }
        else if (c.Kind == CacheKind.ModuleAttr && o.type == RuntimeTypes.Module)
        {
            // LOAD_ATTR_MODULE: the module dict's keys version pins the entry index
            var d = Unsafe.As<PyModule>(o).Dict;
            if (ReferenceEquals(d, c.Key) && d.KeysVersion == c.Version && d.ValueAt(c.Index) is { } v) return v;
        }
        return LoadAttrSlow(o, name, ref c);
    }

    private static PyObject? LoadAttrSlow(PyObject o, PyStr name, ref InlineCache c)
    {
        if (o is PyInstance inst && inst.Map is not null && ReferenceEquals(o.type.GetAttr, ObjectAttributes.GenericGetAttr))
        {
            var descr = o.type.Lookup(name.Value);
            if (descr is null || descr.type.DescrSet is null)
            {
                int i = inst.Map.Find(name);
                if (i >= 0 && inst.Values[i] is { } v)
                {
                    c.Kind = CacheKind.InstanceSlot;
                    c.Key = inst.Map;
                    c.Version = o.type.VersionTag;
                    c.Index = i;
                    return v;
                }
            }
            else if (CacheMember(o, descr, ref c) is { } v) return v;
        }
        else if (o is PyInstance si && si.Members is not null && ReferenceEquals(o.type.GetAttr, ObjectAttributes.GenericGetAttr))
        {
            if (CacheMember(o, o.type.Lookup(name.Value), ref c) is { } v) return v;
        }
        else if (o.type == RuntimeTypes.Module && RuntimeTypes.Module.Lookup(name.Value) is null)
        {
            // module is a builtin type (its dict never changes), so only the module dict can shadow the name
            var d = Unsafe.As<PyModule>(o).Dict;
            int i = d.IndexOf(name);
            if (i >= 0 && d.ValueAt(i) is { } v)
            {
                c.Kind = CacheKind.ModuleAttr;
                c.Key = d;
                c.Version = d.KeysVersion;
                c.Index = i;
                return v;
            }
        }
        return GetAttrOrMissing(o, name);
    }

    /// <summary>A `__slots__` member of a Python class's instance (CPython's LOAD_ATTR_SLOT): cached on the exact
    /// type and its version, which changes if the class attribute holding the member descriptor does.</summary>
    private static PyObject? CacheMember(PyObject o, PyObject? descr, ref InlineCache c)
    {
        if (descr is not PyMemberDescriptor { NativeGetter: null, Index: >= 0 } md || Unsafe.As<PyInstance>(o).Members is not { } members
            || md.Index >= members.Length || members[md.Index] is not { } v) return null;
        c.Kind = CacheKind.MemberSlot;
        c.Key = o.type;
        c.Version = o.type.VersionTag;
        c.Index = md.Index;
        return v;
    }

    /// <summary>STORE_ATTR. Instances of Python classes whose type has no data descriptor for the name and
    /// the generic __setattr__ hit an inline cache keyed on the map and the type's version: an existing
    /// attribute is one array store (CPython's STORE_ATTR_INSTANCE_VALUE); a new one (as in __init__)
    /// takes the cached map transition when the values array has room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreAttr(PyCode code, PyObject o, PyStr name, PyObject v, int cacheSlot)
    {
        ref var c = ref code.Caches[cacheSlot];
        if (o is PyInstance inst && ReferenceEquals(inst.Map, c.Key) && inst.type.VersionTag == c.Version)
        {
            if (c.Kind == CacheKind.InstanceSlot) { inst.Values[c.Index] = v; return; }
            if (c.Kind == CacheKind.InstanceAddSlot && c.Index < inst.Values.Length)
            {
                inst.Values[c.Index] = v;
                inst.Map = Unsafe.As<InstanceMap>(c.Key2);
                return;
            }
        }
        if (c.Kind == CacheKind.MemberSlot && ReferenceEquals(o.type, c.Key) && o.type.VersionTag == c.Version && o is PyInstance mi)
        {
            mi.Members![c.Index] = v;
            return;
        }
        StoreAttrSlow(o, name, v, ref c);
    }

    private static void StoreAttrSlow(PyObject o, PyStr name, PyObject v, ref InlineCache c)
    {
        if (o is PyInstance inst && inst.Map is { } map && ReferenceEquals(o.type.SetAttr, ObjectAttributes.GenericSetAttr))
        {
            var descr = o.type.Lookup(name.Value);
            if (descr is null || descr.type.DescrSet is null)
            {
                int i = map.Find(name);
                if (i >= 0)
                {
                    inst.Values[i] = v;
                    c.Kind = CacheKind.InstanceSlot;
                    c.Key = map;
                    c.Version = o.type.VersionTag;
                    c.Index = i;
                    return;
                }
                inst.SetAttribute(name, v);
                if (inst.Map is { } next && ReferenceEquals(next.Parent, map))
                {
                    c.Kind = CacheKind.InstanceAddSlot;
                    c.Key = map;
                    c.Key2 = next;
                    c.Version = o.type.VersionTag;
                    c.Index = next.Count - 1;
                }
                return;
            }
        }
        else if (o is PyInstance si && si.Members is { } members && ReferenceEquals(o.type.SetAttr, ObjectAttributes.GenericSetAttr)
            && o.type.Lookup(name.Value) is PyMemberDescriptor { NativeGetter: null, Index: >= 0 } md && md.Index < members.Length)
        {
            members[md.Index] = v;
            c.Kind = CacheKind.MemberSlot;
            c.Key = o.type;
            c.Version = o.type.VersionTag;
            c.Index = md.Index;
            return;
        }
        ObjectAttributes.SetAttr(o, name, v);
    }

    /// <summary>getattr(o, name) raising CPython's AttributeError messages.</summary>
    public static PyObject GetAttr(PyObject o, PyStr name) => GetAttrOrMissing(o, name) ?? throw Errors.AttributeMissing(o, name);

    /// <summary>The getattro slot: null when the attribute is missing (an AttributeError the slot itself
    /// raised, e.g. from __getattr__, still propagates, annotated with the name and object).</summary>
    private static PyObject? GetAttrOrMissing(PyObject o, PyStr name)
    {
        var f = o.type.GetAttr ?? ObjectAttributes.GenericGetAttr;
        try
        {
            return f(o, name);
        }
        catch (PyException e) when (Errors.AddAttributeErrorContext(e, o, name))
        {
            throw; // not reached: the filter only annotates
        }
    }

    /// <summary>LOAD_METHOD: a function found on the type (not shadowed by the instance) is returned
    /// unbound with <paramref name="bound"/> set, so CALL_METHOD passes self without a bound method.
    /// Null: the attribute is missing (as <see cref="LoadAttr"/>).</summary>
    private static PyObject? LoadMethod(PyCode code, PyObject o, PyStr name, int cacheSlot, out bool bound)
    {
        var type = o.type;
        ref var c = ref code.Caches[cacheSlot];
        if (c.Kind == CacheKind.Method && ReferenceEquals(c.Key, type) && c.Version == type.VersionTag)
        {
            if (o is not PyInstance inst || (inst.Map is not null && ReferenceEquals(inst.Map, c.Key2)))
            {
                bound = true;
                return c.Value2!;
            }
        }
        if (ReferenceEquals(type.GetAttr, ObjectAttributes.GenericGetAttr) || ReferenceEquals(type.GetAttr, PyOps.GenericGetAttr))
        {
            var descr = type.Lookup(name.Value);
            if (descr is not null && (descr.type == RuntimeTypes.Function || descr.type == PyTypes.MethodDescriptor || descr.type == PyTypes.WrapperDescriptor))
            {
                bool shadowed = false;
                if (o is PyInstance inst)
                {
                    shadowed = inst.GetAttribute(name) is not null;
                    if (!shadowed && inst.Map is not null)
                    {
                        c.Kind = CacheKind.Method;
                        c.Key = type;
                        c.Version = type.VersionTag;
                        c.Key2 = inst.Map;
                        c.Value2 = descr;
                    }
                }
                else if ((type.Flags & TypeFlags.HasInstanceDict) != 0)
                {
                    shadowed = InstanceDicts.Get(o, false)?.GetItemOrNull(name) is not null;
                }
                else
                {
                    c.Kind = CacheKind.Method;
                    c.Key = type;
                    c.Version = type.VersionTag;
                    c.Key2 = null;
                    c.Value2 = descr;
                }
                if (!shadowed)
                {
                    bound = true;
                    return descr;
                }
            }
        }
        bound = false;
        return GetAttrOrMissing(o, name);
    }

    /// <summary>A special method looked up on the type and bound (never the instance dict).</summary>
    internal static PyObject? LookupSpecialBound(PyObject o, PyStr name)
    {
        var f = o.type.Lookup(name.Value);
        if (f is null) return null;
        var get = f.type.DescrGet;
        return get is null ? f : get(f, o, o.type);
    }

    // --- arithmetic ----------------------------------------------------------------------------

    /// <summary>BINARY_OP. Exact int (small form) and float operands, and their mixes, are computed here
    /// (CPython 3.11's BINARY_OP_ADD_INT/FLOAT and friends); bool, subclasses and big ints take the
    /// protocol, so overridden dunders and overflow to the big form behave as in CPython.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        var ta = a.type;
        var tb = b.type;
        if (ta == PyTypes.Int || (ta == PyTypes.Bool && tb == PyTypes.Int))
        {
            var x = Unsafe.As<PyInt>(a);
            // bool mixed with an exact int computes as int (bool's own &, |, ^ give bool only for two bools)
            if (tb == PyTypes.Int || tb == PyTypes.Bool)
            {
                var y = Unsafe.As<PyInt>(b);
                if (x.IsSmall && y.IsSmall)
                {
                    long l = x.Small, rr = y.Small, res;
                    // + and - inline (most BINARY_OPs in bench/); the rest in a call
                    if (op == 0 || op == 13) { if (!__builtin_add_overflow(l, rr, out res)) return PyInt.FromLong(res); }
                    else if (op == 10 || op == 23) { if (!__builtin_sub_overflow(l, rr, out res)) return PyInt.FromLong(res); }
                    else if (SmallIntOp(l, rr, op) is { } r) return r;
                }
            }
            else if (tb == PyTypes.Float && x.IsSmall)
            {
                var r = FloatOp(x.Small, Unsafe.As<PyFloat>(b).Value, op);
                if (r is not null) return r;
            }
        }
        else if (ta == PyTypes.Float)
        {
            PyFloat? r = null;
            if (tb == PyTypes.Float) r = FloatOp(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, op);
            else if (tb == PyTypes.Int && Unsafe.As<PyInt>(b).IsSmall) r = FloatOp(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyInt>(b).Small, op);
            if (r is not null) return r;
        }
        else if ((op == 0 || op == 13) && ta == PyTypes.Str && tb == PyTypes.Str)
        {
            return PyStr.Concat(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b));
        }
        if (op >= (int)BinaryOperator.InplaceOffset) return PyOps.InplaceOp(a, b, (Objects.BinaryOp)(op - 13));
        return PyOps.BinaryOp(a, b, (Objects.BinaryOp)op);
    }

    /// <summary>A small-int operation that stays in long range, or null (overflow, zero divisor, negative
    /// shift, an operator not handled here): the caller then takes int's own slot.</summary>
    private static PyObject? SmallIntOp(long l, long r, int op)
    {
        long res;
        switch (op)
        {
            case 0: case 13:
                if (!__builtin_add_overflow(l, r, out res)) return PyInt.FromLong(res);
                break;
            case 10: case 23:
                if (!__builtin_sub_overflow(l, r, out res)) return PyInt.FromLong(res);
                break;
            case 5: case 18:
                if (!__builtin_mul_overflow(l, r, out res)) return PyInt.FromLong(res);
                break;
            case 1: case 14: return PyInt.FromLong(l & r);
            case 7: case 20: return PyInt.FromLong(l | r);
            case 12: case 25: return PyInt.FromLong(l ^ r);
            case 2: case 15:
                if (r != 0 && !(r == -1 && l == long.MinValue))
                {
                    long q = l / r;
                    if ((l % r != 0) && ((l ^ r) < 0)) q--; // floor toward -inf
                    return PyInt.FromLong(q);
                }
                break;
            case 6: case 19:
                if (r != 0 && r != -1)
                {
                    long m = l % r;
                    if (m != 0 && ((m ^ r) < 0)) m += r; // result takes the divisor's sign
                    return PyInt.FromLong(m);
                }
                break;
            case 9: case 22:
                if (r >= 0) return PyInt.FromLong(r >= 64 ? (l < 0 ? -1 : 0) : l >> (int)r);
                break;
            case 3: case 16:
                if ((ulong)r < 63)
                {
                    res = l << (int)r;
                    if (res >> (int)r == l) return PyInt.FromLong(res);
                }
                break;
            case 11: case 24:
                // both exactly representable: one IEEE division is correctly rounded, as long_true_divide's result
                if (r != 0 && (ulong)(l + (1L << 53)) <= (1UL << 54) && (ulong)(r + (1L << 53)) <= (1UL << 54))
                    return new PyFloat((double)l / r);
                break;
        }
        return null;
    }

    /// <summary>float +, -, *, / (non-zero divisor); null for anything else. An int operand arrives
    /// converted to double as float's own slots convert it (round to nearest even).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFloat? FloatOp(double l, double r, int op)
    {
        switch (op)
        {
            case 0: case 13: return new PyFloat(l + r);
            case 10: case 23: return new PyFloat(l - r);
            case 5: case 18: return new PyFloat(l * r);
            case 11: case 24: if (r != 0) return new PyFloat(l / r); break;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool __builtin_add_overflow(long a, long b, out long r)
    {
        r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool __builtin_sub_overflow(long a, long b, out long r)
    {
        r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool __builtin_mul_overflow(long a, long b, out long r)
    {
        r = unchecked(a * b);
        long hi = Math.BigMul(a, b, out long lo);
        return hi != (lo >> 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a.type == PyTypes.Int && b.type == PyTypes.Int && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
            return PyBool.FromBool(CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, op));
        if (a.type == PyTypes.Float && b.type == PyTypes.Float)
            return PyBool.FromBool(CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, op));
        return PyOps.RichCompare(a, b, op);
    }

    /// <summary>IEEE comparisons are Python's for floats: NaN is unequal to everything, -0.0 == 0.0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareDoubles(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
        CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (a.type == PyTypes.Int && b.type == PyTypes.Int && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
            return CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, op);
        if (a.type == PyTypes.Float && b.type == PyTypes.Float)
            return CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, op);
        var r = PyOps.RichCompare(a, b, op);
        if (ReferenceEquals(r, PyBool.True)) return true;
        if (ReferenceEquals(r, PyBool.False)) return false;
        return PyOps.IsTrue(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareLongs(long x, long y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
        CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
    };

    // --- subscripts ------------------------------------------------------------------------------

    /// <summary>BINARY_SUBSCR. Null: a list index out of range or a key missing from an exact dict,
    /// reported by <see cref="SubscriptMiss"/> (EAFP code hits these often; no .NET throw).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? Subscript(PyObject o, PyObject key)
    {
        if (o.type == PyTypes.List && key.type == PyTypes.Int && Unsafe.As<PyInt>(key).IsSmall)
        {
            var l = Unsafe.As<PyList>(o);
            long i = Unsafe.As<PyInt>(key).Small;
            if (i < 0) i += l.Count;
            if ((ulong)i < (ulong)l.Count) return l[(int)i];
            return null;
        }
        else if (o.type == PyTypes.Tuple && key.type == PyTypes.Int && Unsafe.As<PyInt>(key).IsSmall)
        {
            var items = Unsafe.As<PyTuple>(o).Items;
            long i = Unsafe.As<PyInt>(key).Small;
            if (i < 0) i += items.Length;
            if ((ulong)i < (ulong)items.Length) return items[(int)i];
        }
        else if (o.type == PyTypes.Dict)
        {
            // an exact dict has no __missing__
            return Unsafe.As<PyDict>(o).GetItemOrNull(key);
        }
        if (o.type.GetItem is { } f) return f(o, key);
        return SubscriptSlow(o, key);
    }

    /// <summary>The exception of a <see cref="Subscript"/> miss (dict_subscript's KeyError, list_subscript's IndexError).</summary>
    private static PyBaseException SubscriptMiss(PyObject o, PyObject key) =>
        o.type == PyTypes.Dict ? PyErrors.Make(PyTypes.KeyError, key) : PyErrors.Make(PyTypes.IndexError, "list index out of range");

    internal static PyObject SubscriptSlow(PyObject o, PyObject key)
    {
        if (o is PyType t)
        {
            var cgi = t.Lookup("__class_getitem__");
            if (cgi is not null)
            {
                var bound = cgi.type.DescrGet is { } get ? get(cgi, null, t) : cgi;
                return PyOps.Call(bound, new[] { key });
            }
            if (t == PyTypes.Type) return new GenericAlias(t, key);
            throw PyErrors.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyErrors.TypeError($"'{o.type.Name}' object is not subscriptable");
    }

    private static void StoreSubscript(PyObject o, PyObject key, PyObject v)
    {
        if (o.type == PyTypes.List && key.type == PyTypes.Int && Unsafe.As<PyInt>(key).IsSmall)
        {
            var l = Unsafe.As<PyList>(o);
            long i = Unsafe.As<PyInt>(key).Small;
            if (i < 0) i += l.Count;
            if ((ulong)i < (ulong)l.Count) { l[(int)i] = v; return; }
        }
        else if (o.type == PyTypes.Dict)
        {
            Unsafe.As<PyDict>(o).SetItem(key, v);
            return;
        }
        PyOps.SetItem(o, key, v);
    }

    // --- containers ----------------------------------------------------------------------------

    private static void ListExtend(PyList l, PyObject v)
    {
        if (v.type.Iter is null && v.type.GetItem is null && v.type != PyTypes.List && v.type != PyTypes.Tuple)
            throw PyErrors.TypeError($"Value after * must be an iterable, not {v.type.Name}");
        l.extend(v);
    }

    private static void DictUpdate(PyDict d, PyObject v)
    {
        if (v is PyDict src) { d.MergeFrom(src); return; }
        if (PyOps.GetAttrOrNull(v, StrIntern.Intern("keys")) is null)
            throw PyErrors.TypeError($"'{v.type.Name}' object is not a mapping");
        d.MergeFrom(v);
    }

    private static void DictMerge(PyDict d, PyObject v, PyObject callable)
    {
        // _PyDict_MergeEx's fast path: a dict whose iteration is dict's own (an OrderedDict iterates in its own order)
        if (v is PyDict src && (v.type == PyTypes.Dict || v.type.Iter == PyTypes.Dict.Iter))
        {
            int pos = 0;
            while (src.Next(ref pos, out var k, out var val))
            {
                if (d.ContainsKey(k))
                    throw PyErrors.TypeError($"{FunctionDescription(callable)} got multiple values for keyword argument '{PyOps.Str(k).Value}'");
                d.SetItem(k, val);
            }
            return;
        }
        var keysFn = PyOps.GetAttrOrNull(v, StrIntern.Intern("keys"))
            ?? throw PyErrors.TypeError($"{FunctionDescription(callable)} argument after ** must be a mapping, not {v.type.Name}");
        var it = PyOps.GetIter(PyOps.Call(keysFn, ReadOnlySpan<PyObject>.Empty));
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null)
        {
            if (d.ContainsKey(key))
                throw PyErrors.TypeError($"{FunctionDescription(callable)} got multiple values for keyword argument '{PyOps.Str(key).Value}'");
            d.SetItem(key, PyOps.GetItem(v, key));
        }
    }

    /// <summary>UNPACK_SEQUENCE: items land reversed (first item on top).</summary>
    private static void UnpackSequence(PyObject seq, int n, FrameSlot[] s, int sp)
    {
        if (seq.type == PyTypes.Tuple)
        {
            var t = Unsafe.As<PyTuple>(seq);
            if (t.Count == n)
            {
                for (int i = 0; i < n; i++) s[sp + n - 1 - i].V = t.Items[i];
                return;
            }
        }
        else if (seq.type == PyTypes.List)
        {
            var l = Unsafe.As<PyList>(seq);
            if (l.Count == n)
            {
                for (int i = 0; i < n; i++) s[sp + n - 1 - i].V = l[i];
                return;
            }
        }
        var it = PyOps.TryGetIter(seq) ?? throw PyErrors.TypeError($"cannot unpack non-iterable {seq.type.Name} object");
        for (int i = 0; i < n; i++)
        {
            var v = PyOps.Next(it);
            if (v is null)
                throw PyErrors.ValueError($"not enough values to unpack (expected {n}, got {i})");
            s[sp + n - 1 - i].V = v;
        }
        if (PyOps.Next(it) is not null)
        {
            throw PyErrors.ValueError($"too many values to unpack (expected {n})");
        }
    }

    private static void UnpackEx(PyObject seq, int before, int after, FrameSlot[] s, int sp)
    {
        var it = PyOps.TryGetIter(seq) ?? throw PyErrors.TypeError($"cannot unpack non-iterable {seq.type.Name} object");
        int total = before + after + 1;
        for (int i = 0; i < before; i++)
        {
            var v = PyOps.Next(it) ?? throw PyErrors.ValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
            s[sp + total - 1 - i].V = v;
        }
        var rest = new PyList();
        rest.extend(it);
        if (rest.Count < after)
            throw PyErrors.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
        s[sp + after].V = rest;
        for (int j = 0; j < after; j++)
            s[sp + after - 1 - j].V = rest[rest.Count - after + j];
        rest.TruncateTo(rest.Count - after);
    }

    private static PyObject FormatValue(PyObject v, int conversion, PyObject? spec) => PyFormat.FormatValue(v, conversion, spec);

    private static void SetupAnnotations(Frame f)
    {
        var locals = f.Locals ?? throw PyErrors.SystemError("no locals found when setting up annotations");
        if (locals is PyDict d)
        {
            if (d.GetItemOrNull(Names.Annotations) is null) d.SetItem(Names.Annotations, new PyDict());
            return;
        }
        if (LookupLocalsMapping(locals, Names.Annotations) is null) PyOps.SetItem(locals, Names.Annotations, new PyDict());
    }

    private static void PrintExpr(PyObject v)
    {
        var hook = Builtins.SysModule.Get("displayhook") ?? throw PyErrors.RuntimeError("lost sys.displayhook");
        PyOps.Call(hook, new[] { v });
    }

    /// <summary>SEND: one step of `yield from` / `await`: returns what the sub-iterator yielded, or
    /// its return value with <paramref name="returned"/> set.</summary>
    private static PyObject Send(PyObject receiver, PyObject v, out bool returned)
    {
        if (receiver is PyGenerator g)
        {
            var r = g.Resume(v, null, out returned);
            return r;
        }
        PyObject? result;
        if (ReferenceEquals(v, PyNone.Instance) && receiver.type.IterNext is { } next)
        {
            try
            {
                // A Python __next__'s StopIteration carries the delegation's result, which the slot drops.
                result = (receiver.type.Flags & TypeFlags.HeapType) != 0
                    ? PyOps.CallMethod(receiver, "__next__", Array.Empty<PyObject>())
                    : next(receiver);
            }
            catch (PyException e) when (e.Matches(PyTypes.StopIteration))
            {
                returned = true;
                return Errors.StopIterationValue(e.Value);
            }
            if (result is null)
            {
                returned = true;
                return PyNone.Instance;
            }
            returned = false;
            return result;
        }
        try
        {
            result = PyOps.CallMethod(receiver, "send", new[] { v });
            returned = false;
            return result;
        }
        catch (PyException e) when (e.Matches(PyTypes.StopIteration))
        {
            returned = true;
            return Errors.StopIterationValue(e.Value);
        }
    }
}
