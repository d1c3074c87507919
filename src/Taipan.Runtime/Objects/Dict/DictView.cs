using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>dict_keys / dict_values / dict_items: live views over a dict.</summary>
internal sealed class DictView : PyObject
{
    internal readonly PyDict Dict;

    public DictView(PyType kind, PyDict dict) : base(kind) => Dict = dict;

    private PyType IteratorType =>
        type == PyTypes.DictKeys ? PyTypes.DictKeyIterator : type == PyTypes.DictValues ? PyTypes.DictValueIterator : PyTypes.DictItemIterator;

    internal static void InitType(PyType t)
    {
        t.Length = static self => ((DictView)self).Dict.Used;
        t.Iter = static self => new DictIterator(((DictView)self).IteratorType, ((DictView)self).Dict);
        t.Repr = static self =>
        {
            var v = (DictView)self;
            var state = InterpreterState.Current;
            if (!state.ReprEnter(self)) return PyStr.FromAscii("...");
            try
            {
                var sb = new StringBuilder(v.type.Name).Append("([");
                var it = PyOps.GetIter(self);
                PyObject? item;
                bool first = true;
                while ((item = PyOps.Next(it)) is not null)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(PyOps.Repr(item).Value);
                }
                return PyStr.FromString(sb.Append("])").ToString());
            }
            finally { state.ReprLeave(self); }
        };
        t.Contains = static (self, item) =>
        {
            var v = (DictView)self;
            if (v.type == PyTypes.DictKeys) return v.Dict.ContainsKey(item);
            if (v.type == PyTypes.DictItems)
            {
                if (item is not PyTuple pair || pair.Count != 2) return false;
                var found = v.Dict.GetItemOrNull(pair[0]);
                return found is not null && PyOps.EqualsBool(found, pair[1]);
            }
            var it = PyOps.GetIter(self);
            PyObject? x;
            while ((x = PyOps.Next(it)) is not null) if (PyOps.EqualsBool(x, item)) return true;
            return false;
        };
    }
}
