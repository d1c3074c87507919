using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>
/// OSError and its subclasses: errno, strerror, filename, filename2, characters_written
/// (BlockingIOError). `OSError(errno, ...)` returns the subclass for that errno (PEP 3151). As in
/// CPython the arguments are parsed in __new__, unless a subclass overrides __init__ but not
/// __new__: then __init__ parses them (and __new__ leaves args empty).
/// </summary>
internal sealed class PyOSError : PyBaseException
{
    public PyObject? Errno, StrError, Filename, Filename2;
    /// <summary>characters_written; -1 when unset.</summary>
    public long Written = -1;

    public PyOSError(PyType type, PyTuple args) : base(type, args) { }

    private static CallFunc? newSlot;
    private static InitFunc? initSlot;

    /// <summary>oserror_use_init.</summary>
    private static bool UseInit(PyType t) => !ReferenceEquals(t.Init, initSlot) && ReferenceEquals(t.New, newSlot);

    /// <summary>The errno → subclass map (Linux values).</summary>
    public static PyType TypeForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => PyTypes.BlockingIOError, // EAGAIN(=EWOULDBLOCK), EALREADY, EINPROGRESS
        10 => PyTypes.ChildProcessError, // ECHILD
        32 or 108 => PyTypes.BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => PyTypes.ConnectionAbortedError, // ECONNABORTED
        111 => PyTypes.ConnectionRefusedError, // ECONNREFUSED
        104 => PyTypes.ConnectionResetError, // ECONNRESET
        17 => PyTypes.FileExistsError, // EEXIST
        2 => PyTypes.FileNotFoundError, // ENOENT
        21 => PyTypes.IsADirectoryError, // EISDIR
        20 => PyTypes.NotADirectoryError, // ENOTDIR
        4 => PyTypes.InterruptedError, // EINTR
        13 or 1 => PyTypes.PermissionError, // EACCES, EPERM
        3 => PyTypes.ProcessLookupError, // ESRCH
        110 => PyTypes.TimeoutError, // ETIMEDOUT
        _ => PyTypes.OSError,
    };

    private readonly struct Parsed
    {
        public readonly PyObject? Errno, StrError, Filename, Filename2;

        public Parsed(PyTuple args)
        {
            Errno = StrError = Filename = Filename2 = null;
            int n = args.Count;
            if (n < 2 || n > 5) return;
            Errno = args[0];
            StrError = args[1];
            if (n > 2) Filename = args[2];
            // args[3] is winerror, meaningful on Windows only.
            if (n > 4) Filename2 = args[4];
        }
    }

    /// <summary>oserror_init: the fields from parsed arguments; a filename drops the extra args.</summary>
    private void Fill(PyTuple args, in Parsed p)
    {
        Args = args;
        if (p.Filename is not null && p.Filename != PyNone.Instance)
        {
            if (type == PyTypes.BlockingIOError && IsNumber(p.Filename))
            {
                Written = PyOps.AsIndex(p.Filename, PyTypes.ValueError);
            }
            else
            {
                Filename = p.Filename;
                if (p.Filename2 is not null && p.Filename2 != PyNone.Instance) Filename2 = p.Filename2;
                if (args.Count >= 2 && args.Count <= 5) Args = PyTuple.Of(args[0], args[1]);
            }
        }
        Errno = p.Errno;
        StrError = p.StrError;
    }

    private static bool IsNumber(PyObject o) => o.type.Index is not null || o.type.Int is not null || o.type.Float is not null;

    internal static void InitOwnType(PyType t)
    {
        newSlot = static (callable, args, kwnames) =>
        {
            var type = (PyType)callable;
            bool useInit = UseInit(type);
            PyTuple? positional = null;
            Parsed p = default;
            if (!useInit)
            {
                if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{type.Name}() takes no keyword arguments");
                positional = PyTuple.FromSpan(args);
                p = new Parsed(positional);
                if (p.Errno is PyInt errno && type == PyTypes.OSError && errno.IsSmall) type = TypeForErrno(errno.Small);
            }
            var self = (PyOSError)Allocate(type, PyTuple.Empty);
            if (!useInit) self.Fill(positional!, p);
            return self;
        };
        initSlot = static (self, args, kwnames) =>
        {
            NoKeywords(self, kwnames);
            if (!UseInit(self.type)) return;
            var positional = PyTuple.FromSpan(args);
            var p = new Parsed(positional);
            ((PyOSError)self).Fill(positional, p);
        };
        t.New = newSlot;
        t.Init = initSlot;
        t.Str = static self =>
        {
            var e = (PyOSError)self;
            if (e.Filename is not null)
            {
                var head = "[Errno " + StrOf(e.Errno) + "] " + StrOf(e.StrError) + ": " + PyOps.Repr(e.Filename).Value;
                return PyStr.FromString(e.Filename2 is not null ? head + " -> " + PyOps.Repr(e.Filename2).Value : head);
            }
            if (e.Errno is not null && e.StrError is not null)
                return PyStr.FromString("[Errno " + PyOps.Str(e.Errno).Value + "] " + PyOps.Str(e.StrError).Value);
            return StrBase(self);
        };
        ExceptionMembers.Object<PyOSError>(t, "errno", static e => e.Errno, static (e, v) => e.Errno = v);
        ExceptionMembers.Object<PyOSError>(t, "strerror", static e => e.StrError, static (e, v) => e.StrError = v);
        ExceptionMembers.Object<PyOSError>(t, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        ExceptionMembers.Object<PyOSError>(t, "filename2", static e => e.Filename2, static (e, v) => e.Filename2 = v);
        BindingInstaller.AddGetSet(t, "characters_written", static s =>
        {
            var e = (PyOSError)s;
            return e.Written == -1 ? throw PyErrors.AttributeError("characters_written") : PyInt.FromLong(e.Written);
        }, static (s, v) =>
        {
            var e = (PyOSError)s;
            if (v is null)
            {
                if (e.Written == -1) throw PyErrors.AttributeError("characters_written");
                e.Written = -1;
                return;
            }
            e.Written = PyOps.AsIndex(v, PyTypes.ValueError);
        });
        BindingInstaller.AddMethod(t, "__reduce__", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "OSError.__reduce__");
            var e = (PyOSError)self!;
            var a = e.Args;
            if (a.Count == 2 && e.Filename is not null)
                a = e.Filename2 is not null
                    ? PyTuple.Wrap(new[] { a[0], a[1], e.Filename, PyNone.Instance, e.Filename2 })
                    : PyTuple.Of(a[0], a[1], e.Filename);
            var d = e.GetDict(false);
            return d is not null ? PyTuple.Of(e.type, a, d) : PyTuple.Of(e.type, a);
        });
    }

    private static string StrOf(PyObject? o) => o is null ? "None" : PyOps.Str(o).Value;
}
