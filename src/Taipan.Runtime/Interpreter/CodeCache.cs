using System.Buffers.Binary;
using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Compiled code of source modules, cached in <c>__pycache__/NAME.taipan-311.pyc</c> exactly where and
/// how importlib's SourceFileLoader caches it (cache_from_source, a 16-byte timestamp header, then the
/// marshalled code object, written atomically, errors ignored), so the two share files. Used for
/// what runs before importlib is installed (its own frozen modules, see ImportlibBootstrap) and by the
/// C# import path. The header's magic number is Taipan's (<see cref="Magic"/>): it changes with the
/// compiler build, so a file left by another Taipan build fails the magic check and is recompiled and
/// overwritten, by us and by importlib alike (<see cref="ImportlibSetup"/> gives importlib the same magic).
/// </summary>
internal static class CodeCache
{
    /// <summary>The .pyc magic: two bytes from the compiler's stamp, then CPython's "\r\n".</summary>
    public static readonly byte[] Magic = MakeMagic();

    private static byte[] MakeMagic()
    {
        var m = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(m, CodeSerializer.StampHash16);
        m[2] = (byte)'\r';
        m[3] = (byte)'\n';
        return m;
    }

    private static int tempCounter;

    /// <summary>The code of source file <paramref name="file"/>, from its cache file
    /// <paramref name="cachedPath"/> (<see cref="CacheFromSource"/>; null: no caching) when valid.
    /// <paramref name="codeFilename"/> is co_filename (default: the file).</summary>
    public static PyCode Load(string file, string? cachedPath, string? codeFilename = null)
    {
        codeFilename ??= file;
        try
        {
            // As SourceLoader.get_code: stat the source, trust a matching cache, read the source only to compile.
            uint mtime = 0, size = 0;
            if (cachedPath is not null)
            {
                var info = new FileInfo(file);
                mtime = (uint)(long)Math.Floor((info.LastWriteTimeUtc - DateTime.UnixEpoch).TotalSeconds);
                size = (uint)info.Length;
                var cached = TryRead(cachedPath, codeFilename, mtime, size);
                if (cached is not null) return new PyCode(cached);
            }
            var source = File.ReadAllBytes(file);
            var code = Execution.CompileFile(source, codeFilename);
            if (cachedPath is not null && !DontWriteBytecode())
            {
                // The stat above may predate a concurrent edit; the header must describe what was compiled.
                size = (uint)source.LongLength;
                Write(cachedPath, file, code.Code, mtime, size);
            }
            return code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PyErrors.New(PyTypes.ImportError, e.Message);
        }
    }

    private static bool DontWriteBytecode() =>
        SysModule.Get("dont_write_bytecode") is { } v && PyOps.IsTrue(v);

    private static CodeObject? TryRead(string cachedPath, string file, uint mtime, uint size)
    {
        // A missing cache is the common case on a first run: a stat is far cheaper than a .NET exception.
        if (!File.Exists(cachedPath)) return null;
        byte[] data;
        try { data = File.ReadAllBytes(cachedPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (data.Length < 16 || !data.AsSpan(0, 4).SequenceEqual(Magic)) return null;
        // Flags 0 is a timestamp pyc; hash-based ones (py_compile's other modes) are recompiled.
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)) != 0) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8)) != mtime) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(12)) != size) return null;
        var body = data.AsSpan(16);
        // The body is a marshalled code object: marshal's Taipan-code type byte, its length, the blob.
        if (body.Length < 5 || body[0] != CodeMarshal.TypeCode) return null;
        int len = BinaryPrimitives.ReadInt32LittleEndian(body[1..]);
        if (len < 0 || len > body.Length - 5) return null;
        try { return CodeSerializer.Deserialize(body.Slice(5, len), file); }
        catch (InvalidDataException) { return null; }
    }

    private static void Write(string cachedPath, string file, CodeObject code, uint mtime, uint size)
    {
        if (OperatingSystem.IsWindows()) return; // file modes below are POSIX's; Taipan targets Linux
        var blob = CodeMarshal.Dump(code);
        var data = new byte[16 + blob.Length];
        Magic.CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(8), mtime);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(12), size);
        blob.CopyTo(data, 16);
        string? temp = null;
        try
        {
            var dir = Path.GetDirectoryName(cachedPath);
            if (dir is { Length: > 0 }) Directory.CreateDirectory(dir);
            // importlib's _calc_mode: the source's mode plus owner write, so the file can be replaced later.
            var mode = (File.GetUnixFileMode(file) | UnixFileMode.UserWrite) & (UnixFileMode)0x1B6;
            temp = cachedPath + "." + Environment.ProcessId + "." + Interlocked.Increment(ref tempCounter);
            using (var fs = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode }))
                fs.Write(data);
            File.Move(temp, cachedPath, overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // As CPython: a cache that cannot be written (read-only directory, full disk) is skipped silently.
        }
        finally
        {
            if (temp is not null)
            {
                try { File.Delete(temp); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>importlib.util.cache_from_source for the interpreter's own tag, optimisation level and
    /// sys.pycache_prefix; null when sys.implementation.cache_tag is None.</summary>
    /// <summary>Where frozen-module code compiled from <paramref name="file"/> is cached: beside the
    /// source's own cache under another name, since that code carries a "&lt;frozen ...&gt;" filename.</summary>
    public static string? FrozenCacheFromSource(string file) =>
        CacheFromSource(file) is { } c ? c[..^4] + ".frozen.pyc" : null;

    public static string? CacheFromSource(string path)
    {
        var tag = CacheTag();
        if (tag is null) return null;
        int slash = path.LastIndexOf('/');
        string head = slash < 0 ? "" : path[..slash], tail = path[(slash + 1)..];
        // base, sep, rest = tail.rpartition('.'); (base or rest) + sep + tag
        int dot = tail.LastIndexOf('.');
        string almost = dot < 0 ? tail + tag : dot == 0 ? tail[1..] + "." + tag : tail[..dot] + "." + tag;
        int optimize = InterpreterState.Current.Flags.Optimize;
        if (optimize != 0) almost += ".opt-" + optimize;
        var filename = almost + ".pyc";
        if (SysModule.Get("pycache_prefix") is PyStr prefix)
        {
            if (!head.StartsWith('/')) head = JoinPath(Directory.GetCurrentDirectory(), head);
            return JoinPath(JoinPath(prefix.Value, head.TrimStart('/')), filename);
        }
        return JoinPath(JoinPath(head, "__pycache__"), filename);
    }

    /// <summary>importlib's _path_join for POSIX: the non-empty parts, each without trailing '/', joined by '/'.</summary>
    private static string JoinPath(string a, string b)
    {
        if (a.Length == 0) return b.TrimEnd('/');
        if (b.Length == 0) return a.TrimEnd('/');
        return a.TrimEnd('/') + "/" + b.TrimEnd('/');
    }

    private static string? CacheTag()
    {
        var impl = SysModule.Get("implementation");
        if (impl is null) return "taipan-311";
        return PyOps.GetAttrOrNull(impl, StrIntern.Intern("cache_tag")) is PyStr s ? s.Value : null;
    }
}
