using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io.BytesIO: an in-memory binary stream.</summary>
internal sealed class BytesIO : PyIOBase
{
    private byte[] buf = Array.Empty<byte>();
    private int length, pos;
    private bool closed;
    private List<PyByteArray>? exports;

    public BytesIO(PyType type) : base(type) { }

    private static readonly string[] InitNames = { "initial_bytes" };

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new BytesIO((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "BytesIO", InitNames, 0, 0);
            var b = (BytesIO)self;
            b.length = b.pos = 0;
            b.buf = Array.Empty<byte>();
            if (s[0] is not null && s[0] != PyNone.Instance)
            {
                b.Write(IoBytes.ToArray(s[0]!));
                b.pos = 0;
            }
        };
        t.IterNext = static self =>
        {
            var b = (BytesIO)self;
            b.CheckOpen();
            var l = b.ReadLine(-1);
            return l.Length == 0 ? null : IoBytes.FromSpan(l);
        };
        Add(t, "getvalue", static (s, a, k) => { IoCall.CheckArgs(a, k, "getvalue", 0, 0); var b = (BytesIO)s!; b.CheckOpen(); return IoBytes.FromSpan(b.buf.AsSpan(0, b.length)); });
        Add(t, "getbuffer", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "getbuffer", 0, 0);
            var b = (BytesIO)s!;
            b.CheckOpen();
            // A bytearray sharing our array, so writes through the view land in the stream; while a
            // view is alive the stream may not change size (CPython's export count).
            var shared = new PyByteArray(b.buf) { Count = b.length };
            (b.exports ??= new List<PyByteArray>()).Add(shared);
            return PyMemoryView.Of(shared);
        });
        // pickling: object.__reduce_ex__ saves (value, position, __dict__) and restores it with __setstate__
        Add(t, "__getstate__", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "__getstate__", 0, 0);
            var b = (BytesIO)s!;
            b.CheckOpen();
            return PyTuple.Of(IoBytes.FromSpan(b.buf.AsSpan(0, b.length)), PyInt.FromLong(b.pos), IoState.DictCopy(b));
        });
        Add(t, "__setstate__", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "__setstate__", 1, 1);
            var b = (BytesIO)s!;
            if (a[0] is not PyTuple st || st.Count < 3)
                throw PyErrors.TypeError($"{b.type.Name}.__setstate__ argument should be 3-tuple, got {a[0].type.Name}");
            b.CheckOpen();
            b.CheckNotExported();
            var data = IoBytes.ToArray(st[0]);
            b.buf = data.Length == 0 ? Array.Empty<byte>() : (byte[])data.Clone();
            b.length = data.Length;
            if (st[1] is not PyInt p) throw PyErrors.TypeError($"second item of state must be an integer, not {st[1].type.Name}");
            long pos = p.AsLong();
            if (pos < 0) throw PyErrors.ValueError("position value cannot be negative");
            b.pos = (int)Math.Min(pos, int.MaxValue / 2);
            IoState.RestoreDict(b, st[2], "third");
            return PyNone.Instance;
        });
        Add(t, "read", static (s, a, k) => { IoCall.CheckArgs(a, k, "read", 0, 1); var b = (BytesIO)s!; b.CheckOpen(); return IoBytes.FromSpan(b.Read(IoCall.OptionalSize(a, 0))); });
        Add(t, "read1", static (s, a, k) => { IoCall.CheckArgs(a, k, "read1", 0, 1); var b = (BytesIO)s!; b.CheckOpen(); return IoBytes.FromSpan(b.Read(IoCall.OptionalSize(a, 0))); });
        Add(t, "readline", static (s, a, k) => { IoCall.CheckArgs(a, k, "readline", 0, 1); var b = (BytesIO)s!; b.CheckOpen(); return IoBytes.FromSpan(b.ReadLine(IoCall.OptionalSize(a, 0))); });
        Add(t, "readlines", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "readlines", 0, 1);
            var b = (BytesIO)s!;
            b.CheckOpen();
            long hint = IoCall.OptionalSize(a, 0);
            var list = new PyList();
            long total = 0;
            while (true)
            {
                var l = b.ReadLine(-1);
                if (l.Length == 0) break;
                list.Append(IoBytes.FromSpan(l));
                total += l.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        Add(t, "readinto", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "readinto");
            var b = (BytesIO)s!;
            b.CheckOpen();
            var data = b.Read(IoBytes.WritableLength(a[0]));
            IoBytes.CopyInto(a[0], data);
            return PyInt.FromLong(data.Length);
        });
        Add(t, "write", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "write");
            var b = (BytesIO)s!;
            b.CheckOpen();
            var data = IoBytes.ToArray(a[0]);
            b.CheckNotExported();
            b.Write(data);
            return PyInt.FromLong(data.Length);
        });
        Add(t, "writelines", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "writelines");
            var b = (BytesIO)s!;
            b.CheckOpen();
            b.CheckNotExported();
            var it = PyOps.GetIter(a[0]);
            PyObject? item;
            while ((item = PyOps.Next(it)) is not null) b.Write(IoBytes.ToArray(item));
            return PyNone.Instance;
        });
        Add(t, "seek", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "seek", 1, 2);
            var b = (BytesIO)s!;
            long p = IoCall.Index(a[0]);
            long whence = a.Length > 1 ? IoCall.Index(a[1]) : 0;
            b.CheckOpen();
            if (p < 0 && whence == 0) throw PyErrors.ValueError($"negative seek value {p}");
            if (whence == 1) p = Math.Max(0, b.pos + p);
            else if (whence == 2) p = Math.Max(0, b.length + p);
            else if (whence != 0) throw PyErrors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            b.pos = (int)Math.Min(p, int.MaxValue / 2);
            return PyInt.FromLong(b.pos);
        });
        Add(t, "tell", static (s, a, k) => { IoCall.CheckArgs(a, k, "tell", 0, 0); var b = (BytesIO)s!; b.CheckOpen(); return PyInt.FromLong(b.pos); });
        Add(t, "truncate", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "truncate", 0, 1);
            var b = (BytesIO)s!;
            b.CheckOpen();
            long size = a.Length == 0 || a[0] == PyNone.Instance ? b.pos : IoCall.Index(a[0]);
            if (size < 0) throw PyErrors.ValueError($"negative size value {size}");
            b.CheckNotExported();
            if (size < b.length) b.length = (int)size;
            return PyInt.FromLong(size);
        });
        Add(t, "close", static (s, a, k) => { IoCall.CheckArgs(a, k, "close", 0, 0); var b = (BytesIO)s!; b.CheckNotExported(); b.closed = true; b.IOBaseClosed = true; return PyNone.Instance; });
        Add(t, "flush", static (s, a, k) => { IoCall.CheckArgs(a, k, "flush", 0, 0); ((BytesIO)s!).CheckOpen(); return PyNone.Instance; });
        Add(t, "isatty", static (s, a, k) => { IoCall.CheckArgs(a, k, "isatty", 0, 0); ((BytesIO)s!).CheckOpen(); return PyBool.False; });
        Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); ((BytesIO)s!).CheckOpen(); return PyBool.True; });
        Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); ((BytesIO)s!).CheckOpen(); return PyBool.True; });
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); ((BytesIO)s!).CheckOpen(); return PyBool.True; });
        BindingInstaller.AddGetter(t, "closed", static s => PyBool.FromBool(((BytesIO)s).closed));
    }

    private void CheckOpen()
    {
        if (closed) throw PyErrors.ValueError("I/O operation on closed file.");
    }

    private void CheckNotExported()
    {
        if (exports is null) return;
        exports.RemoveAll(static e => !e.HasLiveExports);
        if (exports.Count > 0) throw PyErrors.New(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    private byte[] Read(long n)
    {
        int avail = Math.Max(length - pos, 0);
        int take = n < 0 || n > avail ? avail : (int)n;
        if (take == 0) return Array.Empty<byte>(); // also past the end after a seek there
        var r = buf.AsSpan(pos, take).ToArray();
        pos += take;
        return r;
    }

    private byte[] ReadLine(long limit)
    {
        int avail = Math.Max(length - pos, 0);
        int max = limit < 0 || limit > avail ? avail : (int)limit;
        if (max == 0) return Array.Empty<byte>();
        int nl = buf.AsSpan(pos, max).IndexOf((byte)'\n');
        int take = nl >= 0 ? nl + 1 : max;
        var r = buf.AsSpan(pos, take).ToArray();
        pos += take;
        return r;
    }

    private void Write(ReadOnlySpan<byte> data)
    {
        int end = pos + data.Length;
        if (end > buf.Length) Array.Resize(ref buf, Math.Max(end, buf.Length * 2));
        if (pos > length) Array.Clear(buf, length, pos - length);
        data.CopyTo(buf.AsSpan(pos));
        pos = end;
        if (end > length) length = end;
    }
}
