using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The interpreter's side of `except*` (CHECK_EG_MATCH and PREP_RERAISE_STAR): matching splits the
/// group, and after the handlers ran, what was re-raised is projected back onto the original group
/// (keeping its structure) and combined with newly raised exceptions. Group objects are used through
/// their Python surface (exceptions, derive, metadata), as CPython's ceval does.
/// </summary>
internal static class ExceptionGroups
{
    private static PyType? baseGroup;

    private static PyType BaseGroup =>
        baseGroup ??= (PyType)(InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("BaseExceptionGroup"))
            ?? throw PyErrors.SystemError("BaseExceptionGroup missing"));

    public static bool IsGroupType(PyType t) => t.IsSubtypeOf(BaseGroup);

    private static bool IsGroup(PyObject o) => o.type.IsSubtypeOf(BaseGroup);

    /// <summary>exception_group_match: (match, rest); match null when nothing matched.</summary>
    public static (PyObject? Matched, PyObject? Remainder) Split(PyObject exc, PyObject matchType)
    {
        if (exc == PyNone.Instance) return (null, null);
        if (!IsGroup(exc))
        {
            if (!Errors.GivenExceptionMatches(exc, matchType)) return (null, exc);
            // A naked exception caught by except*: wrapped in a group with an empty message.
            var wrapped = PyOps.Call(BaseGroup, new PyObject[] { PyStr.Empty, PyTuple.Of(exc) });
            var w = (PyBaseException)wrapped;
            var e = (PyBaseException)exc;
            w.Traceback = e.Traceback;
            return (wrapped, null);
        }
        var (match, rest) = SplitBy(exc, leaf => Errors.GivenExceptionMatches(leaf, matchType), matchGroupsToo: true, matchType);
        return (match, rest);
    }

    /// <summary>BaseExceptionGroup.split with a C# predicate (derive + copied metadata).</summary>
    private static (PyObject? Matched, PyObject? Remainder) SplitBy(PyObject eg, Func<PyObject, bool> predicate, bool matchGroupsToo, PyObject? matchType)
    {
        if (matchGroupsToo && matchType is not null && Errors.GivenExceptionMatches(eg, matchType)) return (eg, null);
        if (!IsGroup(eg)) return predicate(eg) ? (eg, null) : (null, eg);
        var excs = (PyTuple)PyOps.GetAttr(eg, StrIntern.Intern("exceptions"));
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var e in excs.Items)
        {
            var (m, r) = SplitBy(e, predicate, matchGroupsToo, matchType);
            if (m is not null) matched.Add(m);
            if (r is not null) rest.Add(r);
        }
        return (Derive(eg, matched), Derive(eg, rest));
    }

    private static PyObject? Derive(PyObject eg, List<PyObject> items)
    {
        if (items.Count == 0) return null;
        var derived = PyOps.CallMethod(eg, "derive", new PyObject[] { PyList.FromSpan(items.ToArray()) });
        var d = (PyBaseException)derived;
        var o = (PyBaseException)eg;
        d.Traceback = o.Traceback;
        d.Cause = o.Cause;
        d.Context = o.Context;
        d.SuppressContext = o.SuppressContext;
        var notes = ExceptionAttributes.Get(o, "__notes__");
        if (notes is not null) ExceptionAttributes.Set(d, "__notes__", notes);
        return derived;
    }

    /// <summary>_PyExc_PrepReraiseStar: the exception to raise after the except* clauses, or None.</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return PyNone.Instance;
        if (!IsGroup(orig))
        {
            for (int i = 0; i < excs.Count; i++) if (excs[i] != PyNone.Instance) return excs[i];
            return PyNone.Instance;
        }
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        for (int i = 0; i < excs.Count; i++)
        {
            var e = excs[i];
            if (e == PyNone.Instance) continue;
            if (SameMetadata((PyBaseException)e, (PyBaseException)orig)) reraised.Add(e);
            else raised.Add(e);
        }
        var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised) CollectLeaves(e, leaves);
        PyObject? reraisedEg = leaves.Count == 0 ? null : SplitBy(orig, leaf => leaves.Contains(leaf), false, null).Matched;
        if (raised.Count == 0) return reraisedEg ?? PyNone.Instance;
        if (reraisedEg is not null) raised.Add(reraisedEg);
        if (raised.Count == 1) return raised[0];
        var group = InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("ExceptionGroup"))!;
        return PyOps.Call(group, new PyObject[] { PyStr.Empty, PyList.FromSpan(raised.ToArray()) });
    }

    private static bool SameMetadata(PyBaseException a, PyBaseException b) =>
        ReferenceEquals(ExceptionAttributes.Get(a, "__notes__"), ExceptionAttributes.Get(b, "__notes__"))
        && ReferenceEquals(a.Traceback, b.Traceback) && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);

    private static void CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (!IsGroup(e)) { leaves.Add(e); return; }
        var excs = (PyTuple)PyOps.GetAttr(e, StrIntern.Intern("exceptions"));
        foreach (var x in excs.Items) CollectLeaves(x, leaves);
    }
}
