using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The codec registry of one interpreter (CPython's interp->codec_search_path, codec_search_cache,
/// codec_error_registry). Kept beside the interpreter state in a weak table so the state class does
/// not grow a field per subsystem. The first lookup imports the encodings package, which registers
/// its search function, as CPython's _PyCodecRegistry_Init does.
/// </summary>
internal sealed class CodecRegistry
{
    private static readonly ConditionalWeakTable<InterpreterState, CodecRegistry> PerInterpreter = new();

    public readonly List<PyObject> SearchPath = new();
    public readonly PyDict Cache = new();
    public readonly PyDict ErrorHandlers = new();
    private bool encodingsImported;

    public static CodecRegistry Current => PerInterpreter.GetValue(InterpreterState.Current, static _ => new CodecRegistry());

    /// <summary>Imports the stdlib encodings package once (it registers encodings.search_function).</summary>
    private void EnsureEncodings()
    {
        if (encodingsImported) return;
        encodingsImported = true;
        Interpreter.Import.ImportAbsolute("encodings");
    }

    /// <summary>normalizestring: lower case, spaces to underscores (CPython 3.11).</summary>
    public static string Normalize(string name)
    {
        var chars = new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            chars[i] = c == ' ' ? '_' : c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        return new string(chars);
    }

    public void Register(PyObject search)
    {
        if (search.type.Call is null) throw PyErrors.TypeError("argument must be callable");
        SearchPath.Add(search);
    }

    public void Unregister(PyObject search)
    {
        for (int i = 0; i < SearchPath.Count; i++)
            if (ReferenceEquals(SearchPath[i], search))
            {
                SearchPath.RemoveAt(i);
                Cache.clear();
                return;
            }
    }

    /// <summary>_PyCodec_Lookup: the CodecInfo tuple, or LookupError "unknown encoding: x".</summary>
    public PyObject Lookup(string encoding)
    {
        EnsureEncodings();
        var key = PyStr.FromString(Normalize(encoding));
        if (Cache.GetItemOrNull(key) is { } cached) return cached;
        foreach (var search in SearchPath.ToArray())
        {
            var r = PyOps.Call(search, new PyObject[] { key });
            if (r == PyNone.Instance) continue;
            if (r is not PyTuple t || t.Count != 4)
                throw PyErrors.TypeError("codec search functions must return 4-tuples");
            Cache.SetItem(key, r);
            return r;
        }
        throw PyErrors.New(PyTypes.LookupError, $"unknown encoding: {encoding}");
    }

    public void RegisterError(string name, PyObject handler)
    {
        if (handler.type.Call is null) throw PyErrors.TypeError("handler must be callable");
        ErrorHandlers.SetItem(PyStr.FromString(name), handler);
    }

    /// <summary>codecs.lookup_error: registered handlers, then the builtin ones as functions.</summary>
    public PyObject LookupError(string name)
    {
        if (ErrorHandlers.GetItemOrNull(PyStr.FromString(name)) is { } h) return h;
        if (CodecErrors.IsBuiltin(name))
        {
            var f = CodecErrors.BuiltinHandlerFunction(name);
            ErrorHandlers.SetItem(PyStr.FromString(name), f);
            return f;
        }
        throw PyErrors.New(PyTypes.LookupError, $"unknown error handler name '{name}'");
    }

    /// <summary>A user-registered handler (not one of the builtin names), or null.</summary>
    public PyObject? CustomHandler(string name)
    {
        // A builtin handler registered under another name ("test.strict") is called like any other.
        return ErrorHandlers.GetItemOrNull(PyStr.FromString(name));
    }
}
