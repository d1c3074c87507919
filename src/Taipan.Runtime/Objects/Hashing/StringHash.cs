using System.Buffers.Binary;
using System.Numerics;

namespace Taipan.Runtime.Objects;

/// <summary>
/// str/bytes hashing as CPython 3.11: SipHash-1-3 keyed by a per-process secret, over the
/// bytes of the string's PEP 393 form (1, 2 or 4 bytes per code point by the widest one).
/// The secret follows PYTHONHASHSEED exactly as CPython does (unset/"random": random;
/// 0: all-zero key; N: CPython's LCG stream from N), so with the same PYTHONHASHSEED
/// Taipan's str hashes, and thus dict/set layouts of strings, equal CPython's.
/// The secret is per process, not per interpreter, because strings are shared between them.
/// </summary>
internal static class StringHash
{
    private static readonly ulong K0, K1;

    static StringHash()
    {
        var env = HashSeedSource.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        if (string.IsNullOrEmpty(env) || env == "random" || !uint.TryParse(env, out uint seed))
        {
            var secret = new byte[16];
            RandomSecret(secret);
            K0 = BinaryPrimitives.ReadUInt64LittleEndian(secret);
            K1 = BinaryPrimitives.ReadUInt64LittleEndian(secret.AsSpan(8));
        }
        else
        {
            (K0, K1) = KeyForSeed(seed);
        }
    }

    /// <summary>16 bytes from the OS's random source, as CPython's getrandom()/urandom. Not
    /// RandomNumberGenerator: on Linux it loads and initialises OpenSSL, 4 ms of start-up (measured).</summary>
    private static void RandomSecret(Span<byte> secret)
    {
        try
        {
            using var handle = File.OpenHandle("/dev/urandom");
            int n = 0;
            while (n < secret.Length)
            {
                int got = RandomAccess.Read(handle, secret[n..], 0);
                if (got <= 0) break;
                n += got;
            }
            if (n == secret.Length) return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        // No /dev/urandom (a chroot): a version-4 Guid has 122 bits from the runtime's secure generator.
        Guid.NewGuid().TryWriteBytes(secret);
    }

    /// <summary>The SipHash key CPython derives from PYTHONHASHSEED=<paramref name="seed"/>
    /// (0: zero key; else the first 16 bytes of its LCG stream).</summary>
    internal static (ulong K0, ulong K1) KeyForSeed(uint seed)
    {
        var secret = new byte[24];
        if (seed != 0)
        {
            uint x = seed;
            for (int i = 0; i < secret.Length; i++)
            {
                x = unchecked(x * 214013u + 2531011u);
                secret[i] = (byte)((x >> 16) & 0xff);
            }
        }
        return (BinaryPrimitives.ReadUInt64LittleEndian(secret), BinaryPrimitives.ReadUInt64LittleEndian(secret.AsSpan(8)));
    }

    public static long HashBytes(ReadOnlySpan<byte> data) => HashBytes(data, K0, K1);

    /// <summary>CPython's _Py_KeyedHash: SipHash-1-3 keyed (key, 0), with no special case for empty data
    /// (hash-based .pyc files store it as their source hash).</summary>
    internal static ulong KeyedHash(ulong key, ReadOnlySpan<byte> data) => SipHash13(key, 0, data);

    internal static long HashBytes(ReadOnlySpan<byte> data, ulong k0, ulong k1)
    {
        if (data.Length == 0) return 0;
        long h = (long)SipHash13(k0, k1, data);
        return h == -1 ? -2 : h;
    }

    public static long HashString(string s, int maxCodePoint, bool hasAstral) => HashString(s, maxCodePoint, hasAstral, K0, K1);

    /// <summary>Hashes the code points of a UTF-16 string in their PEP 393 width.</summary>
    internal static long HashString(string s, int maxCodePoint, bool hasAstral, ulong k0, ulong k1)
    {
        if (s.Length == 0) return 0;
        int width = maxCodePoint < 0x100 ? 1 : maxCodePoint < 0x10000 ? 2 : 4;
        // UCS-2 text is its own UTF-16 bytes (little-endian); ASCII narrows vectorised.
        if (width == 2 && !hasAstral && BitConverter.IsLittleEndian)
            return HashBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan()), k0, k1);
        if (maxCodePoint < 0x80 && s.Length <= 512)
        {
            Span<byte> ascii = stackalloc byte[s.Length];
            if (System.Text.Ascii.FromUtf16(s, ascii, out int written) == System.Buffers.OperationStatus.Done)
                return HashBytes(ascii.Slice(0, written), k0, k1);
        }
        int cpCount = s.Length; // upper bound; exact below for astral strings
        int size = cpCount * width;
        Span<byte> buf = size <= 512 ? stackalloc byte[size] : new byte[size];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (hasAstral && char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            switch (width)
            {
                case 1: buf[n++] = (byte)cp; break;
                case 2: BinaryPrimitives.WriteUInt16LittleEndian(buf.Slice(n), (ushort)cp); n += 2; break;
                default: BinaryPrimitives.WriteInt32LittleEndian(buf.Slice(n), cp); n += 4; break;
            }
        }
        return HashBytes(buf.Slice(0, n), k0, k1);
    }

    private static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> m)
    {
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        int len = m.Length;
        int blocks = len & ~7;
        for (int i = 0; i < blocks; i += 8)
        {
            ulong mi = BinaryPrimitives.ReadUInt64LittleEndian(m.Slice(i));
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = (ulong)len << 56;
        for (int i = len - 1; i >= blocks; i--) t |= (ulong)m[i] << (8 * (i - blocks));
        v3 ^= t;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= t;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = BitOperations.RotateLeft(v1, 13); v1 ^= v0; v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v3; v3 = BitOperations.RotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = BitOperations.RotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = BitOperations.RotateLeft(v1, 17); v1 ^= v2; v2 = BitOperations.RotateLeft(v2, 32);
    }
}
