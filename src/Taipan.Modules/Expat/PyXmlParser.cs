using System.Runtime.InteropServices;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Expat;

/// <summary>pyexpat.xmlparser: one expat parser, its Python handlers and the character data buffer
/// (buffer_text). Made only by ParserCreate and ExternalEntityParserCreate.</summary>
internal sealed unsafe class PyXmlParser : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private const int DefaultBufferSize = 8192; // CHARACTER_DATA_BUFFER_SIZE
    private const int MaxChunkSize = 1 << 20;
    private const int ReadSize = 2048; // ParseFile's BUF_SIZE

    public readonly nint Itself;
    private readonly ParserHandle handle;
    private readonly PyObject?[] handlers = new PyObject?[Handlers.Count];
    private byte[]? buffer;
    private int bufferSize = DefaultBufferSize, bufferUsed;
    private bool inCallback, nsPrefixes;
    public bool OrderedAttributes, SpecifiedAttributes;
    private readonly PyDict? intern;
    /// <summary>The exception a handler raised during the current parse (CPython's PyErr_Occurred()).</summary>
    private PyException? pending;

    private PyXmlParser(nint itself, ParserHandle handle, PyDict? intern) : base(TypeObject)
    {
        Itself = itself;
        this.handle = handle;
        this.intern = intern;
        handle.UserData = GCHandle.ToIntPtr(GCHandle.Alloc(this, GCHandleType.Weak));
        LibExpat.XML_SetUserData(itself, handle.UserData);
    }

    ~PyXmlParser() => handle.OwnerGone();

    public static PyXmlParser Create(string? encoding, string? namespaceSeparator, PyDict? intern)
    {
        nint p;
        var enc = encoding is null ? null : Utf8Z(encoding);
        var sep = namespaceSeparator is null ? null : Utf8Z(namespaceSeparator);
        fixed (byte* e = enc)
        fixed (byte* s = sep)
            p = LibExpat.XML_ParserCreate_MM(e, 0, s);
        if (p == 0) throw PyErrors.MemoryError();
        LibExpat.XML_SetHashSalt(p, (nuint)Random.Shared.NextInt64());
        var parser = new PyXmlParser(p, new ParserHandle(p, null), intern);
        LibExpat.XML_SetUnknownEncodingHandler(p, Callbacks.UnknownEncoding, parser.handle.UserData);
        return parser;
    }

    internal static byte[] Utf8Z(string s)
    {
        if (s.Contains('\0')) throw PyErrors.ValueError("embedded null character");
        var n = Encoding.UTF8.GetByteCount(s);
        var b = new byte[n + 1];
        Encoding.UTF8.GetBytes(s, b);
        return b;
    }

    public static PyXmlParser? FromUserData(nint ud) => ud == 0 ? null : GCHandle.FromIntPtr(ud).Target as PyXmlParser;

    // --- conversions (conv_string_to_unicode, string_intern) ---------------------------------

    public static PyObject Str(byte* s) =>
        s == null ? PyNone.Instance : PyStr.FromString(Marshal.PtrToStringUTF8((nint)s)!);

    public static PyObject Str(byte* s, int len) =>
        PyStr.FromString(Encoding.UTF8.GetString(s, len));

    public PyObject Intern(byte* s)
    {
        var result = Str(s);
        if (intern is null) return result;
        var value = intern.GetItemOrNull(result);
        if (value is not null) return value;
        intern.SetItem(result, result);
        return result;
    }

    // --- calling handlers ------------------------------------------------------------------

    /// <summary>RC_HANDLER's prologue: a handler is set, no error is pending, buffered text went out first.</summary>
    public bool Begin(int which)
    {
        if (handlers[which] is null || pending is not null) return false;
        try
        {
            return FlushCharacterBuffer();
        }
        catch (Exception e) // callers are native callbacks: nothing may escape
        {
            Fail(e);
            return false;
        }
    }

    public PyObject? Invoke(int which, PyObject[] args)
    {
        var h = handlers[which];
        if (h is null) return null;
        inCallback = true;
        try
        {
            return PyOps.Call(h, args);
        }
        catch (Exception e)
        {
            var pe = e as PyException ?? Errors.FromDotNet(e);
            ExpatTraceback.Add(pe.Value, which);
            Fail(pe);
            return null;
        }
        finally
        {
            inCallback = false;
        }
    }

    /// <summary>PyLong_AsLong of an int-returning handler's result (0 once an error is pending).</summary>
    public int IntResult(PyObject? rv)
    {
        if (rv is null) return 0;
        try
        {
            return (int)ArgParser.ToLong(rv);
        }
        catch (Exception e)
        {
            Fail(e);
            return 0;
        }
    }

    /// <summary>call_with_frame's failure path and flag_error: keep the exception for Parse to raise,
    /// stop the parser, drop every handler.</summary>
    public void Fail(Exception e, bool stop = true)
    {
        pending ??= e as PyException ?? Errors.FromDotNet(e);
        if (stop) LibExpat.XML_StopParser(Itself, 0);
        for (int i = 0; i < Handlers.Count; i++)
        {
            handlers[i] = null;
            Handlers.SetNative(Itself, i, 0);
        }
        LibExpat.XML_SetExternalEntityRefHandler(Itself, Callbacks.ErrorExternalEntityRef);
    }

    private void ThrowPending()
    {
        var e = pending;
        if (e is null) return;
        pending = null;
        throw e;
    }

    // --- character data --------------------------------------------------------------------

    public void CharacterData(byte* data, int len)
    {
        if (pending is not null) return;
        if (buffer is null)
        {
            CallCharacterHandler(data, len);
            return;
        }
        if (bufferUsed + len > bufferSize)
        {
            if (!FlushCharacterBuffer()) return;
            // The handler may have gone meanwhile: the rest is dropped then.
            if (handlers[Handlers.CharacterData] is null) return;
        }
        if (buffer is null || len > bufferSize)
        {
            CallCharacterHandler(data, len);
            bufferUsed = 0;
        }
        else
        {
            new ReadOnlySpan<byte>(data, len).CopyTo(buffer.AsSpan(bufferUsed));
            bufferUsed += len;
        }
    }

    private bool FlushCharacterBuffer()
    {
        if (buffer is null || bufferUsed == 0) return true;
        bool ok;
        fixed (byte* b = buffer) ok = CallCharacterHandler(b, bufferUsed);
        bufferUsed = 0;
        return ok;
    }

    private bool CallCharacterHandler(byte* data, int len)
    {
        if (handlers[Handlers.CharacterData] is null) return false;
        var rv = Invoke(Handlers.CharacterData, [Str(data, len)]);
        if (rv is null)
        {
            LibExpat.XML_SetCharacterDataHandler(Itself, Callbacks.NoopCharacterData);
            return false;
        }
        return true;
    }

    private void FlushOrThrow()
    {
        if (!FlushCharacterBuffer()) ThrowPending();
    }

    // --- parsing ---------------------------------------------------------------------------

    private PyObject Parse(PyObject data, int isFinal)
    {
        byte[] bytes;
        if (data is PyStr s)
        {
            bytes = Utf8Codec.Encode(s, "strict");
            fixed (byte* enc = "utf-8\0"u8) LibExpat.XML_SetEncoding(Itself, enc);
        }
        else if (data is PyBytes pb) bytes = pb.Value;
        else if (Buffers.TryGetSpan(data, out var span)) bytes = span.ToArray();
        else throw PyErrors.TypeError($"a bytes-like object is required, not '{data.type.Name}'");
        int rc;
        fixed (byte* p0 = bytes)
        {
            byte* p = p0;
            long len = bytes.Length;
            while (len > MaxChunkSize)
            {
                rc = LibExpat.XML_Parse(Itself, p, MaxChunkSize, 0);
                if (rc == 0) return ParseResult(rc);
                p += MaxChunkSize;
                len -= MaxChunkSize;
            }
            rc = LibExpat.XML_Parse(Itself, p, (int)len, isFinal);
        }
        return ParseResult(rc);
    }

    /// <summary>get_parse_result: a handler's exception first, then expat's error, then the last text.</summary>
    private PyObject ParseResult(int rc)
    {
        ThrowPending();
        if (rc == 0) throw Error(LibExpat.XML_GetErrorCode(Itself));
        FlushOrThrow();
        return PyInt.FromLong(rc);
    }

    /// <summary>set_error: ExpatError("msg: line L, column C") with code, offset and lineno.</summary>
    private PyException Error(int code)
    {
        long line = (long)LibExpat.XML_GetCurrentLineNumber(Itself);
        long column = (long)LibExpat.XML_GetCurrentColumnNumber(Itself);
        return ExpatModule.MakeError(code, $"{LibExpat.ErrorString(code)}: line {line}, column {column}", line, column);
    }

    private PyObject ParseFile(PyObject file)
    {
        var read = PyOps.GetAttrOrNull(file, PyStr.FromAscii("read"))
            ?? throw PyErrors.TypeError("argument must have 'read' attribute");
        int rv;
        while (true)
        {
            var buf = LibExpat.XML_GetBuffer(Itself, ReadSize);
            if (buf == 0) return ParseResult(0);
            var chunk = PyOps.Call(read, [PyInt.FromLong(ReadSize)]);
            ReadOnlySpan<byte> data;
            if (chunk is PyBytes b) data = b.Value;
            else if (chunk is PyByteArray ba) data = ba.Span;
            else throw PyErrors.TypeError($"read() did not return a bytes object (type={chunk.type.Name})");
            if (data.Length > ReadSize)
                throw PyErrors.ValueError($"read() returned too much data: {ReadSize} bytes requested, {data.Length} returned");
            data.CopyTo(new Span<byte>((void*)buf, ReadSize));
            int n = data.Length;
            rv = LibExpat.XML_ParseBuffer(Itself, n, n == 0 ? 1 : 0);
            ThrowPending();
            if (rv == 0 || n == 0) break;
        }
        return ParseResult(rv);
    }

    // --- the type --------------------------------------------------------------------------

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "pyexpat.xmlparser", PyTypes.Object, TypeFlags.None, 390);
        t.New = static (callable, a, kwnames) => throw PyErrors.TypeError("cannot create 'pyexpat.xmlparser' instances");
        BindingInstaller.AddMethod(t, "Parse", static (self, args, kwnames) =>
        {
            ExpatModule.ClinicArgs(args, kwnames, "Parse", 1, 2);
            int isFinal = args.Length > 1 ? ExpatModule.CInt(args[1]) : 0;
            return P(self).Parse(args[0], isFinal);
        });
        BindingInstaller.AddMethod(t, "ParseFile", static (self, args, kwnames) =>
        {
            ExpatModule.ClinicArgs(args, kwnames, "ParseFile", 1, 1);
            return P(self).ParseFile(args[0]);
        });
        BindingInstaller.AddMethod(t, "SetBase", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "xmlparser.SetBase");
            var b = Utf8Z(ArgParser.ToStr(args[0], "SetBase", "argument"));
            fixed (byte* p = b)
                if (LibExpat.XML_SetBase(P(self).Itself, p) == 0) throw PyErrors.MemoryError();
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "GetBase", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "xmlparser.GetBase");
            return Str((byte*)LibExpat.XML_GetBase(P(self).Itself));
        });
        BindingInstaller.AddMethod(t, "GetInputContext", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "xmlparser.GetInputContext");
            var parser = P(self);
            if (!parser.inCallback) return PyNone.Instance;
            int offset, size;
            var buf = (byte*)LibExpat.XML_GetInputContext(parser.Itself, &offset, &size);
            if (buf == null) return PyNone.Instance;
            return new PyBytes(new ReadOnlySpan<byte>(buf + offset, size - offset).ToArray());
        });
        BindingInstaller.AddMethod(t, "ExternalEntityParserCreate", static (self, args, kwnames) =>
        {
            ExpatModule.ClinicArgs(args, kwnames, "ExternalEntityParserCreate", 1, 2);
            string? context = args[0] == PyNone.Instance ? null
                : args[0] is PyStr cs ? cs.Value
                : throw ArgParser.BadArgument("ExternalEntityParserCreate", "argument 1", "str or None", args[0]);
            string? encoding = args.Length > 1 ? ArgParser.ToStr(args[1], "ExternalEntityParserCreate", "argument 2") : null;
            return P(self).ExternalEntityParserCreate(context, encoding);
        });
        BindingInstaller.AddMethod(t, "SetParamEntityParsing", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "xmlparser.SetParamEntityParsing");
            return PyInt.FromLong(LibExpat.XML_SetParamEntityParsing(P(self).Itself, ExpatModule.CInt(args[0])));
        });
        BindingInstaller.AddMethod(t, "UseForeignDTD", static (self, args, kwnames) =>
        {
            ExpatModule.ClinicArgs(args, kwnames, "UseForeignDTD", 0, 1);
            bool flag = args.Length == 0 || PyOps.IsTrue(args[0]);
            var parser = P(self);
            int rc = LibExpat.XML_UseForeignDTD(parser.Itself, flag ? (byte)1 : (byte)0);
            if (rc != LibExpat.XML_ERROR_NONE) throw parser.Error(rc);
            return PyNone.Instance;
        });

        for (int i = 0; i < Handlers.Count; i++)
        {
            int which = i;
            BindingInstaller.AddGetSet(t, Handlers.Names[i], self => P(self).handlers[which] ?? PyNone.Instance,
                (self, v) => P(self).SetHandler(which, v));
        }

        BindingInstaller.AddGetSet(t, "buffer_text", static self => PyBool.FromBool(P(self).buffer is not null),
            static (self, v) => P(self).SetBufferText(NotDeleted(v)));
        BindingInstaller.AddGetSet(t, "buffer_size", static self => PyInt.FromLong(P(self).bufferSize),
            static (self, v) => P(self).SetBufferSize(NotDeleted(v)));
        BindingInstaller.AddGetter(t, "buffer_used", static self => PyInt.FromLong(P(self).bufferUsed));
        BindingInstaller.AddGetSet(t, "namespace_prefixes", static self => PyBool.FromBool(P(self).nsPrefixes),
            static (self, v) =>
            {
                var parser = P(self);
                parser.nsPrefixes = PyOps.IsTrue(NotDeleted(v));
                LibExpat.XML_SetReturnNSTriplet(parser.Itself, parser.nsPrefixes ? 1 : 0);
            });
        BindingInstaller.AddGetSet(t, "ordered_attributes", static self => PyBool.FromBool(P(self).OrderedAttributes),
            static (self, v) => P(self).OrderedAttributes = PyOps.IsTrue(NotDeleted(v)));
        BindingInstaller.AddGetSet(t, "specified_attributes", static self => PyBool.FromBool(P(self).SpecifiedAttributes),
            static (self, v) => P(self).SpecifiedAttributes = PyOps.IsTrue(NotDeleted(v)));
        // A member (T_OBJECT, READONLY) in CPython, hence its message.
        BindingInstaller.AddGetSet(t, "intern", static self => (PyObject?)P(self).intern ?? PyNone.Instance,
            static (self, v) => throw PyErrors.AttributeError("readonly attribute"));

        BindingInstaller.AddGetter(t, "ErrorCode", static self => PyInt.FromLong(LibExpat.XML_GetErrorCode(P(self).Itself)));
        BindingInstaller.AddGetter(t, "ErrorLineNumber", static self => Line(self));
        BindingInstaller.AddGetter(t, "ErrorColumnNumber", static self => Column(self));
        BindingInstaller.AddGetter(t, "ErrorByteIndex", static self => PyInt.FromLong(LibExpat.XML_GetCurrentByteIndex(P(self).Itself)));
        BindingInstaller.AddGetter(t, "CurrentLineNumber", static self => Line(self));
        BindingInstaller.AddGetter(t, "CurrentColumnNumber", static self => Column(self));
        BindingInstaller.AddGetter(t, "CurrentByteIndex", static self => PyInt.FromLong(LibExpat.XML_GetCurrentByteIndex(P(self).Itself)));
        BuiltinTypeSlots.Complete(t);
        return t;
    }

    private static PyXmlParser P(PyObject? self) => (PyXmlParser)self!;

    private static PyObject Line(PyObject self) => PyInt.FromLong((long)LibExpat.XML_GetCurrentLineNumber(P(self).Itself));

    private static PyObject Column(PyObject self) => PyInt.FromLong((long)LibExpat.XML_GetCurrentColumnNumber(P(self).Itself));

    private static PyObject NotDeleted(PyObject? v) => v ?? throw PyErrors.RuntimeError("Cannot delete attribute");

    private void SetHandler(int which, PyObject? v)
    {
        NotDeleted(v);
        // Text buffered for the old character data handler goes to it.
        if (which == Handlers.CharacterData) FlushOrThrow();
        nint fn;
        if (v == PyNone.Instance)
        {
            // expat may still be inside the character data callback: it must stay callable.
            fn = which == Handlers.CharacterData && inCallback ? Callbacks.NoopCharacterData : 0;
            handlers[which] = null;
        }
        else
        {
            fn = Callbacks.For(which);
            handlers[which] = v;
        }
        Handlers.SetNative(Itself, which, fn);
    }

    private void SetBufferText(PyObject v)
    {
        if (PyOps.IsTrue(v))
        {
            if (buffer is null)
            {
                buffer = new byte[bufferSize];
                bufferUsed = 0;
            }
        }
        else if (buffer is not null)
        {
            FlushOrThrow();
            buffer = null;
        }
    }

    private void SetBufferSize(PyObject v)
    {
        if (v is not PyInt) throw PyErrors.TypeError("buffer_size must be an integer");
        var i = (PyInt)v;
        if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C long");
        long size = i.Small;
        if (size <= 0) throw PyErrors.ValueError("buffer_size must be greater than zero");
        if (size == bufferSize) return;
        if (size > int.MaxValue) throw PyErrors.ValueError($"buffer_size must not be greater than {int.MaxValue}");
        // As CPython: a new size also turns buffering on.
        if (buffer is not null && bufferUsed != 0) FlushOrThrow();
        buffer = new byte[size];
        bufferSize = (int)size;
    }

    private PyXmlParser ExternalEntityParserCreate(string? context, string? encoding)
    {
        var ctx = context is null ? null : Utf8Z(context);
        var enc = encoding is null ? null : Utf8Z(encoding);
        nint p;
        fixed (byte* c = ctx)
        fixed (byte* e = enc)
            p = LibExpat.XML_ExternalEntityParserCreate(Itself, c, e);
        if (p == 0) throw PyErrors.MemoryError();
        var child = new PyXmlParser(p, new ParserHandle(p, handle), intern)
        {
            OrderedAttributes = OrderedAttributes,
            SpecifiedAttributes = SpecifiedAttributes,
        };
        child.bufferSize = bufferSize;
        child.nsPrefixes = nsPrefixes;
        if (buffer is not null) child.buffer = new byte[bufferSize];
        LibExpat.XML_SetUnknownEncodingHandler(p, Callbacks.UnknownEncoding, child.handle.UserData);
        for (int i = 0; i < Handlers.Count; i++)
        {
            if (handlers[i] is null) continue;
            child.handlers[i] = handlers[i];
            Handlers.SetNative(p, i, Callbacks.For(i));
        }
        return child;
    }
}
