using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>os.stat_result: 10 sequence items (indices 7-9 the integer times) and the by-name fields
/// (float times, nanosecond times, st_blksize, st_blocks, st_rdev), as CPython on Linux.</summary>
internal static class StatResult
{
    private static readonly string?[] Fields =
    {
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    };

    public static PyType Type => StructSequence.TypeFor("os.stat_result", Fields, 10, FillFloatTimes);

    /// <summary>stat_result(seq): float times not given default to the integer ones (CPython's statresult_new).</summary>
    private static void FillFloatTimes(PyObject[] values)
    {
        for (int i = 7; i <= 9; i++)
            if (values[i + 3] == PyNone.Instance) values[i + 3] = values[i];
    }

    public static PyObject From(in Libc.Stat st)
    {
        var v = new PyObject[19];
        v[0] = PyInt.FromLong(st.st_mode);
        v[1] = PyInt.FromULong(st.st_ino);
        v[2] = PyInt.FromULong(st.st_dev);
        v[3] = PyInt.FromULong(st.st_nlink);
        v[4] = PyInt.FromLong(st.st_uid);
        v[5] = PyInt.FromLong(st.st_gid);
        v[6] = PyInt.FromLong(st.st_size);
        v[7] = PyInt.FromLong(st.st_atime_sec);
        v[8] = PyInt.FromLong(st.st_mtime_sec);
        v[9] = PyInt.FromLong(st.st_ctime_sec);
        v[10] = new PyFloat(st.st_atime_sec + st.st_atime_nsec * 1e-9);
        v[11] = new PyFloat(st.st_mtime_sec + st.st_mtime_nsec * 1e-9);
        v[12] = new PyFloat(st.st_ctime_sec + st.st_ctime_nsec * 1e-9);
        v[13] = Ns(st.st_atime_sec, st.st_atime_nsec);
        v[14] = Ns(st.st_mtime_sec, st.st_mtime_nsec);
        v[15] = Ns(st.st_ctime_sec, st.st_ctime_nsec);
        v[16] = PyInt.FromLong(st.st_blksize);
        v[17] = PyInt.FromLong(st.st_blocks);
        v[18] = PyInt.FromULong(st.st_rdev);
        return StructSequence.Make(Type, v);
    }

    // A long holds |sec| < 9e9 (to year 2255) times 10**9 plus nsec: no BigInteger, whose cold start
    // (System.Runtime.Numerics) every interpreter start paid when site stats files.
    private static PyInt Ns(long sec, long nsec) =>
        sec > -9_000_000_000L && sec < 9_000_000_000L && nsec > -1_000_000_000L && nsec < 1_000_000_000L
            ? PyInt.FromLong(sec * 1_000_000_000 + nsec)
            : PyInt.FromBig(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);
}
