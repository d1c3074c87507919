using Taipan.Runtime.Objects;

namespace Taipan.Modules.ArrayLib;

/// <summary>array.arrayiterator: reads the live array by index (items appended before the end are seen);
/// once exhausted it lets go of the array and stays exhausted. Pickles as iter(array) plus the position.</summary>
internal sealed class ArrayIterator : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("array.arrayiterator", 48, InitType, subclassable: false);
    private PyArray? array;
    private long index;

    public ArrayIterator(PyArray array) : base(PyTypeObject) => this.array = array;

    private static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (ArrayIterator)self;
            if (it.array is not { } a) return null;
            if (it.index < a.Count) return a.Get((int)it.index++);
            it.array = null;
            return null;
        };
        IteratorReduce.Install(t, null,
            static self =>
            {
                var it = (ArrayIterator)self;
                return it.array is { } a ? IteratorReduce.At(a, it.index) : IteratorReduce.Exhausted(PyTuple.Empty);
            },
            static (self, state) =>
            {
                var it = (ArrayIterator)self;
                if (it.array is not { } a) return;
                it.index = state < 0 ? 0 : Math.Min(state, a.Count);
            });
    }
}
