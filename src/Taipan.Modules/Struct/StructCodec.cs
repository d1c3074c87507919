using System.Buffers.Binary;
using System.Numerics;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Struct;

/// <summary>Packs Python values into bytes and back for one parsed format.</summary>
internal static class StructCodec
{
    public static byte[] Pack(StructFormat f, ReadOnlySpan<PyObject> args, string what)
    {
        if (args.Length != f.ItemCount)
            throw StructModule.Error($"{what} expected {f.ItemCount} items for packing (got {args.Length})");
        var buf = new byte[f.Size];
        PackInto(f, args, buf);
        return buf;
    }

    public static void PackInto(StructFormat f, ReadOnlySpan<PyObject> args, Span<byte> buf)
    {
        int a = 0;
        foreach (var code in f.Codes)
        {
            if (code.Code is 's' or 'p')
            {
                var v = args[a++];
                if (!BytesInterop.IsBytes(v) && !BytesInterop.IsByteArray(v))
                    throw StructModule.Error($"argument for '{code.Code}' must be a bytes object");
                var data = BytesInterop.Read(v);
                var dst = buf.Slice(code.Offset, code.Size);
                if (code.Code == 's')
                {
                    data.AsSpan(0, Math.Min(data.Length, code.Size)).CopyTo(dst);
                }
                else if (code.Size > 0)
                {
                    int n = Math.Min(data.Length, code.Size - 1);
                    data.AsSpan(0, n).CopyTo(dst[1..]);
                    dst[0] = (byte)Math.Min(n, 255);
                }
                continue;
            }
            for (int k = 0; k < code.Count; k++)
                PackOne(f, code, args[a++], buf.Slice(code.Offset + k * code.Size, code.Size));
        }
    }

    private static BigInteger GetInteger(PyObject v)
    {
        if (v is PyInt i) return i.Big;
        if (v.type.Index is null) throw StructModule.Error("required argument is not an integer");
        return PyOps.Index(v).Big;
    }

    private static PyException RangeError(char code, int size, bool unsigned)
    {
        ulong ulargest = size >= 8 ? ulong.MaxValue : (1UL << (size * 8)) - 1;
        if (unsigned) return StructModule.Error($"'{code}' format requires 0 <= number <= {ulargest}");
        long largest = (long)(ulargest >> 1);
        return StructModule.Error($"'{code}' format requires {~largest} <= number <= {largest}");
    }

    private static void WriteInteger(StructFormat f, Span<byte> dst, ulong bits)
    {
        for (int i = 0; i < dst.Length; i++)
        {
            int idx = f.LittleEndian ? i : dst.Length - 1 - i;
            dst[idx] = (byte)(bits >> (8 * i));
        }
    }

    private static void PackOne(StructFormat f, StructCode code, PyObject v, Span<byte> dst)
    {
        switch (code.Code)
        {
            case '?':
                dst[0] = (byte)(PyOps.IsTrue(v) ? 1 : 0);
                return;
            case 'c':
                if ((!BytesInterop.IsBytes(v) && !BytesInterop.IsByteArray(v)) || PyOps.Length(v) != 1)
                    throw StructModule.Error("char format requires a bytes object of length 1");
                dst[0] = BytesInterop.Read(v)[0];
                return;
            case 'e':
            case 'f':
            case 'd':
                PackFloat(f, code.Code, v, dst);
                return;
        }
        var x = GetInteger(v);
        const string outOfRange = "argument out of range";
        switch (code.Packing)
        {
            case IntPacking.NativeByte:
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                if (x < -128 || x > 127) throw StructModule.Error("byte format requires -128 <= number <= 127");
                break;
            case IntPacking.NativeUByte:
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                if (x < 0 || x > 255) throw StructModule.Error("ubyte format requires 0 <= number <= 255");
                break;
            case IntPacking.NativeShort:
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                if (x < -32768 || x > 32767) throw StructModule.Error("short format requires -32768 <= number <= 32767");
                break;
            case IntPacking.NativeUShort:
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                if (x < 0 || x > 65535) throw StructModule.Error("ushort format requires 0 <= number <= 65535");
                break;
            case IntPacking.Ranged:
            {
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                long max = (long)((code.Size >= 8 ? ulong.MaxValue : (1UL << (code.Size * 8)) - 1) >> 1);
                if (x < ~max || x > max) throw RangeError(code.Code, code.Size, false);
                break;
            }
            case IntPacking.RangedUnsigned:
            {
                if (x < 0 || x > ulong.MaxValue) throw StructModule.Error(outOfRange);
                ulong max = code.Size >= 8 ? ulong.MaxValue : (1UL << (code.Size * 8)) - 1;
                if (x > max) throw RangeError(code.Code, code.Size, true);
                break;
            }
            case IntPacking.Long:
                if (x < long.MinValue || x > long.MaxValue) throw StructModule.Error(outOfRange);
                break;
            case IntPacking.ULong:
                if (x < 0 || x > ulong.MaxValue) throw StructModule.Error(outOfRange);
                break;
            case IntPacking.BigBytes:
                if (code.Code == 'q' ? x < long.MinValue || x > long.MaxValue : x < 0 || x > ulong.MaxValue)
                    throw StructModule.Error("int too large to convert");
                break;
            case IntPacking.VoidPtr:
                if (x < long.MinValue || x > ulong.MaxValue) throw StructModule.Error("int too large to convert");
                break;
        }
        ulong bits = x.Sign < 0 ? (ulong)(long)x : (ulong)x;
        WriteInteger(f, dst, bits);
    }

