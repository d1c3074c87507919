using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>The exceptions the interpreter loop itself raises, with CPython 3.11's texts, and the
/// raise-statement semantics (do_raise, context chaining).</summary>
internal static class Errors
{
    /// <summary>(3.11 sets `name` on NameError only, not on UnboundLocalError.)</summary>
    public static PyBaseException UnboundLocal(PyCode code, int slot) =>
        PyErrors.New(PyTypes.UnboundLocalError,
            $"cannot access local variable '{code.LocalNames[slot].Value}' where it is not associated with a value").Value;

    public static PyBaseException UnboundDeref(PyCode code, int slot)
    {
        if (slot < code.NLocals + code.NCells) return UnboundLocal(code, slot);
        return PyErrors.NameError(
            $"cannot access free variable '{code.LocalNames[slot].Value}' where it is not associated with a value in enclosing scope", code.LocalNames[slot]).Value;
    }

    /// <summary>NameError with `name` set (the "Did you mean" suggestions of the traceback printer read it).</summary>
    public static PyBaseException NameNotDefined(PyStr name) =>
        PyErrors.NameError($"name '{name.Value}' is not defined", name).Value;

    public static PyException AttributeMissing(PyObject o, PyStr name)
    {
        if (o is PyModule hooked && PyModule.TakeHookError(hooked, name) is { } fromHook) return fromHook;
        return new PyException(AttributeMissingValue(o, name));
    }

    /// <summary>The AttributeError of a failed lookup as an object (the eval loop raises it without a .NET throw).</summary>
    public static PyBaseException AttributeMissingValue(PyObject o, PyStr name)
    {
        string message;
        if (o is PyModule hooked && PyModule.TakeHookError(hooked, name) is { } fromHook) return fromHook.Value;
        if (o is PyModule m) message = ModuleAttributeMissing(m, name);
        else if (o is PyType t) message = $"type object '{t.Name}' has no attribute '{name.Value}'";
        else message = $"'{o.type.Name}' object has no attribute '{name.Value}'";
        return PyErrors.MakeAttributeError(message, o, name);
    }

    /// <summary>module_getattro's wording: no name, a module still executing (a circular import),
    /// or the plain case.</summary>
    private static string ModuleAttributeMissing(PyModule m, PyStr name)
    {
        if (m.Dict.GetItemOrNull(Names.Name) is not PyStr modName) return $"module has no attribute '{name.Value}'";
        var spec = m.Dict.GetItemOrNull(Names.Spec);
        if (spec is not null && spec != PyNone.Instance)
        {
            PyObject? initializing = null;
            try { initializing = PyOps.GetAttrOrNull(spec, StrIntern.Intern("_initializing")); }
            catch (PyException) { }
            if (initializing is not null && PyOps.IsTrue(initializing))
                return $"partially initialized module '{modName.Value}' has no attribute '{name.Value}' (most likely due to a circular import)";
        }
        return $"module '{modName.Value}' has no attribute '{name.Value}'";
    }

    /// <summary>set_attribute_error_context: an AttributeError escaping an attribute lookup gets the
    /// name and object (for "Did you mean" suggestions) unless it has them. Used as an exception filter;
    /// always false.</summary>
    public static bool AddAttributeErrorContext(PyException e, PyObject o, PyStr name)
    {
        if (e.Value is PyNameError ae && ae.Name is null && ae.Obj is null && e.Matches(PyTypes.AttributeError))
        {
            ae.Name = name;
            ae.Obj = o;
        }
        return false;
    }

    /// <summary>do_raise: `raise value [from cause]`.</summary>
    public static PyBaseException MakeRaised(PyObject value, PyObject? cause, bool hasCause)
    {
        var exc = Instantiate(value, "exceptions must derive from BaseException");
        if (hasCause)
        {
            if (cause is null || cause == PyNone.Instance)
            {
                exc.Cause = null;
            }
            else
            {
                exc.Cause = Instantiate(cause, "exception causes must derive from BaseException");
            }
            exc.SuppressContext = true;
        }
        ChainContext(ThreadState.Current, exc);
        return exc;
    }

