using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>A method bound to its instance (Python's `method` type).</summary>
internal sealed class PyBoundMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyBoundMethod(PyObject function, PyObject self) : base(RuntimeTypes.Method)
    {
        Function = function;
        Self = self;
    }

    internal static void InitType(PyType t)
    {
        // types.MethodType(function, instance)
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("method() takes no keyword arguments");
            if (args.Length != 2) throw PyErrors.TypeError($"method expected 2 arguments, got {args.Length}");
            if (args[0].type.Call is null) throw PyErrors.TypeError("first argument must be callable");
            if (args[1] == PyNone.Instance) throw PyErrors.TypeError("instance must not be None");
            return new PyBoundMethod(args[0], args[1]);
        };
        t.Call = static (callable, args, kwnames) =>
        {
            var m = (PyBoundMethod)callable;
            if (m.Function.type == RuntimeTypes.Function) return EvalLoop.CallWithSelf(m.Function, m.Self, args, kwnames);
            // method_vectorcall: func(self, *args). CallWithSelf would re-bind a callable that is itself
            // a descriptor (an lru_cache wrapper returns a method from __get__) and loop forever.
            var full = new PyObject[args.Length + 1];
            full[0] = m.Self;
            args.CopyTo(full.AsSpan(1));
            return PyOps.Call(m.Function, full, kwnames);
        };
        t.DescrGet = static (descr, instance, owner) => descr;
        t.Repr = static self =>
        {
            var m = (PyBoundMethod)self;
            var name = PyOps.GetAttrOrNull(m.Function, Names.QualName) ?? PyOps.GetAttrOrNull(m.Function, Names.Name);
            var text = name is PyStr s ? s.Value : "?";
            return PyStr.FromString($"<bound method {text} of {PyOps.Repr(m.Self).Value}>");
        };
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PyBoundMethod mb) return PyNotImplemented.Instance;
            var ma = (PyBoundMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && PyOps.EqualsBool(ma.Function, mb.Function);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static self =>
        {
            var m = (PyBoundMethod)self;
            return PyHash.HashIdentity(m.Self) ^ PyOps.Hash(m.Function);
        };
        // Attributes other than these come from the function (method_getattro).
        t.GetAttr = static (self, name) =>
        {
            var r = ObjectAttributes.GenericGetAttr(self, name);
            return r ?? PyOps.GetAttrOrNull(((PyBoundMethod)self).Function, name);
        };
        // method_reduce: getattr(self, func.__name__)
        BindingInstaller.AddMethod(t, "__reduce__", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__reduce__");
            var m = (PyBoundMethod)s!;
            return PyTuple.Of(PyBuiltinFunction.BuiltinGetAttr, PyTuple.Of(m.Self, PyOps.GetAttr(m.Function, Names.Name)));
        });
        BindingInstaller.AddGetter(t, "__func__", static s => ((PyBoundMethod)s).Function);
        BindingInstaller.AddGetter(t, "__self__", static s => ((PyBoundMethod)s).Self);
        BindingInstaller.AddGetter(t, "__doc__", static s => PyOps.GetAttrOrNull(((PyBoundMethod)s).Function, Names.Doc) ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "__name__", static s => PyOps.GetAttr(((PyBoundMethod)s).Function, Names.Name));
        BindingInstaller.AddGetter(t, "__qualname__", static s => PyOps.GetAttr(((PyBoundMethod)s).Function, Names.QualName));
    }
}
