namespace Taipan.Runtime.Objects;

/// <summary>SystemExit: `code` is None, the single argument, or the args tuple.</summary>
internal sealed class PySystemExit : PyBaseException
{
    public PyObject? Code;

    public PySystemExit(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitOwnType(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            var e = (PySystemExit)self;
            e.Code = args.Length switch { 0 => PyNone.Instance, 1 => args[0], _ => e.Args };
        };
        ExceptionMembers.Object<PySystemExit>(t, "code", static e => e.Code, static (e, v) => e.Code = v);
    }
}
