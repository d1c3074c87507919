using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>os.DirEntry: one scandir() result; d_type answers is_dir/is_file/is_symlink without a stat call
/// when the filesystem provides it, and stat results are cached as in CPython.</summary>
[PyType("posix.DirEntry")]
internal sealed unsafe partial class DirEntry : PyObject
{
    public static readonly PyType PyTypeObject = NativeTypes.Create("posix.DirEntry", PyTypes.Object, TypeFlags.None, 250, InitType);

    private readonly PyObject name, path;
    private readonly byte[] pathBytes;  // NUL-terminated; the name alone when dirFd is set
    private readonly int dirFd;
    private readonly byte dType;
    private readonly ulong ino;
    private PyObject? statCache, lstatCache;

    public DirEntry(PyObject name, PyObject path, byte[] pathBytes, int dirFd, byte dType, ulong ino) : base(PyTypeObject)
    {
        this.name = name;
        this.path = path;
        this.pathBytes = pathBytes;
        this.dirFd = dirFd;
        this.dType = dType;
        this.ino = ino;
    }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create 'posix.DirEntry' instances");
        t.Repr = static self => PyStr.FromString("<DirEntry " + PyOps.Repr(((DirEntry)self).name).Value + ">");
        t.Dict.SetItem(StrIntern.Intern("__class_getitem__"), new PyBuiltinFunction("__class_getitem__", "DirEntry", t,
            static (self, args, kwnames) => PyOps.Call(Taipan.Runtime.Objects.RuntimeTypes.GenericAlias, new[] { self!, args[0] })));
    }

    [PyGetter("name")] public PyObject Name => name;
    [PyGetter("path")] public PyObject PathValue => path;

    [PyMethod]
    public PyObject __fspath__() => path;

    // CPython's DirEntry has no __new__, so object's reduce refuses it
    [PyMethod]
    public PyObject __reduce_ex__(PyObject protocol) => throw PyErrors.TypeError("cannot pickle 'posix.DirEntry' object");

    [PyMethod]
    public long inode() => (long)ino;

    private PyObject Fetch(bool follow)
    {
        Libc.Stat st;
        int r;
        fixed (byte* p = pathBytes)
            r = dirFd >= 0 ? Libc.fstatat(dirFd, p, &st, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW)
                : follow ? Libc.stat(p, &st) : Libc.lstat(p, &st);
        if (r < 0) throw PosixErrors.Last(path);
        return StatResult.From(st);
    }

    private PyObject Stat(bool follow)
    {
        if (!follow || !IsSymlink()) return lstatCache ??= Fetch(false);
        return statCache ??= Fetch(true);
    }

    private bool IsSymlink() =>
        dType != DirReader.DT_UNKNOWN ? dType == DirReader.DT_LNK : (Mode(Stat(false)) & 0xF000) == 0xA000;

    private static long Mode(PyObject st) => ((PyInt)((PyTuple)st)[0]).Small;

    private bool TestMode(bool follow, int wanted, byte dtWanted)
    {
        if (dType != DirReader.DT_UNKNOWN && !(follow && dType == DirReader.DT_LNK)) return dType == dtWanted;
        try
        {
            return (Mode(Stat(follow)) & 0xF000) == wanted;
        }
        catch (PyException e) when (e.Matches(PyTypes.FileNotFoundError) || IsEnoent(e))
        {
            return false;
        }
    }

    private static bool IsEnoent(PyException e) =>
        e.Value.Args.Count > 0 && e.Value.Args[0] is PyInt i && i.IsSmall && i.Small == 2;

    private static bool FollowArg(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        var a = PosixArgs.Parse(args, kwnames, name, new[] { "follow_symlinks" }, 0, 0);
        return PosixArgs.Bool(a[0], true);
    }

    [PyMethod]
    public bool is_dir(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => TestMode(FollowArg(args, kwnames, "is_dir"), 0x4000, DirReader.DT_DIR);

    [PyMethod]
    public bool is_file(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => TestMode(FollowArg(args, kwnames, "is_file"), 0x8000, DirReader.DT_REG);

    [PyMethod]
    public bool is_symlink() => IsSymlink();

    [PyMethod]
    public PyObject stat(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Stat(FollowArg(args, kwnames, "stat"));
}
