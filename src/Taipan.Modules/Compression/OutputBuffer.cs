using Taipan.Runtime.Objects;

namespace Taipan.Modules.Compression;

/// <summary>The output of one compress/decompress call of a stream codec (bz2, lzma), grown in
/// CPython's block sizes (_BlocksOutputBuffer: 32 KiB, 64 KiB, 256 KiB, ... 256 MiB) up to an optional
/// limit (max_length). Unlike deflate's stored blocks, bzip2's and xz's bytes do not depend on the
/// sizes: only when the limit stops a decompressor is observable, and that follows CPython's loop.</summary>
internal sealed class OutputBuffer
{
    private static readonly int[] BlockSizes =
    [
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20, 32 << 20,
        32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    ];

    private byte[] buffer;
    private int blocks;
    private readonly long limit;

    /// <summary>Bytes the codec wrote so far.</summary>
    public int Length;

    /// <summary>End of the space handed out so far (CPython's "allocated").</summary>
    public int Allocated { get; private set; }

    /// <param name="maxLength">Negative: no limit.</param>
    public OutputBuffer(long maxLength)
    {
        limit = maxLength < 0 ? long.MaxValue : maxLength;
        int first = (int)Math.Min(BlockSizes[0], limit);
        buffer = Allocate(first);
        Allocated = first;
        blocks = 1;
    }

    public byte[] Array => buffer;

    /// <summary>Free space in the current block.</summary>
    public int Room => Allocated - Length;

    /// <summary>Hands out the next block (capped by the limit). False when the limit is reached.</summary>
    public bool Grow()
    {
        if (Allocated >= limit) return false;
        long block = BlockSizes[Math.Min(blocks, BlockSizes.Length - 1)];
        block = Math.Min(block, limit - Allocated);
        long end = Allocated + block;
        if (end > System.Array.MaxLength) throw PyErrors.MemoryError();
        if (end > buffer.Length)
        {
            var grown = Allocate(Math.Min(Math.Max(end, (long)buffer.Length * 2), System.Array.MaxLength));
            buffer.AsSpan(0, Length).CopyTo(grown);
            buffer = grown;
        }
        Allocated = (int)end;
        blocks++;
        return true;
    }

    private static byte[] Allocate(long size)
    {
        try
        {
            return new byte[Math.Max(size, 1)]; // never empty, so it can always be pinned to a real address
        }
        catch (OutOfMemoryException)
        {
            throw PyErrors.MemoryError();
        }
    }

    public PyBytes ToBytes() => PyBytes.From(Length == buffer.Length ? buffer : buffer.AsSpan(0, Length).ToArray());
}
