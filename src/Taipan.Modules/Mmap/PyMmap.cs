using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Mmap;

/// <summary>
/// mmap.mmap: a libc mapping of a file (or anonymous memory) that reads and writes as a mutable byte
/// sequence and exports its memory as a buffer (memoryview, re, hashlib work on it in place). Sizes and
/// positions are longs: a mapping may exceed 2 GiB (only the buffer export is limited to int spans).
/// Checks, their order and messages follow CPython 3.11's mmapmodule.c.
/// </summary>
[PyType("mmap")]
internal sealed unsafe partial class PyMmap : PyObject, IBufferExporter
{
    public const int AccessDefault = 0, AccessRead = 1, AccessWrite = 2, AccessCopy = 3;

    private nint data; // 0 once closed
    private long size;
    private long pos;
    private readonly long offset;
    private int fd;
    private readonly int access;
    private BufferExports? exports;

    private PyMmap(PyType type, nint data, long size, long offset, int fd, int access) : base(type)
    {
        this.data = data;
        this.size = size;
        this.offset = offset;
        this.fd = fd;
        this.access = access;
    }

    // The mapping is process memory: a forgotten mmap must give it back (a view keeps its mmap alive,
    // so no live memoryview can see it unmapped).
    ~PyMmap() => Release();

    private void Release()
    {
        if (fd >= 0) Libc.close(fd);
        fd = -1;
        if (data != 0) MmapLibc.munmap(data, (nint)size);
        data = 0;
    }

    // --- creation ------------------------------------------------------------------------------

    private static readonly string[] NewKeywords = { "fileno", "length", "flags", "prot", "access", "offset" };

