using System.Buffers;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>The encoder's output: one growing char buffer, cut into strings the way CPython 3.11's
/// _PyAccu cuts them (every 100,000 accumulated pieces the pieces so far become one string), so
/// c_make_encoder returns the same list of chunks as CPython.</summary>
internal sealed class JsonWriter
{
    private const int PiecesPerChunk = 100_000; // _PyAccu's flush threshold
    // Pooled: a big document's buffer lives on the large object heap, and allocating a fresh one per
    // dumps() call (and per doubling) brought on gen2 collections of the caller's whole heap.
    private char[] buffer = ArrayPool<char>.Shared.Rent(512);
    private int length;
    private bool nonAscii;
    private int pieces;
    private PyList? chunks;

    public void Append(char c)
    {
        if (length == buffer.Length) Grow(1);
        buffer[length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (buffer.Length - length < text.Length) Grow(text.Length);
        if (text.Length <= 8)
        {
            // separators, constants, short keys: a copy loop beats the memmove call
            var b = buffer;
            int n = length;
            for (int i = 0; i < text.Length; i++) b[n + i] = text[i];
        }
        else text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    /// <summary>Text that may hold non-ASCII characters (the final string is then scanned once).</summary>
    public void AppendText(PyStr s)
    {
        if (s.MaxCodePoint >= 128) nonAscii = true;
        Append(s.Value.AsSpan());
    }

    public void MarkNonAscii() => nonAscii = true;

    /// <summary>Room for <paramref name="n"/> more characters, written by the caller through <see cref="Tail"/>.</summary>
    public Span<char> Tail(int n)
    {
        if (buffer.Length - length < n) Grow(n);
        return buffer.AsSpan(length);
    }

    public void Advance(int n) => length += n;

    /// <summary>One _PyAccu_Accumulate call has been written.</summary>
    public void EndPiece()
    {
        if (++pieces >= PiecesPerChunk) Flush();
    }

    private void Flush()
    {
        (chunks ??= new PyList()).Append(TakeString());
        pieces = 0;
    }

    private PyStr TakeString()
    {
        var s = new string(buffer, 0, length);
        var r = nonAscii ? PyStr.FromString(s) : PyStr.FromTrusted(s, s.Length, 127, false);
        length = 0;
        nonAscii = false;
        return r;
    }

    /// <summary>_PyAccu_FinishAsList. The writer is done after this.</summary>
    public PyList Finish()
    {
        if (pieces > 0) Flush();
        Release();
        return chunks ?? new PyList();
    }

    /// <summary>The whole output as one string (for the module-level escape functions). The writer is done after this.</summary>
    public PyStr ToPyStr()
    {
        var s = TakeString();
        Release();
        return s;
    }

    private void Release()
    {
        ArrayPool<char>.Shared.Return(buffer);
        buffer = Array.Empty<char>();
    }

    private void Grow(int need)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + need));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }
}
