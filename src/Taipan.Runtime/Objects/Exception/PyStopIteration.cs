namespace Taipan.Runtime.Objects;

/// <summary>StopIteration: `value` is the first argument (what a generator returned).</summary>
internal sealed class PyStopIteration : PyBaseException
{
    public PyObject? Value;

    public PyStopIteration(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitOwnType(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            ((PyStopIteration)self).Value = args.Length > 0 ? args[0] : PyNone.Instance;
        };
        ExceptionMembers.Object<PyStopIteration>(t, "value", static e => e.Value, static (e, v) => e.Value = v);
    }
}
