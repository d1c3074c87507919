using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>_io._RawIOBase, _io._BufferedIOBase and _io._TextIOBase: the default methods CPython's
/// abstract io classes give subclasses, each written in terms of the subclass's own methods.</summary>
internal static class AbstractBases
{
    internal static void InstallRaw(PyType t)
    {
        PyIOBase.Add(t, "read", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "read", 0, 1);
            long n = IoCall.OptionalSize(a, 0);
            if (n < 0) return IoCall.Method(s!, "readall");
            var b = IoBytes.NewByteArray((int)n);
            var got = IoCall.Method(s!, "readinto", b);
            if (got == PyNone.Instance) return got;
            long count = IoCall.Index(got);
            var data = IoBytes.ToArray(b);
            if (count < 0 || count > data.Length)
                throw PyErrors.ValueError($"readinto returned {count} outside buffer size {data.Length}");
            return IoBytes.FromSpan(data.AsSpan(0, (int)count));
        });
        PyIOBase.Add(t, "readall", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "readall", 0, 0);
            var chunks = new List<byte>();
            bool any = false;
            while (true)
            {
                var data = IoCall.Method(s!, "read", PyInt.FromLong(IoModule.DefaultBufferSize));
                if (data == PyNone.Instance)
                {
                    if (!any) return data;
                    break;
                }
                if (!IoBytes.IsBytesLike(data)) throw PyErrors.TypeError("read() should return bytes");
                var bytes = IoBytes.ToArray(data);
                if (bytes.Length == 0) break;
                any = true;
                chunks.AddRange(bytes);
            }
            return IoBytes.FromSpan(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chunks));
        });
        PyIOBase.Add(t, "readinto", static (s, a, k) => throw IoErrors.NotImplemented());
        PyIOBase.Add(t, "write", static (s, a, k) => throw IoErrors.NotImplemented());
    }

    internal static void InstallBuffered(PyType t)
    {
        PyIOBase.Add(t, "read", static (s, a, k) => throw IoErrors.Unsupported("read"));
        PyIOBase.Add(t, "read1", static (s, a, k) => throw IoErrors.Unsupported("read1"));
        PyIOBase.Add(t, "write", static (s, a, k) => throw IoErrors.Unsupported("write"));
        PyIOBase.Add(t, "detach", static (s, a, k) => throw IoErrors.Unsupported("detach"));
        PyIOBase.Add(t, "readinto", static (s, a, k) => ReadIntoVia(s!, a, k, "readinto", "read"));
        PyIOBase.Add(t, "readinto1", static (s, a, k) => ReadIntoVia(s!, a, k, "readinto1", "read1"));
    }

    private static PyObject ReadIntoVia(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k, string name, string reader)
    {
        ArgParser.OneArg(a, k, name);
        int len = IoBytes.WritableLength(a[0]);
        var data = IoCall.Method(self, reader, PyInt.FromLong(len));
        if (!IoBytes.IsBytesLike(data)) throw PyErrors.TypeError("read() should return bytes");
        var bytes = IoBytes.ToArray(data);
        if (bytes.Length > len)
            throw PyErrors.ValueError($"read() returned too much data: {len} bytes requested, {bytes.Length} returned");
        IoBytes.CopyInto(a[0], bytes);
        return PyInt.FromLong(bytes.Length);
    }

    internal static void InstallText(PyType t)
    {
        PyIOBase.Add(t, "detach", static (s, a, k) => throw IoErrors.Unsupported("detach"));
        PyIOBase.Add(t, "read", static (s, a, k) => throw IoErrors.Unsupported("read"));
        PyIOBase.Add(t, "readline", static (s, a, k) => throw IoErrors.Unsupported("readline"));
        PyIOBase.Add(t, "write", static (s, a, k) => throw IoErrors.Unsupported("write"));
        BindingInstaller.AddGetter(t, "encoding", static s => PyNone.Instance);
        BindingInstaller.AddGetter(t, "errors", static s => PyNone.Instance);
        BindingInstaller.AddGetter(t, "newlines", static s => PyNone.Instance);
    }
}
