using Taipan.Runtime.Objects;

namespace Taipan.Modules.Thread;

internal static class ThreadTypes
{
    public static readonly PyType Lock, RLock;

    static ThreadTypes()
    {
        Lock = PyType.CreateBuiltin(PyTypes.Type, "_thread.lock", PyTypes.Object, TypeFlags.None, 330);
        RLock = PyType.CreateBuiltin(PyTypes.Type, "_thread.RLock", PyTypes.Object, TypeFlags.BaseType, 331);
        PyLock.InitType(Lock);
        PyRLock.InitType(RLock);
        BuiltinTypeSlots.Complete(Lock);
        BuiltinTypeSlots.Complete(RLock);
    }
}
