using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>A Python function: code + globals + defaults + closure. Calls from the interpreter loop
/// do not go through <see cref="PyType.Call"/> (the loop pushes a frame itself); calls from C#
/// (sorted(key=f), slot wrappers) run a nested loop.</summary>
internal sealed class PyFunction : PyObject, IDictOwner
{
    public PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    public PyStr Name, QualName;
    public PyObject Doc;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyTuple? Closure;
    public PyObject Module;
    public PyObject? Annotations;
    private PyDict? dict;
    /// <summary>Positional-only calls with exactly co_argcount arguments may copy them straight into
    /// the frame: no *args/**kwargs, no keyword-only parameters.</summary>
    public bool IsSimple;
    /// <summary>co_argcount when a positional call with exactly that many arguments can push a frame with
    /// the arguments moved straight from the caller's stack (simple, not a generator/coroutine); else -1.
    /// The interpreter's CALL compares it with the argument count: one test instead of four.</summary>
    public int FastArgCount = -1;

    public PyFunction(PyCode code, PyDict globals, PyStr qualname) : base(RuntimeTypes.Function)
    {
        Code = code;
        Globals = globals;
        Builtins = BuiltinsOf(globals);
        Name = code.Name;
        QualName = qualname;
        // CPython's rule: a str first constant is the docstring (the compiler puts None first otherwise).
        Doc = code.Consts.Length > 0 && code.Consts[0] is PyStr ? code.Consts[0] : PyNone.Instance;
        Module = globals.GetItemOrNull(Names.Name) ?? PyNone.Instance;
        UpdateSimple();
    }

    internal void UpdateSimple()
    {
        IsSimple = (Code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && Code.KwOnlyArgCount == 0;
        FastArgCount = IsSimple && !Code.IsGeneratorLike ? Code.ArgCount : -1;
    }

    /// <summary>The builtins namespace a frame with these globals uses (CPython: globals['__builtins__']).</summary>
    public static PyDict BuiltinsOf(PyDict globals)
    {
        var b = globals.GetItemOrNull(Names.Builtins);
        if (b is PyModule m) return m.Dict;
        if (b is PyDict d) return d;
        return InterpreterState.Current.BuiltinsDict;
    }

    public PyDict? GetDict(bool create) => create ? dict ??= new PyDict() : dict;

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.HasInstanceDict;
        t.Call = static (callable, args, kwnames) => EvalLoop.CallFunction((PyFunction)callable, args, kwnames);
        t.DescrGet = static (descr, instance, owner) => instance is null ? descr : new PyBoundMethod(descr, instance);
        t.Repr = static self =>
        {
            var f = (PyFunction)self;
            return PyStr.FromString($"<function {f.QualName.Value} at 0x{ObjectIds.Of(f):x}>");
        };
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        BindingInstaller.AddGetSet(t, "__name__", static s => ((PyFunction)s).Name, static (s, v) =>
            ((PyFunction)s).Name = v as PyStr ?? throw PyErrors.TypeError("__name__ must be set to a string object"));
        BindingInstaller.AddGetSet(t, "__qualname__", static s => ((PyFunction)s).QualName, static (s, v) =>
            ((PyFunction)s).QualName = v as PyStr ?? throw PyErrors.TypeError("__qualname__ must be set to a string object"));
        BindingInstaller.AddGetSet(t, "__doc__", static s => ((PyFunction)s).Doc, static (s, v) => ((PyFunction)s).Doc = v ?? PyNone.Instance);
        BindingInstaller.AddGetSet(t, "__module__", static s => ((PyFunction)s).Module, static (s, v) => ((PyFunction)s).Module = v ?? PyNone.Instance);
        BindingInstaller.AddGetSet(t, "__defaults__", static s => (PyObject?)((PyFunction)s).Defaults ?? PyNone.Instance, static (s, v) =>
            ((PyFunction)s).Defaults = v is null || v == PyNone.Instance ? null : v as PyTuple ?? throw PyErrors.TypeError("__defaults__ must be set to a tuple object"));
        BindingInstaller.AddGetSet(t, "__kwdefaults__", static s => (PyObject?)((PyFunction)s).KwDefaults ?? PyNone.Instance, static (s, v) =>
            ((PyFunction)s).KwDefaults = v is null || v == PyNone.Instance ? null : v as PyDict ?? throw PyErrors.TypeError("__kwdefaults__ must be set to a dict object"));
        BindingInstaller.AddGetSet(t, "__code__", static s => ((PyFunction)s).Code, static (s, v) =>
        {
            var f = (PyFunction)s;
            var code = v as PyCode ?? throw PyErrors.TypeError("__code__ must be set to a code object");
            int nclosure = f.Closure?.Count ?? 0;
            if (code.NFrees != nclosure)
                throw PyErrors.ValueError($"{f.Name.Value}() requires a code object with {nclosure} free vars, not {code.NFrees}");
            f.Code = code;
            f.UpdateSimple();
        });
        BindingInstaller.AddGetter(t, "__globals__", static s => ((PyFunction)s).Globals);
        BindingInstaller.AddGetter(t, "__builtins__", static s => ((PyFunction)s).Builtins);
        BindingInstaller.AddGetter(t, "__closure__", static s => (PyObject?)((PyFunction)s).Closure ?? PyNone.Instance);
        BindingInstaller.AddGetSet(t, "__annotations__", static s =>
        {
            var f = (PyFunction)s;
            if (f.Annotations is PyTuple pairs) f.Annotations = AnnotationsFromPairs(pairs);
            return f.Annotations ??= new PyDict();
        }, static (s, v) =>
        {
            if (v is not null && v != PyNone.Instance && v is not PyDict) throw PyErrors.TypeError("__annotations__ must be set to a dict object");
            ((PyFunction)s).Annotations = v == PyNone.Instance ? null : v;
        });
        BindingInstaller.AddGetSet(t, "__dict__", static s => ((PyFunction)s).GetDict(true)!, static (s, v) =>
            ((PyFunction)s).dict = v as PyDict ?? throw PyErrors.TypeError("__dict__ must be set to a dictionary, not a '" + (v?.type.Name ?? "NoneType") + "'"));
    }

    /// <summary>MAKE_FUNCTION's annotations operand is a flat tuple (name, value, name, value...).</summary>
    private static PyDict AnnotationsFromPairs(PyTuple pairs)
    {
        var d = new PyDict();
        for (int i = 0; i + 1 < pairs.Count; i += 2) d.SetItem(pairs[i], pairs[i + 1]);
        return d;
    }
}
