using System.Runtime.InteropServices;

namespace Taipan.Modules.Zlib;

/// <summary>Owns one native z_stream: allocated zeroed, ended (deflateEnd/inflateEnd) and freed by the
/// finalizer if Python code never finished it.</summary>
internal sealed unsafe class ZStream
{
    public readonly ZStreamNative* S;
    private readonly bool deflating;
    /// <summary>CPython's is_initialised: set after a successful *Init2, cleared by End().</summary>
    public bool Initialised;

    public ZStream(bool deflating)
    {
        this.deflating = deflating;
        S = (ZStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(ZStreamNative));
    }

    ~ZStream()
    {
        if (Initialised) End();
        NativeMemory.Free(S);
    }

    private static readonly byte[] NonEmpty = new byte[1];

    /// <summary>The span to pin for zlib: an empty one becomes a one-byte buffer (never read: the length passed stays 0), because zlib reads
    /// a NULL pointer as "no data" (crc32(v, NULL, 0) returns 0, deflateSetDictionary rejects NULL).</summary>
    public static ReadOnlySpan<byte> Pin(ReadOnlySpan<byte> span) => span.IsEmpty ? NonEmpty : span; // callers pass their own length

    public int End()
    {
        Initialised = false;
        return deflating ? LibZ.deflateEnd(S) : LibZ.inflateEnd(S);
    }

    /// <summary>zlib's last message for this stream, or null.</summary>
    public string? Message => S->msg == null ? null : Marshal.PtrToStringUTF8((nint)S->msg);
}

/// <summary>A growing output buffer: hands zlib a window of free space, takes back what it wrote.
/// An optional hard limit caps the total (Decompress.decompress's max_length).</summary>
internal unsafe struct ZOutput
{
    private byte[] buffer;
    private int length;
    private readonly long limit;
    private const int MaxInitial = 16 << 20;

    public ZOutput(int initial, long limit = long.MaxValue)
    {
        this.limit = limit;
        // The initial size is only a hint (CPython's bufsize/length): cap it so that a huge hint does
        // not allocate gigabytes up front; the buffer grows as zlib produces output.
        buffer = new byte[(int)Math.Max(1, Math.Min(Math.Min(initial, limit), MaxInitial))];
        length = 0;
    }

    public readonly int Length => length;

    /// <summary>False when the hard limit is reached (no room can be made).</summary>
    public bool Reserve()
    {
        if (length < buffer.Length) return true;
        if (length >= limit) return false;
        long grown = Math.Min(Math.Min((long)buffer.Length * 2, Array.MaxLength), limit);
        if (grown <= length) throw Taipan.Runtime.Objects.PyErrors.MemoryError();
        try
        {
            Array.Resize(ref buffer, (int)grown);
        }
        catch (OutOfMemoryException)
        {
            throw Taipan.Runtime.Objects.PyErrors.MemoryError();
        }
        return true;
    }

    /// <summary>Runs one zlib call with next_out/avail_out set to the free space.</summary>
    public int Run(ZStreamNative* s, bool inflate, int flush)
    {
        fixed (byte* p = buffer)
        {
            uint room = (uint)(buffer.Length - length);
            s->next_out = p + length;
            s->avail_out = room;
            int err = inflate ? LibZ.inflate(s, flush) : LibZ.deflate(s, flush);
            length += (int)(room - s->avail_out);
            s->next_out = null;
            return err;
        }
    }

    public readonly byte[] ToArray() => length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
}
