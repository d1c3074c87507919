using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Termios;

/// <summary>The termios module: tty attributes through glibc's tcgetattr/tcsetattr family (tty, getpass,
/// pty and asyncio's tests build on it).</summary>
[PyModule("termios")]
internal static unsafe partial class TermiosModule
{
    private const int NCCS = 32, VTIME = 5, VMIN = 6, ICANON = 2;
    private const ulong TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414;

    /// <summary>glibc's struct termios on Linux (60 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Termios
    {
        public uint c_iflag, c_oflag, c_cflag, c_lflag;
        public byte c_line;
        public fixed byte c_cc[NCCS];
        public uint c_ispeed, c_ospeed;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WinSize
    {
        public ushort ws_row, ws_col, ws_xpixel, ws_ypixel;
    }

    [DllImport("libc", SetLastError = true)] private static extern int tcgetattr(int fd, Termios* t);
    [DllImport("libc", EntryPoint = "tcsetattr", SetLastError = true)] private static extern int TcSetAttr(int fd, int when, Termios* t);
    [DllImport("libc")] private static extern uint cfgetispeed(Termios* t);
    [DllImport("libc")] private static extern uint cfgetospeed(Termios* t);
    [DllImport("libc", SetLastError = true)] private static extern int cfsetispeed(Termios* t, uint speed);
    [DllImport("libc", SetLastError = true)] private static extern int cfsetospeed(Termios* t, uint speed);
    [DllImport("libc", EntryPoint = "tcsendbreak", SetLastError = true)] private static extern int TcSendBreak(int fd, int duration);
    [DllImport("libc", EntryPoint = "tcdrain", SetLastError = true)] private static extern int TcDrain(int fd);
    [DllImport("libc", EntryPoint = "tcflush", SetLastError = true)] private static extern int TcFlush(int fd, int queue);
    [DllImport("libc", EntryPoint = "tcflow", SetLastError = true)] private static extern int TcFlow(int fd, int action);
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static extern int IoctlWinSize(int fd, ulong request, WinSize* w);

    private static PyType? error;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("termios", InstallPyBindings);
        foreach (var (name, value) in TermiosConstants.All) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        m.Dict.SetItem(PyStr.FromAscii("error"), ErrorType);
        return m;
    }

