using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Heapq;

/// <summary>_heapq: the same sift steps and comparisons (only `&lt;`) as CPython's, so heaps come out
/// identical, including for objects whose __lt__ is inconsistent.</summary>
[PyModule("_heapq")]
internal static partial class HeapqModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_heapq", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("__about__"), PyStr.FromAscii("Heap queues"));
        return m;
    }

    private static PyList AsHeap(PyObject heap, string function, bool onlyArgument) =>
        heap as PyList ?? throw PyErrors.TypeError(
            $"{function}() argument{(onlyArgument ? "" : " 1")} must be list, not {(heap == PyNone.Instance ? "None" : heap.type.Name)}");

    // Exact ints/floats/strs and tuples of them compare without dispatch (no Python code can run,
    // so nothing can mutate the heap meanwhile); anything else takes the rich comparison.
    private static bool Less(PyObject a, PyObject b) =>
        PyList.PureLess(a, b) ?? PyOps.IsTrue(PyOps.RichCompare(a, b, CompareOp.Lt));

    private static void CheckSize(PyList heap, int size)
    {
        if (heap.Count != size) throw PyErrors.RuntimeError("list changed size during iteration");
    }

    /// <summary>Moves the item at pos up towards startpos while it is smaller than its parent.</summary>
    private static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var newitem = heap[pos];
            var parent = heap[parentpos];
            bool lt = max ? Less(parent, newitem) : Less(newitem, parent);
            CheckSize(heap, size);
            if (!lt) break;
            parent = heap[parentpos];
            newitem = heap[pos];
            heap[parentpos] = newitem;
            heap[pos] = parent;
            pos = parentpos;
        }
    }

    /// <summary>Moves the smaller child up until a leaf, then sifts the item back down (Floyd).</summary>
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count;
        int startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                var a = heap[childpos];
                var b = heap[childpos + 1];
                bool lt = max ? Less(b, a) : Less(a, b);
                if (!lt) childpos++;
                CheckSize(heap, endpos);
            }
            var tmp1 = heap[childpos];
            var tmp2 = heap[pos];
            heap[childpos] = tmp2;
            heap[pos] = tmp1;
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    [PyFunction]
    public static void heappush(PyObject heap, PyObject item)
    {
        var h = AsHeap(heap, "heappush", false);
        h.Append(item);
        SiftDown(h, 0, h.Count - 1, false);
    }

    private static PyObject Pop(PyObject heap, bool max)
    {
        var h = AsHeap(heap, max ? "_heappop_max" : "heappop", true);
        if (h.Count == 0) throw PyErrors.IndexError("index out of range");
        var last = h.pop();
        if (h.Count == 0) return last;
        var result = h[0];
        h[0] = last;
        SiftUp(h, 0, max);
        return result;
    }

    [PyFunction] public static PyObject heappop(PyObject heap) => Pop(heap, false);
    [PyFunction] public static PyObject _heappop_max(PyObject heap) => Pop(heap, true);

    private static PyObject Replace(PyObject heap, PyObject item, bool max)
    {
        var h = AsHeap(heap, max ? "_heapreplace_max" : "heapreplace", false);
        if (h.Count == 0) throw PyErrors.IndexError("index out of range");
        var result = h[0];
        h[0] = item;
        SiftUp(h, 0, max);
        return result;
    }

    [PyFunction] public static PyObject heapreplace(PyObject heap, PyObject item) => Replace(heap, item, false);
    [PyFunction] public static PyObject _heapreplace_max(PyObject heap, PyObject item) => Replace(heap, item, true);

    [PyFunction]
    public static PyObject heappushpop(PyObject heap, PyObject item)
    {
        var h = AsHeap(heap, "heappushpop", false);
        if (h.Count == 0) return item;
        var top = h[0];
        if (!Less(top, item)) return item;
        if (h.Count == 0) throw PyErrors.IndexError("index out of range");
        var result = h[0];
        h[0] = item;
        SiftUp(h, 0, false);
        return result;
    }

    private static void Heapify(PyObject heap, bool max)
    {
        var h = AsHeap(heap, max ? "_heapify_max" : "heapify", true);
        // Every node is sifted after all of its descendants; that fixes the result whatever the order.
        for (int i = (h.Count >> 1) - 1; i >= 0; i--) SiftUp(h, i, max);
    }

    [PyFunction] public static void heapify(PyObject heap) => Heapify(heap, false);
    [PyFunction] public static void _heapify_max(PyObject heap) => Heapify(heap, true);
}
