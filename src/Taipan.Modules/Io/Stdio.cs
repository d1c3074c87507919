using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>sys.stdin/stdout/stderr as CPython's create_stdio makes them: TextIOWrapper over
/// BufferedReader/BufferedWriter over FileIO(fd, closefd=False); stdout line-buffered on a tty,
/// stderr always; -u makes stdout/stderr write through to the raw FileIO. Under the C/UTF-8 locale
/// stdin/stdout use surrogateescape, stderr backslashreplace.</summary>
internal static class Stdio
{
    public static void Register()
    {
        NativeModules.Register("_io", IoModule.Create);
        StdioHooks.CreateStreams = Create;
        StdioHooks.Open = IoModule.OpenFunction;
        StdioHooks.IsNativeText = static f => f.type == IoTypes.TextIOWrapper;
        StdioHooks.FlushOpenFiles = OpenStreams.FlushAll;
        StdioHooks.WriteText = static (f, text, flush) =>
        {
            var w = (TextIOWrapper)f;
            w.Write(PyStr.FromString(text));
            if (flush) IoCall.Method(w, "flush");
        };
    }

    private static (PyObject, PyObject, PyObject) Create(bool unbuffered)
    {
        // PYTHONIOENCODING=encoding[:errors]; naming an encoding makes the default handler strict.
        string encoding = "utf-8", errors = "surrogateescape";
        var env = Taipan.Runtime.InterpreterState.Current.Flags.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONIOENCODING");
        if (!string.IsNullOrEmpty(env))
        {
            int colon = env.IndexOf(':');
            var enc = colon < 0 ? env : env[..colon];
            if (enc.Length > 0)
            {
                encoding = TextCodecs.NativeName(enc) ?? enc;
                errors = "strict";
            }
            if (colon >= 0 && colon + 1 < env.Length) errors = env[(colon + 1)..];
        }
        return (Stream(0, "<stdin>", "r", encoding, errors, unbuffered),
            Stream(1, "<stdout>", "w", encoding, errors, unbuffered),
            Stream(2, "<stderr>", "w", encoding, "backslashreplace", unbuffered));
    }

    private static PyObject Stream(int fd, string name, string mode, string encoding, string errors, bool unbuffered)
    {
        // A closed standard descriptor gives None, as in CPython.
        if (Libc.Fstat(fd, out _, out _, out _) < 0) return PyNone.Instance;
        var raw = new FileIO(IoTypes.FileIO);
        raw.Init(PyInt.FromLong(fd), mode == "r" ? "rb" : "wb", false, null);
        raw.GetDict(true)!.SetItem(StrIntern.Intern("name"), PyStr.FromString(name));
        bool writeThrough = unbuffered && mode == "w";
        PyObject buffer = raw;
        if (!writeThrough)
        {
            var b = new Buffered(mode == "r" ? IoTypes.BufferedReader : IoTypes.BufferedWriter);
            buffer = b;
            // buffering=-1 as create_stdio: the descriptor's st_blksize.
            IoTypes.BufferedInit(b, raw);
        }
        bool lineBuffering = !unbuffered && mode == "w" && (fd == 2 || Libc.IsATty(fd));
        var w = new TextIOWrapper(IoTypes.TextIOWrapper);
        w.Init(buffer, PyStr.FromString(encoding), PyStr.FromAscii(errors), PyStr.FromAscii("\n"), lineBuffering, writeThrough);
        w.GetDict(true)!.SetItem(StrIntern.Intern("mode"), PyStr.FromAscii(mode));
        return w;
    }
}
