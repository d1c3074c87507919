namespace Taipan.Runtime.Objects;

/// <summary>
/// NameError (name=) and AttributeError (name=, obj=). CPython gives them two structs; one C# class
/// serves both (AttributeError only exposes `obj`), which keeps them within one layout id.
/// </summary>
internal sealed class PyNameError : PyBaseException
{
    public PyObject? Name, Obj;

    private static readonly string[] NameKeywords = { "name" };
    private static readonly string[] AttributeKeywords = { "name", "obj" };

    public PyNameError(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitNameError(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            var values = new PyObject?[1];
            ExceptionMembers.ParseKeywordOnly(args, kwnames, "NameError", NameKeywords, values);
            var e = (PyNameError)self;
            e.Args = Positional(args, kwnames);
            e.Name = values[0];
        };
        ExceptionMembers.Object<PyNameError>(t, "name", static e => e.Name, static (e, v) => e.Name = v);
    }

    internal static void InitAttributeError(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            var values = new PyObject?[2];
            ExceptionMembers.ParseKeywordOnly(args, kwnames, "AttributeError", AttributeKeywords, values);
            var e = (PyNameError)self;
            e.Args = Positional(args, kwnames);
            e.Name = values[0];
            e.Obj = values[1];
        };
        ExceptionMembers.Object<PyNameError>(t, "name", static e => e.Name, static (e, v) => e.Name = v);
        ExceptionMembers.Object<PyNameError>(t, "obj", static e => e.Obj, static (e, v) => e.Obj = v);
    }
}
