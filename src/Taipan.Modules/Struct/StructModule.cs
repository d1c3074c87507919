using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Struct;

/// <summary>_struct: module functions (with a format cache, as CPython's) over the Struct type.</summary>
[PyModule("_struct")]
internal static partial class StructModule
{
    public static readonly PyType ErrorType = CreateError();
    private static readonly Dictionary<string, PyStruct> cache = new(StringComparer.Ordinal);
    private const int MaxCache = 100;

    private static PyType CreateError()
    {
        var d = new PyDict();
        d.SetItem(StrIntern.Intern("__module__"), PyStr.FromAscii("struct"));
        var t = PyType.CreateHeapType(PyTypes.Type, "error", new[] { PyTypes.Exception }, d);
        return t;
    }

    public static PyException Error(string message) => PyErrors.New(ErrorType, message);

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_struct", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("error"), ErrorType);
        m.Dict.SetItem(StrIntern.Intern("Struct"), PyStruct.PyTypeObject);
        return m;
    }

    internal static string FormatText(PyObject format, string owner)
    {
        if (format is PyStr s) return s.Value;
        if (BytesInterop.IsBytes(format))
        {
            var raw = BytesInterop.Read(format);
            var sb = new StringBuilder(raw.Length);
            foreach (var b in raw) sb.Append((char)b);
            return sb.ToString();
        }
        throw PyErrors.TypeError($"{owner} argument 1 must be a str or bytes object, not {format.type.Name}");
    }

    private static PyStruct Cached(PyObject format)
    {
        var text = FormatText(format, "Struct()");
        if (cache.TryGetValue(text, out var s)) return s;
        s = new PyStruct(PyStruct.PyTypeObject, StructFormat.Parse(text), format);
        if (cache.Count >= MaxCache) cache.Clear();
        cache[text] = s;
        return s;
    }

    [PyFunction] public static void _clearcache() => cache.Clear();

    [PyFunction] public static long calcsize(PyObject format) => Cached(format).Layout.Size;

    [PyFunction]
    public static PyObject pack(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "pack");
        if (args.Length == 0) throw PyErrors.TypeError("pack expected at least 1 argument, got 0");
        return Cached(args[0]).DoPack(args[1..]);
    }

    [PyFunction]
    public static void pack_into(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "pack_into");
        if (args.Length == 0) throw PyErrors.TypeError("pack_into expected at least 1 argument, got 0");
        Cached(args[0]).DoPackInto(args[1..]);
    }

    [PyFunction]
    public static PyObject unpack(PyObject format, PyObject buffer) => Cached(format).DoUnpack(buffer);

    private static readonly string[] UnpackFromNames = { "format", "buffer", "offset" };

    [PyFunction]
    public static PyObject unpack_from(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "unpack_from", UnpackFromNames, 1, 2);
        return Cached(s[0]!).DoUnpackFrom(s[1]!, s[2] is null ? 0 : ArgParser.ToLong(s[2]!));
    }

    [PyFunction]
    public static PyObject iter_unpack(PyObject format, PyObject buffer) => Cached(format).DoIterUnpack(buffer);
}

