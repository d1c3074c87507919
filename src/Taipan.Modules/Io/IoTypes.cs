using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>The _io types. Created on first use (the _io import or the console streams at start-up);
/// they are builtin (immutable) types like CPython's static _io types.</summary>
internal static class IoTypes
{
    public static readonly PyType IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BytesIO, StringIO,
        BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper, IncrementalNewlineDecoder;
    public static readonly PyType UnsupportedOperation;

    // Layout ids 270-299 belong to _io.
    private const int IOBaseLayout = 270, FileIOLayout = 271, BytesIOLayout = 272, StringIOLayout = 273,
        BufferedLayout = 274, RWPairLayout = 275, TextLayout = 276, DecoderLayout = 277;

    static IoTypes()
    {
        const TypeFlags Sub = TypeFlags.BaseType | TypeFlags.HasInstanceDict;
        IOBase = Create("_io._IOBase", PyTypes.Object, Sub, IOBaseLayout);
        RawIOBase = Create("_io._RawIOBase", IOBase, Sub, IOBaseLayout);
        BufferedIOBase = Create("_io._BufferedIOBase", IOBase, Sub, IOBaseLayout);
        TextIOBase = Create("_io._TextIOBase", IOBase, Sub, IOBaseLayout);
        FileIO = Create("_io.FileIO", RawIOBase, Sub, FileIOLayout);
        BytesIO = Create("_io.BytesIO", BufferedIOBase, Sub, BytesIOLayout);
        StringIO = Create("_io.StringIO", TextIOBase, Sub, StringIOLayout);
        BufferedReader = Create("_io.BufferedReader", BufferedIOBase, Sub, BufferedLayout);
        BufferedWriter = Create("_io.BufferedWriter", BufferedIOBase, Sub, BufferedLayout);
        BufferedRandom = Create("_io.BufferedRandom", BufferedIOBase, Sub, BufferedLayout);
        BufferedRWPair = Create("_io.BufferedRWPair", BufferedIOBase, Sub, RWPairLayout);
        TextIOWrapper = Create("_io.TextIOWrapper", TextIOBase, Sub, TextLayout);
        IncrementalNewlineDecoder = Create("_io.IncrementalNewlineDecoder", PyTypes.Object, TypeFlags.BaseType, DecoderLayout);

        PyIOBase.InstallIOBase(IOBase);
        AbstractBases.InstallRaw(RawIOBase);
        AbstractBases.InstallBuffered(BufferedIOBase);
        AbstractBases.InstallText(TextIOBase);
        Io.FileIO.Install(FileIO);
        Io.BytesIO.Install(BytesIO);
        Io.StringIO.Install(StringIO);
        Buffered.InstallCommon(BufferedReader, reader: true, writer: false);
        Buffered.InstallCommon(BufferedWriter, reader: false, writer: true);
        Buffered.InstallCommon(BufferedRandom, reader: true, writer: true);
        RWPair.Install(BufferedRWPair);
        Io.TextIOWrapper.Install(TextIOWrapper);
        NewlineDecoder.Install(IncrementalNewlineDecoder);
        foreach (var t in new[] { IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BytesIO, StringIO, BufferedReader,
                     BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper, IncrementalNewlineDecoder })
            Finish(t);

        // CPython makes it a heap type: type("UnsupportedOperation", (OSError, ValueError), {}); io.py sets its __module__.
        var ns = new PyDict();
        ns.SetItem(StrIntern.Intern("__module__"), PyStr.FromAscii("io"));
        UnsupportedOperation = PyType.CreateHeapType(PyTypes.Type, "UnsupportedOperation", new[] { PyTypes.OSError, PyTypes.ValueError }, ns);
    }

    internal static void BufferedInit(Buffered b, FileIO raw) =>
        PyOps.Call(PyOps.GetAttr(b, StrIntern.Intern("__init__")), new PyObject[] { raw, PyInt.FromLong(raw.BlkSize > 1 ? raw.BlkSize : IoModule.DefaultBufferSize) });

    private static PyType Create(string name, PyType @base, TypeFlags flags, int layout) =>
        PyType.CreateBuiltin(PyTypes.Type, name, @base, flags, layout);

    /// <summary>Bootstrap's inherit_slots for types made after bootstrap, then the slot wrappers
    /// (__iter__, __next__, __init__, __repr__, ...) Python subclasses reach through super().</summary>
    private static void Finish(PyType t)
    {
        t.GetAttr ??= ObjectAttributes.GenericGetAttr;
        t.SetAttr ??= ObjectAttributes.GenericSetAttr;
        for (int i = 1; i < t.Mro.Length; i++)
        {
            var b = t.Mro[i];
            t.Repr ??= b.Repr; t.Str ??= b.Str; t.Hash ??= b.Hash; t.RichCompare ??= b.RichCompare;
            t.Iter ??= b.Iter; t.IterNext ??= b.IterNext; t.New ??= b.New; t.Init ??= b.Init;
        }
        SlotWrappers.Install(t);
    }
}
