using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>OSErrors from errno values. Built by calling OSError with (errno, strerror[, filename[, None,
/// filename2]]) as CPython's PyErr_SetFromErrnoWithFilenameObjects does, so OSError's constructor picks the
/// subclass (FileNotFoundError, PermissionError ...).</summary>
internal static class PosixErrors
{
    public static PyException FromErrno(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var args = filename2 is not null
            ? new PyObject[] { PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)), filename ?? PyNone.Instance, PyNone.Instance, filename2 }
            : filename is not null
                ? new PyObject[] { PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)), filename }
                : new PyObject[] { PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno)) };
        var exc = PyOps.Call(PyTypes.OSError, args);
        return new PyException((PyBaseException)exc);
    }

    /// <summary>The last libc error of this thread.</summary>
    public static PyException Last(PyObject? filename = null, PyObject? filename2 = null) => FromErrno(Libc.Errno, filename, filename2);
}
