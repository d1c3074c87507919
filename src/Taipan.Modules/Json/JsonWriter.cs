using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>The encoder's output: one growing char buffer, cut into strings the way CPython 3.11's
/// _PyAccu cuts them (every 100,000 accumulated pieces the pieces so far become one string), so
/// c_make_encoder returns the same list of chunks as CPython.</summary>
internal sealed class JsonWriter
{
    private const int PiecesPerChunk = 100_000; // _PyAccu's flush threshold
    private char[] buffer = new char[512];
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
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    /// <summary>Text that may hold non-ASCII characters (the final string is then scanned once).</summary>
    public void AppendText(PyStr s)
    {
        if (!s.IsAscii) nonAscii = true;
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

    /// <summary>_PyAccu_FinishAsList.</summary>
    public PyList Finish()
    {
        if (pieces > 0) Flush();
        return chunks ?? new PyList();
    }

    /// <summary>The whole output as one string (for the module-level escape functions).</summary>
    public PyStr ToPyStr() => TakeString();

    private void Grow(int need)
    {
        int size = Math.Max(buffer.Length * 2, length + need);
        Array.Resize(ref buffer, size);
    }
}
