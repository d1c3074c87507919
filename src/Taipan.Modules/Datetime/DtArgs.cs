using Taipan.Runtime.Objects;
using Taipan.Runtime.Binding;

namespace Taipan.Modules.Datetime;

/// <summary>PyArg_ParseTupleAndKeywords as _datetimemodule.c uses it, with its messages: "function takes at
/// most 3 arguments (4 given)", "function missing required argument 'day' (pos 3)", "'x' is an invalid
/// keyword argument for replace()". <c>label</c> is "function" for the constructors (no name given).</summary>
internal static class DtArgs
{
    public static PyObject?[] Unpack(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names, int required, string label, int maxPositional = -1, int intMask = 0)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int max = names.Length;
        if (nargs + nkw > max)
            throw PyErrors.TypeError($"{label} takes at most {max} argument{(max == 1 ? "" : "s")} ({nargs + nkw} given)");
        if (maxPositional >= 0 && nargs > maxPositional)
            throw PyErrors.TypeError($"{label} takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({nargs} given)");
        var slots = new PyObject?[max];
        for (int i = 0; i < nargs; i++) slots[i] = args[i];
        int used = 0;
        for (int i = nargs; i < max; i++)
        {
            for (int k = 0; k < nkw; k++)
            {
                if (((PyStr)kwnames![k]).Value != names[i]) continue;
                slots[i] = args[nargs + k];
                used++;
                break;
            }
            if (slots[i] is null && i < required)
            {
                ConvertEarlier(slots, i, intMask);
                throw Missing(names, i, label);
            }
        }
        if (used < nkw)
        {
            ConvertEarlier(slots, max, intMask);
            for (int k = 0; k < nkw; k++)
            {
                var kw = ((PyStr)kwnames![k]).Value;
                int index = Array.IndexOf(names, kw);
                if (index < 0)
                    throw PyErrors.TypeError($"'{kw}' is an invalid keyword argument for {(label == "function" ? "this function" : label)}");
                if (index < nargs)
                    throw PyErrors.TypeError($"argument for {label} given by name ('{kw}') and position ({index + 1})");
            }
        }
        return slots;
    }

    /// <summary>PyArg_ParseTupleAndKeywords converts each argument as it goes, so a bad "i" argument before the
    /// problem is reported first: <paramref name="intMask"/> marks the "i" parameters.</summary>
    private static void ConvertEarlier(PyObject?[] slots, int upTo, int intMask)
    {
        for (int j = 0; j < upTo; j++)
            if ((intMask & (1 << j)) != 0 && slots[j] is { } o) ToInt(o);
    }

    private static PyException Missing(string[] names, int i, string label) =>
        PyErrors.TypeError($"{label} missing required argument '{names[i]}' (pos {i + 1})");

    /// <summary>A required "i" argument, converted in order so a bad earlier argument is reported before a missing later one.</summary>
    public static int RequiredInt(PyObject?[] slots, int i, string[] names, string label) =>
        slots[i] is { } o ? ToInt(o) : throw Missing(names, i, label);

    /// <summary>The "i" converter.</summary>
    public static int ToInt(PyObject o)
    {
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        return ArgParser.ToInt32(o);
    }

    public static int IntOr(PyObject? o, int dflt) => o is null ? dflt : ToInt(o);

    public static PyObject CheckTzinfo(PyObject? tz)
    {
        if (tz is null || tz == PyNone.Instance) return PyNone.Instance;
        if (!PyTzInfo.IsTzInfo(tz))
            throw PyErrors.TypeError($"tzinfo argument must be None or of a tzinfo subclass, not type '{tz.type.Name}'");
        return tz;
    }

    public static PyStr Str(string s) => PyStr.FromString(s);
}
