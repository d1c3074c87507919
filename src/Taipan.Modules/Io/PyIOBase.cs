using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// _io._IOBase and the C# base of every _io object: the instance dict (io objects take arbitrary
/// attributes) and the __IOBase_closed flag. Its methods call the overridable methods of `self`
/// by name (readline → self.read, close → self.flush), so Python subclasses plug in as in CPython.
/// </summary>
internal class PyIOBase : PyObject, IDictOwner
{
    private PyDict? dict;
    /// <summary>CPython's `__IOBase_closed`.</summary>
    internal bool IOBaseClosed;

    public PyIOBase(PyType type) : base(type) { }

    public PyDict? GetDict(bool create) => create ? dict ??= new PyDict() : dict;

    internal static void InstallIOBase(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PyIOBase((PyType)callable);
        t.Iter = static self => { IoCall.CheckClosed(self); return self; };
        t.IterNext = static self =>
        {
            var line = IoCall.Method(self, "readline");
            return PyOps.Length(line) == 0 ? null : line;
        };
        t.Dict.SetItem(StrIntern.Intern("__dict__"), new PyGetSetDescriptor(t, "__dict__", static o => InstanceDicts.Get(o, true)!));
        Add(t, "seek", static (s, a, k) => throw IoErrors.Unsupported("seek"));
        Add(t, "truncate", static (s, a, k) => throw IoErrors.Unsupported("truncate"));
        Add(t, "fileno", static (s, a, k) => { IoCall.CheckArgs(a, k, "fileno", 0, 0); throw IoErrors.Unsupported("fileno"); });
        Add(t, "tell", static (s, a, k) => { IoCall.CheckArgs(a, k, "tell", 0, 0); return IoCall.Method(s!, "seek", PyInt.FromLong(0), PyInt.FromLong(1)); });
        Add(t, "flush", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "flush", 0, 0);
            if (((PyIOBase)s!).IOBaseClosed) throw IoErrors.ClosedFile();
            return PyNone.Instance;
        });
        Add(t, "close", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "close", 0, 0);
            var self = (PyIOBase)s!;
            if (self.IOBaseClosed) return PyNone.Instance;
            try { IoCall.Method(self, "flush"); }
            finally { self.IOBaseClosed = true; }
            return PyNone.Instance;
        });
        BindingInstaller.AddGetter(t, "closed", static s => PyBool.FromBool(((PyIOBase)s).IOBaseClosed));
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); return PyBool.False; });
        Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); return PyBool.False; });
        Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); return PyBool.False; });
        Add(t, "_checkClosed", static (s, a, k) => { IoCall.CheckClosed(s!); return PyNone.Instance; });
        Add(t, "_checkSeekable", static (s, a, k) => { CheckSeekable(s!); return PyBool.True; });
        Add(t, "_checkReadable", static (s, a, k) => { CheckReadable(s!); return PyBool.True; });
        Add(t, "_checkWritable", static (s, a, k) => { CheckWritable(s!); return PyBool.True; });
        Add(t, "__enter__", static (s, a, k) => { IoCall.CheckArgs(a, k, "__enter__", 0, 0); IoCall.CheckClosed(s!); return s!; });
        Add(t, "__exit__", static (s, a, k) => IoCall.Method(s!, "close"));
        // There is no finalizer (no refcounting); __del__ exists for subclasses that chain to it.
        Add(t, "__del__", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "__del__", 0, 0);
            if (!PyOps.IsTrue(IoCall.Attr(s!, "closed"))) IoCall.Method(s!, "close");
            return PyNone.Instance;
        });
        Add(t, "isatty", static (s, a, k) => { IoCall.CheckArgs(a, k, "isatty", 0, 0); IoCall.CheckClosed(s!); return PyBool.False; });
        Add(t, "readline", static (s, a, k) => { IoCall.CheckArgs(a, k, "readline", 0, 1); return ReadLine(s!, IoCall.OptionalSize(a, 0)); });
        Add(t, "readlines", static (s, a, k) => { IoCall.CheckArgs(a, k, "readlines", 0, 1); return ReadLines(s!, IoCall.OptionalSize(a, 0)); });
        Add(t, "writelines", static (s, a, k) =>
        {
            Taipan.Runtime.Binding.ArgParser.OneArg(a, k, "writelines");
            IoCall.CheckClosed(s!);
            var it = PyOps.GetIter(a[0]);
            PyObject? line;
            while ((line = PyOps.Next(it)) is not null) IoCall.Method(s!, "write", line);
            return PyNone.Instance;
        });
    }

    internal static void Add(PyType t, string name, NativeMethod m) => BindingInstaller.AddMethod(t, name, m);

    internal static void CheckSeekable(PyObject self)
    {
        if (!PyOps.IsTrue(IoCall.Method(self, "seekable"))) throw IoErrors.Unsupported("File or stream is not seekable.");
    }

    internal static void CheckReadable(PyObject self)
    {
        if (!PyOps.IsTrue(IoCall.Method(self, "readable"))) throw IoErrors.Unsupported("File or stream is not readable.");
    }

    internal static void CheckWritable(PyObject self)
    {
        if (!PyOps.IsTrue(IoCall.Method(self, "writable"))) throw IoErrors.Unsupported("File or stream is not writable.");
    }

    /// <summary>_IOBase.readline: peek() (when the stream has it) bounds each read() to the line.</summary>
    private static PyObject ReadLine(PyObject self, long limit)
    {
        var peek = IoCall.AttrOrNull(self, "peek");
        var result = new List<byte>();
        while (limit < 0 || result.Count < limit)
        {
            long readahead = 1;
            if (peek is not null)
            {
                var ahead = PyOps.Call(peek, new PyObject[] { PyInt.FromLong(1) });
                if (!IoBytes.IsBytesLike(ahead))
                    throw PyErrors.New(PyTypes.OSError, $"peek() should have returned a bytes object, not '{ahead.type.Name}'");
                var buf = IoBytes.ToArray(ahead);
                if (buf.Length > 0)
                {
                    int n = 0;
                    while (n < buf.Length && (limit < 0 || n < limit - result.Count))
                        if (buf[n++] == (byte)'\n') break;
                    readahead = n;
                }
            }
            var b = IoCall.Method(self, "read", PyInt.FromLong(readahead));
            if (!IoBytes.IsBytesLike(b))
                throw PyErrors.New(PyTypes.OSError, $"read() should have returned a bytes object, not '{b.type.Name}'");
            var data = IoBytes.ToArray(b);
            if (data.Length == 0) break;
            result.AddRange(data);
            if (data[^1] == (byte)'\n') break;
        }
        return IoBytes.FromSpan(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
    }

    /// <summary>_IOBase.readlines: lines until their total length reaches the hint.</summary>
    internal static PyObject ReadLines(PyObject self, long hint)
    {
        var result = new PyList();
        if (hint <= 0)
        {
            result.extend(self);
            return result;
        }
        var it = PyOps.GetIter(self);
        long total = 0;
        PyObject? line;
        while ((line = PyOps.Next(it)) is not null)
        {
            result.Append(line);
            total += PyOps.Length(line);
            if (total >= hint) break;
        }
        return result;
    }
}
