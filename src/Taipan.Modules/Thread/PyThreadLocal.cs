using System.Runtime.CompilerServices;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Thread;

/// <summary>_thread._local (threading.local): one attribute dict per thread. A thread that first touches
/// the object gets a fresh dict and, for a subclass with its own __init__, a call of it with the
/// constructor's arguments. Each thread keeps its dicts in a thread-static ConditionalWeakTable keyed by
/// the local: a dict lives while both its thread and the local do, and a dict that refers back to its
/// local (local.x = obj holding the local) does not keep it alive, as a key's own value never does.</summary>
internal sealed class PyThreadLocal : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_thread._local", 70, InitType);
    private static readonly PyStr DictName = StrIntern.Intern("__dict__");

    [ThreadStatic] private static ConditionalWeakTable<PyThreadLocal, PyDict>? threadDicts;
    private readonly PyObject[] initArgs;
    private readonly PyTuple? initKwnames;

    private PyThreadLocal(PyType t, PyObject[] args, PyTuple? kwnames) : base(t)
    {
        initArgs = args;
        initKwnames = kwnames;
    }

    private static ConditionalWeakTable<PyThreadLocal, PyDict> ThreadDicts => threadDicts ??= new();

    /// <summary>This thread's dict, created (and __init__ run) on the thread's first access.</summary>
    private PyDict Dict()
    {
        var table = ThreadDicts;
        if (table.TryGetValue(this, out var d)) return d;
        d = new PyDict();
        table.AddOrUpdate(this, d);
        if (!ReferenceEquals(type.Init, ObjectType.ObjectInit) && type.Init is { } init)
        {
            try { init(this, initArgs, initKwnames); }
            catch
            {
                table.Remove(this);
                throw;
            }
        }
        return d;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var cls = (PyType)callable;
            if ((args.Length > 0) && (ReferenceEquals(cls.Init, ObjectType.ObjectInit) || cls.Init is null))
                throw PyErrors.TypeError("Initialization arguments are not supported");
            var self = new PyThreadLocal(cls, args.ToArray(), kwnames is { Count: > 0 } ? kwnames : null);
            // the creating thread's dict exists before type.__call__ runs __init__ on it
            ThreadDicts.AddOrUpdate(self, new PyDict());
            return self;
        };
        t.GetAttr = static (o, name) =>
        {
            var d = ((PyThreadLocal)o).Dict();
            return name.Equals(DictName) ? d : ObjectAttributes.GetAttrWithDict(o, name, d);
        };
        t.SetAttr = static (o, name, value) =>
        {
            if (name.Equals(DictName))
                throw PyErrors.AttributeError($"'{o.type.Name}' object attribute '__dict__' is read-only");
            ObjectAttributes.SetAttrWithDict(o, name, value, ((PyThreadLocal)o).Dict());
        };
    }
}