    private static void PackFloat(StructFormat f, char code, PyObject v, Span<byte> dst)
    {
        double d;
        if (v is PyFloat pf) d = pf.Value;
        else if (v is PyInt || v.type.Float is not null || v.type.Index is not null) d = PyOps.AsDouble(v);
        else throw StructModule.Error("required argument is not a float");
        switch (code)
        {
            case 'd':
            {
                ulong bits = (ulong)BitConverter.DoubleToInt64Bits(d);
                WriteInteger(f, dst, bits);
                return;
            }
            case 'f':
            {
                float x = (float)d;
                if (!f.Native && float.IsInfinity(x) && double.IsFinite(d))
                    throw PyErrors.OverflowError("float too large to pack with f format");
                WriteInteger(f, dst, (uint)BitConverter.SingleToInt32Bits(x));
                return;
            }
            default:
            {
                var h = (Half)d;
                if (Half.IsInfinity(h) && double.IsFinite(d)) throw PyErrors.OverflowError("float too large to pack with e format");
                WriteInteger(f, dst, BitConverter.HalfToUInt16Bits(h));
                return;
            }
        }
    }

    private static ulong ReadInteger(StructFormat f, ReadOnlySpan<byte> src)
    {
        ulong bits = 0;
        for (int i = 0; i < src.Length; i++)
        {
            int idx = f.LittleEndian ? i : src.Length - 1 - i;
            bits |= (ulong)src[idx] << (8 * i);
        }
        return bits;
    }

    public static PyTuple Unpack(StructFormat f, ReadOnlySpan<byte> buf)
    {
        var items = new PyObject[f.ItemCount];
        int a = 0;
        foreach (var code in f.Codes)
        {
            if (code.Code == 's')
            {
                items[a++] = BytesInterop.MakeBytes(buf.Slice(code.Offset, code.Size).ToArray());
                continue;
            }
            if (code.Code == 'p')
            {
                var src = buf.Slice(code.Offset, code.Size);
                int n = code.Size == 0 ? 0 : Math.Min(src[0], code.Size - 1);
                items[a++] = BytesInterop.MakeBytes(code.Size == 0 ? Array.Empty<byte>() : src.Slice(1, n).ToArray());
                continue;
            }
            for (int k = 0; k < code.Count; k++)
                items[a++] = UnpackOne(f, code, buf.Slice(code.Offset + k * code.Size, code.Size));
        }
        return PyTuple.Wrap(items);
    }

    private static PyObject UnpackOne(StructFormat f, StructCode code, ReadOnlySpan<byte> src)
    {
        switch (code.Code)
        {
            case '?': return PyBool.FromBool(src[0] != 0);
            case 'c': return BytesInterop.MakeBytes(new[] { src[0] });
            case 'd': return new PyFloat(BitConverter.Int64BitsToDouble((long)ReadInteger(f, src)));
            case 'f': return new PyFloat(BitConverter.Int32BitsToSingle((int)(uint)ReadInteger(f, src)));
            case 'e': return new PyFloat((double)BitConverter.UInt16BitsToHalf((ushort)ReadInteger(f, src)));
        }
        ulong bits = ReadInteger(f, src);
        bool signed = code.Code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (!signed) return PyInt.FromULong(bits);
        int shift = 64 - 8 * code.Size;
        return PyInt.FromLong((long)(bits << shift) >> shift);
    }
}
