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
        // dequeiter_new(type, deque, index=0): a fresh iterator advanced index times (how __reduce__ restores it)
        t.New = static (callable, args, kwnames) =>
        {
            var type = (PyType)callable;
            var s = ArgParser.Unpack(args, kwnames, type.Name, new[] { "deque", "index" }, 2, 1);
            if (s[0] is not PyDeque d) throw PyErrors.TypeError($"{type.Name}() argument 1 must be collections.deque, not {s[0]!.type.Name}");
            var it = new DequeIterator(type, d, type == ReverseType);
            long n = s[1] is { } i ? ArgParser.ToLong(i) : 0;
            for (long k = 0; k < n && it.index < d.Count; k++) it.index++;
            return it;
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reduce__");
            var it = (DequeIterator)self!;
            return PyTuple.Of(it.type, PyTuple.Of(it.deque, PyInt.FromLong(it.index)));
        });
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, args, kwnames) =>
        {
            var it = (DequeIterator)self!;
            return PyInt.FromLong(System.Math.Max(0, it.deque.Count - it.index));
        });
    }
}
