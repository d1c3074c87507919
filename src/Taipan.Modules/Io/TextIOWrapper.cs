using System.Numerics;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>
/// _io.TextIOWrapper: str over a buffered binary stream. Writes are encoded into a pending byte
/// list flushed in _CHUNK_SIZE pieces (or per line with line_buffering); reads decode chunks and
/// keep a snapshot (decoder flags, bytes fed) so tell() can give CPython's opaque cookies.
/// </summary>
internal sealed class TextIOWrapper : PyIOBase
{
    internal PyObject? Buffer;
    private Buffered? nativeBuffer;
    private bool detached, initialized;
    internal string Encoding = "UTF-8";
    internal string Errors = "strict";
    private TextDecoder? decoder;
    private NewlineDecoder? newlineDecoder;
    private TextEncoder? encoder;
    private string? readnl;
    private string writenl = "\n";
    private bool readuniversal, readtranslate, writetranslate;
    internal bool LineBuffering, WriteThrough;
    private bool seekable, telling, hasRead1;
    private int chunkSize = 8192;
    private readonly List<byte> pending = new();
    // Decoded text not yet returned: decoded[decodedUsed..] (UTF-16 index).
    private string decoded = "";
    private int decodedUsed;
    // Snapshot at the start of the current decoded chunk: decoder flags and the bytes fed since.
    private long snapshotFlags;
    private byte[]? snapshotInput;
    /// <summary>Bytes per character of the last chunk decoded (tell()'s first guess).</summary>
    private double b2cRatio;

    public TextIOWrapper(PyType type) : base(type) { }

    private static readonly string[] InitNames = { "buffer", "encoding", "errors", "newline", "line_buffering", "write_through" };
    private static readonly string[] ReconfigureNames = { "encoding", "errors", "newline", "line_buffering", "write_through" };

