using System.Runtime.InteropServices;
using Taipan.Runtime.Interpreter;

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

/// <summary>The output buffer, handed to zlib in CPython's block sizes (_BlocksOutputBuffer: 32 KiB,
/// 64 KiB, 256 KiB, ... 256 MiB). The sizes are observable: level-0 deflate writes stored blocks
/// straight into the space it is given, so other sizes give other (valid) bytes than CPython's.
/// The blocks live in one contiguous array. An optional limit caps the total (max_length).</summary>
internal unsafe struct ZOutput
{
    public const int FirstBlock = 32 * 1024;
    private static readonly int[] BlockSizes =
    [
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20, 32 << 20,
        32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    ];
    private const int MaxInitial = 16 << 20;

    private byte[] buffer;
    private int length;   // bytes zlib wrote
    private long blockEnd; // end of the space handed out so far (CPython's "allocated")
    private int blocks;
    private readonly long limit;

    /// <summary>First block of <paramref name="first"/> bytes (InitWithSize), or FirstBlock
    /// (InitAndGrow), capped by the limit.</summary>
    public ZOutput(long first, long limit = long.MaxValue)
    {
        this.limit = limit;
        long size = Math.Max(1, Math.Min(first, limit));
        // Only decompression asks for a big first block, and its output does not depend on the
        // block sizes: don't allocate gigabytes up front for a large bufsize hint.
        if (size > MaxInitial) size = MaxInitial;
        buffer = Allocate(size);
        blockEnd = size;
        blocks = 1;
        length = 0;
    }

    public readonly int Length => length;

    private static byte[] Allocate(long size)
    {
        try
        {
            return new byte[size];
        }
        catch (OutOfMemoryException)
        {
            throw Taipan.Runtime.Objects.PyErrors.MemoryError();
        }
    }

    /// <summary>Makes room when the current block is full; false when the limit is reached.</summary>
    public bool Reserve()
    {
        if (length < blockEnd) return true;
        if (blockEnd >= limit) return false;
        long block = BlockSizes[Math.Min(blocks, BlockSizes.Length - 1)];
        block = Math.Min(block, limit - blockEnd);
        long end = blockEnd + block;
        if (end > Array.MaxLength) throw Taipan.Runtime.Objects.PyErrors.MemoryError();
        if (end > buffer.Length)
        {
            var grown = Allocate(Math.Min(Math.Max(end, (long)buffer.Length * 2), Array.MaxLength));
            buffer.AsSpan(0, length).CopyTo(grown);
            buffer = grown;
        }
        blockEnd = end;
        blocks++;
        return true;
    }

    /// <summary>Runs one zlib call with next_out/avail_out set to the rest of the current block.</summary>
    /// <param name="releaseGil">Only for a stream no other thread can reach (the one-shot functions):
    /// the zlib call itself touches no Python state.</param>
    public int Run(ZStreamNative* s, bool inflate, int flush, bool releaseGil = false)
    {
        fixed (byte* p = buffer)
        {
            uint room = (uint)(blockEnd - length);
            s->next_out = p + length;
            s->avail_out = room;
            int err;
            if (releaseGil)
            {
                using (Gil.Unlocked()) err = inflate ? LibZ.inflate(s, flush) : LibZ.deflate(s, flush);
            }
            else
            {
                err = inflate ? LibZ.inflate(s, flush) : LibZ.deflate(s, flush);
            }
            length += (int)(room - s->avail_out);
            s->next_out = null;
            return err;
        }
    }

    public readonly byte[] ToArray() => length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
}
