using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Collections;

/// <summary>_collections._deque_iterator and _deque_reverse_iterator.</summary>
internal sealed class DequeIterator : PyObject
{
    public static readonly PyType ForwardType = ModuleTypes.Create("_collections._deque_iterator", 27, InitType, subclassable: false);
    public static readonly PyType ReverseType = ModuleTypes.Create("_collections._deque_reverse_iterator", 28, InitType, subclassable: false);
    private readonly PyDeque deque;
    private readonly bool reverse;
    private readonly long state;
    private int index;

    public DequeIterator(PyType t, PyDeque deque, bool reverse) : base(t)
    {
        this.deque = deque;
        this.reverse = reverse;
        state = deque.State;
    }

    private static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (DequeIterator)self;
            if (it.deque.State != it.state)
            {
                throw PyErrors.RuntimeError("deque mutated during iteration");
            }
            if (it.index >= it.deque.Count) return null;
            var x = it.reverse ? it.deque[it.deque.Count - 1 - it.index] : it.deque[it.index];
            it.index++;
            return x;
        };
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, args, kwnames) =>
        {
            var it = (DequeIterator)self!;
            return PyInt.FromLong(System.Math.Max(0, it.deque.Count - it.index));
        });
    }
}
