namespace Taipan.Runtime.Objects;

/// <summary>An instance of BaseException or a subclass. Tracebacks, __cause__ and friends
/// arrive with the interpreter.</summary>
internal class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyObject? Cause, Context;
    public bool SuppressContext;
    /// <summary>__traceback__: a PyTraceback chain (innermost last) or null.</summary>
    public PyObject? Traceback;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    /// <summary>BaseException.__str__: '' for no args, str(arg) for one, str(args) otherwise.</summary>
    public string Message => Args.Count switch
    {
        0 => "",
        1 => PyOps.Str(Args[0]).Value,
        _ => PyOps.Str(Args).Value,
    };

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var e = (PyBaseException)self;
            var name = e.type.Name;
            if (e.Args.Count == 1) return PyStr.FromString(name + "(" + PyOps.Repr(e.Args[0]).Value + ")");
            return PyStr.FromString(name + PyOps.Repr(e.Args).Value);
        };
        t.Str = static self => PyStr.FromString(((PyBaseException)self).Message);
        t.New = static (callable, args, kwnames) =>
            new PyBaseException((PyType)callable, PyTuple.FromSpan(args[..(args.Length - (kwnames?.Count ?? 0))]));
    }
}
