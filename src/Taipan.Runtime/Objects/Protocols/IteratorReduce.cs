using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>The pieces the builtin iterators' __reduce__/__setstate__ share: CPython pickles an iterator as a
/// call of the builtin iter (or reversed) on its sequence plus the position, or, for iterators over hash
/// tables, as iter() of a list of what is left.</summary>
internal static class IteratorReduce
{
    /// <summary>builtins.iter as the running code sees it (CPython's _PyEval_GetBuiltin).</summary>
    internal static PyObject BuiltinIter =>
        InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("iter")) ?? throw PyErrors.New(PyTypes.AttributeError, "iter");

    /// <summary>(iter, (seq,), index).</summary>
    internal static PyTuple At(PyObject seq, long index) => PyTuple.Of(BuiltinIter, PyTuple.Of(seq), PyInt.FromLong(index));

    /// <summary>(iter, (empty,)): an exhausted iterator.</summary>
    internal static PyTuple Exhausted(PyObject empty) => PyTuple.Of(BuiltinIter, PyTuple.Of(empty));

    /// <summary>(iter, (list,)) of the items a copy of the iterator would still produce; the original is untouched.</summary>
    internal static PyTuple Remaining(PyObject copy)
    {
        var list = new PyList();
        PyObject? item;
        while ((item = PyOps.Next(copy)) is not null) list.Append(item);
        return PyTuple.Of(BuiltinIter, PyTuple.Of(list));
    }

    /// <summary>PyLong_AsSsize_t: an exact int (no __index__), as the index-based __setstate__ methods take it.</summary>
    internal static long SsizeState(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        Binding.ArgParser.OneArg(args, kwnames, name);
        if (args[0] is not PyInt i) throw PyErrors.TypeError("an integer is required");
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>Installs __length_hint__, __reduce__ and (when given) __setstate__ on an iterator type.</summary>
    internal static void Install(PyType t, Func<PyObject, PyObject>? lengthHint, Func<PyObject, PyObject> reduce, Action<PyObject, long>? setState)
    {
        var typeName = t.Name;
        if (lengthHint is not null)
            Binding.BindingInstaller.AddMethod(t, "__length_hint__", (self, a, k) =>
            {
                Binding.ArgParser.NoArgs(a, k, typeName + ".__length_hint__");
                return lengthHint(self!);
            });
        Binding.BindingInstaller.AddMethod(t, "__reduce__", (self, a, k) =>
        {
            Binding.ArgParser.NoArgs(a, k, typeName + ".__reduce__");
            return reduce(self!);
        });
        if (setState is not null)
            Binding.BindingInstaller.AddMethod(t, "__setstate__", (self, a, k) =>
            {
                setState(self!, SsizeState(a, k, typeName + ".__setstate__"));
                return PyNone.Instance;
            });
    }
}
