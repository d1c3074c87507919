namespace Taipan.Runtime.Objects;

/// <summary>
/// Carries a Python exception across native (C#) frames. Python code raising and handling
/// exceptions inside the interpreter loop does not use it (DESIGN.md §5: a .NET throw costs
/// ~2 µs); builtins implemented in C# throw it.
/// </summary>
internal sealed class PyException : System.Exception
{
    public readonly PyBaseException Value;

    public PyException(PyBaseException value) : base(null) => Value = value;

    public PyType PythonType => Value.type;

    public override string Message => Value.type.Name + ": " + Value.Message;

    public bool Matches(PyType t) => Value.type.IsSubtypeOf(t);
}
