using System.Buffers.Binary;
using System.Text;
using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.ArrayLib;

/// <summary>
/// Pickling of arrays as arraymodule.c does it: protocol 3 and later store the raw bytes with a
/// machine format code (its enum: 0 unsigned int8 ... 21 UTF-32 BE), and _array_reconstructor decodes
/// them on any machine, converting when the format is not this machine's (x86-64, little-endian).
/// </summary>
internal static partial class ArrayModule
{
    /// <summary>typecode_to_mformat_code on x86-64 Linux (wchar_t is UTF-32).</summary>
    internal static int MachineFormat(char code) => code switch
    {
        'B' => 0, 'b' => 1, 'H' => 2, 'h' => 4, 'I' => 6, 'i' => 8, 'L' or 'Q' => 10, 'l' or 'q' => 12,
        'f' => 14, 'd' => 16, 'u' => 20, _ => -1,
    };

    [PyFunction(PosOnly = 4)]
    internal static PyObject _array_reconstructor(PyObject arraytype, PyObject typecode, PyObject mformat_code, PyObject items)
    {
        if (arraytype is not PyType t) throw PyErrors.TypeError($"first argument must be a type object, not {arraytype.type.Name}");
        if (!t.IsSubtypeOf(ArrayType)) throw PyErrors.TypeError($"{t.Name} is not a subtype of array.array");
        if (typecode is not PyStr tc || tc.Value.Length != 1 || PyArray.TypeCodes.IndexOf(tc.Value[0]) < 0)
            throw PyErrors.ValueError("second argument must be a valid type code");
        if (mformat_code is not PyInt mi) throw PyErrors.TypeError($"'{mformat_code.type.Name}' object cannot be interpreted as an integer");
        long code = mi.AsLong();
        if (code < 0 || code > 21) throw PyErrors.ValueError("third argument must be a valid machine format code.");
        if (items is not PyBytes b) throw PyErrors.TypeError($"fourth argument should be bytes, not {items.type.Name}");
        var data = b.Value;
        if (code >= 18)
        {
            bool utf16 = code < 20, big = code % 2 == 1;
            var enc = utf16 ? new UnicodeEncoding(big, false, false) : (Encoding)new UTF32Encoding(big, false, false);
            return PyOps.Call(t, new PyObject[] { tc, PyStr.FromString(enc.GetString(data)) });
        }
        int size = code switch { 0 or 1 => 1, <= 5 => 2, <= 9 => 4, <= 13 => 8, 14 or 15 => 4, _ => 8 };
        if (data.Length % size != 0) throw PyErrors.ValueError("bytes length not a multiple of item size");
        bool bigEndian = code >= 2 && code % 2 == 1;
        bool signed = code is 1 or 4 or 5 or 8 or 9 or 12 or 13;
        var values = new PyList();
        for (int off = 0; off < data.Length; off += size)
        {
            var s = data.AsSpan(off, size);
            PyObject v = code switch
            {
                0 => PyInt.FromLong(s[0]),
                1 => PyInt.FromLong((sbyte)s[0]),
                14 or 15 => new PyFloat(bigEndian ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s)),
                16 or 17 => new PyFloat(bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s)),
                _ => Integer(s, size, signed, bigEndian),
            };
            values.Append(v);
        }
        return PyOps.Call(t, new PyObject[] { tc, values });
    }

    private static PyObject Integer(ReadOnlySpan<byte> s, int size, bool signed, bool bigEndian)
    {
        ulong u = size switch
        {
            2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s),
            4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s),
            _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s),
        };
        if (!signed) return u <= long.MaxValue ? PyInt.FromLong((long)u) : PyInt.FromBig(new System.Numerics.BigInteger(u));
        long v = size switch { 2 => (short)u, 4 => (int)u, _ => (long)u };
        return PyInt.FromLong(v);
    }
}
