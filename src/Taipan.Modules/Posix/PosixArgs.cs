using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>Argument Clinic's keyword parsing for posix functions: the first <c>maxPositional</c> parameters
/// may be positional, the rest (dir_fd, follow_symlinks ...) are keyword-only. Messages are CPython's.</summary>
internal static class PosixArgs
{
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int maxPositional, int required)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (nargs > maxPositional)
        {
            string how = required == maxPositional ? "exactly" : "at most";
            throw PyErrors.TypeError($"{name}() takes {how} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({nargs} given)");
        }
        var slots = new PyObject?[names.Length];
        for (int i = 0; i < nargs; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kw = ((PyStr)kwnames![k]).Value;
            int index = Array.IndexOf(names, kw);
            if (index < 0) throw PyErrors.TypeError($"'{kw}' is an invalid keyword argument for {name}()");
            if (slots[index] is not null)
                throw PyErrors.TypeError($"argument for {name}() given by name ('{kw}') and position ({index + 1})");
            slots[index] = args[nargs + k];
        }
        for (int i = 0; i < required; i++)
            if (slots[i] is null)
                throw PyErrors.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        return slots;
    }

    /// <summary>dir_fd: None means AT_FDCWD.</summary>
    public static int DirFd(PyObject? o)
    {
        if (o is null || o == PyNone.Instance) return Libc.AT_FDCWD;
        if (o is not PyInt && o.type.Lookup("__index__") is null)
            throw PyErrors.TypeError($"argument should be integer or None, not {o.type.Name}");
        return Fd(o);
    }

    public static int Fd(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        var i = PyOps.Index(o);
        long v = i.IsSmall ? i.Small : i.Sign > 0 ? long.MaxValue : long.MinValue;
        if (v > int.MaxValue) throw PyErrors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErrors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    public static int Int(PyObject? o, int dflt) => o is null ? dflt : Fd(o);

    public static bool Bool(PyObject? o, bool dflt) => o is null ? dflt : PyOps.IsTrue(o);
}
