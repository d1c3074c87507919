using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Dbm;

/// <summary>_dbm over Berkeley DB's ndbm interface, as Debian builds CPython's (library "Berkeley DB").</summary>
[PyModule("_dbm")]
internal static partial class DbmModule
{
    public static readonly PyType DbmType = ModuleTypes.Create("_dbm.dbm", 88, PyDbm.InitType, subclassable: false);
    private static PyType? error;

    public static PyType Error => error ??= CreateError();

    private static PyType CreateError()
    {
        var t = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("error"), PyTuple.Of(PyTypes.OSError), new PyDict()]);
        t.Dict.SetItem(Names.Module, PyStr.FromAscii("_dbm"));
        return t;
    }

    public static PyException MakeError(string message) => new((PyBaseException)PyOps.Call(Error, [PyStr.FromString(message)]));

    private const int O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0x40, O_TRUNC = 0x200;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_dbm", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("library"), PyStr.FromAscii("Berkeley DB"));
        m.Dict.SetItem(PyStr.FromAscii("error"), Error);
        return m;
    }

    [PyFunction]
    public static unsafe PyObject open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "open");
        if (args.Length < 1) throw PyErrors.TypeError($"open expected at least 1 argument, got {args.Length}");
        if (args.Length > 3) throw PyErrors.TypeError($"open expected at most 3 arguments, got {args.Length}");
        var path = PathArg.Convert("open", "filename", args[0]);
        string flags = "r";
        if (args.Length > 1)
            flags = args[1] is PyStr f ? f.Value : throw PyErrors.TypeError($"open() argument 2 must be str, not {args[1].type.Name}");
        int mode = args.Length > 2 ? ArgParser.ToInt32(args[2]) : 0x1B6;
        int iflags = flags switch
        {
            "r" => O_RDONLY,
            "w" => O_RDWR,
            "rw" => O_RDWR | O_CREAT, // undocumented, as CPython
            "c" => O_RDWR | O_CREAT,
            "n" => O_RDWR | O_CREAT | O_TRUNC,
            _ => throw MakeError("arg 2 to open should be 'r', 'w', 'c', or 'n'"),
        };
        nint db;
        fixed (byte* p = path.Bytes) db = Ndbm.dbm_open(p, iflags, mode);
        if (db == 0)
        {
            int errno = Libc.Errno;
            var exc = PyOps.Call(Error, [PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)), FsEncoding.DecodeToStr(path.Span)]);
            throw new PyException((PyBaseException)exc);
        }
        return new PyDbm(db, iflags);
    }
}
