using Taipan.Runtime.Objects;
namespace Taipan.Modules.Datetime;

/// <summary>The pickle state of date/time/datetime: CPython's packed bytes (so pickles interoperate), or a str of the
/// same length from a Python 2 pickle read with encoding='latin1'.</summary>
internal static class Pickle
{
    /// <summary>__reduce_ex__ of time/datetime: (type, (state,)) or (type, (state, tzinfo)).</summary>
    internal static PyObject Reduce(PyType type, byte[] state, PyObject tzinfo)
    {
        var st = PyBytes.From(state);
        return PyTuple.Of(type, tzinfo == PyNone.Instance ? PyTuple.Of(st) : PyTuple.Of(st, tzinfo));
    }

    /// <summary>The tzinfo argument after pickle state bytes (absent means None).</summary>
    internal static PyObject StateTzInfo(ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 2) return PyNone.Instance;
        var tz = args[1];
        if (tz != PyNone.Instance && !PyTzInfo.IsTzInfo(tz)) throw PyErrors.TypeError("bad tzinfo state arg");
        return tz;
    }

    /// <summary>The state bytes when <paramref name="arg"/> looks like one, else null (the constructor then parses
    /// ordinary arguments). <paramref name="checkIndex"/> is the byte whose low 7 bits must be a month (date,
    /// datetime: 2) or an hour (time: 0).</summary>
    public static byte[]? StateBytes(PyObject arg, int length, int checkIndex, string what)
    {
        if (arg is PyBytes b)
        {
            if (b.Value.Length != length || !Sane(b.Value[checkIndex], checkIndex)) return null;
            return b.Value;
        }
        if (arg is PyStr s)
        {
            var text = s.Value;
            if (s.Length != length || text.Length != length || !Sane(text[checkIndex], checkIndex)) return null;
            var r = new byte[length];
            for (int i = 0; i < length; i++)
            {
                if (text[i] > 255)
                    throw PyErrors.ValueError($"Failed to encode latin1 string when unpickling a {what} object. pickle.load(data, encoding='latin1') is assumed.");
                r[i] = (byte)text[i];
            }
            return r;
        }
        return null;
    }

    private static bool Sane(int c, int checkIndex) =>
        checkIndex == 0 ? (c & 0x7F) < 24 : (uint)((c & 0x7F) - 1) < 12;
}