    internal static void Install(PyType t)
    {
        t.New = static (callable, args, kwnames) => new TextIOWrapper((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "TextIOWrapper", InitNames, 0, 1);
            ((TextIOWrapper)self).Init(s[0]!, s[1], s[2], s[3], s[4] is not null && PyOps.IsTrue(s[4]!), s[5] is not null && PyOps.IsTrue(s[5]!));
        };
        t.Repr = static self => PyStr.FromString(((TextIOWrapper)self).ReprText());
        t.Iter = static self => { var w = (TextIOWrapper)self; w.CheckAttached(); w.CheckClosed(); return self; };
        t.IterNext = static self =>
        {
            var w = (TextIOWrapper)self;
            w.telling = false;
            string line;
            if (IoCall.IsNative(self, IoTypes.TextIOWrapper, "readline")) line = w.ReadLine(-1);
            else
            {
                var r = IoCall.Method(self, "readline");
                if (r is not PyStr rs) throw PyErrors.New(PyTypes.OSError, $"readline() should have returned a str object, not '{r.type.Name}'");
                line = rs.Value;
            }
            if (line.Length == 0)
            {
                w.snapshotInput = null;
                w.telling = w.seekable;
                return null;
            }
            return PyStr.FromString(line);
        };
        Add(t, "write", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "write");
            var w = (TextIOWrapper)s!;
            if (a[0] is not PyStr str) throw PyErrors.TypeError($"write() argument must be str, not {a[0].type.Name}");
            return PyInt.FromLong(w.Write(str));
        });
        Add(t, "read", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "read", 0, 1);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            return PyStr.FromString(w.Read(IoCall.OptionalSize(a, 0)));
        });
        Add(t, "readline", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "readline", 0, 1);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            long limit = -1;
            if (a.Length > 0)
            {
                if (a[0] is PyFloat || a[0].type.Index is null && a[0] is not PyInt)
                    throw PyErrors.TypeError($"'{a[0].type.Name}' object cannot be interpreted as an integer");
                limit = IoCall.Index(a[0]);
            }
            return PyStr.FromString(w.ReadLine(limit));
        });
        Add(t, "flush", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "flush", 0, 0);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            w.CheckClosed();
            w.telling = w.seekable;
            w.FlushPending();
            return IoCall.Method(w.Buffer!, "flush");
        });
        Add(t, "close", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "close", 0, 0);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            if (w.IsClosed) return PyNone.Instance;
            PyException? pending = null;
            try { IoCall.Method(w, "flush"); }
            catch (PyException e) { pending = e; }
            try { IoCall.Method(w.Buffer!, "close"); }
            catch (PyException e)
            {
                if (pending is not null) e.Value.Context ??= pending.Value;
                pending = e;
            }
            if (pending is not null) throw pending;
            return PyNone.Instance;
        });
        Add(t, "detach", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "detach", 0, 0);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            IoCall.Method(w, "flush");
            var b = w.Buffer!;
            w.Buffer = null;
            w.nativeBuffer = null;
            w.detached = true;
            return b;
        });
        Add(t, "tell", static (s, a, k) => { IoCall.CheckArgs(a, k, "tell", 0, 0); var w = (TextIOWrapper)s!; w.CheckAttached(); return w.Tell(); });
        Add(t, "seek", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "seek", 1, 2);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            return w.Seek(a[0], a.Length > 1 ? IoCall.Index(a[1]) : 0);
        });
        Add(t, "truncate", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "truncate", 0, 1);
            var w = (TextIOWrapper)s!;
            w.CheckAttached();
            IoCall.Method(w, "flush");
            return IoCall.Method(w.Buffer!, "truncate", a.Length > 0 ? a[0] : PyNone.Instance);
        });
        Add(t, "reconfigure", static (s, a, k) =>
        {
            if (ArgParser.Positional(a, k) > 0) throw PyErrors.TypeError("reconfigure() takes no positional arguments");
            var sl = ArgParser.Unpack(a, k, "reconfigure", ReconfigureNames, 0, 0);
            ((TextIOWrapper)s!).Reconfigure(sl[0], sl[1], sl[2], sl[3], sl[4]);
            return PyNone.Instance;
        });
        Add(t, "fileno", static (s, a, k) => { IoCall.CheckArgs(a, k, "fileno", 0, 0); return IoCall.Method(((TextIOWrapper)s!).Attached, "fileno"); });
        Add(t, "isatty", static (s, a, k) => { IoCall.CheckArgs(a, k, "isatty", 0, 0); return IoCall.Method(((TextIOWrapper)s!).Attached, "isatty"); });
        Add(t, "seekable", static (s, a, k) => { IoCall.CheckArgs(a, k, "seekable", 0, 0); return IoCall.Method(((TextIOWrapper)s!).Attached, "seekable"); });
        Add(t, "readable", static (s, a, k) => { IoCall.CheckArgs(a, k, "readable", 0, 0); return IoCall.Method(((TextIOWrapper)s!).Attached, "readable"); });
        Add(t, "writable", static (s, a, k) => { IoCall.CheckArgs(a, k, "writable", 0, 0); return IoCall.Method(((TextIOWrapper)s!).Attached, "writable"); });
        BindingInstaller.AddGetter(t, "encoding", static s => { var w = (TextIOWrapper)s; w.CheckInit(); return PyStr.FromString(w.Encoding); });
        BindingInstaller.AddGetter(t, "errors", static s => { var w = (TextIOWrapper)s; w.CheckInit(); return PyStr.FromString(w.Errors); });
        BindingInstaller.AddGetter(t, "line_buffering", static s => { var w = (TextIOWrapper)s; w.CheckInit(); return PyBool.FromBool(w.LineBuffering); });
        BindingInstaller.AddGetter(t, "write_through", static s => { var w = (TextIOWrapper)s; w.CheckInit(); return PyBool.FromBool(w.WriteThrough); });
        BindingInstaller.AddGetter(t, "buffer", static s => { var w = (TextIOWrapper)s; w.CheckInit(); return w.Buffer ?? PyNone.Instance; });
        BindingInstaller.AddGetter(t, "name", static s => IoCall.Attr(((TextIOWrapper)s).Attached, "name"));
        BindingInstaller.AddGetter(t, "closed", static s => IoCall.Attr(((TextIOWrapper)s).Attached, "closed"));
        BindingInstaller.AddGetter(t, "newlines", static s =>
        {
            var w = (TextIOWrapper)s;
            w.CheckInit();
            return w.newlineDecoder is null ? PyNone.Instance : w.newlineDecoder.Newlines;
        });
        BindingInstaller.AddGetter(t, "_finalizing", static s => PyBool.False);
        BindingInstaller.AddGetSet(t, "_CHUNK_SIZE", static s => PyInt.FromLong(((TextIOWrapper)s).chunkSize), static (s, v) =>
        {
            var w = (TextIOWrapper)s;
            w.CheckAttached();
            if (v is null) throw PyErrors.AttributeError("cannot delete attribute");
            long n = IoCall.Index(v);
            if (n <= 0) throw PyErrors.ValueError("a strictly positive integer is required");
            w.chunkSize = (int)Math.Min(n, int.MaxValue);
        });
    }

    // --- construction -----------------------------------------------------------------------

    internal void Init(PyObject buffer, PyObject? encodingObj, PyObject? errorsObj, PyObject? newlineObj, bool lineBuffering, bool writeThrough)
    {
        initialized = false;
        detached = false;
        Buffer = null;
        string? encoding = OptionalStr(encodingObj, "encoding");
        string? errors = OptionalStr(errorsObj, "errors");
        string? newline = newlineObj is null ? null : OptionalStr(newlineObj, "newline");
        ValidateNewline(newline, newlineObj);
        if (encoding is null || encoding == "locale") encoding = IoModule.PreferredEncoding;
        errors ??= "strict";
        Buffer = buffer;
        Encoding = encoding;
        Errors = errors;
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
        SetNewline(newline);
        chunkSize = 8192;
        decoded = "";
        decodedUsed = 0;
        snapshotInput = null;
        pending.Clear();
        // Only the builtin buffered types are driven natively; a subclass may override any method.
        nativeBuffer = buffer is Buffered b && !buffer.type.IsHeapType ? b : null;
        SetCodecs();
        seekable = telling = PyOps.IsTrue(IoCall.Method(buffer, "seekable"));
        // Appending to a non-empty stream: a BOM-writing codec must not write its BOM again.
        if (seekable && encoder is not null && encoder is not NativeEncoder && !PyOps.EqualsBool(IoCall.Method(buffer, "tell"), PyInt.FromLong(0)))
            encoder.SetStateZero();
        hasRead1 = IoCall.AttrOrNull(buffer, "read1") is not null;
        initialized = true;
        if (encoder is not null) OpenStreams.Track(this);
    }

    private static string? OptionalStr(PyObject? o, string arg)
    {
        if (o is null || o == PyNone.Instance) return null;
        if (o is PyStr s) return s.Value;
        throw PyErrors.TypeError($"TextIOWrapper() argument '{arg}' must be str or None, not {o.type.Name}");
    }

    private static void ValidateNewline(string? newline, PyObject? obj)
    {
        if (newline is not null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw PyErrors.ValueError($"illegal newline value: {newline}");
    }

    private void SetNewline(string? newline)
    {
        readnl = newline;
        readuniversal = string.IsNullOrEmpty(newline);
        readtranslate = newline is null;
        writetranslate = newline != "";
        writenl = string.IsNullOrEmpty(newline) ? "\n" : newline;
    }

    private void SetCodecs()
    {
        decoder = null;
        newlineDecoder = null;
        encoder = null;
        // Unknown encodings fail here, as CPython's codecs lookup in __init__ does.
        if (TextCodecs.NativeName(Encoding) is null) TextCodecs.Lookup(Encoding);
        if (PyOps.IsTrue(IoCall.Method(Buffer!, "readable")))
        {
            decoder = TextCodecs.Decoder(Encoding, Errors);
            if (readuniversal) newlineDecoder = NewlineDecoder.Create(null, readtranslate);
        }
        if (PyOps.IsTrue(IoCall.Method(Buffer!, "writable"))) encoder = TextCodecs.Encoder(Encoding, Errors);
    }

    private void Reconfigure(PyObject? encodingObj, PyObject? errorsObj, PyObject? newlineObj, PyObject? lineBufferingObj, PyObject? writeThroughObj)
    {
        CheckAttached();
        string? encoding = OptionalStr(encodingObj, "encoding");
        string? errors = OptionalStr(errorsObj, "errors");
        string? newline = newlineObj is null ? readnl : OptionalStr(newlineObj, "newline");
        if (newlineObj is not null) ValidateNewline(newline, newlineObj);
        if (decoder is not null && (encodingObj is not null && encodingObj != PyNone.Instance || errorsObj is not null && errorsObj != PyNone.Instance || newlineObj is not null)
            && (decoded.Length > 0 || snapshotInput is not null))
            throw IoErrors.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        if (encoding is not null) { if (errors is null) errors = "strict"; }
        IoCall.Method(this, "flush");
        if (lineBufferingObj is not null && lineBufferingObj != PyNone.Instance) LineBuffering = PyOps.IsTrue(lineBufferingObj);
        if (writeThroughObj is not null && writeThroughObj != PyNone.Instance) WriteThrough = PyOps.IsTrue(writeThroughObj);
        if (encoding is not null || errors is not null || newlineObj is not null)
        {
            if (encoding is not null) Encoding = encoding == "locale" ? IoModule.PreferredEncoding : encoding;
            if (errors is not null) Errors = errors;
            SetNewline(newline);
            SetCodecs();
        }
    }

    // --- checks -----------------------------------------------------------------------------

    private void CheckInit()
    {
        if (!initialized) throw PyErrors.ValueError("I/O operation on uninitialized object");
    }

    private void CheckAttached()
    {
        CheckInit();
        if (detached) throw PyErrors.ValueError("underlying buffer has been detached");
    }

    private PyObject Attached
    {
        get
        {
            CheckAttached();
            return Buffer!;
        }
    }

    private bool IsClosed => nativeBuffer is not null ? nativeBuffer.IsClosed : PyOps.IsTrue(IoCall.Attr(this, "closed"));

    private void CheckClosed()
    {
        if (IsClosed) throw IoErrors.ClosedFile();
    }

    private string ReprText()
    {
        var tn = type.Name;
        var ts = Taipan.Runtime.Interpreter.ThreadState.Current.Interp;
        if (!ts.ReprEnter(this)) throw PyErrors.RuntimeError($"reentrant call inside {tn}.__repr__");
        try
        {
            CheckInit();
            var sb = new StringBuilder("<").Append(tn);
            AppendAttr(sb, "name");
            AppendAttr(sb, "mode");
            sb.Append(" encoding=").Append(PyOps.Repr(PyStr.FromString(Encoding)).Value).Append('>');
            return sb.ToString();
        }
        finally { ts.ReprLeave(this); }
    }

    private void AppendAttr(StringBuilder sb, string name)
    {
        PyObject? v;
        try { v = PyOps.GetAttrOrNull(this, StrIntern.Intern(name)); }
        catch (PyException e) when (e.Matches(PyTypes.Exception) && !e.Matches(PyTypes.RuntimeError)) { v = null; }
        if (v is not null) sb.Append(' ').Append(name).Append('=').Append(PyOps.Repr(v).Value);
    }

    // --- writing ----------------------------------------------------------------------------

    /// <summary>The fast path print() and the console use: no attribute lookups.</summary>
    internal long Write(PyStr str)
    {
        CheckAttached();
        CheckClosed();
        if (encoder is null) throw IoErrors.Unsupported("not writable");
        var text = str.Value;
        bool hasLf = (writetranslate || LineBuffering) && text.IndexOf('\n') >= 0;
        if (hasLf && writetranslate && writenl != "\n") text = text.Replace("\n", writenl);
        bool needFlush = LineBuffering && (hasLf || text.IndexOf('\r') >= 0);
        pending.AddRange(encoder.Encode(text));
        if (pending.Count >= chunkSize || needFlush || WriteThrough) FlushPending();
        if (needFlush) IoCall.Method(Buffer!, "flush");
        decoded = "";
        decodedUsed = 0;
        snapshotInput = null;
        if (decoder is not null) ResetDecoder();
        return str.Length;
    }

    internal void FlushPending()
    {
        if (pending.Count == 0) return;
        var data = pending.ToArray();
        pending.Clear();
        if (nativeBuffer is not null)
        {
            nativeBuffer.Write(data);
            return;
        }
        if (Buffer is FileIO f && IoCall.IsNative(f, IoTypes.FileIO, "write"))
        {
            f.CheckWritableMode();
            ReadOnlySpan<byte> rest = data;
            while (rest.Length > 0)
            {
                long n = f.WriteSpan(rest);
                if (n <= 0) break;
                rest = rest.Slice((int)n);
            }
            return;
        }
        IoCall.Method(Buffer!, "write", IoBytes.FromSpan(data));
    }

    /// <summary>Exit: pending text goes into the buffer (the buffers are flushed after all text layers).</summary>
    internal void FlushForExit()
    {
        if (Buffer is null || pending.Count == 0 || IsClosed) return;
        FlushPending();
    }

    // --- reading ----------------------------------------------------------------------------

    private void CheckReadable()
    {
        if (decoder is null) throw IoErrors.Unsupported("not readable");
    }

    private void ResetDecoder()
    {
        decoder!.Reset();
        if (newlineDecoder is not null) { newlineDecoder.SeenNL = 0; newlineDecoder.PendingCR = false; }
    }

    private (byte[] Buffer, long Flags) DecoderState()
    {
        var (buf, flags) = decoder!.GetState();
        if (newlineDecoder is not null) flags = (flags << 1) | (newlineDecoder.PendingCR ? 1L : 0L);
        return (buf, flags);
    }

    private void SetDecoderState(byte[] buf, long flags)
    {
        if (newlineDecoder is not null)
        {
            newlineDecoder.PendingCR = (flags & 1) != 0;
            flags >>= 1;
        }
        decoder!.SetState(buf, flags);
    }

    private string DecodeChunk(ReadOnlySpan<byte> input, bool final)
    {
        var s = decoder!.Decode(input, final);
        return newlineDecoder is not null ? newlineDecoder.Process(s, final) : s;
    }

    private byte[] ReadFromBuffer(int size, bool allowRead1)
    {
        if (nativeBuffer is not null && nativeBuffer.CanRead)
        {
            if (nativeBuffer.IsClosed) throw PyErrors.ValueError("read of closed file");
            // read1 as CPython: one raw read at most, so a pipe or terminal returns what is there.
            return allowRead1 ? nativeBuffer.Read1(size) : nativeBuffer.Read(size) ?? Array.Empty<byte>();
        }
        var r = IoCall.Method(Buffer!, allowRead1 && hasRead1 ? "read1" : "read", PyInt.FromLong(size));
        if (r == PyNone.Instance) return Array.Empty<byte>();
        if (!IoBytes.IsBytesLike(r))
            throw PyErrors.TypeError($"underlying {(allowRead1 && hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{r.type.Name}'");
        return IoBytes.ToArray(r);
    }

    /// <summary>textiowrapper_read_chunk: false at EOF.</summary>
    private bool ReadChunk(int sizeHint)
    {
        CheckReadable();
        byte[] decBuffer = Array.Empty<byte>();
        long decFlags = 0;
        if (telling) (decBuffer, decFlags) = DecoderState();
        if (sizeHint > 0) sizeHint = (int)Math.Min(Math.Max(b2cRatio, 1.0) * sizeHint, int.MaxValue / 2);
        int size = Math.Max(chunkSize, sizeHint);
        var input = ReadFromBuffer(size, true);
        bool eof = input.Length == 0;
        decoded = DecodeChunk(input, eof);
        decodedUsed = 0;
        int nchars = CodePoints(decoded);
        b2cRatio = nchars > 0 ? (double)input.Length / nchars : 0.0;
        if (telling)
        {
            var next = new byte[decBuffer.Length + input.Length];
            decBuffer.CopyTo(next, 0);
            input.CopyTo(next, decBuffer.Length);
            snapshotFlags = decFlags;
            snapshotInput = next;
        }
        return !eof || decoded.Length > 0;
    }

    private string TakeDecoded(long n)
    {
        int start = decodedUsed;
        int end = start;
        if (n < 0) end = decoded.Length;
        else
        {
            for (long i = 0; i < n && end < decoded.Length; i++)
                end += char.IsHighSurrogate(decoded[end]) && end + 1 < decoded.Length && char.IsLowSurrogate(decoded[end + 1]) ? 2 : 1;
        }
        decodedUsed = end;
        return decoded.Substring(start, end - start);
    }

    private string Read(long n)
    {
        CheckClosed();
        CheckReadable();
        FlushPending();
        if (n < 0)
        {
            var rest = TakeDecoded(-1);
            byte[] all;
            if (nativeBuffer is not null && nativeBuffer.CanRead) all = nativeBuffer.ReadAll() ?? Array.Empty<byte>();
            else
            {
                var r = IoCall.Method(Buffer!, "read");
                all = r == PyNone.Instance ? Array.Empty<byte>() : IoBytes.IsBytesLike(r) ? IoBytes.ToArray(r)
                    : throw PyErrors.TypeError($"underlying read() should have returned a bytes object, not '{r.type.Name}'");
            }
            var text = rest + DecodeChunk(all, true);
            decoded = "";
            decodedUsed = 0;
            snapshotInput = null;
            return text;
        }
        var sb = new StringBuilder();
        long remaining = n;
        var first = TakeDecoded(remaining);
        sb.Append(first);
        remaining -= CodePoints(first);
        while (remaining > 0)
        {
            if (!ReadChunk((int)Math.Min(remaining, int.MaxValue))) break;
            var part = TakeDecoded(remaining);
            sb.Append(part);
            remaining -= CodePoints(part);
        }
        return sb.ToString();
    }

    private static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>textiowrapper_readline: searches the decoded chunk for the line end, setting aside
    /// text without one (and a possible first half of a two-character terminator) across chunks.</summary>
    internal string ReadLine(long limit)
    {
        CheckClosed();
        CheckReadable();
        FlushPending();
        List<string>? chunks = null;
        long chunked = 0;
        string? remaining = null;
        string? line = null;
        int start = 0, endpos = 0, offsetToBuffer = 0;
        while (true)
        {
            bool more = true;
            while (decoded.Length == 0)
            {
                more = ReadChunk(0);
                if (!more) break;
            }
            if (!more)
            {
                decoded = "";
                decodedUsed = 0;
                snapshotInput = null;
                start = endpos = offsetToBuffer = 0;
                break;
            }
            if (remaining is null)
            {
                line = decoded;
                start = decodedUsed;
                offsetToBuffer = 0;
            }
            else
            {
                line = remaining + decoded;
                start = 0;
                offsetToBuffer = remaining.Length;
                remaining = null;
            }
            int found = FindLineEnding(line, start, out int consumed);
            if (found >= 0)
            {
                endpos = start + found;
                if (limit >= 0 && CodePoints(line, start, endpos) + chunked >= limit)
                    endpos = CpOffset(line, start, limit - chunked);
                break;
            }
            endpos = start + consumed;
            if (limit >= 0 && CodePoints(line, start, endpos) + chunked >= limit)
            {
                endpos = CpOffset(line, start, limit - chunked);
                break;
            }
            if (endpos > start)
            {
                var piece = line.Substring(start, endpos - start);
                (chunks ??= new List<string>()).Add(piece);
                chunked += CodePoints(piece, 0, piece.Length);
            }
            if (endpos < line.Length) remaining = line.Substring(endpos);
            line = null;
            decoded = "";
            decodedUsed = 0;
        }
        if (line is not null)
        {
            decodedUsed = endpos - offsetToBuffer;
            if (start > 0 || endpos < line.Length) line = line.Substring(start, endpos - start);
        }
        if (remaining is not null) (chunks ??= new List<string>()).Add(remaining);
        if (chunks is not null)
        {
            if (line is not null) chunks.Add(line);
            line = string.Concat(chunks);
        }
        return line ?? "";
    }

    /// <summary>_PyIO_find_line_ending: length of the line (with its terminator) in s[start..], or -1
    /// with <paramref name="consumed"/> = how much can be set aside without missing a terminator.</summary>
    private int FindLineEnding(string s, int start, out int consumed)
    {
        int len = s.Length - start;
        consumed = len;
        if (readtranslate)
        {
            int i = s.IndexOf('\n', start);
            return i < 0 ? -1 : i - start + 1;
        }
        if (readuniversal)
        {
            for (int i = start; i < s.Length; i++)
            {
                char c = s[i];
                if (c > '\r') continue;
                if (c == '\n') return i - start + 1;
                if (c == '\r') return i + 1 < s.Length && s[i + 1] == '\n' ? i - start + 2 : i - start + 1;
            }
            return -1;
        }
        var nl = readnl!;
        if (nl.Length == 1)
        {
            int i = s.IndexOf(nl[0], start);
            return i < 0 ? -1 : i - start + 1;
        }
        int j = s.IndexOf(nl, start, StringComparison.Ordinal);
        if (j >= 0) return j - start + nl.Length;
        // A final \r may be the first half of the terminator: keep it for the next chunk.
        int e = Math.Max(s.Length - (nl.Length - 1), start);
        int k = s.IndexOf(nl[0], e);
        consumed = k < 0 ? len : k - start;
        return -1;
    }

    private static int CodePoints(string s, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < to && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>The UTF-16 index <paramref name="count"/> code points after <paramref name="from"/> (clamped).</summary>
    private static int CpOffset(string s, int from, long count)
    {
        int i = from;
        for (long k = 0; k < count && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    // --- positioning ------------------------------------------------------------------------

    private static PyObject BuildCookie(long startPos, long decFlags, long bytesToFeed, bool needEof, long charsToSkip)
    {
        if (decFlags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) return PyInt.FromLong(startPos);
        // CPython's C layout: start_pos (64 bits), dec_flags, bytes_to_feed, chars_to_skip (32 each), need_eof.
        var v = new BigInteger(startPos) | (new BigInteger((uint)decFlags) << 64) | (new BigInteger((uint)bytesToFeed) << 96)
            | (new BigInteger((uint)charsToSkip) << 128) | (new BigInteger(needEof ? 1 : 0) << 160);
        return PyInt.FromBig(v);
    }

    private static (long StartPos, long DecFlags, long BytesToFeed, bool NeedEof, long CharsToSkip) ParseCookie(BigInteger c)
    {
        var mask = (BigInteger.One << 64) - 1;
        var mask32 = (BigInteger.One << 32) - 1;
        return ((long)(ulong)(c & mask), (long)(int)(uint)((c >> 64) & mask32), (long)(uint)((c >> 96) & mask32),
            ((c >> 160) & 0xFF) != 0, (long)(uint)((c >> 128) & mask32));
    }

    private PyObject Tell()
    {
        CheckClosed();
        if (!seekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        if (!telling) throw PyErrors.New(PyTypes.OSError, "telling position disabled by next() call");
        IoCall.Method(this, "flush");
        long position = IoCall.Index(IoCall.Method(Buffer!, "tell"));
        if (decoder is null || snapshotInput is null) return PyInt.FromLong(position);
        long decFlags = snapshotFlags;
        var nextInput = snapshotInput;
        position -= nextInput.Length;
        // Code points of the decoded text already returned.
        long charsToSkip = CodePoints(decoded.Substring(0, decodedUsed));
        if (charsToSkip == 0) return BuildCookie(position, decFlags, 0, false, 0);
        var saved = DecoderState();
        try
        {
            // CPython's textiowrapper_tell: a fast search from the bytes/chars ratio of the chunk for a
            // point where the decoder holds nothing, then one byte at a time to the exact position,
            // remembering the last such "safe start point".
            long startPos = position, startFlags = decFlags, bytesToFeed = 0;
            bool needEof = false;
            long skipBytes = (long)(b2cRatio * charsToSkip);
            long skipBack = 1;
            while (skipBytes > 0)
            {
                RestoreCookieState(startPos, startFlags);
                long n = CodePoints(DecodeChunk(nextInput.AsSpan(0, (int)Math.Min(skipBytes, nextInput.Length)), false));
                if (n <= charsToSkip)
                {
                    var (buf, flags) = DecoderState();
                    if (buf.Length == 0)
                    {
                        startFlags = flags;
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= buf.Length;
                    skipBack = 1;
                }
                else
                {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0)
            {
                skipBytes = 0;
                RestoreCookieState(startPos, startFlags);
            }
            startPos += skipBytes;
            if (charsToSkip == 0) return BuildCookie(startPos, startFlags, 0, false, 0);
            long charsDecoded = 0;
            int i = (int)skipBytes;
            for (; i < nextInput.Length; i++)
            {
                charsDecoded += CodePoints(DecodeChunk(nextInput.AsSpan(i, 1), false));
                bytesToFeed++;
                var (buf, flags) = DecoderState();
                if (buf.Length == 0 && charsDecoded <= charsToSkip)
                {
                    startPos += bytesToFeed;
                    charsToSkip -= charsDecoded;
                    startFlags = flags;
                    bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) break;
            }
            if (i >= nextInput.Length)
            {
                charsDecoded += CodePoints(DecodeChunk(ReadOnlySpan<byte>.Empty, true));
                needEof = true;
                if (charsDecoded < charsToSkip) throw PyErrors.New(PyTypes.OSError, "can't reconstruct logical file position");
            }
            return BuildCookie(startPos, startFlags, bytesToFeed, needEof, charsToSkip);
        }
        finally { SetDecoderState(saved.Buffer, saved.Flags); }
    }

    /// <summary>_textiowrapper_decoder_setstate: a cookie at the very start resets the decoder (which
    /// also forgets the newlines seen so far), any other sets (b"", flags).</summary>
    private void RestoreCookieState(long startPos, long flags)
    {
        if (startPos == 0 && flags == 0)
        {
            decoder!.Reset();
            if (newlineDecoder is not null)
            {
                newlineDecoder.SeenNL = 0;
                newlineDecoder.PendingCR = false;
            }
        }
        else SetDecoderState(Array.Empty<byte>(), flags);
    }

    private PyObject Seek(PyObject cookieObj, long whence)
    {
        CheckClosed();
        if (!seekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        var cookie = PyOps.Index(cookieObj);
        if (whence == 1)
        {
            if (!IsZero(cookie)) throw IoErrors.Unsupported("can't do nonzero cur-relative seeks");
            cookie = PyOps.Index(IoCall.Method(this, "tell"));
        }
        else if (whence == 2)
        {
            if (!IsZero(cookie)) throw IoErrors.Unsupported("can't do nonzero end-relative seeks");
            IoCall.Method(this, "flush");
            decoded = "";
            decodedUsed = 0;
            snapshotInput = null;
            if (decoder is not null) ResetDecoder();
            return IoCall.Method(Buffer!, "seek", PyInt.FromLong(0), PyInt.FromLong(2));
        }
        else if (whence != 0) throw PyErrors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        BigInteger big = cookie.TryGetLong(out var small) ? new BigInteger(small) : BigInteger.Parse(PyOps.Str(cookie).Value);
        if (big.Sign < 0) throw PyErrors.ValueError($"negative seek position {PyOps.Repr(cookie).Value}");
        IoCall.Method(this, "flush");
        var (startPos, decFlags, bytesToFeed, needEof, charsToSkip) = ParseCookie(big);
        IoCall.Method(Buffer!, "seek", PyInt.FromLong(startPos));
        decoded = "";
        decodedUsed = 0;
        snapshotInput = null;
        if (decoder is not null)
        {
            RestoreCookieState(startPos, decFlags);
            snapshotFlags = decFlags;
            snapshotInput = Array.Empty<byte>();
        }
        if (charsToSkip > 0)
        {
            var input = ReadFromBuffer((int)bytesToFeed, false);
            decoded = DecodeChunk(input, needEof);
            snapshotFlags = decFlags;
            snapshotInput = input;
            if (CodePoints(decoded) < charsToSkip) throw PyErrors.New(PyTypes.OSError, "can't restore logical file position");
            TakeDecoded(charsToSkip);
        }
        if (encoder is not null)
        {
            if (big.IsZero) encoder.Reset();
            else encoder.SetStateZero();
        }
        return cookie;
    }

    private static bool IsZero(PyInt i) => i.TryGetLong(out var v) && v == 0;
}
