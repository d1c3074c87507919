using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>dict_keys / dict_values / dict_items: live views over a dict. Keys and items views are
/// set-like: the operators build a set from the left operand and update it with the right one
/// (dictviews_and/or/sub/xor), so results iterate in CPython's order.</summary>
internal sealed class DictView : PyObject
{
    internal readonly PyDict Dict;

    public DictView(PyType kind, PyDict dict) : base(kind) => Dict = dict;

    private PyType IteratorType =>
        type == PyTypes.DictKeys ? PyTypes.DictKeyIterator : type == PyTypes.DictValues ? PyTypes.DictValueIterator : PyTypes.DictItemIterator;

    private bool IsSetLike => type != PyTypes.DictValues;

    private PyType ReverseIteratorType =>
        type == PyTypes.DictKeys ? PyTypes.DictReverseKeyIterator : type == PyTypes.DictValues ? PyTypes.DictReverseValueIterator : PyTypes.DictReverseItemIterator;

    private static PySet ToSet(PyObject o) => PySet.FromIterable(PyTypes.Set, o);

    private static BinaryFunc SetOperator(BinaryOp op) => (a, b) =>
    {
        if (!(a is DictView { IsSetLike: true } || b is DictView { IsSetLike: true })) return PyNotImplemented.Instance;
        if (op == BinaryOp.And) return Intersect(a, b);
        var result = ToSet(a);
        switch (op)
        {
            case BinaryOp.Or: result.UpdateFrom(b); return result;
            case BinaryOp.Subtract: result.difference_update([b], null); return result;
            default: result.symmetric_difference_update(b); return result;
        }
    };

    /// <summary>_PyDictView_Intersect: iterate the other operand (or the smaller view), keep what the view contains.</summary>
    private static PyObject Intersect(PyObject a, PyObject b)
    {
        if (a is not DictView { IsSetLike: true }) (a, b) = (b, a);
        var self = (DictView)a;
        long lenSelf = self.Dict.Used;
        if (b.type == PyTypes.Set && lenSelf <= ((PySet)b).Count) return ((PySet)b).intersection([a], null);
        if (b is DictView { IsSetLike: true } ov && ov.Dict.Used > lenSelf) (self, b) = (ov, self);
        var result = new PySet();
        var it = PyOps.GetIter(b);
        PyObject? key;
        while ((key = PyOps.Next(it)) is not null)
            if (PyOps.Contains(self, key)) result.Add(key);
        return result;
    }

    internal static void InitType(PyType t)
    {
        if (t != PyTypes.DictValues)
        {
            t.NumberSlots[(int)BinaryOp.Or] = SetOperator(BinaryOp.Or);
            t.NumberSlots[(int)BinaryOp.And] = SetOperator(BinaryOp.And);
            t.NumberSlots[(int)BinaryOp.Subtract] = SetOperator(BinaryOp.Subtract);
            t.NumberSlots[(int)BinaryOp.Xor] = SetOperator(BinaryOp.Xor);
            t.RichCompare = static (a, b, op) =>
            {
                if (a is not DictView x || b is not (PySet or DictView { IsSetLike: true })) return PyNotImplemented.Instance;
                long la = x.Dict.Used, lb = PyOps.Length(b);
                bool AllIn(PyObject from, PyObject to)
                {
                    var it = PyOps.GetIter(from);
                    PyObject? item;
                    while ((item = PyOps.Next(it)) is not null) if (!PyOps.Contains(to, item)) return false;
                    return true;
                }
                bool r = op switch
                {
                    CompareOp.Eq => la == lb && AllIn(a, b),
                    CompareOp.Ne => !(la == lb && AllIn(a, b)),
                    CompareOp.Lt => la < lb && AllIn(a, b),
                    CompareOp.Le => la <= lb && AllIn(a, b),
                    CompareOp.Gt => la > lb && AllIn(b, a),
                    _ => la >= lb && AllIn(b, a),
                };
                return PyBool.FromBool(r);
            };
            t.Hash = PyOps.HashNotImplemented;
            BindingInstaller.AddMethod(t, "isdisjoint", static (self, args, kwnames) =>
            {
                ArgParser.OneArg(args, kwnames, "isdisjoint");
                var it = PyOps.GetIter(args[0]);
                PyObject? item;
                while ((item = PyOps.Next(it)) is not null) if (PyOps.Contains(self!, item)) return PyBool.False;
                return PyBool.True;
            });
        }
        BindingInstaller.AddMethod(t, "__reversed__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "__reversed__");
            var v = (DictView)self!;
            return new DictReverseIterator(v.ReverseIteratorType, v.Dict);
        });
        BindingInstaller.AddGetter(t, "mapping", static self => new PyMappingProxy(((DictView)self).Dict));
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
