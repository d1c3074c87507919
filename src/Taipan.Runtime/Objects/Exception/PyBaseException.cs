using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>
/// An instance of BaseException or of a subclass whose instances need no extra fields (CPython's
/// PyBaseExceptionObject). Subclasses with fields (OSError, SyntaxError, ...) have their own C# class
/// and layout id; <see cref="Allocate"/> picks the class from the type, so `BaseException.__new__`
/// on any exception type makes an object every method of that type can use.
/// </summary>
internal class PyBaseException : PyObject, IDictOwner
{
    public PyTuple Args;
    public PyObject? Cause, Context;
    public bool SuppressContext;
    /// <summary>__traceback__: a PyTraceback chain (innermost last) or null.</summary>
    public PyObject? Traceback;
    private PyDict? dict;
    /// <summary>`__slots__` values of Python subclasses that declare them.</summary>
    public PyObject?[]? Members;

    /// <summary>For exceptions of the plain layout only; other code should use <see cref="Create"/> or PyErrors.</summary>
    public PyBaseException(PyType type, PyTuple args) : base(type)
    {
        Args = args;
        if (type.MemberCount > 0) Members = new PyObject?[type.MemberCount];
    }

    public PyDict? GetDict(bool create) => dict ?? (create ? dict = new PyDict() : null);

    internal bool HasDict => dict is not null && dict.Count > 0;

    /// <summary>BaseException.__str__: '' for no args, str(arg) for one, str(args) otherwise.</summary>
    public string Message => Args.Count switch
    {
        0 => "",
        1 => PyOps.Str(Args[0]).Value,
        _ => PyOps.Str(Args).Value,
    };

    /// <summary>tp_alloc for exception types: the C# class that matches the type's layout.</summary>
    internal static PyBaseException Allocate(PyType t, PyTuple args) => t.LayoutId switch
    {
        PyTypes.StopIterationLayout => new PyStopIteration(t, args),
        PyTypes.SystemExitLayout => new PySystemExit(t, args),
        PyTypes.ImportErrorLayout => new PyImportError(t, args),
        PyTypes.NameErrorLayout => new PyNameError(t, args),
        PyTypes.OSErrorLayout => new PyOSError(t, args),
        PyTypes.SyntaxErrorLayout => new PySyntaxError(t, args),
        PyTypes.UnicodeErrorLayout => new PyUnicodeError(t, args),
        PyTypes.ExceptionGroupLayout => new PyBaseExceptionGroup(t, args),
        _ => new PyBaseException(t, args),
    };

    /// <summary>The exception `type(*args)` makes; builtin types are built without a Python-level call.</summary>
    public static PyBaseException Create(PyType type, PyTuple args)
    {
        if (type.IsHeapType || type.New is null || type.Init is null)
            return PyOps.Call(type, args.Items) as PyBaseException
                ?? throw PyErrors.TypeError($"calling {PyOps.Repr(type).Value} should have returned an instance of BaseException");
        // The common case (no fields beyond args) allocates once: BaseException's own __new__/__init__
        // would only copy args again.
        var e = ReferenceEquals(type.New, NewBase) ? Allocate(type, args) : (PyBaseException)type.New(type, args.Items, null);
        var init = e.type.Init;
        if (init is not null && !ReferenceEquals(init, InitBase)) init(e, args.Items, null);
        return e;
    }

    /// <summary>_PyArg_NoKeywords with the type's name, as the exception initialisers report it.</summary>
    internal static void NoKeywords(PyObject self, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{self.type.Name}() takes no keyword arguments");
    }

    internal static PyTuple Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        PyTuple.FromSpan(args[..(args.Length - (kwnames?.Count ?? 0))]);

    /// <summary>BaseException_new: args are stored even when __init__ is overridden (keywords are ignored here).</summary>
    internal static readonly CallFunc NewBase = static (callable, args, kwnames) =>
        Allocate((PyType)callable, Positional(args, kwnames));

    /// <summary>BaseException_init: rejects keywords, replaces args.</summary>
    internal static readonly InitFunc InitBase = static (self, args, kwnames) =>
    {
        NoKeywords(self, kwnames);
        ((PyBaseException)self).Args = PyTuple.FromSpan(args);
    };

