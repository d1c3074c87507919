using Taipan.Runtime.Objects;

namespace Taipan.Modules.Mmap;

/// <summary>iter(mmap): CPython iterates an mmap through sq_item, whose items are length-1 bytes (while
/// m[i] is an int), so the generic getitem iterator would be wrong here.</summary>
internal sealed class MmapIterator : PyObject
{
    public static readonly PyType IteratorType = ModuleTypes.Create("iterator", 87, InitType, subclassable: false);

    private PyMmap? mmap;
    private long index;

    public MmapIterator(PyMmap mmap) : base(IteratorType) => this.mmap = mmap;

    private static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (MmapIterator)self;
            if (it.mmap is null) return null;
            var r = it.mmap.ItemAt(it.index++);
            if (r is null) it.mmap = null;
            return r;
        };
    }
}
