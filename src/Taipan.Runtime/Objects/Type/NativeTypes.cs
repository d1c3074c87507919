namespace Taipan.Runtime.Objects;

/// <summary>Builtin types created after bootstrap by native modules (posix.DirEntry, select.poll ...): the same
/// steps BuiltinTypeSlots runs for the core types (own slots, inherited slots, slot wrappers), for one type.</summary>
internal static class NativeTypes
{
    public static PyType Create(string name, PyType @base, TypeFlags flags, int layoutId, Action<PyType> init)
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, name, @base, flags, layoutId);
        init(t);
        for (int i = 1; i < t.Mro.Length; i++)
        {
            var b = t.Mro[i];
            t.Repr ??= b.Repr; t.Str ??= b.Str; t.Hash ??= b.Hash; t.RichCompare ??= b.RichCompare;
            t.Bool ??= b.Bool; t.Length ??= b.Length; t.GetItem ??= b.GetItem; t.SetItem ??= b.SetItem;
            t.Contains ??= b.Contains; t.Iter ??= b.Iter; t.IterNext ??= b.IterNext; t.Call ??= b.Call;
            t.New ??= b.New; t.Init ??= b.Init; t.GetAttr ??= b.GetAttr; t.SetAttr ??= b.SetAttr;
            t.Negative ??= b.Negative; t.Positive ??= b.Positive; t.Absolute ??= b.Absolute; t.Invert ??= b.Invert;
            t.Int ??= b.Int; t.Float ??= b.Float; t.Index ??= b.Index;
            t.SequenceConcat ??= b.SequenceConcat; t.SequenceRepeat ??= b.SequenceRepeat; t.TernaryPower ??= b.TernaryPower;
            for (int op = 0; op < t.NumberSlots.Length; op++)
            {
                t.NumberSlots[op] ??= b.NumberSlots[op];
                t.InplaceSlots[op] ??= b.InplaceSlots[op];
            }
        }
        SlotWrappers.Install(t);
        return t;
    }
}
