using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>The exceptions _io raises, built the way CPython builds them.</summary>
internal static class IoErrors
{
    public static PyException ClosedFile() => PyErrors.ValueError("I/O operation on closed file.");

    public static PyException Unsupported(string message) => PyErrors.New(IoTypes.UnsupportedOperation, message);

    public static PyException NotImplemented() =>
        new(new PyBaseException(PyTypes.NotImplementedError, PyTuple.Empty));

    /// <summary>PyErr_SetFromErrnoWithFilenameObject: OSError(errno, strerror[, filename]), whose
    /// constructor picks the subclass (FileNotFoundError, ...); we pick it too so the type is right
    /// even where the constructor does not map errno yet.</summary>
    public static PyException FromErrno(int errno, PyObject? filename = null)
    {
        var type = SubclassFor(errno);
        var args = filename is null
            ? new PyObject[] { PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)) }
            : new PyObject[] { PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)), filename };
        var e = PyOps.Call(type, args);
        return new PyException((PyBaseException)e);
    }

    private static PyType SubclassFor(int errno) => errno switch
    {
        11 or 114 or 115 => PyTypes.BlockingIOError,
        10 => PyTypes.ChildProcessError,
        32 or 108 => PyTypes.BrokenPipeError,
        103 => PyTypes.ConnectionAbortedError,
        111 => PyTypes.ConnectionRefusedError,
        104 => PyTypes.ConnectionResetError,
        17 => PyTypes.FileExistsError,
        2 => PyTypes.FileNotFoundError,
        21 => PyTypes.IsADirectoryError,
        20 => PyTypes.NotADirectoryError,
        4 => PyTypes.InterruptedError,
        1 or 13 => PyTypes.PermissionError,
        3 => PyTypes.ProcessLookupError,
        110 => PyTypes.TimeoutError,
        _ => PyTypes.OSError,
    };
}