    internal static PyObject StrBase(PyObject self) => PyStr.FromString(((PyBaseException)self).Message);

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var e = (PyBaseException)self;
            var name = e.type.Name;
            var dot = name.LastIndexOf('.');
            if (dot >= 0) name = name[(dot + 1)..];
            if (e.Args.Count == 1) return PyStr.FromString(name + "(" + PyOps.Repr(e.Args[0]).Value + ")");
            return PyStr.FromString(name + PyOps.Repr(e.Args).Value);
        };
        t.Str = StrBase;
        t.New = NewBase;
        t.Init = InitBase;
        BindingInstaller.AddGetSet(t, "args", static s => ((PyBaseException)s).Args, static (s, v) =>
        {
            if (v is null) throw PyErrors.TypeError("args may not be deleted");
            ((PyBaseException)s).Args = ExceptionMembers.ToTuple(v);
        });
        BindingInstaller.AddGetSet(t, "__dict__", static s => ((PyBaseException)s).GetDict(true)!, static (s, v) =>
        {
            if (v is null) throw PyErrors.TypeError("cannot delete __dict__");
            ((PyBaseException)s).dict = v as PyDict ?? throw PyErrors.TypeError($"__dict__ must be set to a dictionary, not a '{v.type.Name}'");
        });
        BindingInstaller.AddGetSet(t, "__traceback__", static s => ((PyBaseException)s).Traceback ?? PyNone.Instance,
            static (s, v) => SetTraceback((PyBaseException)s, v));
        BindingInstaller.AddGetSet(t, "__context__", static s => ((PyBaseException)s).Context ?? PyNone.Instance, static (s, v) =>
        {
            if (v is null) throw PyErrors.TypeError("__context__ may not be deleted");
            ((PyBaseException)s).Context = v == PyNone.Instance ? null
                : v as PyBaseException ?? throw PyErrors.TypeError("exception context must be None or derive from BaseException");
        });
        BindingInstaller.AddGetSet(t, "__cause__", static s => ((PyBaseException)s).Cause ?? PyNone.Instance, static (s, v) =>
        {
            if (v is null) throw PyErrors.TypeError("__cause__ may not be deleted");
            var e = (PyBaseException)s;
            e.Cause = v == PyNone.Instance ? null
                : v as PyBaseException ?? throw PyErrors.TypeError("exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
        });
        BindingInstaller.AddGetSet(t, "__suppress_context__", static s => PyBool.FromBool(((PyBaseException)s).SuppressContext),
            static (s, v) => ((PyBaseException)s).SuppressContext = ExceptionMembers.ToBool(v));
        BindingInstaller.AddMethod(t, "with_traceback", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseException.with_traceback");
            SetTraceback((PyBaseException)self!, args[0]);
            return self!;
        });
        BindingInstaller.AddMethod(t, "add_note", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseException.add_note");
            ((PyBaseException)self!).AddNote(args[0]);
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "BaseException.__reduce__");
            var e = (PyBaseException)self!;
            return e.dict is not null ? PyTuple.Of(e.type, e.Args, e.dict) : PyTuple.Of(e.type, e.Args);
        });
        BindingInstaller.AddMethod(t, "__setstate__", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseException.__setstate__");
            SetState(self!, args[0]);
            return PyNone.Instance;
        });
        ExceptionTypes.InitAll();
    }

    /// <summary>BaseException.__setstate__: every item of a dict state becomes an attribute.</summary>
    internal static void SetState(PyObject self, PyObject state)
    {
        if (state == PyNone.Instance) return;
        if (state is not PyDict d) throw PyErrors.TypeError("state is not a dictionary");
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            var name = k as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{k.type.Name}'");
            ObjectAttributes.SetAttr(self, name, v);
        }
    }

    /// <summary>PyException_SetTraceback's checks (the `__traceback__` setter and with_traceback).</summary>
    internal static void SetTraceback(PyBaseException e, PyObject? v)
    {
        if (v is null) throw PyErrors.TypeError("__traceback__ may not be deleted");
        if (v == PyNone.Instance) e.Traceback = null;
        else if (v is PyTraceback) e.Traceback = v;
        else throw PyErrors.TypeError("__traceback__ must be a traceback or None");
    }

    /// <summary>BaseException.add_note: appends to the `__notes__` list in the instance dict.</summary>
    public void AddNote(PyObject note)
    {
        if (note is not PyStr) throw PyErrors.TypeError($"note must be a str, not '{note.type.Name}'");
        var key = StrIntern.Intern("__notes__");
        PyObject? notes;
        try { notes = PyOps.GetAttrOrNull(this, key); }
        catch (PyException ex) when (ex.Matches(PyTypes.AttributeError)) { notes = null; }
        if (notes is null)
        {
            notes = new PyList();
            ObjectAttributes.SetAttr(this, key, notes);
        }
        if (notes is not PyList list) throw PyErrors.TypeError("Cannot add note: __notes__ is not a list");
        list.Append(note);
    }
}
