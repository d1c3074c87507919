using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.ContextVars;

/// <summary>
/// _contextvars (PEP 567). A context maps variables to values; it is treated as immutable and copied on
/// write (CPython uses a HAMT for the same effect), so copy_context() is O(1) and a snapshot never
/// sees later sets. Each thread has its own current context.
/// </summary>
[PyModule("_contextvars")]
internal static partial class ContextVarsModule
{
    [ThreadStatic] private static PyContext? current;

    internal static PyContext Current => current ??= new PyContext(new PyDict());

    internal static void SetCurrent(PyContext? c) => current = c;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_contextvars", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("Context"), ContextTypes.Context);
        m.Dict.SetItem(PyStr.FromAscii("ContextVar"), ContextTypes.ContextVar);
        m.Dict.SetItem(PyStr.FromAscii("Token"), ContextTypes.Token);
        return m;
    }

    [PyFunction]
    internal static PyObject copy_context() => new PyContext(Current.Vars);
}

internal static class ContextTypes
{
    public static readonly PyType Context, ContextVar, Token;
    public static readonly PyObject Missing;

    static ContextTypes()
    {
        Context = PyType.CreateBuiltin(PyTypes.Type, "_contextvars.Context", PyTypes.Object, TypeFlags.None, 340);
        ContextVar = PyType.CreateBuiltin(PyTypes.Type, "_contextvars.ContextVar", PyTypes.Object, TypeFlags.None, 341);
        Token = PyType.CreateBuiltin(PyTypes.Type, "_contextvars.Token", PyTypes.Object, TypeFlags.None, 342);
        var missingType = PyType.CreateBuiltin(PyTypes.Type, "Token.MISSING", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
        missingType.Repr = static _ => PyStr.FromAscii("<Token.MISSING>");
        BuiltinTypeSlots.Complete(missingType);
        Missing = new PyInstanceLike(missingType);
        PyContext.InitType(Context);
        PyContextVar.InitType(ContextVar);
        PyContextToken.InitType(Token);
        BuiltinTypeSlots.Complete(Context);
        BuiltinTypeSlots.Complete(ContextVar);
        BuiltinTypeSlots.Complete(Token);
        Token.Dict.SetItem(PyStr.FromAscii("MISSING"), Missing);
    }

    private sealed class PyInstanceLike : PyObject
    {
        public PyInstanceLike(PyType t) : base(t) { }
    }
}

[PyType("_contextvars.Context")]
internal sealed partial class PyContext : PyObject
{
    public PyDict Vars;
    private PyContext? previous;
    private bool entered;

    public PyContext(PyDict vars) : base(ContextTypes.Context) => Vars = vars;

    [PyMethod]
    internal PyObject run(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length - (kwnames?.Count ?? 0) < 1) throw PyErrors.TypeError("run() missing 1 required positional argument");
        if (entered)
            throw PyErrors.RuntimeError($"cannot enter context: {PyOps.Repr(this).Value} is already entered");
        previous = ContextVarsModule.Current;
        entered = true;
        ContextVarsModule.SetCurrent(this);
        try
        {
            return PyOps.Call(args[0], args[1..], kwnames);
        }
        finally
        {
            ContextVarsModule.SetCurrent(previous);
            previous = null;
            entered = false;
        }
    }

    [PyMethod]
    internal PyObject copy() => new PyContext(Vars);

    [PyMethod]
    internal PyObject get(PyObject key, PyObject? @default = null)
    {
        CheckKey(key);
        return Vars.GetItemOrNull(key) ?? @default ?? PyNone.Instance;
    }

    [PyMethod]
    internal PyObject keys() => PyOps.CallMethod(Vars, "keys", ReadOnlySpan<PyObject>.Empty);

    [PyMethod]
    internal PyObject values() => PyOps.CallMethod(Vars, "values", ReadOnlySpan<PyObject>.Empty);

    [PyMethod]
    internal PyObject items() => PyOps.CallMethod(Vars, "items", ReadOnlySpan<PyObject>.Empty);