    internal static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "mmap", NewKeywords, 0, 2);
        int fileno = ArgParser.ToInt32(a[0]!);
        long mapSize = ArgParser.ToLong(a[1]!);
        int flags = a[2] is { } f ? ArgParser.ToInt32(f) : MmapLibc.MAP_SHARED;
        int prot = a[3] is { } p ? ArgParser.ToInt32(p) : MmapLibc.PROT_READ | MmapLibc.PROT_WRITE;
        int access = a[4] is { } ac ? ArgParser.ToInt32(ac) : AccessDefault;
        long offset = a[5] is { } o ? ArgParser.ToLong(o) : 0;

        if (mapSize < 0) throw PyErrors.OverflowError("memory mapped length must be positive");
        if (offset < 0) throw PyErrors.OverflowError("memory mapped offset must be positive");
        if (access != AccessDefault && (flags != MmapLibc.MAP_SHARED || prot != (MmapLibc.PROT_READ | MmapLibc.PROT_WRITE)))
            throw PyErrors.ValueError("mmap can't specify both access and flags, prot.");
        switch (access)
        {
            case AccessRead: flags = MmapLibc.MAP_SHARED; prot = MmapLibc.PROT_READ; break;
            case AccessWrite: flags = MmapLibc.MAP_SHARED; prot = MmapLibc.PROT_READ | MmapLibc.PROT_WRITE; break;
            case AccessCopy: flags = MmapLibc.MAP_PRIVATE; prot = MmapLibc.PROT_READ | MmapLibc.PROT_WRITE; break;
            case AccessDefault:
                // a prot that does not both read and write decides the access mode
                if ((prot & MmapLibc.PROT_READ) != 0 && (prot & MmapLibc.PROT_WRITE) != 0) { }
                else if ((prot & MmapLibc.PROT_WRITE) != 0) access = AccessWrite;
                else access = AccessRead;
                break;
            default: throw PyErrors.ValueError("mmap invalid access parameter.");
        }
        Libc.Stat st;
        if (fileno != -1 && Libc.fstat(fileno, &st) == 0 && (st.st_mode & 0xF000) == 0x8000)
        {
            if (mapSize == 0)
            {
                if (st.st_size == 0) throw PyErrors.ValueError("cannot mmap an empty file");
                if (offset >= st.st_size) throw PyErrors.ValueError("mmap offset is greater than file size");
                mapSize = st.st_size - offset;
            }
            else if (offset > st.st_size || st.st_size - offset < mapSize)
                throw PyErrors.ValueError("mmap length is greater than file size");
        }
        int ownFd = -1;
        if (fileno == -1) flags |= MmapLibc.MAP_ANONYMOUS;
        else
        {
            const int F_DUPFD_CLOEXEC = 1030; // _Py_dup: the copy is not inheritable
            ownFd = Libc.fcntl(fileno, F_DUPFD_CLOEXEC, 0);
            if (ownFd == -1) throw PosixErrors.Last();
        }
        var addr = MmapLibc.mmap(0, (nint)mapSize, prot, flags, ownFd, offset);
        if (addr == MmapLibc.MapFailed)
        {
            int errno = Libc.Errno;
            if (ownFd >= 0) Libc.close(ownFd);
            throw PosixErrors.FromErrno(errno);
        }
        return new PyMmap(type, addr, mapSize, offset, ownFd, access);
    }

    // --- state checks ---------------------------------------------------------------------------

    private void CheckValid()
    {
        if (data == 0) throw PyErrors.ValueError("mmap closed or invalid");
    }

    private void CheckWritable()
    {
        if (access == AccessRead) throw PyErrors.TypeError("mmap can't modify a readonly memory map.");
    }

    private byte* Ptr => (byte*)data;

    private static PyObject BytesAt(byte* p, long n)
    {
        if (n > int.MaxValue) throw PyErrors.New(PyTypes.MemoryError, "");
        return PyBytes.From(new ReadOnlySpan<byte>(p, (int)n).ToArray());
    }

    // --- the buffer protocol --------------------------------------------------------------------

    Span<byte> IBufferExporter.BufferSpan
    {
        get
        {
            CheckValid();
            if (size > int.MaxValue) throw PyErrors.New(PyTypes.BufferError, "mmap is too large to export as a buffer");
            return new Span<byte>(Ptr, (int)size);
        }
    }

    int IBufferExporter.BufferLength => data == 0 ? 0 : (int)Math.Min(size, int.MaxValue);
    string IBufferExporter.BufferFormat => "B";
    int IBufferExporter.BufferItemSize => 1;
    bool IBufferExporter.BufferReadOnly => access == AccessRead;
    BufferExports IBufferExporter.Exports => exports ??= new BufferExports();

    private bool Exported => exports is not null && exports.AnyLive();

    // --- methods -------------------------------------------------------------------------------

    [PyMethod]
    internal PyObject close()
    {
        if (Exported) throw PyErrors.New(PyTypes.BufferError, "cannot close exported pointers exist");
        Release();
        GC.SuppressFinalize(this);
        return PyNone.Instance;
    }

    [PyGetter] internal bool closed => data == 0;

    [PyMethod]
    internal PyObject __enter__()
    {
        CheckValid();
        return this;
    }

    [PyMethod]
    internal PyObject __exit__(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => close();

    [PyMethod]
    internal long find(PyObject sub, PyObject? start = null, PyObject? end = null) => Find(sub, start, end, reverse: false);

    [PyMethod]
    internal long rfind(PyObject sub, PyObject? start = null, PyObject? end = null) => Find(sub, start, end, reverse: true);

    private long Find(PyObject sub, PyObject? startArg, PyObject? endArg, bool reverse)
    {
        CheckValid();
        var needle = Buffers.Require(sub).ToArray();
        long start = startArg is null ? pos : ArgParser.ToLong(startArg);
        long end = endArg is null ? size : ArgParser.ToLong(endArg);
        start = Clamp(start);
        end = Clamp(end);
        CheckValid();
        if (end < start) return -1;
        return reverse ? ReverseSearch(start, end, needle) : Search(start, end, needle);
    }

    private long Clamp(long i)
    {
        if (i < 0) i += size;
        if (i < 0) return 0;
        return i > size ? size : i;
    }

    // Searched in windows of at most 1 GiB (spans are int-sized), overlapping by the needle's length.
    private const long Window = 1L << 30;

    private long Search(long start, long end, byte[] needle)
    {
        if (needle.Length == 0) return start;
        for (long s = start; s < end; s += Window)
        {
            long e = Math.Min(end, s + Window + needle.Length - 1);
            int i = new ReadOnlySpan<byte>(Ptr + s, (int)(e - s)).IndexOf(needle);
            if (i >= 0) return s + i;
            if (e == end) break;
        }
        return -1;
    }

    private long ReverseSearch(long start, long end, byte[] needle)
    {
        if (needle.Length == 0) return end;
        for (long e = end; e > start; e -= Window)
        {
            long s = Math.Max(start, e - Window - needle.Length + 1);
            int i = new ReadOnlySpan<byte>(Ptr + s, (int)(e - s)).LastIndexOf(needle);
            if (i >= 0) return s + i;
            if (s == start) break;
        }
        return -1;
    }

    [PyMethod]
    internal PyObject flush(long offset = 0, PyObject? size = null)
    {
        CheckValid();
        long n = size is null ? this.size : ArgParser.ToLong(size);
        if (n < 0 || offset < 0 || this.size - offset < n) throw PyErrors.ValueError("flush values out of range");
        if (access == AccessRead || access == AccessCopy) return PyNone.Instance;
        if (MmapLibc.msync(data + (nint)offset, (nint)n, MmapLibc.MS_SYNC) == -1) throw PosixErrors.Last();
        return PyNone.Instance;
    }

    [PyMethod]
    internal PyObject madvise(int option, long start = 0, PyObject? length = null)
    {
        long n = length is null ? size : ArgParser.ToLong(length);
        if (start < 0 || start >= size) throw PyErrors.ValueError("madvise start out of bounds");
        if (n < 0) throw PyErrors.ValueError("madvise length invalid");
        if (long.MaxValue - start < n) throw PyErrors.OverflowError("madvise length too large");
        if (start + n > size) n = size - start;
        CheckValid();
        if (MmapLibc.madvise(data + (nint)start, (nint)n, option) != 0) throw PosixErrors.Last();
        return PyNone.Instance;
    }

    [PyMethod]
    internal PyObject move(long dest, long src, long count)
    {
        CheckWritable();
        if (dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count)
            throw PyErrors.ValueError("source, destination, or count out of range");
        CheckValid();
        Buffer.MemoryCopy(Ptr + src, Ptr + dest, size - dest, count);
        return PyNone.Instance;
    }

    [PyMethod]
    internal PyObject read(PyObject? n = null)
    {
        CheckValid();
        long count = -1;
        if (n is not null && n is not PyNone)
        {
            if (n.type.Index is null) throw PyErrors.TypeError($"argument should be integer or None, not '{n.type.Name}'");
            count = ArgParser.ToLong(n);
        }
        long remaining = pos < size ? size - pos : 0;
        if (count < 0 || count > remaining) count = remaining;
        var r = BytesAt(Ptr + pos, count);
        pos += count;
        return r;
    }

    [PyMethod]
    internal long read_byte()
    {
        CheckValid();
        if (pos >= size) throw PyErrors.ValueError("read byte out of range");
        return Ptr[pos++];
    }

    [PyMethod]
    internal PyObject readline()
    {
        CheckValid();
        long remaining = pos < size ? size - pos : 0;
        long n = remaining;
        for (long s = 0; s < remaining; s += Window)
        {
            int i = new ReadOnlySpan<byte>(Ptr + pos + s, (int)Math.Min(Window, remaining - s)).IndexOf((byte)'\n');
            if (i >= 0) { n = s + i + 1; break; }
        }
        var r = BytesAt(Ptr + pos, n);
        pos += n;
        return r;
    }

    [PyMethod]
    internal PyObject resize(long newsize)
    {
        CheckValid();
        if (Exported) throw PyErrors.New(PyTypes.BufferError, "mmap can't resize with extant buffers exported.");
        if (access != AccessWrite && access != AccessDefault)
            throw PyErrors.TypeError("mmap can't resize a readonly or copy-on-write memory map.");
        if (newsize < 0 || long.MaxValue - newsize < offset) throw PyErrors.ValueError("new size out of range");
        if (fd != -1 && Libc.ftruncate(fd, offset + newsize) == -1) throw PosixErrors.Last();
        var addr = MmapLibc.mremap(data, (nint)size, (nint)newsize, MmapLibc.MREMAP_MAYMOVE);
        if (addr == MmapLibc.MapFailed) throw PosixErrors.Last();
        data = addr;
        size = newsize;
        return PyNone.Instance;
    }

    [PyMethod]
    internal PyObject seek(long dist, int how = 0)
    {
        CheckValid();
        long where;
        switch (how)
        {
            case 0: where = dist; break;
            case 1:
                if (long.MaxValue - pos < dist) throw PyErrors.ValueError("seek out of range");
                where = pos + dist;
                break;
            case 2:
                if (size < -dist) throw PyErrors.ValueError("seek out of range");
                where = size + dist;
                break;
            default: throw PyErrors.ValueError("unknown seek type");
        }
        if (where > size || where < 0) throw PyErrors.ValueError("seek out of range");
        pos = where;
        return PyNone.Instance;
    }

    [PyMethod("size")]
    internal long size_()
    {
        CheckValid();
        Libc.Stat st; // an anonymous map has no file: EBADF, as CPython
        if (Libc.fstat(fd, &st) == -1) throw PosixErrors.Last();
        return st.st_size;
    }

    [PyMethod]
    internal long tell()
    {
        CheckValid();
        return pos;
    }

    [PyMethod]
    internal long write(PyObject data)
    {
        var bytes = Buffers.Require(data);
        CheckValid();
        CheckWritable();
        if (pos > size || size - pos < bytes.Length) throw PyErrors.ValueError("data out of range");
        bytes.CopyTo(new Span<byte>(Ptr + pos, bytes.Length));
        pos += bytes.Length;
        return bytes.Length;
    }

    [PyMethod]
    internal PyObject write_byte(PyObject value)
    {
        long v = ArgParser.ToLong(value);
        if (v < 0) throw PyErrors.OverflowError("unsigned byte integer is less than minimum");
        if (v > 255) throw PyErrors.OverflowError("unsigned byte integer is greater than maximum");
        CheckValid();
        CheckWritable();
        if (pos >= size) throw PyErrors.ValueError("write byte out of range");
        Ptr[pos++] = (byte)v;
        return PyNone.Instance;
    }

    // object_getstate_default's "required" state: a native object with more than object's layout
    [PyMethod]
    internal PyObject __reduce_ex__(PyObject protocol) => throw PyErrors.TypeError($"cannot pickle '{type.Name}' object");

    [PyMethod("__sizeof__")]
    internal long sizeof_() => 80;

    // --- the sequence and mapping slots -----------------------------------------------------------

    private PyObject Subscript(PyObject key)
    {
        CheckValid();
        if (key.type.Index is not null)
        {
            long i = PyOps.AsIndex(key, PyTypes.IndexError);
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw PyErrors.IndexError("mmap index out of range");
            return PyInt.FromLong(Ptr[i]);
        }
        if (key is PySlice slice)
        {
            slice.Indices(size, out long start, out _, out long step, out long count);
            if (count <= 0) return PyBytes.From(Array.Empty<byte>());
            if (step == 1) return BytesAt(Ptr + start, count);
            if (count > int.MaxValue) throw PyErrors.New(PyTypes.MemoryError, "");
            var r = new byte[count];
            for (long k = 0, i = start; k < count; k++, i += step) r[k] = Ptr[i];
            return PyBytes.From(r);
        }
        throw PyErrors.TypeError("mmap indices must be integers");
    }

    private void AssignSubscript(PyObject key, PyObject? value)
    {
        CheckValid();
        CheckWritable();
        if (key.type.Index is not null)
        {
            long i = PyOps.AsIndex(key, PyTypes.IndexError);
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw PyErrors.IndexError("mmap index out of range");
            if (value is null) throw PyErrors.TypeError("mmap doesn't support item deletion");
            if (value.type.Index is null) throw PyErrors.TypeError("mmap item value must be an int");
            long v = PyOps.Index(value) is { IsSmall: true } small ? small.Small : -1;
            if (v < 0 || v > 255) throw PyErrors.ValueError("mmap item value must be in range(0, 256)");
            Ptr[i] = (byte)v;
            return;
        }
        if (key is PySlice slice)
        {
            slice.Indices(size, out long start, out _, out long step, out long count);
            if (value is null) throw PyErrors.TypeError("mmap object doesn't support slice deletion");
            var src = Buffers.Require(value);
            if (src.Length != count) throw PyErrors.IndexError("mmap slice assignment is wrong size");
            CheckValid();
            if (count == 0) return;
            if (step == 1) src.CopyTo(new Span<byte>(Ptr + start, src.Length));
            else
                for (long k = 0, i = start; k < count; k++, i += step) Ptr[i] = src[(int)k];
            return;
        }
        throw PyErrors.TypeError("mmap indices must be integer");
    }

    private string Repr()
    {
        if (data == 0) return $"<{type.Name} closed=True>";
        string acc = access switch
        {
            AccessRead => "ACCESS_READ",
            AccessWrite => "ACCESS_WRITE",
            AccessCopy => "ACCESS_COPY",
            _ => "ACCESS_DEFAULT",
        };
        return $"<{type.Name} closed=False, access={acc}, length={size}, pos={pos}, offset={offset}>";
    }

    internal static void InitType(PyType t)
    {
        t.New = static (callable, all, kwnames) => New((PyType)callable, all, kwnames);
        t.Length = static self =>
        {
            var m = (PyMmap)self;
            m.CheckValid();
            return m.size;
        };
        t.GetItem = static (self, key) => ((PyMmap)self).Subscript(key);
        t.SetItem = static (self, key, value) => ((PyMmap)self).AssignSubscript(key, value);
        // iteration is the old sequence protocol over sq_item, whose items are length-1 bytes
        t.Iter = static self => new MmapIterator((PyMmap)self);
        t.Repr = static self => PyStr.FromString(((PyMmap)self).Repr());
        InstallPyBindings(t);
    }

    /// <summary>sq_item: the byte at <paramref name="i"/> as a length-1 bytes, or null past the end.</summary>
    internal PyObject? ItemAt(long i)
    {
        CheckValid();
        if (i < 0 || i >= size) return null;
        return PyBytes.From(new[] { Ptr[i] });
    }
}
