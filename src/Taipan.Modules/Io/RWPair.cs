using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, one object.</summary>
internal sealed class RWPair : PyIOBase
{
    private PyObject? reader, writer;

    public RWPair(PyType type) : base(type) { }

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new RWPair((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            IoCall.CheckArgs(args, kwnames, "BufferedRWPair", 2, 3);
            var p = (RWPair)self;
            PyIOBase.CheckReadable(args[0]);
            PyIOBase.CheckWritable(args[1]);
            var size = args.Length > 2 ? args[2] : PyInt.FromLong(IoModule.DefaultBufferSize);
            p.reader = PyOps.Call(IoTypes.BufferedReader, new[] { args[0], size });
            p.writer = PyOps.Call(IoTypes.BufferedWriter, new[] { args[1], size });
        };
        foreach (var name in new[] { "read", "peek", "read1", "readinto", "readinto1" })
        {
            var n = name;
            Add(t, n, (s, a, k) => PyOps.Call(IoCall.Attr(((RWPair)s!).Reader, n), a, k));
        }
        Add(t, "write", static (s, a, k) => PyOps.Call(IoCall.Attr(((RWPair)s!).Writer, "write"), a, k));
        Add(t, "flush", static (s, a, k) => PyOps.Call(IoCall.Attr(((RWPair)s!).Writer, "flush"), a, k));
        Add(t, "readable", static (s, a, k) => IoCall.Method(((RWPair)s!).Reader, "readable"));
        Add(t, "writable", static (s, a, k) => IoCall.Method(((RWPair)s!).Writer, "writable"));
        Add(t, "isatty", static (s, a, k) =>
        {
            var p = (RWPair)s!;
            var r = IoCall.Method(p.Writer, "isatty");
            return PyOps.IsTrue(r) ? r : IoCall.Method(p.Reader, "isatty");
        });
        Add(t, "close", static (s, a, k) =>
        {
            var p = (RWPair)s!;
            PyException? pending = null;
            try { IoCall.Method(p.Writer, "close"); }
            catch (PyException e) { pending = e; }
            try { IoCall.Method(p.Reader, "close"); }
            catch (PyException e)
            {
                if (pending is not null) e.Value.Context ??= pending.Value;
                pending = e;
            }
            if (pending is not null) throw pending;
            return PyNone.Instance;
        });
        BindingInstaller.AddGetter(t, "closed", static s => IoCall.Attr(((RWPair)s).Writer, "closed"));
    }

    private PyObject Reader => reader ?? throw PyErrors.ValueError("I/O operation on uninitialized object");
    private PyObject Writer => writer ?? throw PyErrors.ValueError("I/O operation on uninitialized object");
}
