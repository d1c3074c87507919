using System.Runtime.CompilerServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Weakref;

/// <summary>weakref.ref over a .NET WeakReference. Callbacks: a per-referent watcher object lives exactly as long as
/// the referent (ConditionalWeakTable); its finalizer queues the referent's callbacks, which run on the Python thread
/// at the next weakref operation (CPython runs them at deallocation; Taipan has no deallocation point).</summary>
[PyType("weakref.ReferenceType")]
internal sealed partial class PyWeakRef : PyObject
{
    public static readonly PyType PyTypeObject = NativeTypes.Create("weakref.ReferenceType", PyTypes.Object, TypeFlags.BaseType, 253, InitType);

    private readonly WeakReference<PyObject> target;
    internal readonly PyObject? Callback;
    private long hash;
    private bool hashed;
    private readonly string targetTypeName;
    private readonly long targetId;

    private PyWeakRef(PyType type, PyObject obj, PyObject? callback) : base(type)
    {
        target = new WeakReference<PyObject>(obj);
        Callback = callback;
        targetTypeName = obj.type.Name;
        targetId = PyHash.HashIdentity(obj);
    }

    public PyObject? Target => target.TryGetTarget(out var o) ? o : null;

    /// <summary>The weak references to one object, and the hook that notices its death.</summary>
    internal sealed class Watcher
    {
        public readonly List<WeakReference<PyWeakRef>> Refs = new();

        ~Watcher()
        {
            lock (Pending)
                foreach (var w in Refs)
                    if (w.TryGetTarget(out var r) && r.Callback is not null) Pending.Enqueue(r);
        }
    }

    internal static readonly ConditionalWeakTable<PyObject, Watcher> Watchers = new();
    private static readonly Queue<PyWeakRef> Pending = new();

    /// <summary>Runs the callbacks of references whose referents have been collected.</summary>
    internal static void RunPendingCallbacks()
    {
        while (true)
        {
            PyWeakRef r;
            lock (Pending)
            {
                if (Pending.Count == 0) return;
                r = Pending.Dequeue();
            }
            try { PyOps.Call(r.Callback!, new PyObject[] { r }); }
            catch (PyException) { /* CPython reports these as unraisable; there is no caller to give them to */ }
        }
    }

    internal static PyWeakRef Create(PyType type, PyObject obj, PyObject? callback)
    {
        RunPendingCallbacks();
        if (callback == PyNone.Instance) callback = null;
        var watcher = Watchers.GetValue(obj, static _ => new Watcher());
        lock (watcher.Refs)
        {
            // ref(obj) without a callback is shared, as in CPython.
            if (callback is null && type == PyTypeObject)
                foreach (var w in watcher.Refs)
                    if (w.TryGetTarget(out var existing) && existing.Callback is null && existing.type == PyTypeObject) return existing;
            var r = new PyWeakRef(type, obj, callback);
            watcher.Refs.Add(new WeakReference<PyWeakRef>(r));
            return r;
        }
    }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        t.New = static (callable, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            int n = args.Length - nkw;
            if (n < 1) throw PyErrors.TypeError($"__new__ expected at least 1 argument, got {n}");
            if (n > 2) throw PyErrors.TypeError($"__new__ expected at most 2 arguments, got {n}");
            var obj = args[0];
            if (obj is PyInt || obj is PyStr || obj is PyTuple || obj is PyList || obj is PyDict || obj == PyNone.Instance || obj is PyFloat)
                if (obj.type == PyTypes.Int || obj.type == PyTypes.Str || obj.type == PyTypes.Tuple || obj.type == PyTypes.List
                    || obj.type == PyTypes.Dict || obj.type == PyTypes.Float || obj.type == PyTypes.Bool || obj == PyNone.Instance)
                    throw PyErrors.TypeError($"cannot create weak reference to '{obj.type.Name}' object");
            return Create((PyType)callable, obj, n > 1 ? args[1] : null);
        };
        t.Init = static (self, args, kwnames) => { };
        t.Call = static (callable, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "weakref");
            RunPendingCallbacks();
            return ((PyWeakRef)callable).Target ?? PyNone.Instance;
        };
        t.Hash = static self =>
        {
            var r = (PyWeakRef)self;
            if (r.hashed) return r.hash;
            var o = r.Target ?? throw PyErrors.TypeError("weak object has gone away");
            r.hash = PyOps.Hash(o);
            r.hashed = true;
            return r.hash;
        };
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PyWeakRef rb) return PyNotImplemented.Instance;
            var ra = (PyWeakRef)a;
            var oa = ra.Target;
            var ob = rb.Target;
            if (oa is null || ob is null)
            {
                bool same = ReferenceEquals(a, b);
                return PyBool.FromBool(op == CompareOp.Eq ? same : !same);
            }
            return PyOps.RichCompare(oa, ob, op);
        };
        t.Repr = static self =>
        {
            var r = (PyWeakRef)self;
            var o = r.Target;
            return PyStr.FromString(o is null
                ? $"<weakref at 0x{PyHash.HashIdentity(r):x}; dead>"
                : $"<weakref at 0x{PyHash.HashIdentity(r):x}; to '{o.type.Name}' at 0x{PyHash.HashIdentity(o):x}>");
        };
    }

    [PyGetter("__callback__")]
    public PyObject CallbackValue => Callback ?? PyNone.Instance;

    [PyMethod]
    public PyObject __class_getitem__(PyObject item) => PyOps.Call(RuntimeTypes.GenericAlias, new[] { (PyObject)type, item });
}
