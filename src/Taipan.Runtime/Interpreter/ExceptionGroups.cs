using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The interpreter's side of `except*` (CHECK_EG_MATCH and PREP_RERAISE_STAR): matching splits the
/// group, and after the handlers ran, what was re-raised is projected back onto the original group
/// (keeping its structure) and combined with newly raised exceptions. Splitting uses the group's
/// split() and derive() (which subclasses may override), as CPython's ceval does.
/// </summary>
internal static class ExceptionGroups
{
    public static bool IsGroupType(PyType t) => t.IsSubtypeOf(PyTypes.BaseExceptionGroup);

    private static bool IsGroup(PyObject o) => o is PyBaseExceptionGroup;

    /// <summary>exception_group_match: (match, rest); match null when nothing matched.</summary>
    public static (PyObject? Matched, PyObject? Remainder) Split(PyObject exc, PyObject matchType)
    {
        if (exc == PyNone.Instance) return (null, null);
        if (Errors.GivenExceptionMatches(exc, matchType))
        {
            if (IsGroup(exc)) return (exc, null);
            // A naked exception caught by except*: wrapped in a group with an empty message.
            // (3.11 leaves the wrapper without a traceback; 3.12 copies it.)
            return (PyOps.Call(PyTypes.BaseExceptionGroup, new PyObject[] { PyStr.Empty, PyTuple.Of(exc) }), null);
        }
        if (!IsGroup(exc)) return (null, exc);
        // A partial match goes through the group's own split (a subclass may override it).
        var pair = PyOps.CallMethod(exc, "split", new[] { matchType }) as PyTuple;
        if (pair is null || pair.Count != 2) throw PyErrors.TypeError("X.split(...) must return a tuple of length 2");
        var match = pair[0] == PyNone.Instance ? null : pair[0];
        var rest = pair[1] == PyNone.Instance ? null : pair[1];
        return (match, rest);
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
        PyObject? reraisedEg = leaves.Count == 0 ? null
            : PyBaseExceptionGroup.SplitRecursive(orig, PyBaseExceptionGroup.Matcher.FromNative(leaf => leaves.Contains(leaf)), constructRest: false).Match;
        if (raised.Count == 0) return reraisedEg ?? PyNone.Instance;
        if (reraisedEg is not null) raised.Add(reraisedEg);
        // 3.11 always wraps what the handlers raised in a new group (made natively: no context).
        return PyOps.Call(PyTypes.ExceptionGroup, new PyObject[] { PyStr.Empty, PyList.FromSpan(raised.ToArray()) });
    }

    private static bool SameMetadata(PyBaseException a, PyBaseException b) =>
        ReferenceEquals(ExceptionAttributes.Get(a, "__notes__"), ExceptionAttributes.Get(b, "__notes__"))
        && ReferenceEquals(a.Traceback, b.Traceback) && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);

    private static void CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (e is not PyBaseExceptionGroup g) { leaves.Add(e); return; }
        foreach (var x in g.Excs.Items) CollectLeaves(x, leaves);
    }
}
