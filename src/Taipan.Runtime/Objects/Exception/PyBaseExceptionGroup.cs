using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;

namespace Taipan.Runtime.Objects;

/// <summary>
/// BaseExceptionGroup / ExceptionGroup (PEP 654): message, exceptions, and split/subgroup/derive.
/// `BaseExceptionGroup(msg, excs)` makes an ExceptionGroup when every item is an Exception;
/// ExceptionGroup's second base is Exception, so `except Exception` catches it.
/// </summary>
internal sealed class PyBaseExceptionGroup : PyBaseException
{
    public PyStr Msg = PyStr.Empty;
    public PyTuple Excs = PyTuple.Empty;

    public PyBaseExceptionGroup(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitTypes()
    {
        var t = PyTypes.BaseExceptionGroup;
        var eg = PyTypes.ExceptionGroup;
        // ExceptionGroup(BaseExceptionGroup, Exception): the second base and the C3 order.
        eg.Bases = new[] { t, PyTypes.Exception };
        eg.Mro = Mro3.Compute(eg, eg.Bases);
        PyTypes.Exception.AddSubclass(eg);

        t.New = static (callable, args, kwnames) =>
        {
            var cls = (PyType)callable;
            int n = args.Length - (kwnames?.Count ?? 0);
            if (n != 2) throw PyErrors.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)");
            var message = args[0] as PyStr
                ?? throw PyErrors.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].type.Name}");
            var excsArg = args[1];
            if (!IsSequence(excsArg)) throw PyErrors.TypeError("second argument (exceptions) must be a sequence");
            var excs = ExceptionMembers.ToTuple(excsArg);
            if (excs.Count == 0) throw PyErrors.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool nestedBase = false;
            for (int i = 0; i < excs.Count; i++)
            {
                if (excs[i] is not PyBaseException) throw PyErrors.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!excs[i].type.IsSubtypeOf(PyTypes.Exception)) nestedBase = true;
            }
            if (cls == PyTypes.BaseExceptionGroup)
            {
                if (!nestedBase) cls = PyTypes.ExceptionGroup;
            }
            else if (cls == PyTypes.ExceptionGroup)
            {
                if (nestedBase) throw PyErrors.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (nestedBase && cls.IsSubtypeOf(PyTypes.Exception))
            {
                throw PyErrors.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
            }
            var self = (PyBaseExceptionGroup)Allocate(cls, PyBaseException.Positional(args, kwnames));
            self.Msg = message;
            self.Excs = excs;
            return self;
        };
        t.Init = static (self, args, kwnames) => InitBase(self, args, kwnames);
        t.Str = static self =>
        {
            var g = (PyBaseExceptionGroup)self;
            int n = g.Excs.Count;
            return PyStr.FromString($"{g.Msg.Value} ({n} sub-exception{(n > 1 ? "s" : "")})");
        };
        ExceptionMembers.ReadOnly<PyBaseExceptionGroup>(t, "message", static g => g.Msg);
        ExceptionMembers.ReadOnly<PyBaseExceptionGroup>(t, "exceptions", static g => g.Excs);
        BindingInstaller.AddMethod(t, "derive", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseExceptionGroup.derive");
            return PyOps.Call(PyTypes.BaseExceptionGroup, new[] { ((PyBaseExceptionGroup)self!).Msg, args[0] });
        });
        BindingInstaller.AddMethod(t, "split", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseExceptionGroup.split");
            var matcher = Matcher.From(args[0]);
            var (match, rest) = SplitRecursive(self!, matcher, constructRest: true);
            return PyTuple.Of(match ?? PyNone.Instance, rest ?? PyNone.Instance);
        });
        BindingInstaller.AddMethod(t, "subgroup", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "BaseExceptionGroup.subgroup");
            var matcher = Matcher.From(args[0]);
            return SplitRecursive(self!, matcher, constructRest: false).Match ?? PyNone.Instance;
        });
        GenericAlias.InstallClassGetItem(t);
    }

    /// <summary>PySequence_Check: has __getitem__ and is not a dict.</summary>
    private static bool IsSequence(PyObject o) => o.type.GetItem is not null && !o.type.IsSubtypeOf(PyTypes.Dict);

    /// <summary>What split/subgroup match leaves against: exception classes, or a predicate.</summary>
    public readonly struct Matcher
    {
        public readonly PyObject Value;
        public readonly bool IsPredicate;
        public readonly Func<PyObject, bool>? Native;

        private Matcher(PyObject value, bool predicate, Func<PyObject, bool>? native)
        {
            Value = value;
            IsPredicate = predicate;
            Native = native;
        }

        /// <summary>get_matcher_type.</summary>
        public static Matcher From(PyObject value)
        {
            if (value is not PyType && value.type.Call is not null) return new Matcher(value, true, null);
            if (value is PyType t && t.IsSubtypeOf(PyTypes.BaseException)) return new Matcher(value, false, null);
            if (value.type == PyTypes.Tuple)
            {
                foreach (var item in ((PyTuple)value).Items)
                    if (item is not PyType it || !it.IsSubtypeOf(PyTypes.BaseException))
                        throw PyErrors.TypeError("expected a function, exception type or tuple of exception types");
                return new Matcher(value, false, null);
            }
            throw PyErrors.TypeError("expected a function, exception type or tuple of exception types");
        }

        /// <summary>A C# predicate (the interpreter's except* re-raise projection).</summary>
        public static Matcher FromNative(Func<PyObject, bool> predicate) => new(PyNone.Instance, true, predicate);

        public bool Matches(PyObject exc)
        {
            if (Native is not null) return Native(exc);
            if (IsPredicate) return PyOps.IsTrue(PyOps.Call(Value, new[] { exc }));
            return Interpreter.Errors.GivenExceptionMatches(exc, Value);
        }
    }

    /// <summary>exceptiongroup_split_recursive: (match, rest), each null when empty.</summary>
    public static (PyObject? Match, PyObject? Remainder) SplitRecursive(PyObject exc, in Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(exc)) return (exc, null);
        if (exc is not PyBaseExceptionGroup eg) return (null, constructRest ? exc : null);
        var matchList = new PyList();
        var restList = constructRest ? new PyList() : null;
        foreach (var e in eg.Excs.Items)
        {
            var (m, r) = SplitRecursive(e, matcher, constructRest);
            if (m is not null) matchList.Append(m);
            if (r is not null) restList!.Append(r);
        }
        var match = Subset(eg, matchList);
        var rest = restList is null ? null : Subset(eg, restList);
        return (match, rest);
    }

    /// <summary>exceptiongroup_subset: derive() a group of <paramref name="excs"/> carrying the original's metadata.</summary>
    public static PyObject? Subset(PyBaseExceptionGroup orig, PyList excs)
    {
        if (excs.Count == 0) return null;
        var derived = PyOps.CallMethod(orig, "derive", new PyObject[] { excs });
        if (derived is not PyBaseExceptionGroup eg) throw PyErrors.TypeError("derive must return an instance of BaseExceptionGroup");
        if (orig.Traceback is not null) eg.Traceback = orig.Traceback;
        eg.Context = orig.Context;
        eg.Cause = orig.Cause;
        eg.SuppressContext = true; // PyException_SetCause always sets it
        PyObject? notes;
        try { notes = PyOps.GetAttrOrNull(orig, StrIntern.Intern("__notes__")); }
        catch (PyException ex) when (ex.Matches(PyTypes.AttributeError)) { notes = null; }
        if (notes is not null && IsSequence(notes))
            ObjectAttributes.SetAttr(eg, StrIntern.Intern("__notes__"), PyOps.Call(PyTypes.List, new[] { notes }));
        return eg;
    }
}