    private static void CheckKey(PyObject key)
    {
        if (key is not PyContextVar) throw PyErrors.TypeError($"a ContextVar key was expected, got {PyOps.Repr(key).Value}");
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            if (args.Length > 0) throw PyErrors.TypeError("Context() does not accept any arguments");
            return new PyContext(new PyDict());
        };
        t.GetItem = static (self, key) =>
        {
            CheckKey(key);
            return ((PyContext)self).Vars.GetItemOrNull(key) ?? throw PyErrors.KeyError(key);
        };
        t.Contains = static (self, key) =>
        {
            CheckKey(key);
            return ((PyContext)self).Vars.ContainsKey(key);
        };
        t.Length = static self => ((PyContext)self).Vars.Used;
        t.Iter = static self => PyOps.GetIter(((PyContext)self).Vars);
        t.Hash = PyOps.HashNotImplemented;
        InstallPyBindings(t);
    }
}

[PyType("_contextvars.ContextVar")]
internal sealed partial class PyContextVar : PyObject
{
    public readonly PyStr Name;
    public readonly PyObject? Default;

    public PyContextVar(PyStr name, PyObject? @default) : base(ContextTypes.ContextVar)
    {
        Name = name;
        Default = @default;
    }

    [PyGetter("name")] internal PyObject NameValue => Name;

    [PyMethod]
    internal PyObject get(PyObject? @default = null)
    {
        return ContextVarsModule.Current.Vars.GetItemOrNull(this) ?? @default ?? Default ?? throw new PyException(new PyBaseException(PyTypes.LookupError, PyTuple.Of(this)));
    }

    [PyMethod]
    internal PyObject set(PyObject value)
    {
        var ctx = ContextVarsModule.Current;
        var old = ctx.Vars.GetItemOrNull(this);
        var vars = ctx.Vars.copy();
        vars.SetItem(this, value);
        ctx.Vars = vars;
        return new PyContextToken(ctx, this, old ?? ContextTypes.Missing);
    }

    [PyMethod]
    internal void reset(PyObject token)
    {
        if (token is not PyContextToken t) throw PyErrors.TypeError($"expected an instance of Token, got {PyOps.Repr(token).Value}");
        if (t.Used) throw PyErrors.RuntimeError($"{PyOps.Repr(t).Value} has already been used once");
        if (!ReferenceEquals(t.Var, this)) throw PyErrors.ValueError($"{PyOps.Repr(t).Value} was created by a different ContextVar");
        var ctx = ContextVarsModule.Current;
        if (!ReferenceEquals(t.Context, ctx)) throw PyErrors.ValueError($"{PyOps.Repr(t).Value} was created in a different Context");
        t.Used = true;
        var vars = ctx.Vars.copy();
        if (ReferenceEquals(t.OldValue, ContextTypes.Missing)) vars.DelItemIfPresent(this);
        else vars.SetItem(this, t.OldValue);
        ctx.Vars = vars;
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "ContextVar", new[] { "name", "default" }, 1, 1);
            if (s[0] is not PyStr name) throw PyErrors.TypeError("context variable name must be a str");
            return new PyContextVar(name, s[1]);
        };
        t.Repr = static self =>
        {
            var v = (PyContextVar)self;
            var def = v.Default is null ? "" : " default=" + PyOps.Repr(v.Default).Value;
            return PyStr.FromString($"<ContextVar name={PyOps.Repr(v.Name).Value}{def} at 0x{ObjectIds.Of(self):x}>");
        };
        t.Hash = PyHash.HashIdentity;
        BindingInstaller.AddClassMethod(t, "__class_getitem__", static (cls, args, kwnames) =>
            PyOps.Call(RuntimeTypes.GenericAlias, [cls!, args[0]]));
        InstallPyBindings(t);
    }
}

[PyType("_contextvars.Token")]
internal sealed partial class PyContextToken : PyObject
{
    public readonly PyContext Context;
    public readonly PyContextVar Var;
    public readonly PyObject OldValue;
    public bool Used;

    public PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) : base(ContextTypes.Token)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    [PyGetter("var")] internal PyObject VarValue => Var;
    [PyGetter("old_value")] internal PyObject OldValueValue => OldValue;

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var k = (PyContextToken)self;
            return PyStr.FromString($"<Token{(k.Used ? " used" : "")} var={PyOps.Repr(k.Var).Value} at 0x{ObjectIds.Of(self):x}>");
        };
        BindingInstaller.AddClassMethod(t, "__class_getitem__", static (cls, args, kwnames) =>
            PyOps.Call(RuntimeTypes.GenericAlias, [cls!, args[0]]));
        InstallPyBindings(t);
    }
}