    /// <summary>termios.error (PyErr_NewException: a plain Exception subclass), one per process.</summary>
    private static PyType ErrorType
    {
        get
        {
            if (error is null)
            {
                var ns = new PyDict();
                ns.SetItem(Names.Module, PyStr.FromAscii("termios"));
                error = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("error"), PyTuple.Of(PyTypes.Exception), ns]);
            }
            return error;
        }
    }

    /// <summary>PyErr_SetFromErrno(termios.error): error(errno, strerror).</summary>
    private static PyException Failed()
    {
        int errno = Libc.Errno;
        return new((PyBaseException)PyOps.Call(ErrorType, [PyInt.FromLong(errno), PyStr.FromString(Libc.StrError(errno))]));
    }

    private static Termios Get(int fd)
    {
        Termios t;
        if (tcgetattr(fd, &t) == -1) throw Failed();
        return t;
    }

    [PyFunction]
    public static PyObject tcgetattr(PyObject fd)
    {
        var t = Get(PosixModule.FileDescriptor(fd));
        uint ispeed = cfgetispeed(&t), ospeed = cfgetospeed(&t);
        var cc = new PyList();
        for (int i = 0; i < NCCS; i++) cc.Append(FsEncoding.ToBytes(new[] { t.c_cc[i] }));
        // in non-canonical mode VMIN and VTIME are counts, not characters
        if ((t.c_lflag & ICANON) == 0)
        {
            cc[VMIN] = PyInt.FromLong(t.c_cc[VMIN]);
            cc[VTIME] = PyInt.FromLong(t.c_cc[VTIME]);
        }
        var r = new PyList();
        r.Append(PyInt.FromLong(t.c_iflag));
        r.Append(PyInt.FromLong(t.c_oflag));
        r.Append(PyInt.FromLong(t.c_cflag));
        r.Append(PyInt.FromLong(t.c_lflag));
        r.Append(PyInt.FromLong(ispeed));
        r.Append(PyInt.FromLong(ospeed));
        r.Append(cc);
        return r;
    }

    [PyFunction]
    public static void tcsetattr(PyObject fd, int when, PyObject attributes)
    {
        int f = PosixModule.FileDescriptor(fd);
        if (attributes is not PyList term || term.Count != 7) throw PyErrors.TypeError("tcsetattr, arg 3: must be 7 element list");
        // the current attributes first, for fields the list does not carry (c_line)
        var t = Get(f);
        t.c_iflag = (uint)Flag(term[0]);
        t.c_oflag = (uint)Flag(term[1]);
        t.c_cflag = (uint)Flag(term[2]);
        t.c_lflag = (uint)Flag(term[3]);
        long ispeed = Flag(term[4]), ospeed = Flag(term[5]);
        if (term[6] is not PyList cc || cc.Count != NCCS) throw PyErrors.TypeError($"tcsetattr: attributes[6] must be {NCCS} element list");
        for (int i = 0; i < NCCS; i++)
        {
            var v = cc[i];
            if (v is PyBytes b && b.Value.Length == 1) t.c_cc[i] = b.Value[0];
            else if (v is PyInt n) t.c_cc[i] = unchecked((byte)n.AsLong());
            else throw PyErrors.TypeError("tcsetattr: elements of attributes must be characters or integers");
        }
        if (cfsetispeed(&t, unchecked((uint)ispeed)) == -1) throw Failed();
        if (cfsetospeed(&t, unchecked((uint)ospeed)) == -1) throw Failed();
        if (TcSetAttr(f, when, &t) == -1) throw Failed();
    }

    /// <summary>PyLong_AsLong of a list item: an int (or __index__), wrapped into the C field's width.</summary>
    private static long Flag(PyObject v) => PyOps.AsIndex(v, PyTypes.OverflowError);

    [PyFunction]
    public static void tcsendbreak(PyObject fd, int duration)
    {
        if (TcSendBreak(PosixModule.FileDescriptor(fd), duration) == -1) throw Failed();
    }

    [PyFunction]
    public static void tcdrain(PyObject fd)
    {
        int f = PosixModule.FileDescriptor(fd);
        int r;
        // waits until the output is written: other threads run meanwhile
        using (Gil.Unlocked()) r = TcDrain(f);
        if (r == -1) throw Failed();
    }

    [PyFunction]
    public static void tcflush(PyObject fd, int queue)
    {
        if (TcFlush(PosixModule.FileDescriptor(fd), queue) == -1) throw Failed();
    }

    [PyFunction]
    public static void tcflow(PyObject fd, int action)
    {
        if (TcFlow(PosixModule.FileDescriptor(fd), action) == -1) throw Failed();
    }

    [PyFunction]
    public static PyObject tcgetwinsize(PyObject fd)
    {
        WinSize w;
        if (IoctlWinSize(PosixModule.FileDescriptor(fd), TIOCGWINSZ, &w) == -1) throw Failed();
        return PyTuple.Of(PyInt.FromLong(w.ws_row), PyInt.FromLong(w.ws_col));
    }

    [PyFunction]
    public static void tcsetwinsize(PyObject fd, PyObject winsize)
    {
        int f = PosixModule.FileDescriptor(fd);
        if (winsize.type.GetItem is null || winsize is PyDict || PyOps.Length(winsize) != 2)
            throw PyErrors.TypeError("tcsetwinsize, arg 2: must be a two-item sequence");
        long rows = Flag(PyOps.GetItem(winsize, PyInt.FromLong(0)));
        long cols = Flag(PyOps.GetItem(winsize, PyInt.FromLong(1)));
        // the old size first: it also holds the pixel sizes, which are kept
        WinSize w;
        if (IoctlWinSize(f, TIOCGWINSZ, &w) == -1) throw Failed();
        w.ws_row = unchecked((ushort)rows);
        w.ws_col = unchecked((ushort)cols);
        if (w.ws_row != rows || w.ws_col != cols) throw PyErrors.OverflowError("winsize value(s) out of range.");
        if (IoctlWinSize(f, TIOCSWINSZ, &w) == -1) throw Failed();
    }
}