/// <summary>_struct.Struct(format).</summary>
[PyType("Struct")]
internal sealed partial class PyStruct : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_struct.Struct", 31, InitType);
    private static readonly string[] NewNames = { "format" };
    private static readonly string[] UnpackFromNames = { "buffer", "offset" };
    internal StructFormat Layout;
    private PyObject formatObject;

    internal PyStruct(PyType t, StructFormat layout, PyObject format) : base(t)
    {
        Layout = layout;
        formatObject = format;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "Struct", NewNames, 0, 1);
            var text = StructModule.FormatText(s[0]!, "Struct()");
            return new PyStruct((PyType)callable, StructFormat.Parse(text), s[0]!);
        };
        InstallPyBindings(t);
    }

    [PyGetter] internal PyObject format => PyStr.FromString(Layout.Format);
    [PyGetter] internal long size => Layout.Size;

    [PyMethod]
    internal PyObject pack(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "pack");
        return DoPack(args);
    }

    [PyMethod]
    internal void pack_into(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ModuleTypes.NoKeywords(kwnames, "pack_into");
        DoPackInto(args);
    }

    [PyMethod] internal PyObject unpack(PyObject buffer) => DoUnpack(buffer);

    [PyMethod]
    internal PyObject unpack_from(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "unpack_from", UnpackFromNames, 0, 1);
        return DoUnpackFrom(s[0]!, s[1] is null ? 0 : ArgParser.ToLong(s[1]!));
    }

    [PyMethod] internal PyObject iter_unpack(PyObject buffer) => DoIterUnpack(buffer);

    [PyMethod("__sizeof__")] internal long sizeof_() => 48 + 16L * Layout.Codes.Length;

    internal PyObject DoPack(ReadOnlySpan<PyObject> args) => BytesInterop.MakeBytes(StructCodec.Pack(Layout, args, "pack"));

    internal void DoPackInto(ReadOnlySpan<PyObject> args)
    {
        int n = args.Length;
        if (n != Layout.ItemCount + 2)
        {
            if (n == 0) throw StructModule.Error("pack_into expected buffer argument");
            if (n == 1) throw StructModule.Error("pack_into expected offset argument");
            throw StructModule.Error($"pack_into expected {Layout.ItemCount} items for packing (got {n - 2})");
        }
        var buffer = args[0];
        var current = BytesInterop.Read(buffer);
        long len = current.Length;
        var oi = PyOps.Index(args[1]);
        long offset = oi.IsSmall ? oi.Small : throw PyErrors.IndexError($"cannot fit 'int' into an index-sized integer");
        int size = Layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0) throw StructModule.Error($"no space to pack {size} bytes at offset {offset}");
            if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < size)
            throw StructModule.Error($"pack_into requires a buffer of at least {size + offset} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})");
        var data = new byte[size];
        StructCodec.PackInto(Layout, args[2..], data);
        BytesInterop.Write(buffer, offset, data);
    }

    internal PyObject DoUnpack(PyObject buffer)
    {
        var data = BytesInterop.Read(buffer);
        if (data.Length != Layout.Size) throw StructModule.Error($"unpack requires a buffer of {Layout.Size} bytes");
        return StructCodec.Unpack(Layout, data);
    }

    internal PyObject DoUnpackFrom(PyObject buffer, long offset)
    {
        var data = BytesInterop.Read(buffer);
        long len = data.Length;
        int size = Layout.Size;
        if (offset < 0)
        {
            if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < size)
            throw StructModule.Error($"unpack_from requires a buffer of at least {size + offset} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})");
        return StructCodec.Unpack(Layout, data.AsSpan((int)offset, size));
    }

    internal PyObject DoIterUnpack(PyObject buffer)
    {
        if (Layout.Size == 0) throw StructModule.Error("cannot iteratively unpack with a struct of length 0");
        var data = BytesInterop.Read(buffer);
        if (data.Length % Layout.Size != 0)
            throw StructModule.Error($"iterative unpacking requires a buffer of a multiple of {Layout.Size} bytes");
        return new UnpackIterator(Layout, data);
    }
}

/// <summary>_struct.unpack_iterator.</summary>
internal sealed class UnpackIterator : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_struct.unpack_iterator", 32, InitType, subclassable: false);
    private readonly StructFormat layout;
    private readonly byte[] data;
    private int offset;

    public UnpackIterator(StructFormat layout, byte[] data) : base(PyTypeObject)
    {
        this.layout = layout;
        this.data = data;
    }

    private static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (UnpackIterator)self;
            if (it.offset + it.layout.Size > it.data.Length) return null;
            var r = StructCodec.Unpack(it.layout, it.data.AsSpan(it.offset, it.layout.Size));
            it.offset += it.layout.Size;
            return r;
        };
        BindingInstaller.AddMethod(t, "__length_hint__", static (self, args, kwnames) =>
        {
            var it = (UnpackIterator)self!;
            return PyInt.FromLong((it.data.Length - it.offset) / it.layout.Size);
        });
    }
}
