using Taipan.Modules.Posix;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Socket;

/// <summary>The socket module's exceptions: OSError from errno (the errno picks ConnectionRefusedError
/// etc.), socket.timeout (= TimeoutError, "timed out"), and the socket.gaierror / socket.herror classes,
/// which CPython creates as heap subclasses of OSError.</summary>
internal static unsafe class SocketErrors
{
    public static readonly PyType GaiError = MakeType("gaierror");
    public static readonly PyType HError = MakeType("herror");

    private static PyType MakeType(string name)
    {
        var ns = new PyDict();
        ns.SetItem(StrIntern.Intern("__module__"), PyStr.FromAscii("socket"));
        return PyType.CreateHeapType(PyTypes.Type, name, new[] { PyTypes.OSError }, ns);
    }

    public static PyException FromErrno(int errno) => PosixErrors.FromErrno(errno);

    public static PyException Last() => PosixErrors.FromErrno(SocketLibc.LastErrno);

    public static PyException Timeout() => PyErrors.New(PyTypes.TimeoutError, "timed out");

    /// <summary>gaierror(code, gai_strerror(code)); EAI_SYSTEM means the real error is in errno.</summary>
    public static PyException Gai(int code, int errno)
    {
        if (code == SocketLibc.EAI_SYSTEM) return FromErrno(errno);
        var msg = SocketLibc.CStr(SocketLibc.gai_strerror(code));
        return PyErrors.New(GaiError, PyTuple.Of(PyInt.FromLong(code), PyStr.FromString(msg)));
    }

    public static PyException Herror(int code)
    {
        var msg = SocketLibc.CStr(SocketLibc.hstrerror(code));
        return PyErrors.New(HError, PyTuple.Of(PyInt.FromLong(code), PyStr.FromString(msg)));
    }

    /// <summary>An OSError with a message and no errno (CPython's PyErr_SetString(PyExc_OSError, ...)).</summary>
    public static PyException Message(string message) => PyErrors.New(PyTypes.OSError, message);
}
