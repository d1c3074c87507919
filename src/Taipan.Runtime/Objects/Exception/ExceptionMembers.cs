using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The member kinds CPython's exception structs expose (structmember.h): T_OBJECT (a missing value
/// reads as None, `del` clears it), T_BOOL and T_PYSSIZET, with their conversion messages.
/// </summary>
internal static class ExceptionMembers
{
    /// <summary>A T_OBJECT member: <paramref name="get"/> returns the field (null = unset), <paramref name="set"/> stores (null on del).</summary>
    public static void Object<T>(PyType t, string name, Func<T, PyObject?> get, Action<T, PyObject?> set) where T : PyBaseException =>
        BindingInstaller.AddGetSet(t, name, s => get((T)s) ?? PyNone.Instance, (s, v) => set((T)s, v));

    /// <summary>A READONLY T_OBJECT member.</summary>
    public static void ReadOnly<T>(PyType t, string name, Func<T, PyObject?> get) where T : PyBaseException =>
        BindingInstaller.AddGetSet(t, name, s => get((T)s) ?? PyNone.Instance, static (s, v) => throw PyErrors.AttributeError("readonly attribute"));

    /// <summary>A T_PYSSIZET member.</summary>
    public static void SizeT<T>(PyType t, string name, Func<T, long> get, Action<T, long> set) where T : PyBaseException =>
        BindingInstaller.AddGetSet(t, name, s => PyInt.FromLong(get((T)s)), (s, v) =>
        {
            if (v is null) throw PyErrors.TypeError("can't delete numeric/char attribute");
            if (v is not PyInt) throw PyErrors.TypeError("an integer is required");
            set((T)s, PyOps.AsIndex(v, PyTypes.OverflowError));
        });

    /// <summary>T_BOOL member assignment.</summary>
    public static bool ToBool(PyObject? v)
    {
        if (v is null) throw PyErrors.TypeError("can't delete numeric/char attribute");
        if (v.type != PyTypes.Bool) throw PyErrors.TypeError("attribute value type must be bool");
        return v == PyBool.True;
    }

    /// <summary>PySequence_Tuple.</summary>
    public static PyTuple ToTuple(PyObject v) =>
        v.type == PyTypes.Tuple ? (PyTuple)v : (PyTuple)PyOps.Call(PyTypes.Tuple, new[] { v });

    /// <summary>PyArg_ParseTupleAndKeywords(empty, kwds, "|$OO:Name") over the keyword part of a vectorcall:
    /// only the listed keywords are accepted.</summary>
    public static void ParseKeywordOnly(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string fname, string[] names, PyObject?[] values)
    {
        if (kwnames is null) return;
        int npos = args.Length - kwnames.Count;
        for (int i = 0; i < kwnames.Count; i++)
        {
            var k = ((PyStr)kwnames[i]).Value;
            int idx = Array.IndexOf(names, k);
            if (idx < 0) throw PyErrors.TypeError($"'{k}' is an invalid keyword argument for {fname}()");
            values[idx] = args[npos + i];
        }
    }
}
