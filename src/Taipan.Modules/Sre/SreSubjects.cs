using System.Runtime.CompilerServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>getstring + state_init: turns the object to match into a matcher over its characters.</summary>
internal static class SreSubjects
{
    public static SreState CreateState(SrePattern pattern, PyObject subject, long pos, long endpos)
    {
        if (subject is PyStr str)
        {
            if (pattern.IsBytes > 0) throw PyErrors.TypeError("cannot use a bytes pattern on a string-like object");
            if (!str.HasAstral)
                return new SreMatcher<Utf16Subject>(pattern, subject, false, str.Length, pos, endpos, new Utf16Subject(str.Value));
            return new SreMatcher<CodePointSubject>(pattern, subject, false, str.Length, pos, endpos, new CodePointSubject(CachedCodePoints(str)));
        }
        var bytes = TryGetBytes(subject) ?? throw PyErrors.TypeError($"expected string or bytes-like object, got '{subject.type.Name}'");
        if (pattern.IsBytes == 0) throw PyErrors.TypeError("cannot use a string pattern on a bytes-like object");
        return new SreMatcher<ByteSubject>(pattern, subject, true, bytes.Length, pos, endpos, new ByteSubject(bytes));
    }

    /// <summary>0: str, 1: bytes-like, -1: neither.</summary>
    public static int Kind(PyObject o) => o is PyStr ? 0 : IsBytesLike(o) ? 1 : -1;

    // Scanners that call match(text, pos) in a loop (tokenizers, json) would decode a long astral str once
    // per call; the decoded form lives as long as the str does.
    private static readonly ConditionalWeakTable<PyStr, int[]> decoded = new();

    private static int[] CachedCodePoints(PyStr s)
    {
        if (s.Length < 256) return CodePoints(s);
        if (decoded.TryGetValue(s, out var cps)) return cps;
        cps = CodePoints(s);
        decoded.AddOrUpdate(s, cps);
        return cps;
    }

    public static int[] CodePoints(PyStr s)
    {
        var text = s.Value;
        var cps = new int[s.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cps[n++] = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else cps[n++] = c;
        }
        return cps;
    }

    /// <summary>Objects with the buffer protocol that re accepts (bytes, bytearray, memoryview, array, mmap).</summary>
    public static bool IsBytesLike(PyObject o)
    {
        foreach (var t in o.type.Mro)
        {
            switch (t.Name)
            {
                case "bytes": case "bytearray": case "memoryview": case "array.array": case "array": case "mmap.mmap": case "mmap":
                    return true;
            }
        }
        return false;
    }

    private static readonly ConditionalWeakTable<PyObject, byte[]> bytesOfImmutable = new();

    public static byte[]? TryGetBytes(PyObject o)
    {
        if (!IsBytesLike(o)) return null;
        // bytes never change: a long one is read once however many times it is matched.
        if (IsExactBytes(o))
        {
            if (bytesOfImmutable.TryGetValue(o, out var cached)) return cached;
            var read = ReadBytes(o);
            if (read.Length >= 256) bytesOfImmutable.AddOrUpdate(o, read);
            return read;
        }
        return ReadBytes(o);
    }

    private static byte[] ReadBytes(PyObject o)
    {
        if (Buffers.TryGetSpan(o, out var span)) return span.ToArray();
        // Through the sequence protocol: each item of a byte buffer is an int in range(256).
        var items = new List<byte>();
        var it = PyOps.GetIter(o);
        while (PyOps.Next(it) is { } item) items.Add((byte)ArgLong(item));
        return items.ToArray();
    }

    private static long ArgLong(PyObject o) => Taipan.Runtime.Binding.ArgParser.ToLong(o);

    /// <summary>getslice: string[start:end] as CPython's re returns it (exact str for str subjects).</summary>
    public static PyObject Slice(SreState state, int start, int end) => Slice(state.Subject, state.IsBytes, start, end);

    public static PyObject Slice(PyObject subject, bool isBytes, int start, int end)
    {
        if (!isBytes && subject is PyStr str)
        {
            var r = str.Substring(start, end);
            return r.type == PyTypes.Str ? r : PyStr.FromString(r.Value);
        }
        // Always bytes, whatever the bytes-like subject (bytearray, memoryview, ...), as CPython's getslice.
        var slice = PyOps.GetItem(subject, new PySlice(PyInt.FromLong(start), PyInt.FromLong(end), PyNone.Instance));
        return IsExactBytes(slice) ? slice : PyOps.Call(BytesType, new[] { slice });
    }

    private static bool IsExactBytes(PyObject o) => o.type.Name == "bytes" && o.type.Mro.Length == 2;

    private static PyObject BytesType =>
        PyOps.GetAttr(Taipan.Runtime.Interpreter.Import.ImportAbsolute("builtins"), PyStr.FromAscii("bytes"));
}
