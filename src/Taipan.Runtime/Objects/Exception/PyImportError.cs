using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>ImportError / ModuleNotFoundError: msg (the single argument), name=, path=.</summary>
internal sealed class PyImportError : PyBaseException
{
    public PyObject? Msg, Name, Path;

    private static readonly string[] Keywords = { "name", "path" };

    public PyImportError(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitOwnType(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            var values = new PyObject?[2];
            ExceptionMembers.ParseKeywordOnly(args, kwnames, "ImportError", Keywords, values);
            var e = (PyImportError)self;
            e.Args = Positional(args, kwnames);
            e.Name = values[0];
            e.Path = values[1];
            e.Msg = e.Args.Count == 1 ? e.Args[0] : null;
        };
        t.Str = static self =>
        {
            var e = (PyImportError)self;
            return e.Msg is not null && e.Msg != PyNone.Instance ? PyOps.Str(e.Msg) : StrBase(self);
        };
        ExceptionMembers.Object<PyImportError>(t, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        ExceptionMembers.Object<PyImportError>(t, "name", static e => e.Name, static (e, v) => e.Name = v);
        ExceptionMembers.Object<PyImportError>(t, "path", static e => e.Path, static (e, v) => e.Path = v);
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "ImportError.__reduce__");
            var e = (PyImportError)self!;
            PyDict? state = null;
            if (e.Name is not null || e.Path is not null)
            {
                state = e.HasDict ? e.GetDict(false)!.copy() : new PyDict();
                if (e.Name is not null) state.SetItem(StrIntern.Intern("name"), e.Name);
                if (e.Path is not null) state.SetItem(StrIntern.Intern("path"), e.Path);
            }
            else if (e.GetDict(false) is { } d) state = d;
            return state is null ? PyTuple.Of(e.type, e.Args) : PyTuple.Of(e.type, e.Args, state);
        });
    }
}
