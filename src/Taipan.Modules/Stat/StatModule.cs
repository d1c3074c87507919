using System.Numerics;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Stat;

/// <summary>_stat: Linux's st_mode constants, the S_IS* tests, S_IMODE/S_IFMT and filemode.</summary>
[PyModule("_stat")]
internal static partial class StatModule
{
    private static readonly (string Name, long Value)[] Constants =
    {
        ("S_IFDIR", 16384),
        ("S_IFCHR", 8192),
        ("S_IFBLK", 24576),
        ("S_IFREG", 32768),
        ("S_IFIFO", 4096),
        ("S_IFLNK", 40960),
        ("S_IFSOCK", 49152),
        ("S_IFDOOR", 0),
        ("S_IFPORT", 0),
        ("S_IFWHT", 0),
        ("S_ISUID", 2048),
        ("S_ISGID", 1024),
        ("S_ISVTX", 512),
        ("S_ENFMT", 1024),
        ("S_IREAD", 256),
        ("S_IWRITE", 128),
        ("S_IEXEC", 64),
        ("S_IRWXU", 448),
        ("S_IRUSR", 256),
        ("S_IWUSR", 128),
        ("S_IXUSR", 64),
        ("S_IRWXG", 56),
        ("S_IRGRP", 32),
        ("S_IWGRP", 16),
        ("S_IXGRP", 8),
        ("S_IRWXO", 7),
        ("S_IROTH", 4),
        ("S_IWOTH", 2),
        ("S_IXOTH", 1),
        ("UF_NODUMP", 1),
        ("UF_IMMUTABLE", 2),
        ("UF_APPEND", 4),
        ("UF_OPAQUE", 8),
        ("UF_NOUNLINK", 16),
        ("UF_COMPRESSED", 32),
        ("UF_HIDDEN", 32768),
        ("SF_ARCHIVED", 65536),
        ("SF_IMMUTABLE", 131072),
        ("SF_APPEND", 262144),
        ("SF_NOUNLINK", 1048576),
        ("SF_SNAPSHOT", 2097152),
        ("ST_MODE", 0),
        ("ST_INO", 1),
        ("ST_DEV", 2),
        ("ST_NLINK", 3),
        ("ST_UID", 4),
        ("ST_GID", 5),
        ("ST_SIZE", 6),
        ("ST_ATIME", 7),
        ("ST_MTIME", 8),
        ("ST_CTIME", 9),
    };

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_stat", InstallPyBindings);
        foreach (var (name, value) in Constants) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        return m;
    }

    /// <summary>_PyLong_AsMode_t: an unsigned long that must fit mode_t (32 bits).</summary>
    private static uint Mode(PyObject o)
    {
        if (o is not PyInt i)
        {
            if (o.type.Index is null) throw PyErrors.TypeError("an integer is required");
            i = PyOps.Index(o);
        }
        if (i.IsNegative) throw PyErrors.OverflowError("can't convert negative value to unsigned int");
        var v = i.Big;
        if (v > ulong.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C unsigned long");
        if (v > uint.MaxValue) throw PyErrors.OverflowError("mode out of range");
        return (uint)v;
    }

    private const uint IFMT = 0xF000;

    [PyFunction] public static bool S_ISDIR(PyObject mode) => (Mode(mode) & IFMT) == 0x4000;
    [PyFunction] public static bool S_ISCHR(PyObject mode) => (Mode(mode) & IFMT) == 0x2000;
    [PyFunction] public static bool S_ISBLK(PyObject mode) => (Mode(mode) & IFMT) == 0x6000;
    [PyFunction] public static bool S_ISREG(PyObject mode) => (Mode(mode) & IFMT) == 0x8000;
    [PyFunction] public static bool S_ISFIFO(PyObject mode) => (Mode(mode) & IFMT) == 0x1000;
    [PyFunction] public static bool S_ISLNK(PyObject mode) => (Mode(mode) & IFMT) == 0xA000;
    [PyFunction] public static bool S_ISSOCK(PyObject mode) => (Mode(mode) & IFMT) == 0xC000;
    // Linux has no doors, event ports or whiteouts
    [PyFunction] public static bool S_ISDOOR(PyObject mode) { Mode(mode); return false; }
    [PyFunction] public static bool S_ISPORT(PyObject mode) { Mode(mode); return false; }
    [PyFunction] public static bool S_ISWHT(PyObject mode) { Mode(mode); return false; }

    [PyFunction] public static long S_IMODE(PyObject mode) => Mode(mode) & 0xFFF;
    [PyFunction] public static long S_IFMT(PyObject mode) => Mode(mode) & IFMT;

    [PyFunction]
    public static string filemode(PyObject mode)
    {
        uint m = Mode(mode);
        var b = new char[10];
        b[0] = (m & IFMT) switch
        {
            0x8000 => '-', 0x4000 => 'd', 0xA000 => 'l', 0x6000 => 'b', 0x2000 => 'c', 0x1000 => 'p', 0xC000 => 's', _ => '?',
        };
        b[1] = (m & 0x100) != 0 ? 'r' : '-';
        b[2] = (m & 0x80) != 0 ? 'w' : '-';
        b[3] = (m & 0x800) != 0 ? ((m & 0x40) != 0 ? 's' : 'S') : ((m & 0x40) != 0 ? 'x' : '-');
        b[4] = (m & 0x20) != 0 ? 'r' : '-';
        b[5] = (m & 0x10) != 0 ? 'w' : '-';
        b[6] = (m & 0x400) != 0 ? ((m & 0x8) != 0 ? 's' : 'S') : ((m & 0x8) != 0 ? 'x' : '-');
        b[7] = (m & 0x4) != 0 ? 'r' : '-';
        b[8] = (m & 0x2) != 0 ? 'w' : '-';
        b[9] = (m & 0x200) != 0 ? ((m & 0x1) != 0 ? 't' : 'T') : ((m & 0x1) != 0 ? 'x' : '-');
        return new string(b);
    }
}
