using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// CPython's numeric hashing (Python/pyhash.c semantics): numbers hash to their value modulo
/// the Mersenne prime 2**61 - 1, so equal ints and floats hash equally; -1 is never a hash.
/// Set iteration order depends on these values, so they must be exact.
/// </summary>
internal static class PyHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Inf = 314159;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HashLong(long v)
    {
        if (v >= 0)
        {
            long h = v < Modulus ? v : v % Modulus;
            return h;
        }
        // |v| computed in unsigned space so long.MinValue works.
        ulong u = unchecked((ulong)(-(v + 1)) + 1UL);
        long r = -(long)(u % (ulong)Modulus);
        return r == -1 ? -2 : r;
    }

    /// <summary>hash(float): the exact rational value reduced modulo 2**61 - 1. NaN hashes by identity (3.10+).</summary>
    public static long HashDouble(PyObject instance, double v)
    {
        if (double.IsNaN(v)) return RuntimeHelpers.GetHashCode(instance);
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        // m * 2**e with 0.5 <= m < 1 (frexp).
        int sign = 1;
        double m = Frexp(v, out int e);
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        const ulong mod = (ulong)Modulus;
        while (m != 0)
        {
            // Shift x left by 28 bits modulo 2**61 - 1, then add the next 28 bits of m.
            x = ((x << 28) & mod) | (x >> (Bits - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        // Multiply by 2**e modulo 2**61 - 1: a rotation by e mod 61 bits.
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & mod) | (x >> (Bits - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    private static double Frexp(double v, out int e)
    {
        if (v == 0) { e = 0; return v; }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int raw = (int)((bits >> 52) & 0x7FF);
        if (raw == 0)
        {
            // Subnormal: normalise first.
            v *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(v);
            raw = (int)((bits >> 52) & 0x7FF);
            e = raw - 1022 - 54;
        }
        else
        {
            e = raw - 1022;
        }
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>Identity hash for objects without value equality (object.__hash__).</summary>
    public static long HashIdentity(PyObject o)
    {
        // CPython rotates the address right by 4; any stable per-object value is equivalent.
        long h = RuntimeHelpers.GetHashCode(o);
        return h == -1 ? -2 : h;
    }
}
