using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>The _io module: its types, open(), open_code(), text_encoding().</summary>
internal static class IoModule
{
    public const int DefaultBufferSize = 8192;

    /// <summary>locale.getpreferredencoding(False) under the C.UTF-8 locale / UTF-8 mode.</summary>
    /// <summary>_Py_GetLocaleEncoding: "utf-8" in UTF-8 mode (-X utf8), else the C library's codeset
    /// name, which is "UTF-8" under the C.UTF-8 locale Taipan runs in.</summary>
    public static string PreferredEncoding => Taipan.Runtime.InterpreterState.Current.Flags.Utf8Mode ? "utf-8" : "UTF-8";

    public static PyModule Create()
    {
        var m = new PyModule("_io");
        var d = m.Dict;
        void Set(string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
        Set("DEFAULT_BUFFER_SIZE", PyInt.FromLong(DefaultBufferSize));
        Set("UnsupportedOperation", IoTypes.UnsupportedOperation);
        Set("BlockingIOError", PyTypes.BlockingIOError);
        Set("_IOBase", IoTypes.IOBase);
        Set("_RawIOBase", IoTypes.RawIOBase);
        Set("_BufferedIOBase", IoTypes.BufferedIOBase);
        Set("_TextIOBase", IoTypes.TextIOBase);
        Set("FileIO", IoTypes.FileIO);
        Set("BytesIO", IoTypes.BytesIO);
        Set("StringIO", IoTypes.StringIO);
        Set("BufferedReader", IoTypes.BufferedReader);
        Set("BufferedWriter", IoTypes.BufferedWriter);
        Set("BufferedRandom", IoTypes.BufferedRandom);
        Set("BufferedRWPair", IoTypes.BufferedRWPair);
        Set("TextIOWrapper", IoTypes.TextIOWrapper);
        Set("IncrementalNewlineDecoder", IoTypes.IncrementalNewlineDecoder);
        Set("open", OpenFunction);
        BindingInstaller.AddFunction(d, "_io", "open_code", static (s, a, k) =>
        {
            var sl = ArgParser.Unpack(a, k, "open_code", OpenCodeNames, 0, 1);
            if (sl[0] is not PyStr path) throw PyErrors.TypeError($"open_code() argument 'path' must be str, not {sl[0]!.type.Name}");
            return Open(path, "rb", -1, null, null, null, true, null);
        });
        BindingInstaller.AddFunction(d, "_io", "text_encoding", static (s, a, k) =>
        {
            IoCall.CheckArgs(a, k, "text_encoding", 1, 2);
            return a[0] == PyNone.Instance ? PyStr.FromAscii(Taipan.Runtime.InterpreterState.Current.Flags.Utf8Mode ? "utf-8" : "locale") : a[0];
        });
        return m;
    }

    private static readonly string[] OpenNames = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };
    private static readonly string[] OpenCodeNames = { "path" };

    /// <summary>builtins.open is this same function object (CPython: io.open).</summary>
    public static readonly PyBuiltinFunction OpenFunction = new("open", "_io", null, static (s, a, k) =>
    {
        var sl = ArgParser.Unpack(a, k, "open", OpenNames, 0, 1);
        string mode = "r";
        if (sl[1] is not null) mode = sl[1] is PyStr ms ? ms.Value : throw PyErrors.TypeError($"open() argument 'mode' must be str, not {sl[1]!.type.Name}");
        long buffering = -1;
        if (sl[2] is not null)
        {
            if (sl[2] is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
            buffering = PyOps.AsIndex(sl[2]!, PyTypes.OverflowError, null);
        }
        return Open(sl[0]!, mode, buffering, OptStr(sl[3], "encoding"), OptStr(sl[4], "errors"), OptStr(sl[5], "newline"),
            sl[6] is null || PyOps.IsTrue(sl[6]!), sl[7] is null || sl[7] == PyNone.Instance ? null : sl[7]);
    });

    private static PyObject? OptStr(PyObject? o, string arg)
    {
        if (o is null || o == PyNone.Instance) return null;
        if (o is PyStr) return o;
        throw PyErrors.TypeError($"open() argument '{arg}' must be str or None, not {o.type.Name}");
    }

    public static PyObject Open(PyObject file, string mode, long buffering, PyObject? encoding, PyObject? errors, PyObject? newline, bool closefd, PyObject? opener)
    {
        if (file is not PyInt && file is not PyStr && !IoBytes.IsBytesLike(file) && file.type.Lookup("__fspath__") is null)
            throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {file.type.Name}");
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (var c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw PyErrors.ValueError($"invalid mode: {PyOps.Repr(PyStr.FromString(mode)).Value}");
            }
            if (flag) throw PyErrors.ValueError($"invalid mode: {PyOps.Repr(PyStr.FromString(mode)).Value}");
            flag = true;
        }
        var rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary) throw PyErrors.ValueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw PyErrors.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encoding is not null) throw PyErrors.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null) throw PyErrors.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null) throw PyErrors.ValueError("binary mode doesn't take a newline argument");

        var raw = new FileIO(IoTypes.FileIO);
        raw.Init(file, rawmode, closefd, opener);
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && Libc.IsATty(raw.Fd)))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = raw.BlkSize > 1 ? raw.BlkSize : DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw PyErrors.ValueError("can't have unbuffered text I/O");
            }
            var btype = updating ? IoTypes.BufferedRandom : creating || writing || appending ? IoTypes.BufferedWriter : IoTypes.BufferedReader;
            var buffer = PyOps.Call(btype, new PyObject[] { raw, PyInt.FromLong(buffering) });
            if (binary) return buffer;
            var wrapper = new TextIOWrapper(IoTypes.TextIOWrapper);
            wrapper.Init(buffer, encoding, errors, newline, lineBuffering, false);
            wrapper.GetDict(true)!.SetItem(StrIntern.Intern("mode"), PyStr.FromString(mode));
            return wrapper;
        }
        catch
        {
            try { raw.Close(); } catch (PyException) { }
            throw;
        }
    }
}
