using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>
/// sys.stdin/stdout/stderr before (and independent of) the _io module: UTF-8 text over the process's
/// standard streams. stdout is block-buffered when not a terminal and line-buffered on one (CPython's
/// policy; -u makes both unbuffered); stderr is line-buffered with backslashreplace. print() writes
/// here directly without going through attribute lookups.
/// </summary>
internal sealed class ConsoleFile : PyObject
{
    private static PyType? consoleType;
    private readonly Stream stream;
    private readonly string name;
    private readonly int fd;
    private readonly bool lineBuffered;
    private readonly bool backslashReplace;
    private readonly byte[] buffer = new byte[8192];
    private int used;
    private bool closed;
    private readonly StreamReader? reader;

    public ConsoleFile(Stream stream, string name, int fd, bool lineBuffered, bool backslashReplace, bool readable) : base(ConsoleType)
    {
        this.stream = stream;
        this.name = name;
        this.fd = fd;
        this.lineBuffered = lineBuffered;
        this.backslashReplace = backslashReplace;
        if (readable) reader = new StreamReader(stream, new UTF8Encoding(false), false, 8192);
    }

    public static PyType ConsoleType => consoleType ??= CreateType();

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "_io.TextIOWrapper", PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);
        t.Dict.type = PyTypes.Dict;
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var line = ((ConsoleFile)self).ReadLine();
            return line.Length == 0 ? null : PyStr.FromString(line);
        };
        t.Repr = static self => PyStr.FromString($"<_io.TextIOWrapper name='{((ConsoleFile)self).name}' mode='{(((ConsoleFile)self).reader is null ? "w" : "r")}' encoding='utf-8'>");
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        BindingInstaller.AddMethod(t, "write", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "write");
            var str = a[0] as PyStr ?? throw PyErrors.TypeError($"write() argument must be str, not {a[0].type.Name}");
            ((ConsoleFile)s!).Write(str.Value);
            return PyInt.FromLong(str.Length);
        });
        BindingInstaller.AddMethod(t, "flush", static (s, a, k) => { ((ConsoleFile)s!).Flush(); return PyNone.Instance; });
        BindingInstaller.AddMethod(t, "readline", static (s, a, k) => PyStr.FromString(((ConsoleFile)s!).ReadLine()));
        BindingInstaller.AddMethod(t, "read", static (s, a, k) =>
        {
            var f = (ConsoleFile)s!;
            if (f.reader is null) throw PyErrors.New(PyTypes.OSError, "not readable");
            return PyStr.FromString(f.reader.ReadToEnd());
        });
        BindingInstaller.AddMethod(t, "readlines", static (s, a, k) =>
        {
            var f = (ConsoleFile)s!;
            var l = new PyList();
            string line;
            while ((line = f.ReadLine()).Length > 0) l.Append(PyStr.FromString(line));
            return l;
        });
        BindingInstaller.AddMethod(t, "fileno", static (s, a, k) => PyInt.FromLong(((ConsoleFile)s!).fd));
        BindingInstaller.AddMethod(t, "isatty", static (s, a, k) => PyBool.FromBool(((ConsoleFile)s!).IsTerminal));
        BindingInstaller.AddMethod(t, "writable", static (s, a, k) => PyBool.FromBool(((ConsoleFile)s!).reader is null));
        BindingInstaller.AddMethod(t, "readable", static (s, a, k) => PyBool.FromBool(((ConsoleFile)s!).reader is not null));
        BindingInstaller.AddMethod(t, "seekable", static (s, a, k) => PyBool.False);
        BindingInstaller.AddMethod(t, "close", static (s, a, k) => { var f = (ConsoleFile)s!; f.Flush(); f.closed = true; return PyNone.Instance; });
        BindingInstaller.AddMethod(t, "__enter__", static (s, a, k) => s!);
        BindingInstaller.AddMethod(t, "__exit__", static (s, a, k) => { ((ConsoleFile)s!).Flush(); return PyNone.Instance; });
        BindingInstaller.AddGetter(t, "encoding", static s => PyStr.FromAscii("utf-8"));
        BindingInstaller.AddGetter(t, "errors", static s => PyStr.FromAscii(((ConsoleFile)s).backslashReplace ? "backslashreplace" : "strict"));
        BindingInstaller.AddGetter(t, "name", static s => PyStr.FromString(((ConsoleFile)s).name));
        BindingInstaller.AddGetter(t, "mode", static s => PyStr.FromAscii(((ConsoleFile)s).reader is null ? "w" : "r"));
        BindingInstaller.AddGetter(t, "closed", static s => PyBool.FromBool(((ConsoleFile)s).closed));
        BindingInstaller.AddGetter(t, "line_buffering", static s => PyBool.FromBool(((ConsoleFile)s).lineBuffered));
        BindingInstaller.AddGetter(t, "newlines", static s => PyNone.Instance);
        SlotWrappers.Install(t);
        return t;
    }

    private bool IsTerminal => fd switch
    {
        0 => !Console.IsInputRedirected,
        1 => !Console.IsOutputRedirected,
        _ => !Console.IsErrorRedirected,
    };

    public void Write(string s)
    {
        if (closed) throw PyErrors.ValueError("I/O operation on closed file.");
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                if (used == buffer.Length) FlushBuffer();
                buffer[used++] = (byte)c;
                if (c == '\n' && lineBuffered) FlushBuffer();
                continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(c, s[++i]);
            else if (char.IsSurrogate(c))
            {
                if (backslashReplace)
                {
                    foreach (var b in "\\u" + ((int)c).ToString("x4")) { if (used == buffer.Length) FlushBuffer(); buffer[used++] = (byte)b; }
                    continue;
                }
                throw EncodeError(s, i);
            }
            if (used + 4 > buffer.Length) FlushBuffer();
            used += new Rune(cp).EncodeToUtf8(buffer.AsSpan(used));
        }
    }

    private static PyException EncodeError(string s, int index)
    {
        var type = InterpreterState.Current.BuiltinsDict.GetItemOrNull(PyStr.FromAscii("UnicodeEncodeError")) as PyType ?? PyTypes.UnicodeError;
        var cpIndex = 0;
        for (int i = 0; i < index; i++) { if (!(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))) cpIndex++; else { cpIndex++; i++; } }
        try
        {
            var e = PyOps.Call(type, new PyObject[] { PyStr.FromAscii("utf-8"), PyStr.FromString(s), PyInt.FromLong(cpIndex), PyInt.FromLong(cpIndex + 1), PyStr.FromAscii("surrogates not allowed") });
            return new PyException((PyBaseException)e);
        }
        catch (PyException)
        {
            return PyErrors.New(type, $"'utf-8' codec can't encode character '\\u{(int)s[index]:x4}' in position {cpIndex}: surrogates not allowed");
        }
    }

    private void FlushBuffer()
    {
        if (used == 0) return;
        try
        {
            stream.Write(buffer, 0, used);
        }
        catch (IOException e)
        {
            used = 0;
            throw PyErrors.New(PyTypes.OSError, e.Message);
        }
        used = 0;
    }

    public void Flush()
    {
        FlushBuffer();
        try { stream.Flush(); }
        catch (IOException e) { throw PyErrors.New(PyTypes.OSError, e.Message); }
    }

    private string ReadLine()
    {
        if (reader is null) throw PyErrors.New(PyTypes.OSError, "not readable");
        var sb = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }
}
