using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>CPython's path_t: a path argument converted for a libc call. Holds the NUL-terminated bytes, or an
/// fd when the function accepts one, plus what the caller passed (for OSError.filename and for returning bytes
/// names to bytes callers).</summary>
internal sealed class PathArg
{
    public readonly PyObject Original;
    public readonly byte[]? Bytes;      // NUL-terminated
    public readonly int Fd = -1;
    public readonly bool IsBytes;

    private PathArg(PyObject original, byte[]? bytes, int fd, bool isBytes)
    {
        Original = original;
        Bytes = bytes;
        Fd = fd;
        IsBytes = isBytes;
    }

    public bool IsFd => Bytes is null;

    /// <summary>The path without its terminator.</summary>
    public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Bytes!.Length - 1);

    public static PathArg Convert(string function, string argument, PyObject o, bool allowFd = false, bool nullable = false)
    {
        if (nullable && o == PyNone.Instance) return new PathArg(o, new byte[] { (byte)'.', 0 }, -1, false);
        if (allowFd && o is PyInt)
        {
            var oi = PyOps.Index(o);
            long fd = oi.IsSmall ? oi.Small : oi.Sign > 0 ? long.MaxValue : long.MinValue;
            if (fd > int.MaxValue) throw PyErrors.OverflowError("fd is greater than maximum");
            if (fd < int.MinValue) throw PyErrors.OverflowError("fd is less than minimum");
            return new PathArg(o, null, (int)fd, false);
        }
        var value = o;
        bool fromFspath = false;
        if (o is not PyStr && !FsEncoding.IsBytes(o) && !(o.type.Lookup("__fspath__") is null && FsEncoding.TryGetBuffer(o, out _)))
        {
            var fspath = o.type.Lookup("__fspath__");
            if (fspath is null) throw PyErrors.TypeError(Expected(function, argument, o, allowFd, nullable));
            value = PyOps.CallMethod(o, "__fspath__", ReadOnlySpan<PyObject>.Empty);
            fromFspath = true;
            if (value is not PyStr && !FsEncoding.IsBytes(value))
                throw PyErrors.TypeError($"expected {o.type.Name}.__fspath__() to return str or bytes, not {value.type.Name}");
        }
        _ = fromFspath;
        byte[] raw;
        bool isBytes;
        if (value is PyStr s)
        {
            raw = FsEncoding.Encode(s);
            if (Array.IndexOf(raw, (byte)0) >= 0) throw PyErrors.ValueError("embedded null byte");
            isBytes = false;
        }
        else
        {
            // bytes-like objects other than bytes are deprecated as paths (path_converter's warning)
            if (!FsEncoding.IsBytes(value))
                Taipan.Runtime.Interpreter.RuntimeWarnings.Warn(PyTypes.DeprecationWarning, Expected(function, argument, o, allowFd, nullable));
            FsEncoding.TryGetBuffer(value, out raw);
            if (Array.IndexOf(raw, (byte)0) >= 0) throw PyErrors.ValueError("embedded null byte");
            isBytes = true;
        }
        var z = new byte[raw.Length + 1];
        raw.CopyTo(z, 0);
        return new PathArg(o, z, -1, isBytes);
    }

    private static string Expected(string function, string argument, PyObject o, bool allowFd, bool nullable) =>
        $"{function}: {argument} should be string, bytes{(allowFd && nullable ? ", os.PathLike, integer or None" : nullable ? ", os.PathLike or None" : allowFd ? ", os.PathLike or integer" : " or os.PathLike")}, not {o.type.Name}";
}
