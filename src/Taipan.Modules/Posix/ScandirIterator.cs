using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>The iterator os.scandir() returns: a context manager that owns the DIR* until exhausted or closed.</summary>
[PyType("posix.ScandirIterator")]
internal sealed unsafe partial class ScandirIterator : PyObject
{
    public static readonly PyType PyTypeObject = NativeTypes.Create("posix.ScandirIterator", PyTypes.Object, TypeFlags.None, 251, InitType);

    private nint dir;
    private readonly PathArg path;
    private readonly int fd;

    public ScandirIterator(nint dir, PathArg path, int fd) : base(PyTypeObject)
    {
        this.dir = dir;
        this.path = path;
        this.fd = fd;
    }

    ~ScandirIterator()
    {
        // A leaked iterator still releases its DIR* (CPython warns with a ResourceWarning here).
        if (dir != 0) Libc.closedir(dir);
    }

    private static void InitType(PyType t)
    {
        InstallPyBindings(t);
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create 'posix.ScandirIterator' instances");
        t.Iter = static self => self;
        t.IterNext = static self => ((ScandirIterator)self).Next();
    }

    private void Close()
    {
        if (dir == 0) return;
        var d = dir;
        dir = 0;
        if (path.IsFd) Libc.rewinddir(d);
        Libc.closedir(d);
        GC.SuppressFinalize(this);
    }

    private PyObject? Next()
    {
        if (dir == 0) return null;
        if (!DirReader.Next(dir, out var name, out var type, out var ino))
        {
            Close();
            return null;
        }
        var pyName = FsEncoding.Name(name, path.IsBytes);
        if (path.IsFd)
        {
            var z = new byte[name.Length + 1];
            name.CopyTo(z, 0);
            return new DirEntry(pyName, pyName, z, fd, type, ino);
        }
        var dirPath = path.Span;
        int extra = dirPath.Length > 0 && dirPath[^1] != '/' ? 1 : 0;
        var full = new byte[dirPath.Length + extra + name.Length + 1];
        dirPath.CopyTo(full);
        if (extra == 1) full[dirPath.Length] = (byte)'/';
        name.CopyTo(full, dirPath.Length + extra);
        var pyPath = FsEncoding.Name(full.AsSpan(0, full.Length - 1), path.IsBytes);
        return new DirEntry(pyName, pyPath, full, -1, type, ino);
    }

    [PyMethod]
    public void close() => Close();

    [PyMethod]
    public PyObject __enter__() => this;

    [PyMethod]
    public bool __exit__(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Close();
        return false;
    }
}
