using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Mmap;

[PyModule("mmap")]
internal static partial class MmapModule
{
    public static readonly PyType MmapType = ModuleTypes.Create("mmap.mmap", 86, PyMmap.InitType);

    // Linux x86_64 values, as CPython's mmap module exports them there.
    private static readonly (string Name, long Value)[] Constants =
    {
        ("PROT_EXEC", 4), ("PROT_READ", 1), ("PROT_WRITE", 2),
        ("MAP_SHARED", 1), ("MAP_PRIVATE", 2), ("MAP_DENYWRITE", 2048), ("MAP_EXECUTABLE", 4096),
        ("MAP_ANON", 32), ("MAP_ANONYMOUS", 32), ("MAP_POPULATE", 32768), ("MAP_STACK", 131072),
        ("ACCESS_DEFAULT", PyMmap.AccessDefault), ("ACCESS_READ", PyMmap.AccessRead),
        ("ACCESS_WRITE", PyMmap.AccessWrite), ("ACCESS_COPY", PyMmap.AccessCopy),
        ("MADV_NORMAL", 0), ("MADV_RANDOM", 1), ("MADV_SEQUENTIAL", 2), ("MADV_WILLNEED", 3), ("MADV_DONTNEED", 4),
        ("MADV_FREE", 8), ("MADV_REMOVE", 9), ("MADV_DONTFORK", 10), ("MADV_DOFORK", 11), ("MADV_MERGEABLE", 12),
        ("MADV_UNMERGEABLE", 13), ("MADV_HUGEPAGE", 14), ("MADV_NOHUGEPAGE", 15), ("MADV_DONTDUMP", 16),
        ("MADV_DODUMP", 17), ("MADV_HWPOISON", 100),
    };

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("mmap", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("mmap"), MmapType);
        m.Dict.SetItem(PyStr.FromAscii("error"), PyTypes.OSError);
        foreach (var (name, value) in Constants) m.Dict.SetItem(PyStr.FromAscii(name), PyInt.FromLong(value));
        long page = Environment.SystemPageSize;
        m.Dict.SetItem(PyStr.FromAscii("PAGESIZE"), PyInt.FromLong(page));
        m.Dict.SetItem(PyStr.FromAscii("ALLOCATIONGRANULARITY"), PyInt.FromLong(page));
        return m;
    }
}
