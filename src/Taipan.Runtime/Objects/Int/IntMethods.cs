using System.Numerics;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;

namespace Taipan.Runtime.Objects;

/// <summary>int methods with their own argument rules: __round__, to_bytes and the classmethod
/// from_bytes (CPython's long_to_bytes / long_from_bytes messages).</summary>
internal static class IntMethods
{
    private static readonly string[] ToBytesNames = { "length", "byteorder", "signed" };
    private static readonly string[] FromBytesNames = { "bytes", "byteorder", "signed" };

    /// <summary>int.__round__(ndigits): negative ndigits round half to even at 10**-ndigits.</summary>
    public static PyObject Round(PyInt self, PyObject? ndigits)
    {
        if (ndigits is null) return PyInt.Exact(self);
        var nd = PyOps.Index(ndigits);
        if (!nd.IsNegative) return PyInt.Exact(self);
        var x = self.Big;
        // |x| < 10**k / 2 rounds to 0; skip building a huge power of ten for that.
        long digitsBound = (long)(x.IsZero ? 1 : BigInteger.Abs(x).GetBitLength()) * 30103 / 100000 + 2;
        if (!nd.IsSmall || -nd.Small > digitsBound) return PyInt.Zero;
        var pow10 = BigInteger.Pow(10, (int)-nd.Small);
        var q = IntArithmetic.FloorDiv(x, pow10);
        var r = x - q * pow10;
        int c = (r * 2).CompareTo(pow10);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return PyInt.FromBig(q * pow10);
    }

    public static PyObject ToBytes(PyInt self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // length and byteorder may be positional or keyword; signed is keyword-only.
        int np = ArgParser.Positional(args, kwnames);
        if (np > 2) throw PyErrors.TypeError($"to_bytes() takes at most 2 positional arguments ({np} given)");
        var slots = ArgParser.Unpack(args, kwnames, "to_bytes", ToBytesNames, 0, 0);
        long length = slots[0] is null ? 1 : ArgParser.ToLong(slots[0]!);
        bool little = ByteOrder(slots[1], "to_bytes");
        bool signed = slots[2] is not null && PyOps.IsTrue(slots[2]!);
        if (length < 0) throw PyErrors.ValueError("length argument must be non-negative");
        var v = self.Big;
        if (!signed && v.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
        // Minimal two's-complement (signed) or magnitude (unsigned) byte count.
        long needed = signed
            ? (long)(v.Sign < 0 ? (-v - 1) : v).GetBitLength() / 8 + 1
            : ((long)v.GetBitLength() + 7) / 8;
        if (v.IsZero) needed = 0;
        if (needed > length) throw PyErrors.OverflowError("int too big to convert");
        if (length > int.MaxValue) throw PyErrors.MemoryError();
        var bytes = new byte[length];
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < bytes.Length; i++) bytes[i] = i < raw.Length ? raw[i] : fill;
        if (!little) Array.Reverse(bytes);
        return BytesObjects.Create(bytes);
    }

    public static PyObject FromBytes(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int np = ArgParser.Positional(args, kwnames);
        if (np > 2) throw PyErrors.TypeError($"from_bytes() takes at most 2 positional arguments ({np} given)");
        var slots = ArgParser.Unpack(args, kwnames, "from_bytes", FromBytesNames, 0, 1);
        bool little = ByteOrder(slots[1], "from_bytes");
        bool signed = slots[2] is not null && PyOps.IsTrue(slots[2]!);
        var data = ToByteArray(slots[0]!);
        var value = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        PyObject result = PyInt.FromBig(value);
        if (cls != PyTypes.Int) result = PyOps.Call(cls, new[] { result });
        return result;
    }

    private static bool ByteOrder(PyObject? o, string function)
    {
        if (o is null) return false;
        var s = ArgParser.ToStr(o, function, "argument 'byteorder'");
        return s switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErrors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    /// <summary>PyObject_Bytes for from_bytes: a bytes-like object, or an iterable of ints in range(256).</summary>
    private static byte[] ToByteArray(PyObject o)
    {
        if (BytesLike.TryGetBytes(o, out var bytes)) return bytes;
        if (o is PyStr || o.type.Iter is null && o.type.GetItem is null)
            throw PyErrors.TypeError($"cannot convert '{o.type.Name}' object to bytes");
        var list = new List<byte>();
        var it = PyOps.GetIter(o);
        while (PyOps.Next(it) is { } item)
        {
            long v = ArgParser.ToLong(item);
            if (v < 0 || v > 255) throw PyErrors.ValueError("bytes must be in range(0, 256)");
            list.Add((byte)v);
        }
        return list.ToArray();
    }
}