    private static PyBaseException Instantiate(PyObject value, string message)
    {
        if (value is PyType t)
        {
            if (!t.IsSubtypeOf(PyTypes.BaseException)) throw PyErrors.TypeError(message);
            var inst = PyOps.Call(t, ReadOnlySpan<PyObject>.Empty);
            return inst as PyBaseException
                ?? throw PyErrors.TypeError($"calling {PyOps.Repr(t).Value} should have returned an instance of BaseException, not {PyOps.Repr(inst.type).Value}");
        }
        return value as PyBaseException ?? throw PyErrors.TypeError(message);
    }

    /// <summary>_PyErr_SetObject's implicit chaining: the exception being handled becomes __context__
    /// (breaking a cycle if the new exception is already in its context chain).</summary>
    public static void ChainContext(ThreadState ts, PyBaseException exc)
    {
        if (ts.ExcInfo is not PyBaseException handled || ReferenceEquals(handled, exc)) return;
        // A chain that already has a cycle (user code can set __context__) must not hang the walk:
        // a second pointer at half speed meets the first one inside the cycle (as CPython does).
        var o = handled;
        var slow = handled;
        bool moveSlow = false;
        while (o.Context is PyBaseException ctx)
        {
            if (ReferenceEquals(ctx, exc))
            {
                o.Context = null;
                break;
            }
            o = ctx;
            if (ReferenceEquals(o, slow)) break;
            if (moveSlow) slow = (PyBaseException)slow.Context!;
            moveSlow = !moveSlow;
        }
        exc.Context = handled;
    }

    /// <summary>The `except` clause check: classes deriving from BaseException, or tuples of them.</summary>
    public static void CheckExceptClass(PyObject t, bool star)
    {
        // check_except_type_valid: a class or a flat tuple of classes (nested tuples are refused here
        // although PyErr_GivenExceptionMatches would accept them).
        if (t is PyTuple tuple)
        {
            foreach (var item in tuple.Items) CheckOneExceptClass(item, star);
            return;
        }
        CheckOneExceptClass(t, star);
    }

    private static void CheckOneExceptClass(PyObject t, bool star)
    {
        if (t is not PyType ty || !ty.IsSubtypeOf(PyTypes.BaseException))
            throw PyErrors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (star && ExceptionGroups.IsGroupType(ty))
            throw PyErrors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>PyErr_GivenExceptionMatches (no __subclasscheck__ hooks, like CPython).</summary>
    public static bool GivenExceptionMatches(PyObject exc, PyObject t)
    {
        if (t is PyTuple tuple)
        {
            foreach (var item in tuple.Items) if (GivenExceptionMatches(exc, item)) return true;
            return false;
        }
        var et = exc as PyType ?? exc.type;
        return t is PyType ty && et.IsSubtypeOf(ty);
    }

    public static PyObject StopIterationValue(PyBaseException e) =>
        e is PyStopIteration s ? s.Value ?? PyNone.Instance : e.Args.Count > 0 ? e.Args[0] : PyNone.Instance;

    /// <summary>A .NET exception escaping a builtin is a Taipan bug; it still reaches the user as a
    /// Python SystemError naming what happened, never as a .NET stack trace.</summary>
    public static PyException FromDotNet(Exception e)
    {
        if (e is OutOfMemoryException) return PyErrors.MemoryError();
        if (e is Compiler.Diagnostics.PythonSyntaxError se) return SyntaxErrors.ToPython(se);
        if (Environment.GetEnvironmentVariable("TAIPAN_DEBUG") == "1") Console.Error.WriteLine(e);
        return PyErrors.SystemError($"internal error ({e.GetType().Name}): {e.Message}");
    }
}
