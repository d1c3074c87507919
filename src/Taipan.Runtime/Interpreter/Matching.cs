using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>The structural pattern matching primitives (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
/// MATCH_CLASS, COPY_DICT_WITHOUT_KEYS), with CPython 3.11's rules and messages.</summary>
internal static class Matching
{
    public static bool IsMapping(PyObject subject)
    {
        if (subject is PyDict || subject is PyMappingProxy) return true;
        if (subject is PyList || subject is PyTuple || subject is PyStr) return false;
        return IsInstanceOfAbc(subject, "Mapping");
    }

    public static bool IsSequence(PyObject subject)
    {
        if (subject is PyList || subject is PyTuple || subject is PyRange) return true;
        if (subject is PyStr || subject is PyDict) return false;
        var name = subject.type.Name;
        if (name == "bytes" || name == "bytearray") return false;
        if (name == "memoryview" || name == "array.array" || name == "collections.deque" || name == "deque") return true;
        return IsInstanceOfAbc(subject, "Sequence");
    }

    /// <summary>Classes registered with collections.abc count only if that module was imported.</summary>
    private static bool IsInstanceOfAbc(PyObject subject, string abcName)
    {
        var modules = Builtins.SysModule.Modules;
        if (modules?.GetItemOrNull(PyStr.FromString("collections.abc")) is not PyModule abc) return false;
        var cls = abc.Dict.GetItemOrNull(PyStr.FromString(abcName));
        return cls is not null && TypeChecks.IsInstance(subject, cls);
    }

    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var get = PyOps.GetAttr(subject, StrIntern.Intern("get"));
        var seen = new PySet();
        var values = new PyObject[keys.Count];
        var dummy = new PyInstance(PyTypes.Object);
        for (int i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (seen.Contains(key)) throw PyErrors.ValueError($"mapping pattern checks duplicate key ({PyOps.Repr(key).Value})");
            seen.Add(key);
            var v = PyOps.Call(get, new[] { key, dummy });
            if (ReferenceEquals(v, dummy)) return PyNone.Instance;
            values[i] = v;
        }
        return PyTuple.Wrap(values);
    }

    private static bool MatchesSelf(PyType t) =>
        t == PyTypes.Bool || t == PyTypes.Dict || t == PyTypes.Float || t == PyTypes.FrozenSet || t == PyTypes.Int
        || t == PyTypes.List || t == PyTypes.Set || t == PyTypes.Str || t == PyTypes.Tuple
        || t.Name == "bytes" || t.Name == "bytearray";

    public static PyObject MatchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwargs)
    {
        if (clsObj is not PyType cls) throw PyErrors.TypeError("called match pattern must be a type");
        if (!TypeChecks.IsInstance(subject, cls)) return PyNone.Instance;
        var attrs = new List<PyObject>();
        var seen = new List<string>();
        bool matchSelf = false;
        if (nargs > 0)
        {
            PyObject? matchArgs;
            try { matchArgs = PyOps.GetAttrOrNull(cls, Names.MatchArgs); }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { matchArgs = null; }
            if (matchArgs is null)
            {
                bool self = false;
                foreach (var t in cls.Mro) if (!t.IsHeapType && MatchesSelf(t)) { self = true; break; }
                if (!self || nargs > 1)
                    throw PyErrors.TypeError($"{cls.Name}() accepts {(self ? 1 : 0)} positional sub-pattern{(self ? "" : "s")} ({nargs} given)");
                matchSelf = true;
                attrs.Add(subject);
            }
            else
            {
                var tuple = matchArgs as PyTuple ?? throw PyErrors.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {matchArgs.type.Name})");
                if (nargs > tuple.Count)
                    throw PyErrors.TypeError($"{cls.Name}() accepts {tuple.Count} positional sub-pattern{(tuple.Count == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    var name = tuple[i] as PyStr ?? throw PyErrors.TypeError($"__match_args__ elements must be strings (got {tuple[i].type.Name})");
                    var v = GetAttrForMatch(subject, name, cls, seen);
                    if (v is null) return PyNone.Instance;
                    attrs.Add(v);
                }
            }
        }
        for (int i = 0; i < kwargs.Count; i++)
        {
            var name = (PyStr)kwargs[i];
            var v = GetAttrForMatch(subject, name, cls, seen);
            if (v is null) return PyNone.Instance;
            attrs.Add(v);
        }
        _ = matchSelf;
        return PyTuple.Wrap(attrs.ToArray());
    }

    private static PyObject? GetAttrForMatch(PyObject subject, PyStr name, PyType cls, List<string> seen)
    {
        if (seen.Contains(name.Value))
            throw PyErrors.TypeError($"{cls.Name}() got multiple sub-patterns for attribute {PyOps.Repr(name).Value}");
        seen.Add(name.Value);
        try { return PyOps.GetAttrOrNull(subject, name); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
    }

    public static PyObject CopyDictWithoutKeys(PyObject subject, PyTuple keys)
    {
        var d = new PyDict();
        d.MergeFrom(subject);
        foreach (var k in keys.Items) d.DelItemIfPresent(k);
        return d;
    }
}
